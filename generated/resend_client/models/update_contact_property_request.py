# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContactPropertyRequest")


@_attrs_define
class UpdateContactPropertyRequest:
    """New fallback value of a contact property."""

    fallback_value: float | str | Unset = UNSET
    """ Value used for a contact that has none. It must match the property's type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_value: float | str | Unset
        if isinstance(self.fallback_value, Unset):
            fallback_value = UNSET
        else:
            fallback_value = self.fallback_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fallback_value is not UNSET:
            field_dict["fallback_value"] = fallback_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_fallback_value(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        fallback_value = _parse_fallback_value(d.pop("fallback_value", UNSET))

        update_contact_property_request = cls(
            fallback_value=fallback_value,
        )

        update_contact_property_request.additional_properties = d
        return update_contact_property_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..types import repr_of_set_fields  # noqa: E402

UpdateContactPropertyRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

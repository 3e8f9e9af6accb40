# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchRemoveSuppressionsRequest")


@_attrs_define
class BatchRemoveSuppressionsRequest:
    """Suppressions to remove, named by email address, by id, or both."""

    emails: list[str] | Unset = UNSET
    """ Suppressed addresses to remove, 1 to 100. """
    ids: list[str] | Unset = UNSET
    """ Ids of the suppressions to remove, 1 to 100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emails is not UNSET:
            field_dict["emails"] = emails
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails", UNSET))

        ids = cast(list[str], d.pop("ids", UNSET))

        batch_remove_suppressions_request = cls(
            emails=emails,
            ids=ids,
        )

        batch_remove_suppressions_request.additional_properties = d
        return batch_remove_suppressions_request

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

BatchRemoveSuppressionsRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

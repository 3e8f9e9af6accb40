# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactProperty")


@_attrs_define
class ContactProperty:
    """Contact property as stored by the server."""

    id: str
    """ Id of the contact property. """
    object_: str | Unset = UNSET
    """ Resource type, such as `contact_property`. Treat it as a plain string. """
    key: str | Unset = UNSET
    """ Name under which contacts store the value in `properties`. """
    type_: str | Unset = UNSET
    """ Type of the values, `string` or `number` in current responses. Treat it as a plain string. """
    fallback_value: float | None | str | Unset = UNSET
    """ Value used for a contact that has none, or null when none is set. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        key = self.key

        type_ = self.type_

        fallback_value: float | None | str | Unset
        if isinstance(self.fallback_value, Unset):
            fallback_value = UNSET
        else:
            fallback_value = self.fallback_value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fallback_value is not UNSET:
            field_dict["fallback_value"] = fallback_value
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        key = d.pop("key", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_fallback_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        fallback_value = _parse_fallback_value(d.pop("fallback_value", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        contact_property = cls(
            id=id,
            object_=object_,
            key=key,
            type_=type_,
            fallback_value=fallback_value,
            created_at=created_at,
        )

        contact_property.additional_properties = d
        return contact_property

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

ContactProperty.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

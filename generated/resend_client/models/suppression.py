# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.suppression_origin import SuppressionOrigin, check_suppression_origin
from ..types import UNSET, Unset

T = TypeVar("T", bound="Suppression")


@_attrs_define
class Suppression:
    """Email address on the suppression list."""

    id: str
    """ Id of the suppression. """
    object_: str | Unset = UNSET
    """ Resource type, such as `suppression`. Treat it as a plain string. """
    email: str | Unset = UNSET
    """ Suppressed email address. """
    origin: SuppressionOrigin | Unset = UNSET
    """ How an address came onto the suppression list: after a `bounce`, after a spam `complaint`, or added by hand
    (`manual`). """
    source_id: None | str | Unset = UNSET
    """ Id of what caused the suppression, such as the email that bounced, or null when there is none, as for a
    manual entry. """
    created_at: datetime.datetime | Unset = UNSET
    """ Time at which the address was suppressed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        email = self.email

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

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
        if email is not UNSET:
            field_dict["email"] = email
        if origin is not UNSET:
            field_dict["origin"] = origin
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        email = d.pop("email", UNSET)

        _origin = d.pop("origin", UNSET)
        origin: SuppressionOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = check_suppression_origin(_origin)

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        suppression = cls(
            id=id,
            object_=object_,
            email=email,
            origin=origin,
            source_id=source_id,
            created_at=created_at,
        )

        suppression.additional_properties = d
        return suppression

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

Suppression.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

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

T = TypeVar("T", bound="ContactEventData")


@_attrs_define
class ContactEventData:
    """Contact that a webhook event is about."""

    id: str
    """ Id of the contact. """
    created_at: datetime.datetime
    """ Creation time of the contact. """
    updated_at: datetime.datetime
    """ Time of the last change to the contact. """
    email: str
    """ Email address of the contact. """
    unsubscribed: bool
    """ Whether the contact unsubscribed from broadcasts. """
    audience_id: str | Unset = UNSET
    """ Id of the audience of a contact that belongs to one. """
    segment_ids: list[str] | Unset = UNSET
    """ Ids of the segments that the contact belongs to. """
    first_name: str | Unset = UNSET
    """ First name of the contact. """
    last_name: str | Unset = UNSET
    """ Last name of the contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        updated_at = self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at

        email = self.email

        unsubscribed = self.unsubscribed

        audience_id = self.audience_id

        segment_ids: list[str] | Unset = UNSET
        if not isinstance(self.segment_ids, Unset):
            segment_ids = self.segment_ids

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "email": email,
                "unsubscribed": unsubscribed,
            }
        )
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if segment_ids is not UNSET:
            field_dict["segment_ids"] = segment_ids
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        email = d.pop("email")

        unsubscribed = d.pop("unsubscribed")

        audience_id = d.pop("audience_id", UNSET)

        segment_ids = cast(list[str], d.pop("segment_ids", UNSET))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        contact_event_data = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            email=email,
            unsubscribed=unsubscribed,
            audience_id=audience_id,
            segment_ids=segment_ids,
            first_name=first_name,
            last_name=last_name,
        )

        contact_event_data.additional_properties = d
        return contact_event_data

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

ContactEventData.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime

if TYPE_CHECKING:
    from ..models.contact_event_data import ContactEventData


T = TypeVar("T", bound="ContactCreatedEvent")


@_attrs_define
class ContactCreatedEvent:
    """Payload of the `contact.created` webhook event."""

    type_: Literal["contact.created"]
    """ Event type, always `contact.created`. """
    created_at: datetime.datetime
    """ Time at which the event occurred. """
    data: ContactEventData
    """ Contact that a webhook event is about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "created_at": created_at,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_event_data import ContactEventData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["contact.created"], d.pop("type"))
        if type_ != "contact.created":
            raise ValueError(f"type must match const 'contact.created', got '{type_}'")

        created_at = parse_datetime(d.pop("created_at"))

        data = ContactEventData.from_dict(d.pop("data"))

        contact_created_event = cls(
            type_=type_,
            created_at=created_at,
            data=data,
        )

        contact_created_event.additional_properties = d
        return contact_created_event

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

ContactCreatedEvent.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

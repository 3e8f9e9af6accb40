# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_event_request_payload import SendEventRequestPayload


T = TypeVar("T", bound="SendEventRequest")


@_attrs_define
class SendEventRequest:
    """One occurrence of a custom event for a contact. Name the contact with `contact_id` or with `email`."""

    event: str
    """ Name of the event, such as `trial.started`. """
    contact_id: str | Unset = UNSET
    """ Id of the contact that the event is about. """
    email: str | Unset = UNSET
    """ Email address of the contact that the event is about. """
    payload: SendEventRequestPayload | Unset = UNSET
    """ Values that come with this occurrence of the event, keyed by field name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        contact_id = self.contact_id

        email = self.email

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if email is not UNSET:
            field_dict["email"] = email
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_event_request_payload import SendEventRequestPayload  # noqa: PLC0415

        d = dict(src_dict)
        event = d.pop("event")

        contact_id = d.pop("contact_id", UNSET)

        email = d.pop("email", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: SendEventRequestPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = SendEventRequestPayload.from_dict(_payload)

        send_event_request = cls(
            event=event,
            contact_id=contact_id,
            email=email,
            payload=payload,
        )

        send_event_request.additional_properties = d
        return send_event_request

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

SendEventRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

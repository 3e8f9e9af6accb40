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
    from ..models.email_clicked_event_data import EmailClickedEventData


T = TypeVar("T", bound="EmailClickedEvent")


@_attrs_define
class EmailClickedEvent:
    """Payload of the `email.clicked` webhook event."""

    type_: Literal["email.clicked"]
    """ Event type, always `email.clicked`. """
    created_at: datetime.datetime
    """ Time at which the event occurred. """
    data: EmailClickedEventData
    """ Email whose link was clicked and the details of the click. """
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
        from ..models.email_clicked_event_data import EmailClickedEventData  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["email.clicked"], d.pop("type"))
        if type_ != "email.clicked":
            raise ValueError(f"type must match const 'email.clicked', got '{type_}'")

        created_at = parse_datetime(d.pop("created_at"))

        data = EmailClickedEventData.from_dict(d.pop("data"))

        email_clicked_event = cls(
            type_=type_,
            created_at=created_at,
            data=data,
        )

        email_clicked_event.additional_properties = d
        return email_clicked_event

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

EmailClickedEvent.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime

T = TypeVar("T", bound="WebhookEventClick")


@_attrs_define
class WebhookEventClick:
    """Details of a click on a tracked link."""

    ip_address: str
    """ IP address of the client that followed the link. """
    link: str
    """ URL of the link. """
    timestamp: datetime.datetime
    """ Time of the click. """
    user_agent: str
    """ User-Agent header of the client that followed the link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        link = self.link

        timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ipAddress": ip_address,
                "link": link,
                "timestamp": timestamp,
                "userAgent": user_agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip_address = d.pop("ipAddress")

        link = d.pop("link")

        timestamp = parse_datetime(d.pop("timestamp"))

        user_agent = d.pop("userAgent")

        webhook_event_click = cls(
            ip_address=ip_address,
            link=link,
            timestamp=timestamp,
            user_agent=user_agent,
        )

        webhook_event_click.additional_properties = d
        return webhook_event_click

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

WebhookEventClick.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

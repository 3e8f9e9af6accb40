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

T = TypeVar("T", bound="CreateBroadcastRequest")


@_attrs_define
class CreateBroadcastRequest:
    """Broadcast to create for one segment."""

    segment_id: str
    """ Id of the segment whose contacts receive the broadcast. """
    from_: str
    """ Sender address, either `email@example.com` or `Name <email@example.com>`. """
    subject: str
    """ Subject line. """
    name: str | Unset = UNSET
    """ Name of the broadcast, shown only to the team. """
    audience_id: str | Unset = UNSET
    """ Id of an audience, the older name for a segment. Deprecated: use `segment_id`. """
    reply_to: list[str] | Unset = UNSET
    """ Addresses for replies. """
    preview_text: str | Unset = UNSET
    """ Short text that mail clients show after the subject in the inbox. """
    html: str | Unset = UNSET
    """ HTML body. """
    text: str | Unset = UNSET
    """ Plain-text body. """
    topic_id: str | Unset = UNSET
    """ Id of the topic that the broadcast is sent under. """
    send: bool | Unset = UNSET
    """ Whether to send the broadcast right after creating it. When false or absent, the broadcast stays a draft.
    """
    scheduled_at: datetime.datetime | str | Unset = UNSET
    """ Time in the future at which to send, used only when `send` is true: an ISO 8601 time such as
    `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        from_ = self.from_

        subject = self.subject

        name = self.name

        audience_id = self.audience_id

        reply_to: list[str] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to

        preview_text = self.preview_text

        html = self.html

        text = self.text

        topic_id = self.topic_id

        send = self.send

        scheduled_at: str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = (
                self.scheduled_at.isoformat() if isinstance(self.scheduled_at, datetime.datetime) else self.scheduled_at
            )
        else:
            scheduled_at = self.scheduled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment_id": segment_id,
                "from": from_,
                "subject": subject,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if preview_text is not UNSET:
            field_dict["preview_text"] = preview_text
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if topic_id is not UNSET:
            field_dict["topic_id"] = topic_id
        if send is not UNSET:
            field_dict["send"] = send
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        segment_id = d.pop("segment_id")

        from_ = d.pop("from")

        subject = d.pop("subject")

        name = d.pop("name", UNSET)

        audience_id = d.pop("audience_id", UNSET)

        reply_to = cast(list[str], d.pop("reply_to", UNSET))

        preview_text = d.pop("preview_text", UNSET)

        html = d.pop("html", UNSET)

        text = d.pop("text", UNSET)

        topic_id = d.pop("topic_id", UNSET)

        send = d.pop("send", UNSET)

        def _parse_scheduled_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = parse_datetime(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        create_broadcast_request = cls(
            segment_id=segment_id,
            from_=from_,
            subject=subject,
            name=name,
            audience_id=audience_id,
            reply_to=reply_to,
            preview_text=preview_text,
            html=html,
            text=text,
            topic_id=topic_id,
            send=send,
            scheduled_at=scheduled_at,
        )

        create_broadcast_request.additional_properties = d
        return create_broadcast_request

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

CreateBroadcastRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBroadcastRequest")


@_attrs_define
class UpdateBroadcastRequest:
    """Fields of a broadcast to change. Absent fields keep their values."""

    name: str | Unset = UNSET
    """ Name of the broadcast, shown only to the team. """
    segment_id: str | Unset = UNSET
    """ Id of the segment whose contacts receive the broadcast. """
    audience_id: str | Unset = UNSET
    """ Id of an audience, the older name for a segment. Deprecated: use `segment_id`. """
    from_: str | Unset = UNSET
    """ Sender address, either `email@example.com` or `Name <email@example.com>`. """
    subject: str | Unset = UNSET
    """ Subject line. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        segment_id = self.segment_id

        audience_id = self.audience_id

        from_ = self.from_

        subject = self.subject

        reply_to: list[str] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to

        preview_text = self.preview_text

        html = self.html

        text = self.text

        topic_id = self.topic_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        audience_id = d.pop("audience_id", UNSET)

        from_ = d.pop("from", UNSET)

        subject = d.pop("subject", UNSET)

        reply_to = cast(list[str], d.pop("reply_to", UNSET))

        preview_text = d.pop("preview_text", UNSET)

        html = d.pop("html", UNSET)

        text = d.pop("text", UNSET)

        topic_id = d.pop("topic_id", UNSET)

        update_broadcast_request = cls(
            name=name,
            segment_id=segment_id,
            audience_id=audience_id,
            from_=from_,
            subject=subject,
            reply_to=reply_to,
            preview_text=preview_text,
            html=html,
            text=text,
            topic_id=topic_id,
        )

        update_broadcast_request.additional_properties = d
        return update_broadcast_request

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

UpdateBroadcastRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

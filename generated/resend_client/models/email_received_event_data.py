# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime

if TYPE_CHECKING:
    from ..models.webhook_event_attachment import WebhookEventAttachment


T = TypeVar("T", bound="EmailReceivedEventData")


@_attrs_define
class EmailReceivedEventData:
    """Metadata of a received email. The body is not part of the payload."""

    email_id: str
    """ Id of the received email. """
    created_at: datetime.datetime
    """ Time at which the email was received. """
    from_: str
    """ Sender address. """
    to: list[str]
    """ Recipient addresses. """
    subject: str
    """ Subject line. """
    message_id: str
    """ Message-ID header of the email. """
    bcc: list[str]
    """ Blind carbon copy addresses. """
    cc: list[str]
    """ Carbon copy addresses. """
    attachments: list[WebhookEventAttachment]
    """ Attachments of the email, without their content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        from_ = self.from_

        to = self.to

        subject = self.subject

        message_id = self.message_id

        bcc = self.bcc

        cc = self.cc

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_id": email_id,
                "created_at": created_at,
                "from": from_,
                "to": to,
                "subject": subject,
                "message_id": message_id,
                "bcc": bcc,
                "cc": cc,
                "attachments": attachments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_event_attachment import WebhookEventAttachment  # noqa: PLC0415

        d = dict(src_dict)
        email_id = d.pop("email_id")

        created_at = parse_datetime(d.pop("created_at"))

        from_ = d.pop("from")

        to = cast(list[str], d.pop("to"))

        subject = d.pop("subject")

        message_id = d.pop("message_id")

        bcc = cast(list[str], d.pop("bcc"))

        cc = cast(list[str], d.pop("cc"))

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = WebhookEventAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        email_received_event_data = cls(
            email_id=email_id,
            created_at=created_at,
            from_=from_,
            to=to,
            subject=subject,
            message_id=message_id,
            bcc=bcc,
            cc=cc,
            attachments=attachments,
        )

        email_received_event_data.additional_properties = d
        return email_received_event_data

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

EmailReceivedEventData.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

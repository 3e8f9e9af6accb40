# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.email_template_input import EmailTemplateInput
    from ..models.send_email_request_headers import SendEmailRequestHeaders
    from ..models.tag import Tag


T = TypeVar("T", bound="SendEmailRequest")


@_attrs_define
class SendEmailRequest:
    """Email to send. Give the body as `html`, `text` or a `template`."""

    from_: str
    """ Sender address, either `email@example.com` or `Name <email@example.com>`. """
    to: list[str] | str
    """ Recipient address, or a list of 1 to 50 addresses. """
    subject: str
    """ Subject line. """
    bcc: list[str] | str | Unset = UNSET
    """ Blind carbon copy address or list of addresses. """
    cc: list[str] | str | Unset = UNSET
    """ Carbon copy address or list of addresses. """
    reply_to: list[str] | str | Unset = UNSET
    """ Address or list of addresses for replies. """
    html: str | Unset = UNSET
    """ HTML body. """
    text: str | Unset = UNSET
    """ Plain-text body. """
    template: EmailTemplateInput | Unset = UNSET
    """ Stored template to render as the email body. """
    headers: SendEmailRequestHeaders | Unset = UNSET
    """ Extra email headers, keyed by header name. Values cannot contain line breaks. """
    scheduled_at: datetime.datetime | str | Unset = UNSET
    """ Time in the future at which to send the email instead of now: an ISO 8601 time with its offset such as
    `2025-10-09T09:00:00Z`, or a phrase such as `in 1 hour`. """
    attachments: list[Attachment] | Unset = UNSET
    """ Files attached to the email. """
    tags: list[Tag] | Unset = UNSET
    """ Name and value pairs that are stored with the email. """
    topic_id: str | Unset = UNSET
    """ Id of the topic that the email is sent under. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to: list[str] | str
        if isinstance(self.to, list):
            to = self.to

        else:
            to = self.to

        subject = self.subject

        bcc: list[str] | str | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = self.bcc

        else:
            bcc = self.bcc

        cc: list[str] | str | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = self.cc

        else:
            cc = self.cc

        reply_to: list[str] | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        elif isinstance(self.reply_to, list):
            reply_to = self.reply_to

        else:
            reply_to = self.reply_to

        html = self.html

        text = self.text

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        scheduled_at: str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = (
                self.scheduled_at.isoformat() if isinstance(self.scheduled_at, datetime.datetime) else self.scheduled_at
            )
        else:
            scheduled_at = self.scheduled_at

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        topic_id = self.topic_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "subject": subject,
            }
        )
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if cc is not UNSET:
            field_dict["cc"] = cc
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if template is not UNSET:
            field_dict["template"] = template
        if headers is not UNSET:
            field_dict["headers"] = headers
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if topic_id is not UNSET:
            field_dict["topic_id"] = topic_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.email_template_input import EmailTemplateInput  # noqa: PLC0415
        from ..models.send_email_request_headers import SendEmailRequestHeaders  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        def _parse_to(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_1 = cast(list[str], data)

                return to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        to = _parse_to(d.pop("to"))

        subject = d.pop("subject")

        def _parse_bcc(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_type_1 = cast(list[str], data)

                return bcc_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        def _parse_cc(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_type_1 = cast(list[str], data)

                return cc_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        cc = _parse_cc(d.pop("cc", UNSET))

        def _parse_reply_to(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reply_to_type_1 = cast(list[str], data)

                return reply_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        html = d.pop("html", UNSET)

        text = d.pop("text", UNSET)

        _template = d.pop("template", UNSET)
        template: EmailTemplateInput | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = EmailTemplateInput.from_dict(_template)

        _headers = d.pop("headers", UNSET)
        headers: SendEmailRequestHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SendEmailRequestHeaders.from_dict(_headers)

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

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        topic_id = d.pop("topic_id", UNSET)

        send_email_request = cls(
            from_=from_,
            to=to,
            subject=subject,
            bcc=bcc,
            cc=cc,
            reply_to=reply_to,
            html=html,
            text=text,
            template=template,
            headers=headers,
            scheduled_at=scheduled_at,
            attachments=attachments,
            tags=tags,
            topic_id=topic_id,
        )

        send_email_request.additional_properties = d
        return send_email_request

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

SendEmailRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

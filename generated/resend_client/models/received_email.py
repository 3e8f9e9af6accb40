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
    from ..models.email_attachment_summary import EmailAttachmentSummary
    from ..models.received_email_headers_type_0 import ReceivedEmailHeadersType0


T = TypeVar("T", bound="ReceivedEmail")


@_attrs_define
class ReceivedEmail:
    """Email that a receiving domain accepted, with its bodies and headers."""

    id: str
    """ Id of the received email. """
    to: list[str] | Unset = UNSET
    """ Recipient addresses. """
    from_: str | Unset = UNSET
    """ Sender address as given in the email. """
    subject: None | str | Unset = UNSET
    """ Subject line, or null when the email has none. """
    message_id: str | Unset = UNSET
    """ Message-ID header of the email. """
    bcc: list[str] | None | Unset = UNSET
    """ Blind carbon copy addresses, or null when there are none. """
    cc: list[str] | None | Unset = UNSET
    """ Carbon copy addresses, or null when there are none. """
    reply_to: list[str] | None | Unset = UNSET
    """ Addresses for replies, or null when the email gives none. """
    created_at: datetime.datetime | Unset = UNSET
    """ Time at which the email was received. """
    attachments: list[EmailAttachmentSummary] | Unset = UNSET
    """ Metadata of the attached files, without download links. """
    object_: str | Unset = UNSET
    """ Resource type, such as `email`. Treat it as a plain string. """
    html: None | str | Unset = UNSET
    """ HTML body, or null when the email has none. """
    text: None | str | Unset = UNSET
    """ Plain-text body, or null when the email has none. """
    headers: None | ReceivedEmailHeadersType0 | Unset = UNSET
    """ Header fields of the email, keyed by header name, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.received_email_headers_type_0 import ReceivedEmailHeadersType0  # noqa: PLC0415

        id = self.id

        to: list[str] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to

        from_ = self.from_

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        message_id = self.message_id

        bcc: list[str] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = self.bcc

        else:
            bcc = self.bcc

        cc: list[str] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = self.cc

        else:
            cc = self.cc

        reply_to: list[str] | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        elif isinstance(self.reply_to, list):
            reply_to = self.reply_to

        else:
            reply_to = self.reply_to

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        object_ = self.object_

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, ReceivedEmailHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if cc is not UNSET:
            field_dict["cc"] = cc
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if object_ is not UNSET:
            field_dict["object"] = object_
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_attachment_summary import EmailAttachmentSummary  # noqa: PLC0415
        from ..models.received_email_headers_type_0 import ReceivedEmailHeadersType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        to = cast(list[str], d.pop("to", UNSET))

        from_ = d.pop("from", UNSET)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        message_id = d.pop("message_id", UNSET)

        def _parse_bcc(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_type_0 = cast(list[str], data)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        def _parse_cc(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_type_0 = cast(list[str], data)

                return cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cc = _parse_cc(d.pop("cc", UNSET))

        def _parse_reply_to(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reply_to_type_0 = cast(list[str], data)

                return reply_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EmailAttachmentSummary] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailAttachmentSummary.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        object_ = d.pop("object", UNSET)

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_headers(data: object) -> None | ReceivedEmailHeadersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = ReceivedEmailHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReceivedEmailHeadersType0 | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        received_email = cls(
            id=id,
            to=to,
            from_=from_,
            subject=subject,
            message_id=message_id,
            bcc=bcc,
            cc=cc,
            reply_to=reply_to,
            created_at=created_at,
            attachments=attachments,
            object_=object_,
            html=html,
            text=text,
            headers=headers,
        )

        received_email.additional_properties = d
        return received_email

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

ReceivedEmail.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

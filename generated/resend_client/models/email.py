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

T = TypeVar("T", bound="Email")


@_attrs_define
class Email:
    """Email as stored by the server."""

    object_: str
    """ Resource type, `email` in current responses. Treat it as a plain string. """
    id: str
    """ Id of the email. """
    to: list[str]
    """ Recipient addresses. """
    from_: str
    """ Sender address. """
    created_at: datetime.datetime
    """ Creation time. Besides ISO 8601 with `T`, the API sends forms such as `2025-10-08 03:24:02.123456+00`, which
    the client also reads. """
    subject: str
    """ Subject line. """
    message_id: str | Unset = UNSET
    """ Message-ID header of the email as delivered. """
    html: None | str | Unset = UNSET
    """ HTML body, or null when the email has none. """
    text: None | str | Unset = UNSET
    """ Plain-text body, or null when the email has none. """
    bcc: list[str] | None | Unset = UNSET
    """ Blind carbon copy addresses. """
    cc: list[str] | None | Unset = UNSET
    """ Carbon copy addresses. """
    reply_to: list[str] | None | Unset = UNSET
    """ Addresses for replies. """
    last_event: str | Unset = UNSET
    """ Latest delivery event. Known values are `bounced`, `canceled`, `clicked`, `complained`, `delivered`,
    `delivery_delayed`, `failed`, `opened`, `queued`, `scheduled`, `sent` and `suppressed`. The server may add
    values, so a client should accept any string. """
    scheduled_at: datetime.datetime | None | Unset = UNSET
    """ Time at which a scheduled email is sent, or null for an email sent at once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        to = self.to

        from_ = self.from_

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        subject = self.subject

        message_id = self.message_id

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

        last_event = self.last_event

        scheduled_at: None | str | Unset
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
                "object": object_,
                "id": id,
                "to": to,
                "from": from_,
                "created_at": created_at,
                "subject": subject,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if cc is not UNSET:
            field_dict["cc"] = cc
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if last_event is not UNSET:
            field_dict["last_event"] = last_event
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        to = cast(list[str], d.pop("to"))

        from_ = d.pop("from")

        created_at = parse_datetime(d.pop("created_at"))

        subject = d.pop("subject")

        message_id = d.pop("message_id", UNSET)

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

        last_event = d.pop("last_event", UNSET)

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = parse_datetime(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        email = cls(
            object_=object_,
            id=id,
            to=to,
            from_=from_,
            created_at=created_at,
            subject=subject,
            message_id=message_id,
            html=html,
            text=text,
            bcc=bcc,
            cc=cc,
            reply_to=reply_to,
            last_event=last_event,
            scheduled_at=scheduled_at,
        )

        email.additional_properties = d
        return email

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

Email.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

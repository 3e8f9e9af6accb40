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
    from ..models.outbound_email_event_data_tags import OutboundEmailEventDataTags
    from ..models.webhook_email_header import WebhookEmailHeader
    from ..models.webhook_event_click import WebhookEventClick


T = TypeVar("T", bound="EmailClickedEventData")


@_attrs_define
class EmailClickedEventData:
    """Email whose link was clicked and the details of the click."""

    email_id: str
    """ Id of the email. """
    created_at: datetime.datetime
    """ Time at which the email was created. """
    from_: str
    """ Sender address. """
    to: list[str]
    """ Recipient addresses. """
    subject: str
    """ Subject line. """
    click: WebhookEventClick
    """ Details of a click on a tracked link. """
    broadcast_id: str | Unset = UNSET
    """ Id of the broadcast that sent the email, when it came from one. """
    template_id: str | Unset = UNSET
    """ Id of the template that the email was rendered from, when it used one. """
    tags: OutboundEmailEventDataTags | Unset = UNSET
    """ Tags of the email, as tag values keyed by tag name. """
    headers: list[WebhookEmailHeader] | Unset = UNSET
    """ Custom headers of the email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        from_ = self.from_

        to = self.to

        subject = self.subject

        click = self.click.to_dict()

        broadcast_id = self.broadcast_id

        template_id = self.template_id

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_id": email_id,
                "created_at": created_at,
                "from": from_,
                "to": to,
                "subject": subject,
                "click": click,
            }
        )
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outbound_email_event_data_tags import OutboundEmailEventDataTags  # noqa: PLC0415
        from ..models.webhook_email_header import WebhookEmailHeader  # noqa: PLC0415
        from ..models.webhook_event_click import WebhookEventClick  # noqa: PLC0415

        d = dict(src_dict)
        email_id = d.pop("email_id")

        created_at = parse_datetime(d.pop("created_at"))

        from_ = d.pop("from")

        to = cast(list[str], d.pop("to"))

        subject = d.pop("subject")

        click = WebhookEventClick.from_dict(d.pop("click"))

        broadcast_id = d.pop("broadcast_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: OutboundEmailEventDataTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = OutboundEmailEventDataTags.from_dict(_tags)

        _headers = d.pop("headers", UNSET)
        headers: list[WebhookEmailHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = WebhookEmailHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        email_clicked_event_data = cls(
            email_id=email_id,
            created_at=created_at,
            from_=from_,
            to=to,
            subject=subject,
            click=click,
            broadcast_id=broadcast_id,
            template_id=template_id,
            tags=tags,
            headers=headers,
        )

        email_clicked_event_data.additional_properties = d
        return email_clicked_event_data

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

EmailClickedEventData.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEventAttachment")


@_attrs_define
class WebhookEventAttachment:
    """Metadata of an attachment of a received email."""

    id: str
    """ Id of the attachment. """
    filename: str | Unset = UNSET
    """ File name of the attachment. """
    content_type: str | Unset = UNSET
    """ MIME type of the attachment, such as `application/pdf`. """
    content_disposition: str | Unset = UNSET
    """ Content-Disposition of the attachment, such as `attachment` or `inline`. """
    content_id: str | Unset = UNSET
    """ Content-ID that the HTML body uses to refer to an inline attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        content_type = self.content_type

        content_disposition = self.content_disposition

        content_id = self.content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content_disposition is not UNSET:
            field_dict["content_disposition"] = content_disposition
        if content_id is not UNSET:
            field_dict["content_id"] = content_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        filename = d.pop("filename", UNSET)

        content_type = d.pop("content_type", UNSET)

        content_disposition = d.pop("content_disposition", UNSET)

        content_id = d.pop("content_id", UNSET)

        webhook_event_attachment = cls(
            id=id,
            filename=filename,
            content_type=content_type,
            content_disposition=content_disposition,
            content_id=content_id,
        )

        webhook_event_attachment.additional_properties = d
        return webhook_event_attachment

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

WebhookEventAttachment.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.attachment_content_disposition import AttachmentContentDisposition, check_attachment_content_disposition
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAttachment")


@_attrs_define
class EmailAttachment:
    """File attached to a sent or received email, with a download link, as returned when fetched on its own."""

    id: str
    """ Id of the attachment. """
    filename: None | str | Unset = UNSET
    """ File name, or null when the email gave none. """
    content_type: str | Unset = UNSET
    """ MIME type of the file, such as `application/pdf`. """
    content_id: str | Unset = UNSET
    """ Content-ID by which the HTML body refers to an inline file as `cid:<content_id>`. """
    content_disposition: AttachmentContentDisposition | None | Unset = UNSET
    """ How the file is shown, or null when the email does not say. """
    size: int | Unset = UNSET
    """ File size in bytes. """
    download_url: str | Unset = UNSET
    """ Signed URL from which the file can be downloaded without an API key until `expires_at`. """
    expires_at: datetime.datetime | Unset = UNSET
    """ Time after which `download_url` stops working. """
    object_: str | Unset = UNSET
    """ Resource type, such as `attachment`. Treat it as a plain string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        content_type = self.content_type

        content_id = self.content_id

        content_disposition: None | str | Unset
        if isinstance(self.content_disposition, Unset):
            content_disposition = UNSET
        elif isinstance(self.content_disposition, str):
            content_disposition = self.content_disposition
        else:
            content_disposition = self.content_disposition

        size = self.size

        download_url = self.download_url

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.datetime) else self.expires_at
            )

        object_ = self.object_

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
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if content_disposition is not UNSET:
            field_dict["content_disposition"] = content_disposition
        if size is not UNSET:
            field_dict["size"] = size
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        content_type = d.pop("content_type", UNSET)

        content_id = d.pop("content_id", UNSET)

        def _parse_content_disposition(data: object) -> AttachmentContentDisposition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                content_disposition_type_0 = check_attachment_content_disposition(data)

                return content_disposition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttachmentContentDisposition | None | Unset, data)

        content_disposition = _parse_content_disposition(d.pop("content_disposition", UNSET))

        size = d.pop("size", UNSET)

        download_url = d.pop("download_url", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = parse_datetime(_expires_at)

        object_ = d.pop("object", UNSET)

        email_attachment = cls(
            id=id,
            filename=filename,
            content_type=content_type,
            content_id=content_id,
            content_disposition=content_disposition,
            size=size,
            download_url=download_url,
            expires_at=expires_at,
            object_=object_,
        )

        email_attachment.additional_properties = d
        return email_attachment

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

EmailAttachment.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """File attached to an email, given either inline as `content` or by `path`."""

    content: str | Unset = UNSET
    """ File content as base64 text. """
    filename: str | Unset = UNSET
    """ File name shown to the recipient. """
    path: str | Unset = UNSET
    """ URL from which the server fetches the file, used in place of `content`. """
    content_type: str | Unset = UNSET
    """ MIME type of the file, such as `application/pdf`. """
    content_id: str | Unset = UNSET
    """ Content-ID that an inline image in the HTML body refers to as `cid:<content_id>`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        filename = self.filename

        path = self.path

        content_type = self.content_type

        content_id = self.content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if filename is not UNSET:
            field_dict["filename"] = filename
        if path is not UNSET:
            field_dict["path"] = path
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content_id is not UNSET:
            field_dict["content_id"] = content_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        filename = d.pop("filename", UNSET)

        path = d.pop("path", UNSET)

        content_type = d.pop("content_type", UNSET)

        content_id = d.pop("content_id", UNSET)

        attachment = cls(
            content=content,
            filename=filename,
            path=path,
            content_type=content_type,
            content_id=content_id,
        )

        attachment.additional_properties = d
        return attachment

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

Attachment.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

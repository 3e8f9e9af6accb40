# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.contact_import_conflict_mode import ContactImportConflictMode, check_contact_import_conflict_mode
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateContactImportRequest")


@_attrs_define
class CreateContactImportRequest:
    """File of contacts to import, sent as `multipart/form-data`."""

    file: File
    """ File with one contact per row. """
    column_map: str | Unset = UNSET
    """ How the file's columns map to contact fields, as text in a form field. """
    on_conflict: ContactImportConflictMode | Unset = UNSET
    """ What an import does with a row whose email address already belongs to a contact. With `upsert` it updates
    the contact, and with `skip` it leaves the contact unchanged. The server uses `skip` when the field is absent.
    """
    segments: str | Unset = UNSET
    """ Segments to add every imported contact to, as text in a form field. """
    topics: str | Unset = UNSET
    """ Topic subscriptions to set on every imported contact, as text in a form field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        column_map = self.column_map

        on_conflict: str | Unset = UNSET
        if not isinstance(self.on_conflict, Unset):
            on_conflict = self.on_conflict

        segments = self.segments

        topics = self.topics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if column_map is not UNSET:
            field_dict["column_map"] = column_map
        if on_conflict is not UNSET:
            field_dict["on_conflict"] = on_conflict
        if segments is not UNSET:
            field_dict["segments"] = segments
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.column_map, Unset):
            files.append(("column_map", (None, str(self.column_map).encode(), "text/plain")))

        if not isinstance(self.on_conflict, Unset):
            files.append(("on_conflict", (None, str(self.on_conflict).encode(), "text/plain")))

        if not isinstance(self.segments, Unset):
            files.append(("segments", (None, str(self.segments).encode(), "text/plain")))

        if not isinstance(self.topics, Unset):
            files.append(("topics", (None, str(self.topics).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        column_map = d.pop("column_map", UNSET)

        _on_conflict = d.pop("on_conflict", UNSET)
        on_conflict: ContactImportConflictMode | Unset
        if isinstance(_on_conflict, Unset):
            on_conflict = UNSET
        else:
            on_conflict = check_contact_import_conflict_mode(_on_conflict)

        segments = d.pop("segments", UNSET)

        topics = d.pop("topics", UNSET)

        create_contact_import_request = cls(
            file=file,
            column_map=column_map,
            on_conflict=on_conflict,
            segments=segments,
            topics=topics,
        )

        create_contact_import_request.additional_properties = d
        return create_contact_import_request

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

CreateContactImportRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.contact_import_status import ContactImportStatus, check_contact_import_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_import_counts import ContactImportCounts


T = TypeVar("T", bound="ContactImport")


@_attrs_define
class ContactImport:
    """Import of contacts from a file, with its progress."""

    id: str
    """ Id of the contact import. """
    object_: str | Unset = UNSET
    """ Resource type, such as `contact_import`. Treat it as a plain string. """
    status: ContactImportStatus | Unset = UNSET
    """ State of a contact import. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ Time at which the import finished, or null while it has not. """
    counts: ContactImportCounts | Unset = UNSET
    """ Numbers of rows of an import, by outcome. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                self.completed_at.isoformat() if isinstance(self.completed_at, datetime.datetime) else self.completed_at
            )
        else:
            completed_at = self.completed_at

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if counts is not UNSET:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_import_counts import ContactImportCounts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        _status = d.pop("status", UNSET)
        status: ContactImportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_contact_import_status(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _counts = d.pop("counts", UNSET)
        counts: ContactImportCounts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = ContactImportCounts.from_dict(_counts)

        contact_import = cls(
            id=id,
            object_=object_,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            counts=counts,
        )

        contact_import.additional_properties = d
        return contact_import

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

ContactImport.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

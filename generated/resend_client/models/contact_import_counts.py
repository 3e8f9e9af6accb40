# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactImportCounts")


@_attrs_define
class ContactImportCounts:
    """Numbers of rows of an import, by outcome."""

    total: int | Unset = UNSET
    """ Rows in the file. """
    created: int | Unset = UNSET
    """ Rows that created a contact. """
    updated: int | Unset = UNSET
    """ Rows that updated an existing contact. """
    skipped: int | Unset = UNSET
    """ Rows that were skipped, such as rows for existing contacts in `skip` mode. """
    failed: int | Unset = UNSET
    """ Rows that could not be imported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        created = self.created

        updated = self.updated

        skipped = self.skipped

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        skipped = d.pop("skipped", UNSET)

        failed = d.pop("failed", UNSET)

        contact_import_counts = cls(
            total=total,
            created=created,
            updated=updated,
            skipped=skipped,
            failed=failed,
        )

        contact_import_counts.additional_properties = d
        return contact_import_counts

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

ContactImportCounts.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

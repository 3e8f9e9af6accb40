# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveContactFromSegmentResponse")


@_attrs_define
class RemoveContactFromSegmentResponse:
    """Result of removing a contact from a segment."""

    object_: str | Unset = UNSET
    """ Resource type, such as `contact_segment`. Treat it as a plain string. """
    contact_id: str | Unset = UNSET
    """ Id of the contact. """
    segment_id: str | Unset = UNSET
    """ Id of the segment. """
    deleted: bool | Unset = UNSET
    """ Whether the contact was removed from the segment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        contact_id = self.contact_id

        segment_id = self.segment_id

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        deleted = d.pop("deleted", UNSET)

        remove_contact_from_segment_response = cls(
            object_=object_,
            contact_id=contact_id,
            segment_id=segment_id,
            deleted=deleted,
        )

        remove_contact_from_segment_response.additional_properties = d
        return remove_contact_from_segment_response

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

RemoveContactFromSegmentResponse.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

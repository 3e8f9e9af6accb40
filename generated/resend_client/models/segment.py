# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_filter import SegmentFilter


T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """Segment as stored by the server."""

    id: str
    """ Id of the segment. """
    object_: str | Unset = UNSET
    """ Resource type, such as `segment`. Some responses sent `audience` here while audiences were being renamed to
    segments. Treat it as a plain string. """
    name: str | Unset = UNSET
    """ Name of the segment. """
    audience_id: str | Unset = UNSET
    """ Id of the audience that the segment belongs to. """
    filter_: SegmentFilter | Unset = UNSET
    """ Conditions that select the contacts that belong to the segment. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        name = self.name

        audience_id = self.audience_id

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_filter import SegmentFilter  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        name = d.pop("name", UNSET)

        audience_id = d.pop("audience_id", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: SegmentFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SegmentFilter.from_dict(_filter_)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        segment = cls(
            id=id,
            object_=object_,
            name=name,
            audience_id=audience_id,
            filter_=filter_,
            created_at=created_at,
        )

        segment.additional_properties = d
        return segment

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

Segment.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

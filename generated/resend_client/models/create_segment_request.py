# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_segment_request_filter import CreateSegmentRequestFilter


T = TypeVar("T", bound="CreateSegmentRequest")


@_attrs_define
class CreateSegmentRequest:
    """Segment to create."""

    name: str
    """ Name of the segment. """
    audience_id: str | Unset = UNSET
    """ Id of the audience that the segment belongs to. """
    filter_: CreateSegmentRequestFilter | Unset = UNSET
    """ Conditions that select the contacts that belong to the segment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        audience_id = self.audience_id

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_segment_request_filter import CreateSegmentRequestFilter  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        audience_id = d.pop("audience_id", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: CreateSegmentRequestFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = CreateSegmentRequestFilter.from_dict(_filter_)

        create_segment_request = cls(
            name=name,
            audience_id=audience_id,
            filter_=filter_,
        )

        create_segment_request.additional_properties = d
        return create_segment_request

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

CreateSegmentRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

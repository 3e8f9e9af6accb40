# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topic_visibility import TopicVisibility, check_topic_visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTopicRequest")


@_attrs_define
class UpdateTopicRequest:
    """Fields of a topic to change. Absent fields keep their values."""

    name: str | Unset = UNSET
    """ Name of the topic. """
    description: str | Unset = UNSET
    """ Explanation of the topic for contacts. """
    visibility: TopicVisibility | Unset = UNSET
    """ Visibility of the topic on the page where contacts manage their subscriptions. A topic created without a
    visibility is `private`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: TopicVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = check_topic_visibility(_visibility)

        update_topic_request = cls(
            name=name,
            description=description,
            visibility=visibility,
        )

        update_topic_request.additional_properties = d
        return update_topic_request

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

UpdateTopicRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

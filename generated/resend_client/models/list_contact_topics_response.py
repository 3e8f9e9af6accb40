# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_topic import ContactTopic


T = TypeVar("T", bound="ListContactTopicsResponse")


@_attrs_define
class ListContactTopicsResponse:
    """One page of a contact's topic subscriptions."""

    object_: str
    """ Always `list` in current responses. """
    data: list[ContactTopic]
    """ Topics in this page, each with the contact's subscription. """
    has_more: bool | Unset = UNSET
    """ Whether more items follow this page. Older list endpoints, which return every item at once, leave it out.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
            }
        )
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_topic import ContactTopic  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ContactTopic.from_dict(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more", UNSET)

        list_contact_topics_response = cls(
            object_=object_,
            data=data,
            has_more=has_more,
        )

        list_contact_topics_response.additional_properties = d
        return list_contact_topics_response

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

ListContactTopicsResponse.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

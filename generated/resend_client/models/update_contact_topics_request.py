# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_topic_subscription_input import ContactTopicSubscriptionInput


T = TypeVar("T", bound="UpdateContactTopicsRequest")


@_attrs_define
class UpdateContactTopicsRequest:
    """Topic subscriptions to set on a contact."""

    topics: list[ContactTopicSubscriptionInput]
    """ Subscriptions to set, one for each topic. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topics": topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_topic_subscription_input import ContactTopicSubscriptionInput  # noqa: PLC0415

        d = dict(src_dict)
        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = ContactTopicSubscriptionInput.from_dict(topics_item_data)

            topics.append(topics_item)

        update_contact_topics_request = cls(
            topics=topics,
        )

        update_contact_topics_request.additional_properties = d
        return update_contact_topics_request

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

UpdateContactTopicsRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_topic_subscription import ContactTopicSubscription


T = TypeVar("T", bound="UpdateContactTopicsResponse")


@_attrs_define
class UpdateContactTopicsResponse:
    """Topic subscriptions of a contact after an update."""

    object_: str | Unset = UNSET
    """ Resource type, such as `contact_topics`. Treat it as a plain string. """
    contact_id: str | Unset = UNSET
    """ Id of the contact. """
    topics: list[ContactTopicSubscription] | Unset = UNSET
    """ Subscriptions that the update set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        contact_id = self.contact_id

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_topic_subscription import ContactTopicSubscription  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        _topics = d.pop("topics", UNSET)
        topics: list[ContactTopicSubscription] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = ContactTopicSubscription.from_dict(topics_item_data)

                topics.append(topics_item)

        update_contact_topics_response = cls(
            object_=object_,
            contact_id=contact_id,
            topics=topics,
        )

        update_contact_topics_response.additional_properties = d
        return update_contact_topics_response

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

UpdateContactTopicsResponse.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topic_subscription import TopicSubscription, check_topic_subscription
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactTopic")


@_attrs_define
class ContactTopic:
    """Topic with a contact's subscription to it."""

    id: str
    """ Id of the topic. """
    name: str | Unset = UNSET
    """ Name of the topic. """
    description: str | Unset = UNSET
    """ Description of the topic. """
    subscription: TopicSubscription | Unset = UNSET
    """ Subscription to a topic: with `opt_in` the contact receives emails sent under the topic, with `opt_out` it
    does not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        subscription: str | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _subscription = d.pop("subscription", UNSET)
        subscription: TopicSubscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = check_topic_subscription(_subscription)

        contact_topic = cls(
            id=id,
            name=name,
            description=description,
            subscription=subscription,
        )

        contact_topic.additional_properties = d
        return contact_topic

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

ContactTopic.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

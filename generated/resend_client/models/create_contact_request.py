# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_topic_subscription_input import ContactTopicSubscriptionInput
    from ..models.create_contact_request_properties import CreateContactRequestProperties


T = TypeVar("T", bound="CreateContactRequest")


@_attrs_define
class CreateContactRequest:
    """Contact to create."""

    email: str
    """ Email address of the contact. """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    unsubscribed: bool | Unset = UNSET
    """ Whether the contact is unsubscribed from every broadcast. """
    properties: CreateContactRequestProperties | Unset = UNSET
    """ Values of the team's custom contact properties, keyed by property key. """
    segments: list[str] | Unset = UNSET
    """ Ids of the segments to add the contact to. """
    topics: list[ContactTopicSubscriptionInput] | Unset = UNSET
    """ Subscriptions of the contact to topics. """
    audience_id: str | Unset = UNSET
    """ Id of an audience to add the contact to. Audiences are the older way of grouping contacts, so new code
    should use `segments` instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        unsubscribed = self.unsubscribed

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        segments: list[str] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = self.segments

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        audience_id = self.audience_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if properties is not UNSET:
            field_dict["properties"] = properties
        if segments is not UNSET:
            field_dict["segments"] = segments
        if topics is not UNSET:
            field_dict["topics"] = topics
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_topic_subscription_input import ContactTopicSubscriptionInput  # noqa: PLC0415
        from ..models.create_contact_request_properties import CreateContactRequestProperties  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        unsubscribed = d.pop("unsubscribed", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: CreateContactRequestProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CreateContactRequestProperties.from_dict(_properties)

        segments = cast(list[str], d.pop("segments", UNSET))

        _topics = d.pop("topics", UNSET)
        topics: list[ContactTopicSubscriptionInput] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = ContactTopicSubscriptionInput.from_dict(topics_item_data)

                topics.append(topics_item)

        audience_id = d.pop("audience_id", UNSET)

        create_contact_request = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            unsubscribed=unsubscribed,
            properties=properties,
            segments=segments,
            topics=topics,
            audience_id=audience_id,
        )

        create_contact_request.additional_properties = d
        return create_contact_request

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

CreateContactRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.topic_subscription import TopicSubscription, check_topic_subscription
from ..models.topic_visibility import TopicVisibility, check_topic_visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicListItem")


@_attrs_define
class TopicListItem:
    """Topic in a list."""

    id: str
    """ Id of the topic. """
    name: str | Unset = UNSET
    """ Name of the topic. """
    description: None | str | Unset = UNSET
    """ Explanation of the topic for contacts, or null when none is set. """
    default_subscription: TopicSubscription | Unset = UNSET
    """ Subscription to a topic: with `opt_in` the contact receives emails sent under the topic, with `opt_out` it
    does not. """
    visibility: TopicVisibility | Unset = UNSET
    """ Visibility of the topic on the page where contacts manage their subscriptions. A topic created without a
    visibility is `private`. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default_subscription: str | Unset = UNSET
        if not isinstance(self.default_subscription, Unset):
            default_subscription = self.default_subscription

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default_subscription is not UNSET:
            field_dict["default_subscription"] = default_subscription
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _default_subscription = d.pop("default_subscription", UNSET)
        default_subscription: TopicSubscription | Unset
        if isinstance(_default_subscription, Unset):
            default_subscription = UNSET
        else:
            default_subscription = check_topic_subscription(_default_subscription)

        _visibility = d.pop("visibility", UNSET)
        visibility: TopicVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = check_topic_visibility(_visibility)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        topic_list_item = cls(
            id=id,
            name=name,
            description=description,
            default_subscription=default_subscription,
            visibility=visibility,
            created_at=created_at,
        )

        topic_list_item.additional_properties = d
        return topic_list_item

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

TopicListItem.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

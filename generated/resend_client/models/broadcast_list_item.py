# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastListItem")


@_attrs_define
class BroadcastListItem:
    """Broadcast in a list, without its content."""

    id: str
    """ Id of the broadcast. """
    name: None | str | Unset = UNSET
    """ Name of the broadcast, shown only to the team. """
    audience_id: None | str | Unset = UNSET
    """ Id of the audience that receives the broadcast, or null. Audiences are the older name for segments. """
    segment_id: None | str | Unset = UNSET
    """ Id of the segment that receives the broadcast, or null. """
    status: str | Unset = UNSET
    """ Delivery state, such as `draft`, `scheduled`, `queued` or `sent`. The server may add values, so a client
    should accept any string. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    scheduled_at: datetime.datetime | None | Unset = UNSET
    """ Time at which a scheduled broadcast is sent, or null when it is not scheduled. """
    sent_at: datetime.datetime | None | Unset = UNSET
    """ Time at which the broadcast was sent, or null when it has not been sent. """
    topic_id: None | str | Unset = UNSET
    """ Id of the topic that the broadcast is sent under, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        audience_id: None | str | Unset
        if isinstance(self.audience_id, Unset):
            audience_id = UNSET
        else:
            audience_id = self.audience_id

        segment_id: None | str | Unset
        if isinstance(self.segment_id, Unset):
            segment_id = UNSET
        else:
            segment_id = self.segment_id

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = (
                self.scheduled_at.isoformat() if isinstance(self.scheduled_at, datetime.datetime) else self.scheduled_at
            )
        else:
            scheduled_at = self.scheduled_at

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat() if isinstance(self.sent_at, datetime.datetime) else self.sent_at
        else:
            sent_at = self.sent_at

        topic_id: None | str | Unset
        if isinstance(self.topic_id, Unset):
            topic_id = UNSET
        else:
            topic_id = self.topic_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if topic_id is not UNSET:
            field_dict["topic_id"] = topic_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_audience_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audience_id = _parse_audience_id(d.pop("audience_id", UNSET))

        def _parse_segment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        segment_id = _parse_segment_id(d.pop("segment_id", UNSET))

        status = d.pop("status", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = parse_datetime(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = parse_datetime(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

        def _parse_topic_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topic_id = _parse_topic_id(d.pop("topic_id", UNSET))

        broadcast_list_item = cls(
            id=id,
            name=name,
            audience_id=audience_id,
            segment_id=segment_id,
            status=status,
            created_at=created_at,
            scheduled_at=scheduled_at,
            sent_at=sent_at,
            topic_id=topic_id,
        )

        broadcast_list_item.additional_properties = d
        return broadcast_list_item

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

BroadcastListItem.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

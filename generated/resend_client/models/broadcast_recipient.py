# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.broadcast_bounce_type import BroadcastBounceType, check_broadcast_bounce_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_recipient_link import BroadcastRecipientLink


T = TypeVar("T", bound="BroadcastRecipient")


@_attrs_define
class BroadcastRecipient:
    """Recipient of a broadcast for whom the requested event happened."""

    id: str
    """ Id of the recipient entry. """
    contact_id: None | str | Unset = UNSET
    """ Id of the contact that received the broadcast, or null. """
    email: str | Unset = UNSET
    """ Recipient address. """
    count: int | Unset = UNSET
    """ Number of times the requested event happened for this recipient, such as how often the recipient opened the
    broadcast. """
    bounce_type: BroadcastBounceType | None | Unset = UNSET
    """ Kind of bounce when the recipient bounced, or null otherwise. """
    clicked_links: list[BroadcastRecipientLink] | Unset = UNSET
    """ Links that the recipient clicked, each with its click count. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        email = self.email

        count = self.count

        bounce_type: None | str | Unset
        if isinstance(self.bounce_type, Unset):
            bounce_type = UNSET
        elif isinstance(self.bounce_type, str):
            bounce_type = self.bounce_type
        else:
            bounce_type = self.bounce_type

        clicked_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clicked_links, Unset):
            clicked_links = []
            for clicked_links_item_data in self.clicked_links:
                clicked_links_item = clicked_links_item_data.to_dict()
                clicked_links.append(clicked_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if email is not UNSET:
            field_dict["email"] = email
        if count is not UNSET:
            field_dict["count"] = count
        if bounce_type is not UNSET:
            field_dict["bounce_type"] = bounce_type
        if clicked_links is not UNSET:
            field_dict["clicked_links"] = clicked_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broadcast_recipient_link import BroadcastRecipientLink  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        email = d.pop("email", UNSET)

        count = d.pop("count", UNSET)

        def _parse_bounce_type(data: object) -> BroadcastBounceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bounce_type_type_0 = check_broadcast_bounce_type(data)

                return bounce_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BroadcastBounceType | None | Unset, data)

        bounce_type = _parse_bounce_type(d.pop("bounce_type", UNSET))

        _clicked_links = d.pop("clicked_links", UNSET)
        clicked_links: list[BroadcastRecipientLink] | Unset = UNSET
        if _clicked_links is not UNSET:
            clicked_links = []
            for clicked_links_item_data in _clicked_links:
                clicked_links_item = BroadcastRecipientLink.from_dict(clicked_links_item_data)

                clicked_links.append(clicked_links_item)

        broadcast_recipient = cls(
            id=id,
            contact_id=contact_id,
            email=email,
            count=count,
            bounce_type=bounce_type,
            clicked_links=clicked_links,
        )

        broadcast_recipient.additional_properties = d
        return broadcast_recipient

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

BroadcastRecipient.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastClickedLink")


@_attrs_define
class BroadcastClickedLink:
    """Link in a broadcast with the clicks of all its recipients."""

    id: str
    """ Id of the link entry. """
    url: str | Unset = UNSET
    """ Target URL of the link. """
    clicks: int | Unset = UNSET
    """ Total number of clicks on the link. """
    unique_clicks: int | Unset = UNSET
    """ Number of recipients who clicked the link at least once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        clicks = self.clicks

        unique_clicks = self.unique_clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if unique_clicks is not UNSET:
            field_dict["unique_clicks"] = unique_clicks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url", UNSET)

        clicks = d.pop("clicks", UNSET)

        unique_clicks = d.pop("unique_clicks", UNSET)

        broadcast_clicked_link = cls(
            id=id,
            url=url,
            clicks=clicks,
            unique_clicks=unique_clicks,
        )

        broadcast_clicked_link.additional_properties = d
        return broadcast_clicked_link

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

BroadcastClickedLink.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

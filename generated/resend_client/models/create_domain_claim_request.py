# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_region import DomainRegion, check_domain_region
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDomainClaimRequest")


@_attrs_define
class CreateDomainClaimRequest:
    """Domain name to claim and the settings for the domain once the claim completes."""

    name: str
    """ Domain name to claim, such as `example.com`. """
    region: DomainRegion | Unset = UNSET
    """ AWS region that sends the domain's email. """
    custom_return_path: str | Unset = "send"
    """ Subdomain for the Return-Path address that receives bounces, such as `bounces` for `bounces.example.com`.
    """
    open_tracking: bool | Unset = UNSET
    """ Whether to track opens of emails from this domain. """
    click_tracking: bool | Unset = UNSET
    """ Whether to track clicks on links in emails from this domain. """
    tracking_subdomain: str | Unset = UNSET
    """ Subdomain that serves the open and click tracking links, such as `links`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        custom_return_path = self.custom_return_path

        open_tracking = self.open_tracking

        click_tracking = self.click_tracking

        tracking_subdomain = self.tracking_subdomain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if custom_return_path is not UNSET:
            field_dict["custom_return_path"] = custom_return_path
        if open_tracking is not UNSET:
            field_dict["open_tracking"] = open_tracking
        if click_tracking is not UNSET:
            field_dict["click_tracking"] = click_tracking
        if tracking_subdomain is not UNSET:
            field_dict["tracking_subdomain"] = tracking_subdomain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _region = d.pop("region", UNSET)
        region: DomainRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = check_domain_region(_region)

        custom_return_path = d.pop("custom_return_path", UNSET)

        open_tracking = d.pop("open_tracking", UNSET)

        click_tracking = d.pop("click_tracking", UNSET)

        tracking_subdomain = d.pop("tracking_subdomain", UNSET)

        create_domain_claim_request = cls(
            name=name,
            region=region,
            custom_return_path=custom_return_path,
            open_tracking=open_tracking,
            click_tracking=click_tracking,
            tracking_subdomain=tracking_subdomain,
        )

        create_domain_claim_request.additional_properties = d
        return create_domain_claim_request

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

CreateDomainClaimRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

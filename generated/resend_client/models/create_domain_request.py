# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_region import DomainRegion, check_domain_region
from ..models.domain_tls import DomainTls, check_domain_tls
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_capabilities import DomainCapabilities


T = TypeVar("T", bound="CreateDomainRequest")


@_attrs_define
class CreateDomainRequest:
    """Domain to add and its settings."""

    name: str
    """ Domain name to send from, such as `example.com` or `updates.example.com`. """
    region: DomainRegion | Unset = UNSET
    """ AWS region that sends the domain's email. """
    custom_return_path: str | Unset = UNSET
    """ Subdomain for the Return-Path address that receives bounces, such as `bounces` for `bounces.example.com`.
    """
    open_tracking: bool | Unset = UNSET
    """ Whether to track opens of emails from this domain. """
    click_tracking: bool | Unset = UNSET
    """ Whether to track clicks on links in emails from this domain. """
    tls: DomainTls | Unset = UNSET
    """ TLS policy for delivery. With `opportunistic`, the server uses TLS when the receiving server offers it and
    sends without it otherwise. With `enforced`, it does not deliver without TLS. """
    capabilities: DomainCapabilities | Unset = UNSET
    """ What the domain is used for. """
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

        tls: str | Unset = UNSET
        if not isinstance(self.tls, Unset):
            tls = self.tls

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

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
        if tls is not UNSET:
            field_dict["tls"] = tls
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if tracking_subdomain is not UNSET:
            field_dict["tracking_subdomain"] = tracking_subdomain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_capabilities import DomainCapabilities  # noqa: PLC0415

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

        _tls = d.pop("tls", UNSET)
        tls: DomainTls | Unset
        if isinstance(_tls, Unset):
            tls = UNSET
        else:
            tls = check_domain_tls(_tls)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: DomainCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = DomainCapabilities.from_dict(_capabilities)

        tracking_subdomain = d.pop("tracking_subdomain", UNSET)

        create_domain_request = cls(
            name=name,
            region=region,
            custom_return_path=custom_return_path,
            open_tracking=open_tracking,
            click_tracking=click_tracking,
            tls=tls,
            capabilities=capabilities,
            tracking_subdomain=tracking_subdomain,
        )

        create_domain_request.additional_properties = d
        return create_domain_request

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

CreateDomainRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

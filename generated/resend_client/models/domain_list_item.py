# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.domain_status import DomainStatus, check_domain_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_capabilities import DomainCapabilities


T = TypeVar("T", bound="DomainListItem")


@_attrs_define
class DomainListItem:
    """Domain as listed, without its DNS records."""

    id: str
    """ Id of the domain. """
    name: str | Unset = UNSET
    """ Domain name, such as `example.com`. """
    status: DomainStatus | Unset = UNSET
    """ Verification state of a domain: `not_started` before the first check, `pending` while records are being
    checked, `verified`, `failed`, or `partially_verified` and `partially_failed` when only some records pass. """
    created_at: datetime.datetime | Unset = UNSET
    """ Time at which the domain was added. """
    region: str | Unset = UNSET
    """ AWS region that sends the domain's email, such as `us-east-1`. Read as a plain string so that a new region
    does not break parsing. """
    open_tracking: bool | Unset = UNSET
    """ Whether opens of emails from this domain are tracked. """
    click_tracking: bool | Unset = UNSET
    """ Whether clicks on links in emails from this domain are tracked. """
    capabilities: DomainCapabilities | Unset = UNSET
    """ What the domain is used for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        region = self.region

        open_tracking = self.open_tracking

        click_tracking = self.click_tracking

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if region is not UNSET:
            field_dict["region"] = region
        if open_tracking is not UNSET:
            field_dict["open_tracking"] = open_tracking
        if click_tracking is not UNSET:
            field_dict["click_tracking"] = click_tracking
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_capabilities import DomainCapabilities  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: DomainStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_domain_status(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        region = d.pop("region", UNSET)

        open_tracking = d.pop("open_tracking", UNSET)

        click_tracking = d.pop("click_tracking", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: DomainCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = DomainCapabilities.from_dict(_capabilities)

        domain_list_item = cls(
            id=id,
            name=name,
            status=status,
            created_at=created_at,
            region=region,
            open_tracking=open_tracking,
            click_tracking=click_tracking,
            capabilities=capabilities,
        )

        domain_list_item.additional_properties = d
        return domain_list_item

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

DomainListItem.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

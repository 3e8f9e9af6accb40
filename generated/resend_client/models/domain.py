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
    from ..models.domain_record import DomainRecord


T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """Domain with its settings and the DNS records to publish for it."""

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
    object_: str | Unset = UNSET
    """ Resource type, such as `domain`. Treat it as a plain string. """
    tracking_subdomain: str | Unset = UNSET
    """ Subdomain that serves the open and click tracking links. """
    records: list[DomainRecord] | Unset = UNSET
    """ DNS records to publish for the domain. """
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

        object_ = self.object_

        tracking_subdomain = self.tracking_subdomain

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

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
        if object_ is not UNSET:
            field_dict["object"] = object_
        if tracking_subdomain is not UNSET:
            field_dict["tracking_subdomain"] = tracking_subdomain
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_capabilities import DomainCapabilities  # noqa: PLC0415
        from ..models.domain_record import DomainRecord  # noqa: PLC0415

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

        object_ = d.pop("object", UNSET)

        tracking_subdomain = d.pop("tracking_subdomain", UNSET)

        _records = d.pop("records", UNSET)
        records: list[DomainRecord] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = DomainRecord.from_dict(records_item_data)

                records.append(records_item)

        domain = cls(
            id=id,
            name=name,
            status=status,
            created_at=created_at,
            region=region,
            open_tracking=open_tracking,
            click_tracking=click_tracking,
            capabilities=capabilities,
            object_=object_,
            tracking_subdomain=tracking_subdomain,
            records=records,
        )

        domain.additional_properties = d
        return domain

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

Domain.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.webhook_domain_region import WebhookDomainRegion, check_webhook_domain_region
from ..models.webhook_domain_status import WebhookDomainStatus, check_webhook_domain_status

if TYPE_CHECKING:
    from ..models.webhook_domain_record import WebhookDomainRecord


T = TypeVar("T", bound="DomainEventData")


@_attrs_define
class DomainEventData:
    """Domain that a webhook event is about."""

    id: str
    """ Id of the domain. """
    name: str
    """ Domain name. """
    status: WebhookDomainStatus
    """ Verification state of a domain in a webhook payload. """
    created_at: datetime.datetime
    """ Creation time of the domain. """
    region: WebhookDomainRegion
    """ AWS region that sends the domain's email. """
    records: list[WebhookDomainRecord]
    """ DNS records of the domain. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str = self.status

        created_at = self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at

        region: str = self.region

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "created_at": created_at,
                "region": region,
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_domain_record import WebhookDomainRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = check_webhook_domain_status(d.pop("status"))

        created_at = parse_datetime(d.pop("created_at"))

        region = check_webhook_domain_region(d.pop("region"))

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = WebhookDomainRecord.from_dict(records_item_data)

            records.append(records_item)

        domain_event_data = cls(
            id=id,
            name=name,
            status=status,
            created_at=created_at,
            region=region,
            records=records,
        )

        domain_event_data.additional_properties = d
        return domain_event_data

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

DomainEventData.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dns_record_type import DnsRecordType, check_dns_record_type
from ..models.domain_record_purpose import DomainRecordPurpose, check_domain_record_purpose
from ..models.domain_record_status import DomainRecordStatus, check_domain_record_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainRecord")


@_attrs_define
class DomainRecord:
    """DNS record to publish for a domain, with the state of its last check."""

    record: DomainRecordPurpose | Unset = UNSET
    """ What a DNS record is for: `SPF` and `DKIM` authenticate sent email, `Receiving` routes incoming email, and
    `Tracking` and `TrackingCAA` serve the tracking subdomain. """
    name: str | Unset = UNSET
    """ Host name of the record, relative to the domain. """
    type_: DnsRecordType | Unset = UNSET
    """ DNS record type. """
    ttl: str | Unset = UNSET
    """ Time to live to set on the record, such as `Auto`. """
    status: DomainRecordStatus | Unset = UNSET
    """ Verification state of one DNS record. """
    value: str | Unset = UNSET
    """ Content of the record. """
    priority: int | Unset = UNSET
    """ Priority of an `MX` record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record: str | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        ttl = self.ttl

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        value = self.value

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record is not UNSET:
            field_dict["record"] = record
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _record = d.pop("record", UNSET)
        record: DomainRecordPurpose | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = check_domain_record_purpose(_record)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DnsRecordType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_dns_record_type(_type_)

        ttl = d.pop("ttl", UNSET)

        _status = d.pop("status", UNSET)
        status: DomainRecordStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_domain_record_status(_status)

        value = d.pop("value", UNSET)

        priority = d.pop("priority", UNSET)

        domain_record = cls(
            record=record,
            name=name,
            type_=type_,
            ttl=ttl,
            status=status,
            value=value,
            priority=priority,
        )

        domain_record.additional_properties = d
        return domain_record

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

DomainRecord.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_domain_record_kind import WebhookDomainRecordKind, check_webhook_domain_record_kind
from ..models.webhook_domain_record_status import WebhookDomainRecordStatus, check_webhook_domain_record_status
from ..models.webhook_domain_record_type import WebhookDomainRecordType, check_webhook_domain_record_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDomainRecord")


@_attrs_define
class WebhookDomainRecord:
    """DNS record of a domain in a webhook payload."""

    record: WebhookDomainRecordKind
    """ Purpose of a domain's DNS record in a webhook payload. """
    name: str
    """ Host name of the record, relative to the domain. """
    value: str
    """ Value that the record must have. """
    type_: WebhookDomainRecordType
    """ DNS record type. """
    ttl: str
    """ Time to live of the record, such as `Auto`. """
    status: WebhookDomainRecordStatus
    """ Verification state of one DNS record of a domain. """
    priority: int | Unset = UNSET
    """ Priority of an MX record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record: str = self.record

        name = self.name

        value = self.value

        type_: str = self.type_

        ttl = self.ttl

        status: str = self.status

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
                "name": name,
                "value": value,
                "type": type_,
                "ttl": ttl,
                "status": status,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record = check_webhook_domain_record_kind(d.pop("record"))

        name = d.pop("name")

        value = d.pop("value")

        type_ = check_webhook_domain_record_type(d.pop("type"))

        ttl = d.pop("ttl")

        status = check_webhook_domain_record_status(d.pop("status"))

        priority = d.pop("priority", UNSET)

        webhook_domain_record = cls(
            record=record,
            name=name,
            value=value,
            type_=type_,
            ttl=ttl,
            status=status,
            priority=priority,
        )

        webhook_domain_record.additional_properties = d
        return webhook_domain_record

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

WebhookDomainRecord.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_claim_record_type import DomainClaimRecordType, check_domain_claim_record_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainClaimRecord")


@_attrs_define
class DomainClaimRecord:
    """DNS record that proves control of the claimed domain."""

    type_: DomainClaimRecordType | Unset = UNSET
    """ DNS record type of a claim record. """
    name: str | Unset = UNSET
    """ Host name of the record, relative to the domain. """
    value: str | Unset = UNSET
    """ Content of the record. """
    ttl: str | Unset = UNSET
    """ Time to live to set on the record, such as `Auto`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        name = self.name

        value = self.value

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DomainClaimRecordType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_domain_claim_record_type(_type_)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        ttl = d.pop("ttl", UNSET)

        domain_claim_record = cls(
            type_=type_,
            name=name,
            value=value,
            ttl=ttl,
        )

        domain_claim_record.additional_properties = d
        return domain_claim_record

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

DomainClaimRecord.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

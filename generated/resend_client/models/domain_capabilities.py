# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_capability_status import DomainCapabilityStatus, check_domain_capability_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainCapabilities")


@_attrs_define
class DomainCapabilities:
    """What the domain is used for."""

    sending: DomainCapabilityStatus | Unset = UNSET
    """ Whether a capability of the domain is turned on. """
    receiving: DomainCapabilityStatus | Unset = UNSET
    """ Whether a capability of the domain is turned on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sending: str | Unset = UNSET
        if not isinstance(self.sending, Unset):
            sending = self.sending

        receiving: str | Unset = UNSET
        if not isinstance(self.receiving, Unset):
            receiving = self.receiving

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sending is not UNSET:
            field_dict["sending"] = sending
        if receiving is not UNSET:
            field_dict["receiving"] = receiving

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sending = d.pop("sending", UNSET)
        sending: DomainCapabilityStatus | Unset
        if isinstance(_sending, Unset):
            sending = UNSET
        else:
            sending = check_domain_capability_status(_sending)

        _receiving = d.pop("receiving", UNSET)
        receiving: DomainCapabilityStatus | Unset
        if isinstance(_receiving, Unset):
            receiving = UNSET
        else:
            receiving = check_domain_capability_status(_receiving)

        domain_capabilities = cls(
            sending=sending,
            receiving=receiving,
        )

        domain_capabilities.additional_properties = d
        return domain_capabilities

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

DomainCapabilities.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

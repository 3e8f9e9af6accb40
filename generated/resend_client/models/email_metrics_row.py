# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailMetricsRow")


@_attrs_define
class EmailMetricsRow:
    """One row of the metrics breakdown. The fields below identify the row by its dimension values and are present only for
    the requested dimensions. Other fields, such as metric values, are kept as additional properties.

    """

    period: str | Unset = UNSET
    """ Start of the time bucket, when `period` is a dimension. """
    domain_id: str | Unset = UNSET
    """ Id of the sending domain, when `domain` is a dimension. """
    domain_name: str | Unset = UNSET
    """ Name of the sending domain, when `domain` is a dimension. """
    email_id: str | Unset = UNSET
    """ Id of the email, when `email` is a dimension. """
    broadcast_id: str | Unset = UNSET
    """ Id of the broadcast, when `broadcast` is a dimension. """
    broadcast_name: str | Unset = UNSET
    """ Name of the broadcast, when `broadcast` is a dimension. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        domain_id = self.domain_id

        domain_name = self.domain_name

        email_id = self.email_id

        broadcast_id = self.broadcast_id

        broadcast_name = self.broadcast_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if email_id is not UNSET:
            field_dict["email_id"] = email_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if broadcast_name is not UNSET:
            field_dict["broadcast_name"] = broadcast_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period", UNSET)

        domain_id = d.pop("domain_id", UNSET)

        domain_name = d.pop("domain_name", UNSET)

        email_id = d.pop("email_id", UNSET)

        broadcast_id = d.pop("broadcast_id", UNSET)

        broadcast_name = d.pop("broadcast_name", UNSET)

        email_metrics_row = cls(
            period=period,
            domain_id=domain_id,
            domain_name=domain_name,
            email_id=email_id,
            broadcast_id=broadcast_id,
            broadcast_name=broadcast_name,
        )

        email_metrics_row.additional_properties = d
        return email_metrics_row

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

EmailMetricsRow.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

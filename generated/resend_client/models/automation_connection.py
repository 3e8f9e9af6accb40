# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_connection_type import AutomationConnectionType, check_automation_connection_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationConnection")


@_attrs_define
class AutomationConnection:
    """Edge from one step of an automation to the next."""

    from_: str
    """ Key of the step that the connection leaves. """
    to: str
    """ Key of the step that the connection leads to. """
    type_: AutomationConnectionType | Unset = UNSET
    """ When a run follows a connection: always (`default`), on the outcome of a condition, when a wait times out,
    or when the awaited event arrives. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        _type_ = d.pop("type", UNSET)
        type_: AutomationConnectionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_automation_connection_type(_type_)

        automation_connection = cls(
            from_=from_,
            to=to,
            type_=type_,
        )

        automation_connection.additional_properties = d
        return automation_connection

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

AutomationConnection.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

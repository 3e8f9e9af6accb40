# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_status import AutomationStatus, check_automation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_connection import AutomationConnection
    from ..models.automation_step import AutomationStep


T = TypeVar("T", bound="UpdateAutomationRequest")


@_attrs_define
class UpdateAutomationRequest:
    """Fields of an automation to change. Absent fields keep their values."""

    name: str | Unset = UNSET
    """ New name of the automation. """
    status: AutomationStatus | Unset = UNSET
    """ Whether an automation runs when it is triggered. """
    steps: list[AutomationStep] | Unset = UNSET
    """ New steps, 1 to 150, replacing all current steps. """
    connections: list[AutomationConnection] | Unset = UNSET
    """ New connections, replacing all current connections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connections, Unset):
            connections = []
            for connections_item_data in self.connections:
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if steps is not UNSET:
            field_dict["steps"] = steps
        if connections is not UNSET:
            field_dict["connections"] = connections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_connection import AutomationConnection  # noqa: PLC0415
        from ..models.automation_step import AutomationStep  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: AutomationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_automation_status(_status)

        _steps = d.pop("steps", UNSET)
        steps: list[AutomationStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = AutomationStep.from_dict(steps_item_data)

                steps.append(steps_item)

        _connections = d.pop("connections", UNSET)
        connections: list[AutomationConnection] | Unset = UNSET
        if _connections is not UNSET:
            connections = []
            for connections_item_data in _connections:
                connections_item = AutomationConnection.from_dict(connections_item_data)

                connections.append(connections_item)

        update_automation_request = cls(
            name=name,
            status=status,
            steps=steps,
            connections=connections,
        )

        update_automation_request.additional_properties = d
        return update_automation_request

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

UpdateAutomationRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

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


T = TypeVar("T", bound="CreateAutomationRequest")


@_attrs_define
class CreateAutomationRequest:
    """New automation."""

    name: str
    """ Name of the automation. """
    steps: list[AutomationStep]
    """ Steps of the automation, 1 to 150. """
    connections: list[AutomationConnection]
    """ Connections between the steps, each naming two step keys. """
    status: AutomationStatus | Unset = UNSET
    """ Whether an automation runs when it is triggered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "steps": steps,
                "connections": connections,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_connection import AutomationConnection  # noqa: PLC0415
        from ..models.automation_step import AutomationStep  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = AutomationStep.from_dict(steps_item_data)

            steps.append(steps_item)

        connections = []
        _connections = d.pop("connections")
        for connections_item_data in _connections:
            connections_item = AutomationConnection.from_dict(connections_item_data)

            connections.append(connections_item)

        _status = d.pop("status", UNSET)
        status: AutomationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_automation_status(_status)

        create_automation_request = cls(
            name=name,
            steps=steps,
            connections=connections,
            status=status,
        )

        create_automation_request.additional_properties = d
        return create_automation_request

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

CreateAutomationRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.automation_status import AutomationStatus, check_automation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_connection import AutomationConnection
    from ..models.automation_step_details import AutomationStepDetails


T = TypeVar("T", bound="Automation")


@_attrs_define
class Automation:
    """Automation with its steps and connections."""

    id: str
    """ Id of the automation. """
    object_: str | Unset = UNSET
    """ Resource type, such as `automation`. Treat it as a plain string. """
    name: str | Unset = UNSET
    """ Name of the automation. """
    status: AutomationStatus | Unset = UNSET
    """ Whether an automation runs when it is triggered. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Time of the last change. """
    steps: list[AutomationStepDetails] | Unset = UNSET
    """ Steps of the automation. """
    connections: list[AutomationConnection] | Unset = UNSET
    """ Connections between the steps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

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
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if steps is not UNSET:
            field_dict["steps"] = steps
        if connections is not UNSET:
            field_dict["connections"] = connections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_connection import AutomationConnection  # noqa: PLC0415
        from ..models.automation_step_details import AutomationStepDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: AutomationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_automation_status(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        _steps = d.pop("steps", UNSET)
        steps: list[AutomationStepDetails] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = AutomationStepDetails.from_dict(steps_item_data)

                steps.append(steps_item)

        _connections = d.pop("connections", UNSET)
        connections: list[AutomationConnection] | Unset = UNSET
        if _connections is not UNSET:
            connections = []
            for connections_item_data in _connections:
                connections_item = AutomationConnection.from_dict(connections_item_data)

                connections.append(connections_item)

        automation = cls(
            id=id,
            object_=object_,
            name=name,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            steps=steps,
            connections=connections,
        )

        automation.additional_properties = d
        return automation

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

Automation.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

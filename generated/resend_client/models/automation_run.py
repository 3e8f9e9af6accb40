# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.automation_run_status import AutomationRunStatus, check_automation_run_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_run_step import AutomationRunStep


T = TypeVar("T", bound="AutomationRun")


@_attrs_define
class AutomationRun:
    """One execution of an automation, with the state of each step."""

    id: str
    """ Id of the run. """
    object_: str | Unset = UNSET
    """ Resource type, such as `automation_run`. Treat it as a plain string. """
    status: AutomationRunStatus | Unset = UNSET
    """ State of an automation run. """
    started_at: datetime.datetime | None | Unset = UNSET
    """ Time at which the run started, or null if it has not started. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ Time at which the run ended, or null while it is still going. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    steps: list[AutomationRunStep] | Unset = UNSET
    """ Steps that the run has reached, with their state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at.isoformat() if isinstance(self.started_at, datetime.datetime) else self.started_at
            )
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                self.completed_at.isoformat() if isinstance(self.completed_at, datetime.datetime) else self.completed_at
            )
        else:
            completed_at = self.completed_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_run_step import AutomationRunStep  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        _status = d.pop("status", UNSET)
        status: AutomationRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_automation_run_status(_status)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _steps = d.pop("steps", UNSET)
        steps: list[AutomationRunStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = AutomationRunStep.from_dict(steps_item_data)

                steps.append(steps_item)

        automation_run = cls(
            id=id,
            object_=object_,
            status=status,
            started_at=started_at,
            completed_at=completed_at,
            created_at=created_at,
            steps=steps,
        )

        automation_run.additional_properties = d
        return automation_run

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

AutomationRun.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

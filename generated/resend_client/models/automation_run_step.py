# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.automation_step_type import AutomationStepType, check_automation_step_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_run_step_error_type_0 import AutomationRunStepErrorType0
    from ..models.automation_run_step_output_type_0 import AutomationRunStepOutputType0


T = TypeVar("T", bound="AutomationRunStep")


@_attrs_define
class AutomationRunStep:
    """State of one step within an automation run."""

    key: str | Unset = UNSET
    """ Key of the step in the automation. """
    type_: AutomationStepType | Unset = UNSET
    """ Kind of an automation step: the `trigger` that starts a run, an action such as `send_email`, or a flow
    control such as `delay`, `wait_for_event` or `condition`. """
    status: str | Unset = UNSET
    """ State of the step in this run, such as `completed`. """
    started_at: datetime.datetime | None | Unset = UNSET
    """ Time at which the step started, or null if it has not started. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ Time at which the step finished, or null if it has not finished. """
    output: AutomationRunStepOutputType0 | None | Unset = UNSET
    """ Result of the step, or null when it has none. Its fields depend on the step type. """
    error: AutomationRunStepErrorType0 | None | Unset = UNSET
    """ Details of the failure when the step failed, otherwise null. """
    created_at: datetime.datetime | Unset = UNSET
    """ Time at which the run reached the step. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.automation_run_step_error_type_0 import AutomationRunStepErrorType0  # noqa: PLC0415
        from ..models.automation_run_step_output_type_0 import AutomationRunStepOutputType0  # noqa: PLC0415

        key = self.key

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

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

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, AutomationRunStepOutputType0):
            output = self.output.to_dict()
        else:
            output = self.output

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, AutomationRunStepErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_run_step_error_type_0 import AutomationRunStepErrorType0  # noqa: PLC0415
        from ..models.automation_run_step_output_type_0 import AutomationRunStepOutputType0  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AutomationStepType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_automation_step_type(_type_)

        status = d.pop("status", UNSET)

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

        def _parse_output(data: object) -> AutomationRunStepOutputType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = AutomationRunStepOutputType0.from_dict(data)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationRunStepOutputType0 | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error(data: object) -> AutomationRunStepErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = AutomationRunStepErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationRunStepErrorType0 | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        automation_run_step = cls(
            key=key,
            type_=type_,
            status=status,
            started_at=started_at,
            completed_at=completed_at,
            output=output,
            error=error,
            created_at=created_at,
        )

        automation_run_step.additional_properties = d
        return automation_run_step

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

AutomationRunStep.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

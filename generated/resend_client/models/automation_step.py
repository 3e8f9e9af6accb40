# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_step_type import AutomationStepType, check_automation_step_type

if TYPE_CHECKING:
    from ..models.automation_step_config import AutomationStepConfig


T = TypeVar("T", bound="AutomationStep")


@_attrs_define
class AutomationStep:
    """Step of an automation, as given in a request."""

    key: str
    """ Name of the step, which connections use to refer to it. """
    type_: AutomationStepType
    """ Kind of an automation step: the `trigger` that starts a run, an action such as `send_email`, or a flow
    control such as `delay`, `wait_for_event` or `condition`. """
    config: AutomationStepConfig
    """ Settings of the step. Which fields it takes depends on the step type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_: str = self.type_

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_step_config import AutomationStepConfig  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        type_ = check_automation_step_type(d.pop("type"))

        config = AutomationStepConfig.from_dict(d.pop("config"))

        automation_step = cls(
            key=key,
            type_=type_,
            config=config,
        )

        automation_step.additional_properties = d
        return automation_step

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

AutomationStep.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

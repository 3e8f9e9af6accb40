# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of AutomationStepType that the description lists."""

from typing import Literal, cast

AutomationStepType = Literal[
    "add_to_segment",
    "condition",
    "contact_delete",
    "contact_update",
    "delay",
    "send_email",
    "trigger",
    "wait_for_event",
]

AUTOMATION_STEP_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "add_to_segment",
        "condition",
        "contact_delete",
        "contact_update",
        "delay",
        "send_email",
        "trigger",
        "wait_for_event",
    }
)


def check_automation_step_type(value: str) -> AutomationStepType:
    """Return the value unchanged; one not in AUTOMATION_STEP_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(AutomationStepType, value)

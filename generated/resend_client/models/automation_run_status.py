# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of AutomationRunStatus that the description lists."""

from typing import Literal, cast

AutomationRunStatus = Literal["cancelled", "completed", "failed", "running"]

AUTOMATION_RUN_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "cancelled",
        "completed",
        "failed",
        "running",
    }
)


def check_automation_run_status(value: str) -> AutomationRunStatus:
    """Return the value unchanged; one not in AUTOMATION_RUN_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(AutomationRunStatus, value)

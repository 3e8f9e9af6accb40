# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of AutomationStatus that the description lists."""

from typing import Literal, cast

AutomationStatus = Literal["disabled", "enabled"]

AUTOMATION_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "disabled",
        "enabled",
    }
)


def check_automation_status(value: str) -> AutomationStatus:
    """Return the value unchanged; one not in AUTOMATION_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(AutomationStatus, value)

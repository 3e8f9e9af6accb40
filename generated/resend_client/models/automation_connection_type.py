# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of AutomationConnectionType that the description lists."""

from typing import Literal, cast

AutomationConnectionType = Literal["condition_met", "condition_not_met", "default", "event_received", "timeout"]

AUTOMATION_CONNECTION_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "condition_met",
        "condition_not_met",
        "default",
        "event_received",
        "timeout",
    }
)


def check_automation_connection_type(value: str) -> AutomationConnectionType:
    """Return the value unchanged; one not in AUTOMATION_CONNECTION_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(AutomationConnectionType, value)

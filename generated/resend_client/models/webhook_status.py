# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookStatus that the description lists."""

from typing import Literal, cast

WebhookStatus = Literal["disabled", "enabled"]

WEBHOOK_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "disabled",
        "enabled",
    }
)


def check_webhook_status(value: str) -> WebhookStatus:
    """Return the value unchanged; one not in WEBHOOK_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookStatus, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookBounceType that the description lists."""

from typing import Literal, cast

WebhookBounceType = Literal["Permanent", "Transient", "Undetermined"]

WEBHOOK_BOUNCE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "Permanent",
        "Transient",
        "Undetermined",
    }
)


def check_webhook_bounce_type(value: str) -> WebhookBounceType:
    """Return the value unchanged; one not in WEBHOOK_BOUNCE_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookBounceType, value)

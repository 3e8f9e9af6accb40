# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookSuppressedReason that the description lists."""

from typing import Literal, cast

WebhookSuppressedReason = Literal["previous_bounce", "previous_complaint"]

WEBHOOK_SUPPRESSED_REASON_VALUES: frozenset[str] = frozenset(
    {
        "previous_bounce",
        "previous_complaint",
    }
)


def check_webhook_suppressed_reason(value: str) -> WebhookSuppressedReason:
    """Return the value unchanged; one not in WEBHOOK_SUPPRESSED_REASON_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookSuppressedReason, value)

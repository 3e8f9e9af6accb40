# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookSuppressedType that the description lists."""

from typing import Literal, cast

WebhookSuppressedType = Literal["OnAccountSuppressionList", "Suppressed"]

WEBHOOK_SUPPRESSED_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "OnAccountSuppressionList",
        "Suppressed",
    }
)


def check_webhook_suppressed_type(value: str) -> WebhookSuppressedType:
    """Return the value unchanged; one not in WEBHOOK_SUPPRESSED_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookSuppressedType, value)

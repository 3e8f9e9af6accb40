# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookDomainStatus that the description lists."""

from typing import Literal, cast

WebhookDomainStatus = Literal["failed", "not_started", "partially_failed", "partially_verified", "pending", "verified"]

WEBHOOK_DOMAIN_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "failed",
        "not_started",
        "partially_failed",
        "partially_verified",
        "pending",
        "verified",
    }
)


def check_webhook_domain_status(value: str) -> WebhookDomainStatus:
    """Return the value unchanged; one not in WEBHOOK_DOMAIN_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookDomainStatus, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookDomainRecordStatus that the description lists."""

from typing import Literal, cast

WebhookDomainRecordStatus = Literal["failed", "not_started", "pending", "temporary_failure", "verified"]

WEBHOOK_DOMAIN_RECORD_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "failed",
        "not_started",
        "pending",
        "temporary_failure",
        "verified",
    }
)


def check_webhook_domain_record_status(value: str) -> WebhookDomainRecordStatus:
    """Return the value unchanged; one not in WEBHOOK_DOMAIN_RECORD_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookDomainRecordStatus, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookDomainRecordKind that the description lists."""

from typing import Literal, cast

WebhookDomainRecordKind = Literal["DKIM", "Receiving MX", "SPF", "Tracking", "TrackingCAA"]

WEBHOOK_DOMAIN_RECORD_KIND_VALUES: frozenset[str] = frozenset(
    {
        "DKIM",
        "Receiving MX",
        "SPF",
        "Tracking",
        "TrackingCAA",
    }
)


def check_webhook_domain_record_kind(value: str) -> WebhookDomainRecordKind:
    """Return the value unchanged; one not in WEBHOOK_DOMAIN_RECORD_KIND_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookDomainRecordKind, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookDomainRecordType that the description lists."""

from typing import Literal, cast

WebhookDomainRecordType = Literal["CAA", "CNAME", "MX", "TXT"]

WEBHOOK_DOMAIN_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "CAA",
        "CNAME",
        "MX",
        "TXT",
    }
)


def check_webhook_domain_record_type(value: str) -> WebhookDomainRecordType:
    """Return the value unchanged; one not in WEBHOOK_DOMAIN_RECORD_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookDomainRecordType, value)

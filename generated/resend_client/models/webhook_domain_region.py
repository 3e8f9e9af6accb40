# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookDomainRegion that the description lists."""

from typing import Literal, cast

WebhookDomainRegion = Literal["ap-northeast-1", "eu-west-1", "sa-east-1", "us-east-1"]

WEBHOOK_DOMAIN_REGION_VALUES: frozenset[str] = frozenset(
    {
        "ap-northeast-1",
        "eu-west-1",
        "sa-east-1",
        "us-east-1",
    }
)


def check_webhook_domain_region(value: str) -> WebhookDomainRegion:
    """Return the value unchanged; one not in WEBHOOK_DOMAIN_REGION_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookDomainRegion, value)

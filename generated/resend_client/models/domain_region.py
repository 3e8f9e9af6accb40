# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainRegion that the description lists."""

from typing import Literal, cast

DomainRegion = Literal["ap-northeast-1", "eu-west-1", "sa-east-1", "us-east-1"]

DOMAIN_REGION_VALUES: frozenset[str] = frozenset(
    {
        "ap-northeast-1",
        "eu-west-1",
        "sa-east-1",
        "us-east-1",
    }
)


def check_domain_region(value: str) -> DomainRegion:
    """Return the value unchanged; one not in DOMAIN_REGION_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainRegion, value)

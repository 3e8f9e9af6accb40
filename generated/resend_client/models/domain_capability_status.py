# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainCapabilityStatus that the description lists."""

from typing import Literal, cast

DomainCapabilityStatus = Literal["disabled", "enabled"]

DOMAIN_CAPABILITY_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "disabled",
        "enabled",
    }
)


def check_domain_capability_status(value: str) -> DomainCapabilityStatus:
    """Return the value unchanged; one not in DOMAIN_CAPABILITY_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainCapabilityStatus, value)

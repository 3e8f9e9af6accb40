# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainStatus that the description lists."""

from typing import Literal, cast

DomainStatus = Literal["failed", "not_started", "partially_failed", "partially_verified", "pending", "verified"]

DOMAIN_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "failed",
        "not_started",
        "partially_failed",
        "partially_verified",
        "pending",
        "verified",
    }
)


def check_domain_status(value: str) -> DomainStatus:
    """Return the value unchanged; one not in DOMAIN_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainStatus, value)

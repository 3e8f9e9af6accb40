# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainClaimStatus that the description lists."""

from typing import Literal, cast

DomainClaimStatus = Literal[
    "blocked", "canceled", "completed", "expired", "failed", "pending", "superseded", "verified"
]

DOMAIN_CLAIM_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "blocked",
        "canceled",
        "completed",
        "expired",
        "failed",
        "pending",
        "superseded",
        "verified",
    }
)


def check_domain_claim_status(value: str) -> DomainClaimStatus:
    """Return the value unchanged; one not in DOMAIN_CLAIM_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainClaimStatus, value)

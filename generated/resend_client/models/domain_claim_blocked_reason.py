# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainClaimBlockedReason that the description lists."""

from typing import Literal, cast

DomainClaimBlockedReason = Literal["grace_period", "pending_scheduled_emails", "recent_owner_activity"]

DOMAIN_CLAIM_BLOCKED_REASON_VALUES: frozenset[str] = frozenset(
    {
        "grace_period",
        "pending_scheduled_emails",
        "recent_owner_activity",
    }
)


def check_domain_claim_blocked_reason(value: str) -> DomainClaimBlockedReason:
    """Return the value unchanged; one not in DOMAIN_CLAIM_BLOCKED_REASON_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainClaimBlockedReason, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainRecordStatus that the description lists."""

from typing import Literal, cast

DomainRecordStatus = Literal["failed", "not_started", "pending", "temporary_failure", "verified"]

DOMAIN_RECORD_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "failed",
        "not_started",
        "pending",
        "temporary_failure",
        "verified",
    }
)


def check_domain_record_status(value: str) -> DomainRecordStatus:
    """Return the value unchanged; one not in DOMAIN_RECORD_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainRecordStatus, value)

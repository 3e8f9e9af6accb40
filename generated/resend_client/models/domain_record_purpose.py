# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainRecordPurpose that the description lists."""

from typing import Literal, cast

DomainRecordPurpose = Literal["DKIM", "Receiving", "SPF", "Tracking", "TrackingCAA"]

DOMAIN_RECORD_PURPOSE_VALUES: frozenset[str] = frozenset(
    {
        "DKIM",
        "Receiving",
        "SPF",
        "Tracking",
        "TrackingCAA",
    }
)


def check_domain_record_purpose(value: str) -> DomainRecordPurpose:
    """Return the value unchanged; one not in DOMAIN_RECORD_PURPOSE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainRecordPurpose, value)

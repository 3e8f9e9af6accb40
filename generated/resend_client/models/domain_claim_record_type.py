# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainClaimRecordType that the description lists."""

from typing import Literal, cast

DomainClaimRecordType = Literal["TXT"]

DOMAIN_CLAIM_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "TXT",
    }
)


def check_domain_claim_record_type(value: str) -> DomainClaimRecordType:
    """Return the value unchanged; one not in DOMAIN_CLAIM_RECORD_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainClaimRecordType, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DnsRecordType that the description lists."""

from typing import Literal, cast

DnsRecordType = Literal["CAA", "CNAME", "MX", "TXT"]

DNS_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "CAA",
        "CNAME",
        "MX",
        "TXT",
    }
)


def check_dns_record_type(value: str) -> DnsRecordType:
    """Return the value unchanged; one not in DNS_RECORD_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DnsRecordType, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of DomainTls that the description lists."""

from typing import Literal, cast

DomainTls = Literal["enforced", "opportunistic"]

DOMAIN_TLS_VALUES: frozenset[str] = frozenset(
    {
        "enforced",
        "opportunistic",
    }
)


def check_domain_tls(value: str) -> DomainTls:
    """Return the value unchanged; one not in DOMAIN_TLS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(DomainTls, value)

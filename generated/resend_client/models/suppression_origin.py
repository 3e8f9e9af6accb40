# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of SuppressionOrigin that the description lists."""

from typing import Literal, cast

SuppressionOrigin = Literal["bounce", "complaint", "manual"]

SUPPRESSION_ORIGIN_VALUES: frozenset[str] = frozenset(
    {
        "bounce",
        "complaint",
        "manual",
    }
)


def check_suppression_origin(value: str) -> SuppressionOrigin:
    """Return the value unchanged; one not in SUPPRESSION_ORIGIN_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(SuppressionOrigin, value)

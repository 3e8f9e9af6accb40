# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of EmailMetricsDimension that the description lists."""

from typing import Literal, cast

EmailMetricsDimension = Literal["broadcast", "domain", "email", "period"]

EMAIL_METRICS_DIMENSION_VALUES: frozenset[str] = frozenset(
    {
        "broadcast",
        "domain",
        "email",
        "period",
    }
)


def check_email_metrics_dimension(value: str) -> EmailMetricsDimension:
    """Return the value unchanged; one not in EMAIL_METRICS_DIMENSION_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(EmailMetricsDimension, value)

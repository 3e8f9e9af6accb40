# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of EmailMetricsGranularity that the description lists."""

from typing import Literal, cast

EmailMetricsGranularity = Literal["daily", "hourly", "monthly", "weekly"]

EMAIL_METRICS_GRANULARITY_VALUES: frozenset[str] = frozenset(
    {
        "daily",
        "hourly",
        "monthly",
        "weekly",
    }
)


def check_email_metrics_granularity(value: str) -> EmailMetricsGranularity:
    """Return the value unchanged; one not in EMAIL_METRICS_GRANULARITY_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(EmailMetricsGranularity, value)

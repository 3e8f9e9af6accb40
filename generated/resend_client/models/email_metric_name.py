# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of EmailMetricName that the description lists."""

from typing import Literal, cast

EmailMetricName = Literal[
    "bounce_rate",
    "bounced",
    "bounced_permanent",
    "bounced_transient",
    "bounced_undetermined",
    "click_rate",
    "clicked",
    "complained",
    "complaint_rate",
    "delivered",
    "delivery_delayed",
    "delivery_rate",
    "failed",
    "open_rate",
    "opened",
    "received",
    "sent",
    "suppressed",
    "unique_clicked",
    "unique_opened",
    "unsubscribe_rate",
    "unsubscribed",
]

EMAIL_METRIC_NAME_VALUES: frozenset[str] = frozenset(
    {
        "bounce_rate",
        "bounced",
        "bounced_permanent",
        "bounced_transient",
        "bounced_undetermined",
        "click_rate",
        "clicked",
        "complained",
        "complaint_rate",
        "delivered",
        "delivery_delayed",
        "delivery_rate",
        "failed",
        "open_rate",
        "opened",
        "received",
        "sent",
        "suppressed",
        "unique_clicked",
        "unique_opened",
        "unsubscribe_rate",
        "unsubscribed",
    }
)


def check_email_metric_name(value: str) -> EmailMetricName:
    """Return the value unchanged; one not in EMAIL_METRIC_NAME_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(EmailMetricName, value)

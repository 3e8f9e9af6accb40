# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of TopicSubscription that the description lists."""

from typing import Literal, cast

TopicSubscription = Literal["opt_in", "opt_out"]

TOPIC_SUBSCRIPTION_VALUES: frozenset[str] = frozenset(
    {
        "opt_in",
        "opt_out",
    }
)


def check_topic_subscription(value: str) -> TopicSubscription:
    """Return the value unchanged; one not in TOPIC_SUBSCRIPTION_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(TopicSubscription, value)

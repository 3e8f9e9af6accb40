# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of TopicVisibility that the description lists."""

from typing import Literal, cast

TopicVisibility = Literal["private", "public"]

TOPIC_VISIBILITY_VALUES: frozenset[str] = frozenset(
    {
        "private",
        "public",
    }
)


def check_topic_visibility(value: str) -> TopicVisibility:
    """Return the value unchanged; one not in TOPIC_VISIBILITY_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(TopicVisibility, value)

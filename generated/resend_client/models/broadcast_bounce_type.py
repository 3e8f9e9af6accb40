# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of BroadcastBounceType that the description lists."""

from typing import Literal, cast

BroadcastBounceType = Literal["permanent", "transient", "undetermined"]

BROADCAST_BOUNCE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "permanent",
        "transient",
        "undetermined",
    }
)


def check_broadcast_bounce_type(value: str) -> BroadcastBounceType:
    """Return the value unchanged; one not in BROADCAST_BOUNCE_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(BroadcastBounceType, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of BroadcastRecipientType that the description lists."""

from typing import Literal, cast

BroadcastRecipientType = Literal[
    "bounced", "clicked", "complained", "delivered", "opened", "sent", "suppressed", "unsubscribed"
]

BROADCAST_RECIPIENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "bounced",
        "clicked",
        "complained",
        "delivered",
        "opened",
        "sent",
        "suppressed",
        "unsubscribed",
    }
)


def check_broadcast_recipient_type(value: str) -> BroadcastRecipientType:
    """Return the value unchanged; one not in BROADCAST_RECIPIENT_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(BroadcastRecipientType, value)

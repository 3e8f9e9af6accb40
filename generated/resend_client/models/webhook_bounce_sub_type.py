# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookBounceSubType that the description lists."""

from typing import Literal, cast

WebhookBounceSubType = Literal[
    "AttachmentRejected", "ContentRejected", "General", "MailboxFull", "MessageTooLarge", "NoEmail", "Undetermined"
]

WEBHOOK_BOUNCE_SUB_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "AttachmentRejected",
        "ContentRejected",
        "General",
        "MailboxFull",
        "MessageTooLarge",
        "NoEmail",
        "Undetermined",
    }
)


def check_webhook_bounce_sub_type(value: str) -> WebhookBounceSubType:
    """Return the value unchanged; one not in WEBHOOK_BOUNCE_SUB_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookBounceSubType, value)

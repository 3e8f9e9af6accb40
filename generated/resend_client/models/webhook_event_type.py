# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of WebhookEventType that the description lists."""

from typing import Literal, cast

WebhookEventType = Literal[
    "contact.created",
    "contact.deleted",
    "contact.updated",
    "domain.created",
    "domain.deleted",
    "domain.updated",
    "email.bounced",
    "email.clicked",
    "email.complained",
    "email.delivered",
    "email.delivery_delayed",
    "email.failed",
    "email.opened",
    "email.received",
    "email.scheduled",
    "email.sent",
    "email.suppressed",
]

WEBHOOK_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "contact.created",
        "contact.deleted",
        "contact.updated",
        "domain.created",
        "domain.deleted",
        "domain.updated",
        "email.bounced",
        "email.clicked",
        "email.complained",
        "email.delivered",
        "email.delivery_delayed",
        "email.failed",
        "email.opened",
        "email.received",
        "email.scheduled",
        "email.sent",
        "email.suppressed",
    }
)


def check_webhook_event_type(value: str) -> WebhookEventType:
    """Return the value unchanged; one not in WEBHOOK_EVENT_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(WebhookEventType, value)

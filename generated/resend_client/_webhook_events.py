# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Typed webhook events: ``WebhookEvent`` is any of them, and ``parse_webhook_event`` picks the right one."""

import json
from collections.abc import Mapping
from typing import Any

from ._errors import WebhookPayloadError
from .models import (
    ContactCreatedEvent,
    ContactDeletedEvent,
    ContactUpdatedEvent,
    DomainCreatedEvent,
    DomainDeletedEvent,
    DomainUpdatedEvent,
    EmailBouncedEvent,
    EmailClickedEvent,
    EmailComplainedEvent,
    EmailDeliveredEvent,
    EmailDeliveryDelayedEvent,
    EmailFailedEvent,
    EmailOpenedEvent,
    EmailReceivedEvent,
    EmailScheduledEvent,
    EmailSentEvent,
    EmailSuppressedEvent,
)

WebhookEvent = (
    EmailSentEvent
    | EmailDeliveredEvent
    | EmailDeliveryDelayedEvent
    | EmailBouncedEvent
    | EmailComplainedEvent
    | EmailOpenedEvent
    | EmailClickedEvent
    | EmailFailedEvent
    | EmailScheduledEvent
    | EmailSuppressedEvent
    | EmailReceivedEvent
    | ContactCreatedEvent
    | ContactUpdatedEvent
    | ContactDeletedEvent
    | DomainCreatedEvent
    | DomainUpdatedEvent
    | DomainDeletedEvent
)
"""Any event that Resend delivers to a webhook endpoint; ``type`` tells them apart."""

WEBHOOK_EVENT_MODELS: Mapping[str, type[WebhookEvent]] = {
    "email.sent": EmailSentEvent,
    "email.delivered": EmailDeliveredEvent,
    "email.delivery_delayed": EmailDeliveryDelayedEvent,
    "email.bounced": EmailBouncedEvent,
    "email.complained": EmailComplainedEvent,
    "email.opened": EmailOpenedEvent,
    "email.clicked": EmailClickedEvent,
    "email.failed": EmailFailedEvent,
    "email.scheduled": EmailScheduledEvent,
    "email.suppressed": EmailSuppressedEvent,
    "email.received": EmailReceivedEvent,
    "contact.created": ContactCreatedEvent,
    "contact.updated": ContactUpdatedEvent,
    "contact.deleted": ContactDeletedEvent,
    "domain.created": DomainCreatedEvent,
    "domain.updated": DomainUpdatedEvent,
    "domain.deleted": DomainDeletedEvent,
}
"""The model of each event type, keyed by the value of ``type``."""


def parse_webhook_event(payload: Mapping[str, Any] | str | bytes) -> WebhookEvent:
    """Return the typed event for a webhook payload: the raw JSON body, or the decoded object.

    This does not check the signature. Raises ``WebhookPayloadError`` when the body is not a
    JSON object, when ``type`` is missing or unknown, or when the payload does not fit the
    model of its type.
    """
    if isinstance(payload, (str, bytes)):
        try:
            payload = json.loads(payload)
        except ValueError as error:
            message = f"a webhook payload must be a JSON object, but the body is not valid JSON: {error}"
            raise WebhookPayloadError(message) from error
    if not isinstance(payload, Mapping):
        message = f"a webhook payload must be a JSON object, got {type(payload).__name__}"
        raise WebhookPayloadError(message)
    if "type" not in payload:
        raise WebhookPayloadError("the webhook payload has no `type` field")
    event_type = payload["type"]
    model = WEBHOOK_EVENT_MODELS.get(event_type) if isinstance(event_type, str) else None
    if model is None:
        message = f"unknown webhook event type {event_type!r}; known types: {', '.join(sorted(WEBHOOK_EVENT_MODELS))}"
        raise WebhookPayloadError(message)
    try:
        return model.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        problem = f"missing field {error.args[0]!r}" if isinstance(error, KeyError) else str(error)
        message = f"{event_type} payload does not match its model: {problem}"
        raise WebhookPayloadError(message) from error

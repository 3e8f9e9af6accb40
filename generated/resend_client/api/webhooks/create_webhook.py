# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create a webhook: POST /webhooks."""

from collections.abc import Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import CreateWebhookResponse, WebhookEventType


def build_request(
    *,
    endpoint: str,
    events: Sequence[WebhookEventType],
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "endpoint": endpoint,
        "events": events,
    }

    return PreparedRequest(
        method="POST",
        path="/webhooks",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> CreateWebhookResponse:
    """Parse a 2xx response into the documented model."""
    response_201 = CreateWebhookResponse.from_dict(response.json())

    return response_201

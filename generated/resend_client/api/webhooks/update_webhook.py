# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update a webhook: PATCH /webhooks/{webhook_id}."""

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import WebhookEventType, WebhookReference, WebhookStatus
from ...types import UNSET, Unset


def build_request(
    webhook_id: str,
    *,
    endpoint: str | Unset = UNSET,
    events: Sequence[WebhookEventType] | Unset = UNSET,
    status: WebhookStatus | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(endpoint, Unset):
        body["endpoint"] = endpoint
    if not isinstance(events, Unset):
        body["events"] = events
    if not isinstance(status, Unset):
        body["status"] = status

    return PreparedRequest(
        method="PATCH",
        path="/webhooks/{webhook_id}".format(
            webhook_id=quote(require_path_parameter("webhook_id", webhook_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> WebhookReference:
    """Parse a 2xx response into the documented model."""
    response_200 = WebhookReference.from_dict(response.json())

    return response_200

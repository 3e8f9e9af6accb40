# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get a webhook: GET /webhooks/{webhook_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import Webhook


def build_request(
    webhook_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/webhooks/{webhook_id}".format(
            webhook_id=quote(require_path_parameter("webhook_id", webhook_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> Webhook:
    """Parse a 2xx response into the documented model."""
    response_200 = Webhook.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get a broadcast: GET /broadcasts/{broadcast_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import Broadcast


def build_request(
    broadcast_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/broadcasts/{broadcast_id}".format(
            broadcast_id=quote(require_path_parameter("broadcast_id", broadcast_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> Broadcast:
    """Parse a 2xx response into the documented model."""
    response_200 = Broadcast.from_dict(response.json())

    return response_200

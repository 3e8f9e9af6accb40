# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Delete a broadcast: DELETE /broadcasts/{broadcast_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DeletedBroadcast


def build_request(
    broadcast_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="DELETE",
        path="/broadcasts/{broadcast_id}".format(
            broadcast_id=quote(require_path_parameter("broadcast_id", broadcast_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DeletedBroadcast:
    """Parse a 2xx response into the documented model."""
    response_200 = DeletedBroadcast.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Delete an API key: DELETE /api-keys/{api_key_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DeletedApiKey


def build_request(
    api_key_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="DELETE",
        path="/api-keys/{api_key_id}".format(
            api_key_id=quote(require_path_parameter("api_key_id", api_key_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DeletedApiKey:
    """Parse a 2xx response into the documented model."""
    response_200 = DeletedApiKey.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get an API request log: GET /logs/{log_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import Log


def build_request(
    log_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/logs/{log_id}".format(
            log_id=quote(require_path_parameter("log_id", log_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> Log:
    """Parse a 2xx response into the documented model."""
    response_200 = Log.from_dict(response.json())

    return response_200

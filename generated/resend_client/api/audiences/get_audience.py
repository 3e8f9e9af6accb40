# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get an audience: GET /audiences/{audience_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import Audience


def build_request(
    audience_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/audiences/{audience_id}".format(
            audience_id=quote(require_path_parameter("audience_id", audience_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> Audience:
    """Parse a 2xx response into the documented model."""
    response_200 = Audience.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get an event: GET /events/{identifier}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import Event


def build_request(
    identifier: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/events/{identifier}".format(
            identifier=quote(require_path_parameter("identifier", identifier), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> Event:
    """Parse a 2xx response into the documented model."""
    response_200 = Event.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get a received email: GET /emails/receiving/{email_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import ReceivedEmail


def build_request(
    email_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/emails/receiving/{email_id}".format(
            email_id=quote(require_path_parameter("email_id", email_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> ReceivedEmail:
    """Parse a 2xx response into the documented model."""
    response_200 = ReceivedEmail.from_dict(response.json())

    return response_200

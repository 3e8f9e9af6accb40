# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Cancel a scheduled email: POST /emails/{email_id}/cancel."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import EmailReference


def build_request(
    email_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="POST",
        path="/emails/{email_id}/cancel".format(
            email_id=quote(require_path_parameter("email_id", email_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> EmailReference:
    """Parse a 2xx response into the documented model."""
    response_200 = EmailReference.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Delete a contact: DELETE /contacts/{id_or_email}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DeleteContactResponse


def build_request(
    id_or_email: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="DELETE",
        path="/contacts/{id_or_email}".format(
            id_or_email=quote(require_path_parameter("id_or_email", id_or_email), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DeleteContactResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = DeleteContactResponse.from_dict(response.json())

    return response_200

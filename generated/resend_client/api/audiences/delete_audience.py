# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Delete an audience: DELETE /audiences/{audience_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DeleteAudienceResponse


def build_request(
    audience_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="DELETE",
        path="/audiences/{audience_id}".format(
            audience_id=quote(require_path_parameter("audience_id", audience_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DeleteAudienceResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = DeleteAudienceResponse.from_dict(response.json())

    return response_200

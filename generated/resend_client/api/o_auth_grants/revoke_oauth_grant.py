# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Revoke an OAuth grant: DELETE /oauth/grants/{oauth_grant_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import RevokeOAuthGrantResponse


def build_request(
    oauth_grant_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="DELETE",
        path="/oauth/grants/{oauth_grant_id}".format(
            oauth_grant_id=quote(require_path_parameter("oauth_grant_id", oauth_grant_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> RevokeOAuthGrantResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = RevokeOAuthGrantResponse.from_dict(response.json())

    return response_200

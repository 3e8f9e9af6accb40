# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Share a sent email: POST /emails/{email_id}/share."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import ShareEmailResponse
from ...types import UNSET, Unset


def build_request(
    email_id: str,
    *,
    expires_in: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(expires_in, Unset):
        body["expires_in"] = expires_in

    return PreparedRequest(
        method="POST",
        path="/emails/{email_id}/share".format(
            email_id=quote(require_path_parameter("email_id", email_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> ShareEmailResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = ShareEmailResponse.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create an audience: POST /audiences."""

from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import CreateAudienceResponse


def build_request(
    *,
    name: str,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "name": name,
    }

    return PreparedRequest(
        method="POST",
        path="/audiences",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> CreateAudienceResponse:
    """Parse a 2xx response into the documented model."""
    response_201 = CreateAudienceResponse.from_dict(response.json())

    return response_201

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Rename an API key: PATCH /api-keys/{api_key_id}."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import ApiKeyReference


def build_request(
    api_key_id: str,
    *,
    name: str,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "name": name,
    }

    return PreparedRequest(
        method="PATCH",
        path="/api-keys/{api_key_id}".format(
            api_key_id=quote(require_path_parameter("api_key_id", api_key_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> ApiKeyReference:
    """Parse a 2xx response into the documented model."""
    response_200 = ApiKeyReference.from_dict(response.json())

    return response_200

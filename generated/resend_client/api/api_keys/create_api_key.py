# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create an API key: POST /api-keys."""

from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import ApiKeyPermission, CreateApiKeyResponse
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    permission: ApiKeyPermission | Unset = UNSET,
    domain_id: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "name": name,
    }
    if not isinstance(permission, Unset):
        body["permission"] = permission
    if not isinstance(domain_id, Unset):
        body["domain_id"] = domain_id

    return PreparedRequest(
        method="POST",
        path="/api-keys",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> CreateApiKeyResponse:
    """Parse a 2xx response into the documented model."""
    response_201 = CreateApiKeyResponse.from_dict(response.json())

    return response_201

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Suppress an email address: POST /suppressions."""

from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import SuppressionReference


def build_request(
    *,
    email: str,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "email": email,
    }

    return PreparedRequest(
        method="POST",
        path="/suppressions",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> SuppressionReference:
    """Parse a 2xx response into the documented model."""
    response_201 = SuppressionReference.from_dict(response.json())

    return response_201

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Suppress up to 100 email addresses: POST /suppressions/batch/add."""

from collections.abc import Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import BatchAddSuppressionsResponse


def build_request(
    *,
    emails: Sequence[str],
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "emails": emails,
    }

    return PreparedRequest(
        method="POST",
        path="/suppressions/batch/add",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> BatchAddSuppressionsResponse:
    """Parse a 2xx response into the documented model."""
    response_201 = BatchAddSuppressionsResponse.from_dict(response.json())

    return response_201

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Import contacts from a file: POST /contacts/imports."""

from collections.abc import Mapping
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import (
    ContactImportReference,
    CreateContactImportRequest,
)


def build_request(
    *,
    body: CreateContactImportRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Build the request without sending it."""
    body = body

    return PreparedRequest(
        method="POST",
        path="/contacts/imports",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> ContactImportReference:
    """Parse a 2xx response into the documented model."""
    response_201 = ContactImportReference.from_dict(response.json())

    return response_201

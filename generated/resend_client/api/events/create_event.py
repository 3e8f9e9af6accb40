# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create an event: POST /events."""

from collections.abc import Mapping
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import CreateEventRequestSchemaType0, EventReference
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    schema: CreateEventRequestSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "name": name,
    }
    if not isinstance(schema, Unset):
        body["schema"] = schema

    return PreparedRequest(
        method="POST",
        path="/events",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> EventReference:
    """Parse a 2xx response into the documented model."""
    response_201 = EventReference.from_dict(response.json())

    return response_201

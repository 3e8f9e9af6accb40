# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update the schema of an event: PATCH /events/{identifier}."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import EventReference, UpdateEventRequestSchemaType0


def build_request(
    identifier: str,
    *,
    schema: UpdateEventRequestSchemaType0 | Mapping[str, Any] | None,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "schema": schema,
    }

    return PreparedRequest(
        method="PATCH",
        path="/events/{identifier}".format(
            identifier=quote(require_path_parameter("identifier", identifier), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> EventReference:
    """Parse a 2xx response into the documented model."""
    response_200 = EventReference.from_dict(response.json())

    return response_200

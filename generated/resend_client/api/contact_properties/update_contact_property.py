# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update a contact property: PATCH /contact-properties/{property_id}."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import ContactPropertyReference
from ...types import UNSET, Unset


def build_request(
    property_id: str,
    *,
    fallback_value: str | float | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(fallback_value, Unset):
        body["fallback_value"] = fallback_value

    return PreparedRequest(
        method="PATCH",
        path="/contact-properties/{property_id}".format(
            property_id=quote(require_path_parameter("property_id", property_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> ContactPropertyReference:
    """Parse a 2xx response into the documented model."""
    response_200 = ContactPropertyReference.from_dict(response.json())

    return response_200

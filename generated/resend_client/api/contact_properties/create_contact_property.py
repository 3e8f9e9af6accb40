# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create a contact property: POST /contact-properties."""

from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import ContactPropertyReference, ContactPropertyType
from ...types import UNSET, Unset


def build_request(
    *,
    key: str,
    type_: ContactPropertyType,
    fallback_value: str | float | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "key": key,
        "type": type_,
    }
    if not isinstance(fallback_value, Unset):
        body["fallback_value"] = fallback_value

    return PreparedRequest(
        method="POST",
        path="/contact-properties",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> ContactPropertyReference:
    """Parse a 2xx response into the documented model."""
    response_201 = ContactPropertyReference.from_dict(response.json())

    return response_201

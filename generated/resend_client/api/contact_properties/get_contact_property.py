# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get a contact property: GET /contact-properties/{property_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import ContactProperty


def build_request(
    property_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/contact-properties/{property_id}".format(
            property_id=quote(require_path_parameter("property_id", property_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> ContactProperty:
    """Parse a 2xx response into the documented model."""
    response_200 = ContactProperty.from_dict(response.json())

    return response_200

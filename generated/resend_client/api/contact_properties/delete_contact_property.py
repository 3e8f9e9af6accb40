# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Delete a contact property: DELETE /contact-properties/{property_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DeletedContactProperty


def build_request(
    property_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="DELETE",
        path="/contact-properties/{property_id}".format(
            property_id=quote(require_path_parameter("property_id", property_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DeletedContactProperty:
    """Parse a 2xx response into the documented model."""
    response_200 = DeletedContactProperty.from_dict(response.json())

    return response_200

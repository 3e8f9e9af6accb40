# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Add a contact to a segment: POST /contacts/{contact_id}/segments/{segment_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import AddContactToSegmentResponse


def build_request(
    contact_id: str,
    segment_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="POST",
        path="/contacts/{contact_id}/segments/{segment_id}".format(
            contact_id=quote(require_path_parameter("contact_id", contact_id), safe=""),
            segment_id=quote(require_path_parameter("segment_id", segment_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> AddContactToSegmentResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = AddContactToSegmentResponse.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Delete a segment: DELETE /segments/{segment_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DeleteSegmentResponse


def build_request(
    segment_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="DELETE",
        path="/segments/{segment_id}".format(
            segment_id=quote(require_path_parameter("segment_id", segment_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DeleteSegmentResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = DeleteSegmentResponse.from_dict(response.json())

    return response_200

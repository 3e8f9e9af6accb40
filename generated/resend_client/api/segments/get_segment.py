# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get a segment: GET /segments/{segment_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import Segment


def build_request(
    segment_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/segments/{segment_id}".format(
            segment_id=quote(require_path_parameter("segment_id", segment_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> Segment:
    """Parse a 2xx response into the documented model."""
    response_200 = Segment.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Delete a topic: DELETE /topics/{topic_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DeletedTopic


def build_request(
    topic_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="DELETE",
        path="/topics/{topic_id}".format(
            topic_id=quote(require_path_parameter("topic_id", topic_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DeletedTopic:
    """Parse a 2xx response into the documented model."""
    response_200 = DeletedTopic.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update a topic: PATCH /topics/{topic_id}."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import TopicReference, TopicVisibility
from ...types import UNSET, Unset


def build_request(
    topic_id: str,
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    visibility: TopicVisibility | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(name, Unset):
        body["name"] = name
    if not isinstance(description, Unset):
        body["description"] = description
    if not isinstance(visibility, Unset):
        body["visibility"] = visibility

    return PreparedRequest(
        method="PATCH",
        path="/topics/{topic_id}".format(
            topic_id=quote(require_path_parameter("topic_id", topic_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> TopicReference:
    """Parse a 2xx response into the documented model."""
    response_200 = TopicReference.from_dict(response.json())

    return response_200

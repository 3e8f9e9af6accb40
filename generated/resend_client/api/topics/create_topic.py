# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create a topic: POST /topics."""

from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import TopicReference, TopicSubscription, TopicVisibility
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    default_subscription: TopicSubscription,
    description: str | Unset = UNSET,
    visibility: TopicVisibility | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "name": name,
        "default_subscription": default_subscription,
    }
    if not isinstance(description, Unset):
        body["description"] = description
    if not isinstance(visibility, Unset):
        body["visibility"] = visibility

    return PreparedRequest(
        method="POST",
        path="/topics",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> TopicReference:
    """Parse a 2xx response into the documented model."""
    response_201 = TopicReference.from_dict(response.json())

    return response_201

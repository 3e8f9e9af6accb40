# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update the topic subscriptions of a contact: PATCH /contacts/{contact_id}/topics."""

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import (
    ContactTopicSubscriptionInput,
    UpdateContactTopicsResponse,
)


def build_request(
    contact_id: str,
    *,
    topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]],
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "topics": topics,
    }

    return PreparedRequest(
        method="PATCH",
        path="/contacts/{contact_id}/topics".format(
            contact_id=quote(require_path_parameter("contact_id", contact_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> UpdateContactTopicsResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = UpdateContactTopicsResponse.from_dict(response.json())

    return response_200

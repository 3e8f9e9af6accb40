# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Send a broadcast: POST /broadcasts/{broadcast_id}/send."""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import SendBroadcastResponse
from ...types import UNSET, Unset


def build_request(
    broadcast_id: str,
    *,
    scheduled_at: datetime.datetime | str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(scheduled_at, Unset):
        body["scheduled_at"] = scheduled_at

    return PreparedRequest(
        method="POST",
        path="/broadcasts/{broadcast_id}/send".format(
            broadcast_id=quote(require_path_parameter("broadcast_id", broadcast_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> SendBroadcastResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = SendBroadcastResponse.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""List the recipients of a broadcast: GET /broadcasts/{broadcast_id}/recipients."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import BroadcastBounceType, BroadcastRecipientType, ListBroadcastRecipientsResponse
from ...types import UNSET, Unset


def build_request(
    broadcast_id: str,
    *,
    type_: BroadcastRecipientType,
    email: str | Unset = UNSET,
    bounce_type: BroadcastBounceType | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""

    params: dict[str, Any] = {}
    params["type"] = type_
    if not isinstance(email, Unset):
        params["email"] = email
    if not isinstance(bounce_type, Unset):
        params["bounce_type"] = bounce_type
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(after, Unset):
        params["after"] = after
    if not isinstance(before, Unset):
        params["before"] = before

    return PreparedRequest(
        method="GET",
        path="/broadcasts/{broadcast_id}/recipients".format(
            broadcast_id=quote(require_path_parameter("broadcast_id", broadcast_id), safe=""),
        ),
        params=params,
    )


def parse_response(response: httpx.Response) -> ListBroadcastRecipientsResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = ListBroadcastRecipientsResponse.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""List the topic subscriptions of a contact: GET /contacts/{contact_id}/topics."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import ListContactTopicsResponse
from ...types import UNSET, Unset


def build_request(
    contact_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""

    params: dict[str, Any] = {}
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(after, Unset):
        params["after"] = after
    if not isinstance(before, Unset):
        params["before"] = before

    return PreparedRequest(
        method="GET",
        path="/contacts/{contact_id}/topics".format(
            contact_id=quote(require_path_parameter("contact_id", contact_id), safe=""),
        ),
        params=params,
    )


def parse_response(response: httpx.Response) -> ListContactTopicsResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = ListContactTopicsResponse.from_dict(response.json())

    return response_200

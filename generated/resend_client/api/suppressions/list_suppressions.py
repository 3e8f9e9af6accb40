# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""List suppressed email addresses: GET /suppressions."""

from typing import Any

import httpx

from ..._request import PreparedRequest
from ...models import ListSuppressionsResponse, SuppressionOrigin
from ...types import UNSET, Unset


def build_request(
    *,
    origin: SuppressionOrigin | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""

    params: dict[str, Any] = {}
    if not isinstance(origin, Unset):
        params["origin"] = origin
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(after, Unset):
        params["after"] = after
    if not isinstance(before, Unset):
        params["before"] = before

    return PreparedRequest(
        method="GET",
        path="/suppressions",
        params=params,
    )


def parse_response(response: httpx.Response) -> ListSuppressionsResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = ListSuppressionsResponse.from_dict(response.json())

    return response_200

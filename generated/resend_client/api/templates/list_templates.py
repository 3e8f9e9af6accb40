# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""List templates: GET /templates."""

from typing import Any

import httpx

from ..._request import PreparedRequest
from ...models import ListTemplatesResponse
from ...types import UNSET, Unset


def build_request(
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
        path="/templates",
        params=params,
    )


def parse_response(response: httpx.Response) -> ListTemplatesResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = ListTemplatesResponse.from_dict(response.json())

    return response_200

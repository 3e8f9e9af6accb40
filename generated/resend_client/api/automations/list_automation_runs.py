# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""List the runs of an automation: GET /automations/{automation_id}/runs."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import ListAutomationRunsResponse
from ...types import UNSET, Unset


def build_request(
    automation_id: str,
    *,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""

    params: dict[str, Any] = {}
    if not isinstance(status, Unset):
        params["status"] = status
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(after, Unset):
        params["after"] = after
    if not isinstance(before, Unset):
        params["before"] = before

    return PreparedRequest(
        method="GET",
        path="/automations/{automation_id}/runs".format(
            automation_id=quote(require_path_parameter("automation_id", automation_id), safe=""),
        ),
        params=params,
    )


def parse_response(response: httpx.Response) -> ListAutomationRunsResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = ListAutomationRunsResponse.from_dict(response.json())

    return response_200

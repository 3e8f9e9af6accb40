# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""List the attachments of a received email: GET /emails/receiving/{email_id}/attachments."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import ListEmailAttachmentsResponse
from ...types import UNSET, Unset


def build_request(
    email_id: str,
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
        path="/emails/receiving/{email_id}/attachments".format(
            email_id=quote(require_path_parameter("email_id", email_id), safe=""),
        ),
        params=params,
    )


def parse_response(response: httpx.Response) -> ListEmailAttachmentsResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = ListEmailAttachmentsResponse.from_dict(response.json())

    return response_200

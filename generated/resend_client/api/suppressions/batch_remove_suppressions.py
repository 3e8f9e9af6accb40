# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Remove up to 100 suppressions: POST /suppressions/batch/remove."""

from collections.abc import Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import BatchRemoveSuppressionsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    emails: Sequence[str] | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(emails, Unset):
        body["emails"] = emails
    if not isinstance(ids, Unset):
        body["ids"] = ids

    return PreparedRequest(
        method="POST",
        path="/suppressions/batch/remove",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> BatchRemoveSuppressionsResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = BatchRemoveSuppressionsResponse.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create a segment: POST /segments."""

from collections.abc import Mapping
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import CreateSegmentRequestFilter, SegmentReference
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    audience_id: str | Unset = UNSET,
    filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "name": name,
    }
    if not isinstance(audience_id, Unset):
        body["audience_id"] = audience_id
    if not isinstance(filter_, Unset):
        body["filter"] = filter_

    return PreparedRequest(
        method="POST",
        path="/segments",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> SegmentReference:
    """Parse a 2xx response into the documented model."""
    response_201 = SegmentReference.from_dict(response.json())

    return response_201

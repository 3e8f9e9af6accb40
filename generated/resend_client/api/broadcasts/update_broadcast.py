# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update a broadcast: PATCH /broadcasts/{broadcast_id}."""

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import BroadcastReference
from ...types import UNSET, Unset


def build_request(
    broadcast_id: str,
    *,
    name: str | Unset = UNSET,
    segment_id: str | Unset = UNSET,
    audience_id: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    reply_to: Sequence[str] | Unset = UNSET,
    preview_text: str | Unset = UNSET,
    html: str | Unset = UNSET,
    text: str | Unset = UNSET,
    topic_id: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(name, Unset):
        body["name"] = name
    if not isinstance(segment_id, Unset):
        body["segment_id"] = segment_id
    if not isinstance(audience_id, Unset):
        body["audience_id"] = audience_id
    if not isinstance(from_, Unset):
        body["from"] = from_
    if not isinstance(subject, Unset):
        body["subject"] = subject
    if not isinstance(reply_to, Unset):
        body["reply_to"] = reply_to
    if not isinstance(preview_text, Unset):
        body["preview_text"] = preview_text
    if not isinstance(html, Unset):
        body["html"] = html
    if not isinstance(text, Unset):
        body["text"] = text
    if not isinstance(topic_id, Unset):
        body["topic_id"] = topic_id

    return PreparedRequest(
        method="PATCH",
        path="/broadcasts/{broadcast_id}".format(
            broadcast_id=quote(require_path_parameter("broadcast_id", broadcast_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> BroadcastReference:
    """Parse a 2xx response into the documented model."""
    response_200 = BroadcastReference.from_dict(response.json())

    return response_200

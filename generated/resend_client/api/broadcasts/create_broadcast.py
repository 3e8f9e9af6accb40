# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create a broadcast: POST /broadcasts."""

import datetime
from collections.abc import Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import (
    BroadcastReference,
)
from ...types import UNSET, Unset


def build_request(
    *,
    segment_id: str,
    from_: str,
    subject: str,
    name: str | Unset = UNSET,
    audience_id: str | Unset = UNSET,
    reply_to: Sequence[str] | Unset = UNSET,
    preview_text: str | Unset = UNSET,
    html: str | Unset = UNSET,
    text: str | Unset = UNSET,
    topic_id: str | Unset = UNSET,
    send: bool | Unset = UNSET,
    scheduled_at: datetime.datetime | str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "segment_id": segment_id,
        "from": from_,
        "subject": subject,
    }
    if not isinstance(name, Unset):
        body["name"] = name
    if not isinstance(audience_id, Unset):
        body["audience_id"] = audience_id
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
    if not isinstance(send, Unset):
        body["send"] = send
    if not isinstance(scheduled_at, Unset):
        body["scheduled_at"] = scheduled_at

    return PreparedRequest(
        method="POST",
        path="/broadcasts",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> BroadcastReference:
    """Parse a 2xx response into the documented model."""
    response_201 = BroadcastReference.from_dict(response.json())

    return response_201

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Send an event for a contact: POST /events/send."""

from collections.abc import Mapping
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import SendEventRequestPayload, SendEventResponse
from ...types import UNSET, Unset


def build_request(
    *,
    event: str,
    contact_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    payload: SendEventRequestPayload | Mapping[str, Any] | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "event": event,
    }
    if not isinstance(contact_id, Unset):
        body["contact_id"] = contact_id
    if not isinstance(email, Unset):
        body["email"] = email
    if not isinstance(payload, Unset):
        body["payload"] = payload

    return PreparedRequest(
        method="POST",
        path="/events/send",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> SendEventResponse:
    """Parse a 2xx response into the documented model."""
    response_202 = SendEventResponse.from_dict(response.json())

    return response_202

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create a contact: POST /contacts."""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import (
    ContactReference,
    ContactTopicSubscriptionInput,
    CreateContactRequestProperties,
)
from ...types import UNSET, Unset


def build_request(
    *,
    email: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    unsubscribed: bool | Unset = UNSET,
    properties: CreateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
    segments: Sequence[str] | Unset = UNSET,
    topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]] | Unset = UNSET,
    audience_id: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "email": email,
    }
    if not isinstance(first_name, Unset):
        body["first_name"] = first_name
    if not isinstance(last_name, Unset):
        body["last_name"] = last_name
    if not isinstance(unsubscribed, Unset):
        body["unsubscribed"] = unsubscribed
    if not isinstance(properties, Unset):
        body["properties"] = properties
    if not isinstance(segments, Unset):
        body["segments"] = segments
    if not isinstance(topics, Unset):
        body["topics"] = topics
    if not isinstance(audience_id, Unset):
        body["audience_id"] = audience_id

    return PreparedRequest(
        method="POST",
        path="/contacts",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> ContactReference:
    """Parse a 2xx response into the documented model."""
    response_201 = ContactReference.from_dict(response.json())

    return response_201

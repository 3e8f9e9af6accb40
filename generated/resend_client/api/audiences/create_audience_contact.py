# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create a contact in an audience: POST /audiences/{audience_id}/contacts."""

from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import ContactReference
from ...types import UNSET, Unset


def build_request(
    audience_id: str,
    *,
    email: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    unsubscribed: bool | Unset = UNSET,
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

    return PreparedRequest(
        method="POST",
        path="/audiences/{audience_id}/contacts".format(
            audience_id=quote(require_path_parameter("audience_id", audience_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> ContactReference:
    """Parse a 2xx response into the documented model."""
    response_201 = ContactReference.from_dict(response.json())

    return response_201

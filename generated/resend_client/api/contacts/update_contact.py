# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update a contact: PATCH /contacts/{id_or_email}."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import ContactReference, UpdateContactRequestProperties
from ...types import UNSET, Unset


def build_request(
    id_or_email: str,
    *,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    unsubscribed: bool | Unset = UNSET,
    properties: UpdateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(email, Unset):
        body["email"] = email
    if not isinstance(first_name, Unset):
        body["first_name"] = first_name
    if not isinstance(last_name, Unset):
        body["last_name"] = last_name
    if not isinstance(unsubscribed, Unset):
        body["unsubscribed"] = unsubscribed
    if not isinstance(properties, Unset):
        body["properties"] = properties

    return PreparedRequest(
        method="PATCH",
        path="/contacts/{id_or_email}".format(
            id_or_email=quote(require_path_parameter("id_or_email", id_or_email), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> ContactReference:
    """Parse a 2xx response into the documented model."""
    response_200 = ContactReference.from_dict(response.json())

    return response_200

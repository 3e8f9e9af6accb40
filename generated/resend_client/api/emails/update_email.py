# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Reschedule a scheduled email: PATCH /emails/{email_id}."""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import (
    EmailReference,
)


def build_request(
    email_id: str,
    *,
    scheduled_at: datetime.datetime | str,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "scheduled_at": scheduled_at,
    }

    return PreparedRequest(
        method="PATCH",
        path="/emails/{email_id}".format(
            email_id=quote(require_path_parameter("email_id", email_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> EmailReference:
    """Parse a 2xx response into the documented model."""
    response_200 = EmailReference.from_dict(response.json())

    return response_200

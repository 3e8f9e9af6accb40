# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Duplicate an automation: POST /automations/{automation_id}/duplicate."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import AutomationReference


def build_request(
    automation_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="POST",
        path="/automations/{automation_id}/duplicate".format(
            automation_id=quote(require_path_parameter("automation_id", automation_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> AutomationReference:
    """Parse a 2xx response into the documented model."""
    response_201 = AutomationReference.from_dict(response.json())

    return response_201

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get an automation: GET /automations/{automation_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import Automation


def build_request(
    automation_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/automations/{automation_id}".format(
            automation_id=quote(require_path_parameter("automation_id", automation_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> Automation:
    """Parse a 2xx response into the documented model."""
    response_200 = Automation.from_dict(response.json())

    return response_200

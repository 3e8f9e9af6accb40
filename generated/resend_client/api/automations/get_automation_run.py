# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get a run of an automation: GET /automations/{automation_id}/runs/{run_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import AutomationRun


def build_request(
    automation_id: str,
    run_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/automations/{automation_id}/runs/{run_id}".format(
            automation_id=quote(require_path_parameter("automation_id", automation_id), safe=""),
            run_id=quote(require_path_parameter("run_id", run_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> AutomationRun:
    """Parse a 2xx response into the documented model."""
    response_200 = AutomationRun.from_dict(response.json())

    return response_200

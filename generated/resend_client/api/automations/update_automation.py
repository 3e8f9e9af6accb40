# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update an automation: PATCH /automations/{automation_id}."""

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import (
    AutomationConnection,
    AutomationReference,
    AutomationStatus,
    AutomationStep,
)
from ...types import UNSET, Unset


def build_request(
    automation_id: str,
    *,
    name: str | Unset = UNSET,
    status: AutomationStatus | Unset = UNSET,
    steps: Sequence[AutomationStep | Mapping[str, Any]] | Unset = UNSET,
    connections: Sequence[AutomationConnection | Mapping[str, Any]] | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(name, Unset):
        body["name"] = name
    if not isinstance(status, Unset):
        body["status"] = status
    if not isinstance(steps, Unset):
        body["steps"] = steps
    if not isinstance(connections, Unset):
        body["connections"] = connections

    return PreparedRequest(
        method="PATCH",
        path="/automations/{automation_id}".format(
            automation_id=quote(require_path_parameter("automation_id", automation_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> AutomationReference:
    """Parse a 2xx response into the documented model."""
    response_200 = AutomationReference.from_dict(response.json())

    return response_200

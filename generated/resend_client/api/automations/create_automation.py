# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Create an automation: POST /automations."""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import (
    AutomationConnection,
    AutomationReference,
    AutomationStatus,
    AutomationStep,
)
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    steps: Sequence[AutomationStep | Mapping[str, Any]],
    connections: Sequence[AutomationConnection | Mapping[str, Any]],
    status: AutomationStatus | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "name": name,
        "steps": steps,
        "connections": connections,
    }
    if not isinstance(status, Unset):
        body["status"] = status

    return PreparedRequest(
        method="POST",
        path="/automations",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> AutomationReference:
    """Parse a 2xx response into the documented model."""
    response_201 = AutomationReference.from_dict(response.json())

    return response_201

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Claim a domain: POST /domains/claim."""

from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import DomainClaim, DomainRegion
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    region: DomainRegion | Unset = UNSET,
    custom_return_path: str | Unset = UNSET,
    open_tracking: bool | Unset = UNSET,
    click_tracking: bool | Unset = UNSET,
    tracking_subdomain: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "name": name,
    }
    if not isinstance(region, Unset):
        body["region"] = region
    if not isinstance(custom_return_path, Unset):
        body["custom_return_path"] = custom_return_path
    if not isinstance(open_tracking, Unset):
        body["open_tracking"] = open_tracking
    if not isinstance(click_tracking, Unset):
        body["click_tracking"] = click_tracking
    if not isinstance(tracking_subdomain, Unset):
        body["tracking_subdomain"] = tracking_subdomain

    return PreparedRequest(
        method="POST",
        path="/domains/claim",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> DomainClaim:
    """Parse a 2xx response into the documented model."""
    if response.status_code == 200:
        response_200 = DomainClaim.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DomainClaim.from_dict(response.json())

        return response_201

    message = f"undocumented success status {response.status_code}"
    raise ValueError(message)

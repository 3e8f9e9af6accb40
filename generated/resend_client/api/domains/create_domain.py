# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Add a domain: POST /domains."""

from collections.abc import Mapping
from typing import Any

import httpx

from ..._request import PreparedRequest, to_json
from ...models import Domain, DomainCapabilities, DomainRegion, DomainTls
from ...types import UNSET, Unset


def build_request(
    *,
    name: str,
    region: DomainRegion | Unset = UNSET,
    custom_return_path: str | Unset = UNSET,
    open_tracking: bool | Unset = UNSET,
    click_tracking: bool | Unset = UNSET,
    tls: DomainTls | Unset = UNSET,
    capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
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
    if not isinstance(tls, Unset):
        body["tls"] = tls
    if not isinstance(capabilities, Unset):
        body["capabilities"] = capabilities
    if not isinstance(tracking_subdomain, Unset):
        body["tracking_subdomain"] = tracking_subdomain

    return PreparedRequest(
        method="POST",
        path="/domains",
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> Domain:
    """Parse a 2xx response into the documented model."""
    response_201 = Domain.from_dict(response.json())

    return response_201

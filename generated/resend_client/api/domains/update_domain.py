# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update a domain: PATCH /domains/{domain_id}."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import DomainCapabilities, DomainReference, DomainTls
from ...types import UNSET, Unset


def build_request(
    domain_id: str,
    *,
    open_tracking: bool | Unset = UNSET,
    click_tracking: bool | Unset = UNSET,
    tls: DomainTls | Unset = UNSET,
    capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
    tracking_subdomain: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
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
        method="PATCH",
        path="/domains/{domain_id}".format(
            domain_id=quote(require_path_parameter("domain_id", domain_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> DomainReference:
    """Parse a 2xx response into the documented model."""
    response_200 = DomainReference.from_dict(response.json())

    return response_200

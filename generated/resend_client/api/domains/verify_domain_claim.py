# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Verify a domain claim: POST /domains/{domain_id}/claim/verify."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DomainClaim


def build_request(
    domain_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="POST",
        path="/domains/{domain_id}/claim/verify".format(
            domain_id=quote(require_path_parameter("domain_id", domain_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DomainClaim:
    """Parse a 2xx response into the documented model."""
    response_200 = DomainClaim.from_dict(response.json())

    return response_200

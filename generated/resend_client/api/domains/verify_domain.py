# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Verify a domain: POST /domains/{domain_id}/verify."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import DomainReference


def build_request(
    domain_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="POST",
        path="/domains/{domain_id}/verify".format(
            domain_id=quote(require_path_parameter("domain_id", domain_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> DomainReference:
    """Parse a 2xx response into the documented model."""
    response_200 = DomainReference.from_dict(response.json())

    return response_200

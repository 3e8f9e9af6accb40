# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get a contact import: GET /contacts/imports/{import_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import ContactImport


def build_request(
    import_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/contacts/imports/{import_id}".format(
            import_id=quote(require_path_parameter("import_id", import_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> ContactImport:
    """Parse a 2xx response into the documented model."""
    response_200 = ContactImport.from_dict(response.json())

    return response_200

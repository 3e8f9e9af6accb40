# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get a template: GET /templates/{template_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import Template


def build_request(
    template_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/templates/{template_id}".format(
            template_id=quote(require_path_parameter("template_id", template_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> Template:
    """Parse a 2xx response into the documented model."""
    response_200 = Template.from_dict(response.json())

    return response_200

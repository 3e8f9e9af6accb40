# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Duplicate a template: POST /templates/{template_id}/duplicate."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import TemplateReference


def build_request(
    template_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="POST",
        path="/templates/{template_id}/duplicate".format(
            template_id=quote(require_path_parameter("template_id", template_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> TemplateReference:
    """Parse a 2xx response into the documented model."""
    response_200 = TemplateReference.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get an attachment of a received email: GET /emails/receiving/{email_id}/attachments/{attachment_id}."""

from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter
from ...models import EmailAttachment


def build_request(
    email_id: str,
    attachment_id: str,
) -> PreparedRequest:
    """Build the request without sending it."""

    return PreparedRequest(
        method="GET",
        path="/emails/receiving/{email_id}/attachments/{attachment_id}".format(
            email_id=quote(require_path_parameter("email_id", email_id), safe=""),
            attachment_id=quote(require_path_parameter("attachment_id", attachment_id), safe=""),
        ),
    )


def parse_response(response: httpx.Response) -> EmailAttachment:
    """Parse a 2xx response into the documented model."""
    response_200 = EmailAttachment.from_dict(response.json())

    return response_200

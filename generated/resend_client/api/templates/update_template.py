# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Update a template: PATCH /templates/{template_id}."""

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import httpx

from ..._request import PreparedRequest, require_path_parameter, to_json
from ...models import (
    TemplateReference,
    TemplateVariableInput,
)
from ...types import UNSET, Unset


def build_request(
    template_id: str,
    *,
    name: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    reply_to: Sequence[str] | Unset = UNSET,
    html: str | Unset = UNSET,
    text: str | Unset = UNSET,
    variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {}
    if not isinstance(name, Unset):
        body["name"] = name
    if not isinstance(alias, Unset):
        body["alias"] = alias
    if not isinstance(from_, Unset):
        body["from"] = from_
    if not isinstance(subject, Unset):
        body["subject"] = subject
    if not isinstance(reply_to, Unset):
        body["reply_to"] = reply_to
    if not isinstance(html, Unset):
        body["html"] = html
    if not isinstance(text, Unset):
        body["text"] = text
    if not isinstance(variables, Unset):
        body["variables"] = variables

    return PreparedRequest(
        method="PATCH",
        path="/templates/{template_id}".format(
            template_id=quote(require_path_parameter("template_id", template_id), safe=""),
        ),
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> TemplateReference:
    """Parse a 2xx response into the documented model."""
    response_200 = TemplateReference.from_dict(response.json())

    return response_200

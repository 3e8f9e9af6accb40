# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Send an email: POST /emails."""

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, new_idempotency_key, to_json
from ...models import Attachment, EmailTemplateInput, SendEmailRequestHeaders, SendEmailResponse, Tag
from ...types import UNSET, Unset


def build_request(
    *,
    from_: str,
    to: str | Sequence[str],
    subject: str,
    bcc: str | Sequence[str] | Unset = UNSET,
    cc: str | Sequence[str] | Unset = UNSET,
    reply_to: str | Sequence[str] | Unset = UNSET,
    html: str | Unset = UNSET,
    text: str | Unset = UNSET,
    template: EmailTemplateInput | Mapping[str, Any] | Unset = UNSET,
    headers: SendEmailRequestHeaders | Mapping[str, Any] | Unset = UNSET,
    scheduled_at: datetime.datetime | str | Unset = UNSET,
    attachments: Sequence[Attachment | Mapping[str, Any]] | Unset = UNSET,
    tags: Sequence[Tag | Mapping[str, Any]] | Unset = UNSET,
    topic_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body: dict[str, Any] = {
        "from": from_,
        "to": to,
        "subject": subject,
    }
    if not isinstance(bcc, Unset):
        body["bcc"] = bcc
    if not isinstance(cc, Unset):
        body["cc"] = cc
    if not isinstance(reply_to, Unset):
        body["reply_to"] = reply_to
    if not isinstance(html, Unset):
        body["html"] = html
    if not isinstance(text, Unset):
        body["text"] = text
    if not isinstance(template, Unset):
        body["template"] = template
    if not isinstance(headers, Unset):
        body["headers"] = headers
    if not isinstance(scheduled_at, Unset):
        body["scheduled_at"] = scheduled_at
    if not isinstance(attachments, Unset):
        body["attachments"] = attachments
    if not isinstance(tags, Unset):
        body["tags"] = tags
    if not isinstance(topic_id, Unset):
        body["topic_id"] = topic_id

    request_headers: dict[str, str] = {}
    request_headers["Idempotency-Key"] = (
        new_idempotency_key() if isinstance(idempotency_key, Unset) else str(idempotency_key)
    )

    return PreparedRequest(
        method="POST",
        path="/emails",
        headers=request_headers,
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> SendEmailResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = SendEmailResponse.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Send up to 100 emails in one request: POST /emails/batch."""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, new_idempotency_key, to_json
from ...models import BatchEmail, SendBatchEmailsResponse, SendBatchEmailsXBatchValidation
from ...types import UNSET, Unset


def build_request(
    *,
    emails: Sequence[BatchEmail | Mapping[str, Any]],
    idempotency_key: str | Unset = UNSET,
    x_batch_validation: SendBatchEmailsXBatchValidation | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    body = emails

    request_headers: dict[str, str] = {}
    request_headers["Idempotency-Key"] = (
        new_idempotency_key() if isinstance(idempotency_key, Unset) else str(idempotency_key)
    )
    if not isinstance(x_batch_validation, Unset):
        request_headers["x-batch-validation"] = str(x_batch_validation)

    return PreparedRequest(
        method="POST",
        path="/emails/batch",
        headers=request_headers,
        has_body=True,
        json_body=to_json(body),
    )


def parse_response(response: httpx.Response) -> SendBatchEmailsResponse:
    """Parse a 2xx response into the documented model."""
    response_200 = SendBatchEmailsResponse.from_dict(response.json())

    return response_200

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Get email metrics: GET /emails/metrics."""

from collections.abc import Sequence
from typing import Any

import httpx

from ..._request import PreparedRequest, query_list
from ...models import EmailMetricName, EmailMetrics, EmailMetricsDimension, EmailMetricsGranularity
from ...types import UNSET, Unset


def build_request(
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    granularity: EmailMetricsGranularity | Unset = UNSET,
    metrics: Sequence[EmailMetricName] | Unset = UNSET,
    dimensions: Sequence[EmailMetricsDimension] | Unset = UNSET,
    domain_id: Sequence[str] | Unset = UNSET,
    email_id: Sequence[str] | Unset = UNSET,
    broadcast_id: Sequence[str] | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""

    params: dict[str, Any] = {}
    if not isinstance(start_date, Unset):
        params["start_date"] = start_date
    if not isinstance(end_date, Unset):
        params["end_date"] = end_date
    if not isinstance(timezone, Unset):
        params["timezone"] = timezone
    if not isinstance(granularity, Unset):
        params["granularity"] = granularity
    if not isinstance(metrics, Unset):
        params["metrics"] = query_list("metrics", metrics)
    if not isinstance(dimensions, Unset):
        params["dimensions"] = query_list("dimensions", dimensions)
    if not isinstance(domain_id, Unset):
        params["domain_id"] = query_list("domain_id", domain_id)
    if not isinstance(email_id, Unset):
        params["email_id"] = query_list("email_id", email_id)
    if not isinstance(broadcast_id, Unset):
        params["broadcast_id"] = query_list("broadcast_id", broadcast_id)

    return PreparedRequest(
        method="GET",
        path="/emails/metrics",
        params=params,
    )


def parse_response(response: httpx.Response) -> EmailMetrics:
    """Parse a 2xx response into the documented model."""
    response_200 = EmailMetrics.from_dict(response.json())

    return response_200

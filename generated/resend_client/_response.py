# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The full response of a call, returned by ``client.<resource>.with_raw_response.<method>()``."""

from typing import Generic, NamedTuple, TypeVar

import httpx

from ._rate_limit import RateLimit

T = TypeVar("T")


class APIResponse(NamedTuple, Generic[T]):
    """A success response: its status, headers and rate limit beside the parsed model."""

    status_code: int
    """The HTTP status, 200 for most calls."""

    headers: httpx.Headers
    """The response headers; lookups ignore case."""

    rate_limit: RateLimit
    """The rate-limit headers, parsed."""

    parsed: T
    """The body, parsed into the operation's success model."""

    http_response: httpx.Response
    """The underlying httpx response."""

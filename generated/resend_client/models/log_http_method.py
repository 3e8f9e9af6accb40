# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of LogHttpMethod that the description lists."""

from typing import Literal, cast

LogHttpMethod = Literal["DELETE", "GET", "OPTIONS", "PATCH", "POST", "PUT"]

LOG_HTTP_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "DELETE",
        "GET",
        "OPTIONS",
        "PATCH",
        "POST",
        "PUT",
    }
)


def check_log_http_method(value: str) -> LogHttpMethod:
    """Return the value unchanged; one not in LOG_HTTP_METHOD_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(LogHttpMethod, value)

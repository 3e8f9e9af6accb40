# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of ApiKeyPermission that the description lists."""

from typing import Literal, cast

ApiKeyPermission = Literal["full_access", "sending_access"]

API_KEY_PERMISSION_VALUES: frozenset[str] = frozenset(
    {
        "full_access",
        "sending_access",
    }
)


def check_api_key_permission(value: str) -> ApiKeyPermission:
    """Return the value unchanged; one not in API_KEY_PERMISSION_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(ApiKeyPermission, value)

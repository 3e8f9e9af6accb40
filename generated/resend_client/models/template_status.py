# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of TemplateStatus that the description lists."""

from typing import Literal, cast

TemplateStatus = Literal["draft", "published"]

TEMPLATE_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "draft",
        "published",
    }
)


def check_template_status(value: str) -> TemplateStatus:
    """Return the value unchanged; one not in TEMPLATE_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(TemplateStatus, value)

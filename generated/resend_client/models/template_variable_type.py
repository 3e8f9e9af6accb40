# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of TemplateVariableType that the description lists."""

from typing import Literal, cast

TemplateVariableType = Literal["boolean", "list", "number", "object", "string"]

TEMPLATE_VARIABLE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "boolean",
        "list",
        "number",
        "object",
        "string",
    }
)


def check_template_variable_type(value: str) -> TemplateVariableType:
    """Return the value unchanged; one not in TEMPLATE_VARIABLE_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(TemplateVariableType, value)

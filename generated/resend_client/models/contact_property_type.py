# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of ContactPropertyType that the description lists."""

from typing import Literal, cast

ContactPropertyType = Literal["number", "string"]

CONTACT_PROPERTY_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "number",
        "string",
    }
)


def check_contact_property_type(value: str) -> ContactPropertyType:
    """Return the value unchanged; one not in CONTACT_PROPERTY_TYPE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(ContactPropertyType, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of ContactImportConflictMode that the description lists."""

from typing import Literal, cast

ContactImportConflictMode = Literal["skip", "upsert"]

CONTACT_IMPORT_CONFLICT_MODE_VALUES: frozenset[str] = frozenset(
    {
        "skip",
        "upsert",
    }
)


def check_contact_import_conflict_mode(value: str) -> ContactImportConflictMode:
    """Return the value unchanged; one not in CONTACT_IMPORT_CONFLICT_MODE_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(ContactImportConflictMode, value)

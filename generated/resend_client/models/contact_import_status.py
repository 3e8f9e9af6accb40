# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of ContactImportStatus that the description lists."""

from typing import Literal, cast

ContactImportStatus = Literal["completed", "failed", "in_progress", "queued"]

CONTACT_IMPORT_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "completed",
        "failed",
        "in_progress",
        "queued",
    }
)


def check_contact_import_status(value: str) -> ContactImportStatus:
    """Return the value unchanged; one not in CONTACT_IMPORT_STATUS_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(ContactImportStatus, value)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of AttachmentContentDisposition that the description lists."""

from typing import Literal, cast

AttachmentContentDisposition = Literal["attachment", "inline"]

ATTACHMENT_CONTENT_DISPOSITION_VALUES: frozenset[str] = frozenset(
    {
        "attachment",
        "inline",
    }
)


def check_attachment_content_disposition(value: str) -> AttachmentContentDisposition:
    """Return the value unchanged; one not in ATTACHMENT_CONTENT_DISPOSITION_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(AttachmentContentDisposition, value)

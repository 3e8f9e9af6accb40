# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The values of SendBatchEmailsXBatchValidation that the description lists."""

from typing import Literal, cast

SendBatchEmailsXBatchValidation = Literal["permissive", "strict"]

SEND_BATCH_EMAILS_X_BATCH_VALIDATION_VALUES: frozenset[str] = frozenset(
    {
        "permissive",
        "strict",
    }
)


def check_send_batch_emails_x_batch_validation(value: str) -> SendBatchEmailsXBatchValidation:
    """Return the value unchanged; one not in SEND_BATCH_EMAILS_X_BATCH_VALIDATION_VALUES stays a plain string."""
    if not isinstance(value, str):
        message = f"expected str, got {type(value).__name__}"
        raise TypeError(message)
    return cast(SendBatchEmailsXBatchValidation, value)

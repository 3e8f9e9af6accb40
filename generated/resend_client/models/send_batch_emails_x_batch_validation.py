# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from typing import Literal

SendBatchEmailsXBatchValidation = Literal["permissive", "strict"]

SEND_BATCH_EMAILS_X_BATCH_VALIDATION_VALUES: set[SendBatchEmailsXBatchValidation] = {
    "permissive",
    "strict",
}


def check_send_batch_emails_x_batch_validation(value: str) -> SendBatchEmailsXBatchValidation:
    if value in SEND_BATCH_EMAILS_X_BATCH_VALIDATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_BATCH_EMAILS_X_BATCH_VALIDATION_VALUES!r}")

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Contains all the data models used in inputs/outputs"""

from .attachment import Attachment
from .batch_email import BatchEmail
from .batch_email_error import BatchEmailError
from .batch_email_headers import BatchEmailHeaders
from .batch_email_result import BatchEmailResult
from .email import Email
from .email_reference import EmailReference
from .email_template_input import EmailTemplateInput
from .email_template_input_variables import EmailTemplateInputVariables
from .error_response import ErrorResponse
from .list_emails_response import ListEmailsResponse
from .list_envelope import ListEnvelope
from .send_batch_emails_response import SendBatchEmailsResponse
from .send_batch_emails_x_batch_validation import SendBatchEmailsXBatchValidation
from .send_email_request import SendEmailRequest
from .send_email_request_headers import SendEmailRequestHeaders
from .send_email_response import SendEmailResponse
from .tag import Tag
from .update_email_request import UpdateEmailRequest

__all__ = (
    "Attachment",
    "BatchEmail",
    "BatchEmailError",
    "BatchEmailHeaders",
    "BatchEmailResult",
    "Email",
    "EmailReference",
    "EmailTemplateInput",
    "EmailTemplateInputVariables",
    "ErrorResponse",
    "ListEmailsResponse",
    "ListEnvelope",
    "SendBatchEmailsResponse",
    "SendBatchEmailsXBatchValidation",
    "SendEmailRequest",
    "SendEmailRequestHeaders",
    "SendEmailResponse",
    "Tag",
    "UpdateEmailRequest",
)

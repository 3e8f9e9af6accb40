# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""A typed client for the Resend email API.

Create a ``Resend`` client and call the resources on it, for example
``Resend().emails.send(from_=..., to=[...], subject=..., html=...)``.
"""

from ._client import Resend
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ResendError,
    UnprocessableEntityError,
    WebhookPayloadError,
)
from ._pacing import AsyncPacer, Pacer
from ._rate_limit import RateLimit
from ._redis_pacing import AsyncRedisPacer, RedisPacer
from ._response import APIResponse
from ._retry import RetryPolicy
from ._version import __version__
from ._webhook_events import WEBHOOK_EVENT_MODELS, WebhookEvent, parse_webhook_event
from .types import UNSET, Unset

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPacer",
    "AsyncRedisPacer",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "MethodNotAllowedError",
    "NotFoundError",
    "Pacer",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimit",
    "RateLimitError",
    "RedisPacer",
    "Resend",
    "ResendError",
    "RetryPolicy",
    "UNSET",
    "UnprocessableEntityError",
    "Unset",
    "WEBHOOK_EVENT_MODELS",
    "WebhookEvent",
    "WebhookPayloadError",
    "__version__",
    "parse_webhook_event",
]

# Tracebacks and reprs name the public import path, not the private module that defines the class.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value

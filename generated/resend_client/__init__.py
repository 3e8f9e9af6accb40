# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""A typed client for the Resend email API.

Create a ``Resend`` client, or an ``AsyncResend`` one for asyncio, and call the resources on
it, for example ``Resend().emails.send(from_=..., to=[...], subject=..., html=...)``. The
public module ``webhooks`` verifies signed webhook deliveries.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncResend, Resend
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
    WebhookVerificationError,
)
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._rate_limit import RateLimit
from ._response import APIResponse
from ._retry import RetryPolicy
from ._version import __version__
from .types import UNSET, Unset

if TYPE_CHECKING:
    from . import webhooks
    from ._attachments import attachment_from_bytes, attachment_from_path
    from ._pacing import AsyncPacer, Pacer
    from ._redis_pacing import AsyncRedisPacer, RedisPacer
    from ._webhook_events import WEBHOOK_EVENT_MODELS, WebhookEvent, parse_webhook_event

# Names whose modules load models, imported on first use so that `import resend_client` stays
# close to the cost of importing httpx.
_LAZY_MODULES = {
    "AsyncPacer": "._pacing",
    "Pacer": "._pacing",
    "AsyncRedisPacer": "._redis_pacing",
    "RedisPacer": "._redis_pacing",
    "attachment_from_bytes": "._attachments",
    "attachment_from_path": "._attachments",
    "WEBHOOK_EVENT_MODELS": "._webhook_events",
    "WebhookEvent": "._webhook_events",
    "parse_webhook_event": "._webhook_events",
}

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPacer",
    "AsyncPage",
    "AsyncPager",
    "AsyncRedisPacer",
    "AsyncResend",
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
    "SyncPage",
    "UNSET",
    "UnprocessableEntityError",
    "Unset",
    "WEBHOOK_EVENT_MODELS",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    "attachment_from_bytes",
    "attachment_from_path",
    "parse_webhook_event",
]

# Tracebacks and reprs name the public import path, not the private module that defines the class.
for _name in __all__:
    _value = globals().get(_name)
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value


def __getattr__(name: str) -> Any:
    if name == "webhooks":
        # The public submodule, so that `import resend_client` is enough to reach it.
        return importlib.import_module(".webhooks", __name__)
    module_name = _LAZY_MODULES.get(name)
    if module_name is None:
        message = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(message)
    value = getattr(importlib.import_module(module_name, __name__), name)
    if isinstance(value, type):
        value.__module__ = __name__
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

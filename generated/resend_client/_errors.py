# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Exceptions raised by the client.

The exception hierarchy:

* ResendError
    * ConfigurationError (also a ValueError)
    * InvalidRequestError (also a ValueError)
    * WebhookPayloadError (also a ValueError)
        * WebhookVerificationError
    * APIConnectionError
        * APITimeoutError
    * APIResponseValidationError
    * APIStatusError
        * BadRequestError (400)
        * AuthenticationError (401)
        * PermissionDeniedError (403)
        * NotFoundError (404)
        * MethodNotAllowedError (405)
        * ConflictError (409)
        * UnprocessableEntityError (422)
        * RateLimitError (429, rate_limit_exceeded)
        * QuotaExceededError (429, daily_quota_exceeded or monthly_quota_exceeded)
        * InternalServerError (5xx)

The HTTP status chooses the class; the body's ``name`` only tells a quota apart from a rate
limit on 429, because waiting for ``retry-after`` does not help against a spent quota.
"""

import re
from typing import Any

import httpx

from ._rate_limit import RateLimit

QUOTA_ERROR_CODES = frozenset({"daily_quota_exceeded", "monthly_quota_exceeded"})

# Bodies that are not the API's JSON (an HTML page from a proxy, say) are quoted this far.
BODY_EXCERPT_LENGTH = 200
REDACTED = "[redacted]"

HTML_START = re.compile(r"\s*<(!doctype html|html)\b", re.IGNORECASE)
HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
HTML_TAG = re.compile(r"<[^>]*>")


class ResendError(Exception):
    """Base class of every exception this package raises.

    ``attempts`` is how many times the call was sent before it failed: more than 1 when the
    client retried, and then the message says so.
    """

    attempts: int = 1

    def record_attempts(self, attempts: int, note: str | None = None) -> None:
        """Note how many attempts the call made, in ``attempts`` and in the message.

        ``note`` says why the client stopped early, such as a wait past the total timeout.
        """
        self.attempts = attempts
        notes = [f"gave up after {attempts} attempts"] if attempts > 1 else []
        if note:
            notes.append(note)
        if notes and self.args and isinstance(self.args[0], str):
            self.args = (f"{self.args[0]} ({'; '.join(notes)})", *self.args[1:])


class ConfigurationError(ResendError, ValueError):
    """The client was given an unusable setting: no API key, a plain-HTTP base URL, a bad timeout."""


class InvalidRequestError(ResendError, ValueError):
    """A call's arguments cannot be turned into a request, so nothing was sent."""


class WebhookPayloadError(ResendError, ValueError):
    """A webhook payload has no known event ``type``, or does not fit the model of its type."""


class WebhookVerificationError(WebhookPayloadError):
    """A webhook delivery failed ``webhooks.verify``, so it must not be trusted or processed.

    The signature, its headers or the signing secret are invalid, the timestamp is outside the
    tolerance, or the signed payload is not a known event. In the last case ``__cause__`` is the
    ``WebhookPayloadError`` of the parser.
    """


class APIConnectionError(ResendError):
    """The request did not get an HTTP response: DNS, connect, TLS or a dropped connection.

    The request may or may not have reached the API.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out before a response arrived."""


class APIResponseValidationError(ResendError):
    """A success response whose body does not match the documented model."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.rate_limit = RateLimit.from_headers(response.headers)


class APIStatusError(ResendError):
    """The API returned a 4xx or 5xx status; also raised as is for undocumented statuses.

    ``message`` is the body's ``message`` (or an excerpt of a body that is not the API's JSON);
    ``str(error)`` adds the status and ``code`` in front of it.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any, code: str | None) -> None:
        status = f"{response.status_code} {code}" if code else str(response.status_code)
        super().__init__(f"{status}: {message}")
        self.message = message
        self.response = response
        self.body = body
        self.code = code
        self.status_code = response.status_code
        self.headers = response.headers
        self.rate_limit = RateLimit.from_headers(response.headers)


class BadRequestError(APIStatusError):
    """400: the request is malformed, for example an invalid idempotency key."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, or restricted to sending and used elsewhere."""


class PermissionDeniedError(APIStatusError):
    """403: the API key is invalid, or the sender domain may not send."""


class NotFoundError(APIStatusError):
    """404: no resource has this id."""


class MethodNotAllowedError(APIStatusError):
    """405: the path does not accept this HTTP method."""


class ConflictError(APIStatusError):
    """409: an idempotency key was reused with another payload or while still in progress."""


class UnprocessableEntityError(APIStatusError):
    """422: a field is missing or has an invalid value."""


class RateLimitError(APIStatusError):
    """429: too many requests in the current window; retry after ``rate_limit.retry_after`` seconds."""


class QuotaExceededError(APIStatusError):
    """429: the daily or monthly sending quota is spent; retrying soon does not help."""


class InternalServerError(APIStatusError):
    """5xx: the API or a proxy in front of it failed."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int, code: str | None) -> type[APIStatusError]:
    """Return the exception class for an error response's status and ``name``."""
    if status_code == 429 and code in QUOTA_ERROR_CODES:
        return QuotaExceededError
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


def make_status_error(response: httpx.Response, *, secret: str | None = None) -> APIStatusError:
    """Build the exception for an error response, whatever its body looks like.

    ``secret`` (the API key) is masked wherever the body quotes it, since proxies and debug pages
    sometimes echo request headers.
    """
    body = _decode_body(response)
    code: str | None = None
    detail: str | None = None

    if isinstance(body, dict):
        name = body.get("name")
        text = body.get("message")
        code = name if isinstance(name, str) else None
        detail = text if isinstance(text, str) else None

    if detail is None and response.is_redirect:
        location = response.headers.get("location", "(no Location header)")
        detail = f"redirect to {location} was not followed; check the base URL"

    # The key is masked before the excerpt is cut, so a cut can never leave part of it behind.
    if detail is not None:
        detail = _mask(detail, secret)
    else:
        detail = _excerpt(_mask(response.text, secret)) or "(empty body)"

    error_class = error_class_for(response.status_code, code)
    return error_class(detail, response=response, body=_mask_body(body, secret), code=code)


def _mask_body(body: Any, secret: str | None) -> Any:
    """Mask the key in every string of a decoded body, since ``body`` is kept on the error."""
    if isinstance(body, str):
        return _mask(body, secret)
    if isinstance(body, dict):
        return {key: _mask_body(value, secret) for key, value in body.items()}
    if isinstance(body, list):
        return [_mask_body(item, secret) for item in body]
    return body


def _mask(text: str, secret: str | None) -> str:
    return text.replace(secret, REDACTED) if secret else text


def _decode_body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return response.text


def _excerpt(text: str) -> str:
    """Return a short, readable excerpt of a body that is not the API's JSON.

    A proxy's HTML page is named by its title, or by its text without the tags.
    """
    if HTML_START.match(text):
        title = HTML_TITLE.search(text)
        if title is not None and title.group(1).strip():
            return f"an HTML page titled {_shorten(title.group(1))!r}, not the API's JSON"
        return f"an HTML page, not the API's JSON: {_shorten(HTML_TAG.sub(' ', text))}"
    return _shorten(text)


def _shorten(text: str) -> str:
    collapsed = re.sub(r"\s+", " ", text).strip()
    if len(collapsed) <= BODY_EXCERPT_LENGTH:
        return collapsed
    return collapsed[:BODY_EXCERPT_LENGTH] + "..."

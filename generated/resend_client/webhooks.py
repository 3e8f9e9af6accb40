# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Verification of signed webhook deliveries, and signing of payloads for a receiver's tests.

Resend signs each delivery as Svix does. ``svix-id`` is the message id, ``svix-timestamp`` the
time of sending in Unix seconds, and ``svix-signature`` one or more space-separated
``v1,<base64>`` entries. Each entry is the base64 HMAC-SHA256 of ``{id}.{timestamp}.{body}``,
keyed with the decoded base64 part of the endpoint's ``whsec_`` signing secret. The delivery is
authentic when any one entry matches.

``verify`` returns the typed event only after the signature and the timestamp pass, and a
delivery that fails any check raises ``WebhookVerificationError``.
"""

import base64
import binascii
import hashlib
import hmac
import math
import re
import time
import uuid
from collections.abc import Iterable
from typing import Protocol, runtime_checkable

import httpx

from ._errors import WebhookPayloadError, WebhookVerificationError
from ._webhook_events import WebhookEvent, parse_webhook_event

__all__ = [
    "DEFAULT_TOLERANCE",
    "HeaderItems",
    "ID_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "WebhookHeaders",
    "WebhookVerificationError",
    "sign",
    "verify",
]

ID_HEADER = "svix-id"
TIMESTAMP_HEADER = "svix-timestamp"
SIGNATURE_HEADER = "svix-signature"

SECRET_PREFIX = "whsec_"
SIGNATURE_PREFIX = "v1,"

DEFAULT_TOLERANCE = 300
"""Seconds that ``svix-timestamp`` may differ from the receiver's clock, either way.

Five minutes allow for clock skew and slow networks, and limit how long a captured delivery
can be replayed.
"""

# Unix seconds fit in 18 digits until long after any real clock, and the bound keeps int() away
# from the interpreter's limit on the length of integer strings.
_TIMESTAMP_PATTERN = re.compile(r"[0-9]{1,18}")

# Header values are quoted in messages up to this length.
_QUOTED_VALUE_LENGTH = 40


@runtime_checkable
class HeaderItems(Protocol):
    """Headers with an ``items()`` method: a dict, ``httpx.Headers``, or ``http.server``'s headers."""

    def items(self) -> Iterable[tuple[str, str]]: ...


WebhookHeaders = HeaderItems | Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]]
"""The request headers in any of these forms, with names in any case.

Pairs may repeat a name, and ``bytes`` pairs (as in an ASGI scope) are decoded as Latin-1.
"""


def verify(
    payload: str | bytes,
    headers: WebhookHeaders,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Check a delivery's signature and timestamp, then return its typed event.

    ``payload`` is the raw request body exactly as received: the signature covers its bytes, so
    a body that was decoded and serialised again does not verify. ``secret`` is the endpoint's
    signing secret (``whsec_...``). A timestamp more than ``tolerance`` seconds before or after
    ``now`` (Unix seconds, the system clock by default) is rejected.

    Raises ``WebhookVerificationError`` when the secret is malformed, a header is missing or
    malformed, the timestamp is outside the tolerance, no signature matches, or the signed
    payload is not a known event. Raises ``TypeError`` for a payload that is not ``str`` or
    ``bytes``, and ``ValueError`` for a negative tolerance or a ``now`` that is not finite.
    """
    body = _body_bytes(payload)
    if not tolerance >= 0:
        message = f"tolerance must be a number of seconds of 0 or more, got {tolerance!r}"
        raise ValueError(message)
    if now is None:
        now = time.time()
    elif not math.isfinite(now):
        message = f"now must be a finite Unix time in seconds, got {now!r}"
        raise ValueError(message)
    key = _signing_key(secret)

    values = _header_values(headers)
    message_id = _single_header(values, ID_HEADER)
    timestamp = _single_header(values, TIMESTAMP_HEADER)
    signatures = _signatures(values)

    _check_timestamp(timestamp, tolerance=tolerance, now=now)

    expected = _signature(key, message_id, timestamp, body).encode("ascii")
    if not any(hmac.compare_digest(expected, _utf8(signature)) for signature in signatures):
        message = (
            f"no signature in the {SIGNATURE_HEADER} header matches the payload. Check that the secret "
            "belongs to this webhook endpoint, and that the body is passed exactly as received"
        )
        raise WebhookVerificationError(message)

    try:
        return parse_webhook_event(body)
    except WebhookPayloadError as error:
        message = f"the signature is valid, but the payload is not a known event: {error}"
        raise WebhookVerificationError(message) from error


def sign(
    payload: str | bytes,
    secret: str,
    *,
    msg_id: str | None = None,
    timestamp: int | None = None,
) -> dict[str, str]:
    """Return the ``svix-*`` headers that Resend would send with ``payload``.

    This is for tests of a webhook receiver. ``msg_id`` defaults to a random ``msg_`` id and
    ``timestamp`` to the current Unix time in seconds. Raises ``WebhookVerificationError`` for a
    malformed secret, ``TypeError`` for a payload that is not ``str`` or ``bytes``, and
    ``ValueError`` for an unusable ``msg_id`` or ``timestamp``.
    """
    body = _body_bytes(payload)
    key = _signing_key(secret)

    if msg_id is None:
        msg_id = f"msg_{uuid.uuid4().hex}"
    elif not msg_id or not msg_id.isprintable() or msg_id != msg_id.strip():
        message = (
            "msg_id must be a non-empty header value without control characters or surrounding whitespace, "
            f"got {msg_id!r}"
        )
        raise ValueError(message)

    if timestamp is None:
        timestamp = int(time.time())
    elif timestamp < 0:
        message = f"timestamp must be Unix seconds of 0 or more, got {timestamp!r}"
        raise ValueError(message)
    timestamp_text = str(int(timestamp))

    signature = _signature(key, msg_id, timestamp_text, body)
    return {ID_HEADER: msg_id, TIMESTAMP_HEADER: timestamp_text, SIGNATURE_HEADER: f"{SIGNATURE_PREFIX}{signature}"}


def _body_bytes(payload: str | bytes) -> bytes:
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, str):
        return payload.encode("utf-8")
    message = (
        f"the webhook payload must be the raw request body as bytes or str, got {type(payload).__name__}. "
        "A decoded body cannot be verified, because the signature covers the exact bytes received"
    )
    raise TypeError(message)


def _signing_key(secret: str) -> bytes:
    """Return the HMAC key that a ``whsec_`` secret encodes. No error message quotes the secret."""
    if not secret.startswith(SECRET_PREFIX):
        message = f"the webhook signing secret must start with {SECRET_PREFIX!r}. Pass it exactly as Resend shows it"
        raise WebhookVerificationError(message)

    encoded = secret.removeprefix(SECRET_PREFIX)
    if encoded != encoded.strip():
        message = "the webhook signing secret has whitespace around it. Strip it before passing the secret"
        raise WebhookVerificationError(message)
    if not encoded:
        raise WebhookVerificationError(f"the webhook signing secret has no key after {SECRET_PREFIX!r}")

    # The decoder's messages name the problem (padding, a character outside the alphabet) but
    # never quote the input, so they are safe to show.
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as error:
        message = f"the webhook signing secret is not valid base64 after {SECRET_PREFIX!r}: {error}"
        raise WebhookVerificationError(message) from error


def _header_values(headers: WebhookHeaders) -> dict[str, list[str]]:
    """Return every value of each header, keyed by the lower-case name."""
    pairs: Iterable[tuple[str | bytes, str | bytes]]
    if isinstance(headers, httpx.Headers):
        # items() of httpx.Headers joins repeated headers with ", ", which would glue two
        # signature entries together.
        pairs = headers.multi_items()
    elif isinstance(headers, HeaderItems):
        pairs = headers.items()
    else:
        pairs = headers

    values: dict[str, list[str]] = {}
    for name, value in pairs:
        name_text = name.decode("latin-1") if isinstance(name, bytes) else name
        value_text = value.decode("latin-1") if isinstance(value, bytes) else value
        values.setdefault(name_text.lower(), []).append(value_text.strip())
    return values


def _single_header(values: dict[str, list[str]], name: str) -> str:
    found = values.get(name, [])
    if not found:
        raise WebhookVerificationError(f"the {name} header is missing, so the request is not a signed Resend webhook")
    if len(set(found)) > 1:
        raise WebhookVerificationError(f"the {name} header appears {len(found)} times with different values")
    if not found[0]:
        raise WebhookVerificationError(f"the {name} header is empty")
    return found[0]


def _signatures(values: dict[str, list[str]]) -> list[str]:
    """Return the base64 parts of the ``v1`` entries, from every ``svix-signature`` header."""
    found = values.get(SIGNATURE_HEADER, [])
    if not found:
        message = f"the {SIGNATURE_HEADER} header is missing, so the request is not a signed Resend webhook"
        raise WebhookVerificationError(message)

    entries = [entry for value in found for entry in value.split()]
    signatures = [entry.removeprefix(SIGNATURE_PREFIX) for entry in entries if entry.startswith(SIGNATURE_PREFIX)]
    if not signatures:
        message = f"the {SIGNATURE_HEADER} header has no entry of the form 'v1,<base64 signature>'"
        raise WebhookVerificationError(message)
    return signatures


def _check_timestamp(timestamp: str, *, tolerance: float, now: float) -> None:
    if _TIMESTAMP_PATTERN.fullmatch(timestamp) is None:
        message = f"the {TIMESTAMP_HEADER} header {_quote(timestamp)} is not a Unix time in whole seconds"
        raise WebhookVerificationError(message)

    age = now - int(timestamp)
    if age > tolerance:
        message = (
            f"the {TIMESTAMP_HEADER} header is {_seconds(age)} seconds in the past, more than the tolerance of "
            f"{_seconds(tolerance)} seconds. The delivery may be a replay, or this server's clock is ahead"
        )
        raise WebhookVerificationError(message)
    if -age > tolerance:
        message = (
            f"the {TIMESTAMP_HEADER} header is {_seconds(-age)} seconds in the future, more than the tolerance "
            f"of {_seconds(tolerance)} seconds. This server's clock may be behind"
        )
        raise WebhookVerificationError(message)


def _signature(key: bytes, message_id: str, timestamp: str, body: bytes) -> str:
    signed_content = _utf8(f"{message_id}.{timestamp}.") + body
    digest = hmac.new(key, signed_content, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _utf8(text: str) -> bytes:
    # Header values that a server decoded with surrogateescape can contain lone surrogates. Such
    # values never match a signature, and must not raise UnicodeEncodeError.
    return text.encode("utf-8", "surrogatepass")


def _quote(value: str) -> str:
    if len(value) <= _QUOTED_VALUE_LENGTH:
        return repr(value)
    return repr(value[:_QUOTED_VALUE_LENGTH]) + "..."


def _seconds(value: float) -> str:
    """Format seconds with at most three decimals, and none when the value is whole."""
    return f"{value:.3f}".rstrip("0").rstrip(".")

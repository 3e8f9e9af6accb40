# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The retry policy: which failures to retry and how long to wait first, as pure functions.

Nothing here sends, sleeps or reads a clock; the caller passes the time and a random source, so the
rules are tested without waiting. A request is repeated only when repeating it cannot send an
email twice:

* every method: 429 ``rate_limit_exceeded`` (or a 429 without a known ``name``), 409
  ``concurrent_idempotent_requests``, and a connection that failed before the request was sent;
* GET, PATCH, DELETE, and POST with an ``Idempotency-Key``: 500, 502, 503, 504, a read timeout and
  a connection dropped after the request was sent, because the API may have acted on it already;
* never: a spent daily or monthly quota, and every other 4xx.
"""

import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Literal

from ._errors import QUOTA_ERROR_CODES, ConfigurationError

DEFAULT_MAX_RETRIES = 2
# No single wait is longer than this, whatever a header asks for, so a bad value cannot hang a call.
DEFAULT_MAX_WAIT_SECONDS = 30.0
DEFAULT_INITIAL_BACKOFF_SECONDS = 0.5
DEFAULT_MAX_BACKOFF_SECONDS = 8.0

# Repeating these methods leaves the API in the same state: Resend's PATCH operations set fields
# to the values sent rather than changing them relative to the current ones.
IDEMPOTENT_METHODS = frozenset({"GET", "PATCH", "DELETE"})
RETRYABLE_SERVER_STATUSES = frozenset({500, 502, 503, 504})
CONCURRENT_IDEMPOTENT_REQUESTS = "concurrent_idempotent_requests"

# A retry-after value in delta-seconds: RFC 9110 allows only digits, and fractions and a sign
# are accepted as well because servers send them.
_DELTA_SECONDS = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
# Backoff stops doubling after this many attempts, which keeps the power of two finite; by then
# it is far beyond any sensible max_backoff.
_MAX_BACKOFF_EXPONENT = 64

Failure = Literal["connect", "timeout", "dropped"]
"""How a request failed without a response.

``connect``: the connection failed before the request was sent. ``timeout``: no response arrived in
time. ``dropped``: the connection closed after the request was sent.
"""


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Convert a ``retry-after`` value into seconds to wait.

    The value is either delta-seconds or an HTTP-date (RFC 9110, section 10.2.3); ``now`` is the
    current time in seconds since the epoch (``time.time()``), which the date is compared with.
    Returns None for a missing or malformed value and 0 for a negative delay or a date in the past.
    A number too large for a float gives ``math.inf``. Never raises.
    """
    if value is None:
        return None
    seconds = _parse_delta_seconds(value)
    if seconds is not None:
        return seconds

    try:
        moment = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # The zone -0000 gives a naive datetime; HTTP-dates are always in GMT.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, moment.timestamp() - now)


class RetryPolicy:
    """How often to repeat a failed request and how long to wait between attempts.

    A call makes at most ``1 + max_retries`` attempts. The wait before the next attempt is the
    response's ``retry-after``, else ``ratelimit-reset`` on a 429, else exponential backoff with
    full jitter; no wait exceeds ``max_wait``. Invalid values raise ``ConfigurationError``.

    ``max_retries`` counts the retries after the first attempt (0 turns retrying off);
    ``max_wait`` bounds any single wait, from a header or from backoff; ``initial_backoff``
    bounds the first backoff, which doubles with each attempt up to ``max_backoff``. All
    durations are in seconds.
    """

    __slots__ = ("initial_backoff", "max_backoff", "max_retries", "max_wait")

    max_retries: int
    max_wait: float
    initial_backoff: float
    max_backoff: float

    def __init__(
        self,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_wait: float = DEFAULT_MAX_WAIT_SECONDS,
        initial_backoff: float = DEFAULT_INITIAL_BACKOFF_SECONDS,
        max_backoff: float = DEFAULT_MAX_BACKOFF_SECONDS,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            message = f"max_retries must be a whole number of at least 0, not {max_retries!r}."
            raise ConfigurationError(message)
        for name, value in (("max_wait", max_wait), ("initial_backoff", initial_backoff), ("max_backoff", max_backoff)):
            _check_seconds(name, value)
        if max_backoff < initial_backoff:
            message = f"max_backoff ({max_backoff!r}) must be at least initial_backoff ({initial_backoff!r})."
            raise ConfigurationError(message)
        # A policy is shared by every call of a client, so it cannot change once validated.
        object.__setattr__(self, "max_retries", max_retries)
        object.__setattr__(self, "max_wait", float(max_wait))
        object.__setattr__(self, "initial_backoff", float(initial_backoff))
        object.__setattr__(self, "max_backoff", float(max_backoff))

    def __setattr__(self, name: str, value: object) -> None:
        message = f"a RetryPolicy cannot change; create another to set {name}"
        raise AttributeError(message)

    def _fields(self) -> tuple[int, float, float, float]:
        return (self.max_retries, self.max_wait, self.initial_backoff, self.max_backoff)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RetryPolicy) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_retries={self.max_retries!r}, max_wait={self.max_wait!r}, "
            f"initial_backoff={self.initial_backoff!r}, max_backoff={self.max_backoff!r})"
        )

    def with_max_retries(self, max_retries: int) -> "RetryPolicy":
        """Return a copy with another ``max_retries``, as a per-call override does."""
        return RetryPolicy(max_retries, self.max_wait, self.initial_backoff, self.max_backoff)

    def decide(
        self,
        *,
        method: str,
        has_idempotency_key: bool,
        attempt: int,
        status: int | None,
        error_name: str | None,
        headers: Mapping[str, str] | None,
        failure: Failure | None,
        random: Callable[[], float],
        now: float,
    ) -> float | None:
        """Return the seconds to wait before the next attempt, or None to give up.

        ``attempt`` counts the attempts made so far (1 after the first). Pass ``status``,
        ``error_name`` (the error body's ``name``) and ``headers`` for an error response, or
        ``failure`` when no response arrived. ``random`` returns a float in [0, 1) for the jitter
        and ``now`` is the time in seconds since the epoch, for an HTTP-date ``retry-after``.
        """
        if attempt > self.max_retries:
            return None
        if not self._may_retry(method, has_idempotency_key, status, error_name, failure):
            return None

        lowered = {name.lower(): value for name, value in headers.items()} if headers else {}
        wait = parse_retry_after(lowered.get("retry-after"), now=now)
        if wait is None and status == 429:
            wait = _parse_delta_seconds(lowered.get("ratelimit-reset"))
        if wait is None:
            wait = self._backoff(attempt) * random()
        return min(wait, self.max_wait)

    def _may_retry(
        self,
        method: str,
        has_idempotency_key: bool,
        status: int | None,
        error_name: str | None,
        failure: Failure | None,
    ) -> bool:
        # The rate limit and a concurrent request with the same key both pass with time, and the
        # API acted on neither request.
        if status == 429:
            return error_name not in QUOTA_ERROR_CODES
        if status == 409 and error_name == CONCURRENT_IDEMPOTENT_REQUESTS:
            return True

        # Nothing reached the API, so no method can act twice.
        if failure == "connect":
            return True

        # The API may have acted on the request, so only a repeatable one goes again.
        repeatable = _is_repeatable(method, has_idempotency_key)
        if status in RETRYABLE_SERVER_STATUSES:
            return repeatable
        if failure in ("timeout", "dropped"):
            return repeatable
        return False

    def _backoff(self, attempt: int) -> float:
        exponent = min(max(attempt - 1, 0), _MAX_BACKOFF_EXPONENT)
        return min(self.initial_backoff * 2.0**exponent, self.max_backoff)


def _parse_delta_seconds(value: str | None) -> float | None:
    """Read a number of seconds; a negative one gives 0 and one too large for a float ``math.inf``."""
    if value is None:
        return None
    text = value.strip()
    if not _DELTA_SECONDS.fullmatch(text):
        return None
    return max(0.0, float(text))


def _is_repeatable(method: str, has_idempotency_key: bool) -> bool:
    verb = method.upper()
    return verb in IDEMPOTENT_METHODS or (verb == "POST" and has_idempotency_key)


def _check_seconds(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        message = f"{name} must be a finite number of seconds of at least 0, not {value!r}."
        raise ConfigurationError(message)

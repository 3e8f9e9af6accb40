# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Parsing of the rate-limit headers that every API response carries."""

import math
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import NamedTuple


class RateLimit(NamedTuple):
    """The rate-limit state reported by one response.

    Each field is ``None`` when its header is missing or malformed; parsing never raises.
    """

    limit: int | None
    """Requests allowed per window (``ratelimit-limit``)."""

    remaining: int | None
    """Requests left in the current window (``ratelimit-remaining``)."""

    reset: float | None
    """Seconds until the window resets (``ratelimit-reset``)."""

    retry_after: float | None
    """Seconds to wait before retrying (``retry-after``), sent with 429 responses."""

    policy: str | None
    """The raw ``ratelimit-policy`` value, for example ``2;w=1`` for 2 requests a second."""

    @classmethod
    def from_headers(
        cls,
        headers: Mapping[str, str],
        *,
        now: Callable[[], datetime] | None = None,
    ) -> "RateLimit":
        """Read the rate-limit headers; ``now`` is the clock used for an HTTP-date ``retry-after``."""
        raw = getattr(headers, "raw", None)
        if raw is not None:
            # httpx.Headers: one pass over the raw pairs is much cheaper than a lookup per name.
            lowered = {
                name.decode("latin-1").lower(): value.decode("latin-1")
                for name, value in raw
                if name[:1] in (b"r", b"R")
            }
        else:
            lowered = {name.lower(): value for name, value in headers.items()}
        policy = lowered.get("ratelimit-policy")
        return cls(
            limit=_parse_count(lowered.get("ratelimit-limit")),
            remaining=_parse_count(lowered.get("ratelimit-remaining")),
            reset=_parse_seconds(lowered.get("ratelimit-reset")),
            retry_after=parse_retry_after(lowered.get("retry-after"), now=now),
            policy=policy.strip() if policy is not None and policy.strip() else None,
        )


def parse_retry_after(value: str | None, *, now: Callable[[], datetime] | None = None) -> float | None:
    """Return the delay a ``retry-after`` value asks for, in seconds.

    HTTP allows either a number of seconds or an HTTP-date (RFC 9110, section 10.2.3); a date in
    the past gives 0.
    """
    if value is None:
        return None

    seconds = _parse_seconds(value)
    if seconds is not None:
        return seconds

    try:
        moment = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    current = now() if now is not None else datetime.now(UTC)
    return max(0.0, (moment - current).total_seconds())


def _parse_count(value: str | None) -> int | None:
    if value is None:
        return None
    text = value.strip()
    if not text.isdecimal() or not text.isascii():
        return None
    return int(text)


def _parse_seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds

"""Fixed-window rate limiting per team, reported in the IETF ``ratelimit-*`` headers."""

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimitDecision:
    """Outcome of one request against its team's window."""

    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int
    window_seconds: float

    def headers(self) -> dict[str, str]:
        """Build the rate-limit headers, with ``retry-after`` when the request was rejected."""
        headers = {
            "ratelimit-limit": str(self.limit),
            "ratelimit-remaining": str(self.remaining),
            "ratelimit-reset": str(self.reset_seconds),
            "ratelimit-policy": f"{self.limit};w={self.window_seconds:g}",
        }
        if not self.allowed:
            headers["retry-after"] = str(self.reset_seconds)
        return headers


@dataclass
class _Window:
    start: float
    count: int


class FixedWindowRateLimiter:
    """Allow ``limit`` requests per team in each window of ``window_seconds``.

    A team's window opens with its first request and closes ``window_seconds`` later; the next
    request after that opens a new window. Requests rejected with 429 do not count against the
    window, as in the real API, so a client that retries too early does not push its recovery back.
    """

    def __init__(self, limit: int, window_seconds: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._clock = clock
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()

    def acquire(self, team: str) -> RateLimitDecision:
        """Count one request for ``team`` unless its window is already full."""
        with self._lock:
            now = self._clock()
            window = self._windows.get(team)
            if window is None or now >= window.start + self.window_seconds:
                window = _Window(start=now, count=0)
                self._windows[team] = window

            allowed = window.count < self.limit
            if allowed:
                window.count += 1
            reset = max(1, math.ceil(window.start + self.window_seconds - now))
            return RateLimitDecision(
                allowed=allowed,
                limit=self.limit,
                remaining=self.limit - window.count,
                reset_seconds=reset,
                window_seconds=self.window_seconds,
            )

    def uncounted(self) -> RateLimitDecision:
        """Describe a full window, for requests that belong to no team."""
        return RateLimitDecision(
            allowed=True,
            limit=self.limit,
            remaining=self.limit,
            reset_seconds=max(1, math.ceil(self.window_seconds)),
            window_seconds=self.window_seconds,
        )

    def exhausted(self) -> RateLimitDecision:
        """Describe a full window that resets after ``window_seconds``, for scripted 429s."""
        return RateLimitDecision(
            allowed=False,
            limit=self.limit,
            remaining=0,
            reset_seconds=max(1, math.ceil(self.window_seconds)),
            window_seconds=self.window_seconds,
        )

    def reset(self) -> None:
        """Forget every team's window."""
        with self._lock:
            self._windows.clear()

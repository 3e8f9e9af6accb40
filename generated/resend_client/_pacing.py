# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Client-side pacing that keeps one client under the API's rate limit, learned from the headers.

A pacer hands out *slots*, at most ``limit`` at any time. A request takes a slot in
``acquire()`` before it is sent, and ``observe()`` on its response keeps the slot occupied for
``max(window, ratelimit-reset)`` seconds more. The API counts a request at some moment before its
response leaves, and that count lapses at most one window later in a fixed or a sliding window,
so a slot is free again only once the API no longer counts the request in it. This holds whatever
the network latency, and whether the API's window is fixed or sliding. The price is that a slow
request keeps its slot for its whole duration.

Until a response carries the headers, the pacer lets one request through at a time. Starting
with more would guess a limit and risk a burst of 429s for a large client. A ``ratelimit-remaining``
lower than this client's own free slots shows that other clients share the limit, and the
difference is held until ``ratelimit-reset``. ``penalize()`` stops everyone after a 429.

``Pacer`` serves threads and ``AsyncPacer`` the tasks of one event loop; both keep their state in
memory. The Redis pacers in ``_redis_pacing`` share the same state between processes.
"""

import asyncio
import functools
import heapq
import json
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from attrs import define, field, frozen

from ._constants import LOGGER_NAME
from ._rate_limit import RateLimit

logger = logging.getLogger(LOGGER_NAME)

# The window of the API's default limit of 2 requests per second, assumed while no
# ratelimit-policy header names one.
DEFAULT_WINDOW_SECONDS = 1.0
# A slot whose request got neither a response nor a failure report for this long is taken to have
# reached the API at the latest by then, and is held one window more before it is freed.
IN_FLIGHT_LEASE_SECONDS = 60.0
# While the limit is unknown, waiters look this often for the first response's headers.
LEARNING_POLL_SECONDS = 0.05
# A ratelimit-reset beyond both the window and this is read as this, so a bad value cannot stall
# every request for hours.
MAX_RESET_SECONDS = 60.0
# Limits and windows outside these bounds are taken for malformed headers and ignored.
MAX_LIMIT = 1_000_000
MAX_WINDOW_SECONDS = 24 * 60 * 60.0

LOCAL_OWNER = "local"


@frozen
class Advertised:
    """The rate limit that one response's headers advertise; a missing or malformed value is None."""

    limit: int | None
    window: float | None
    remaining: int | None
    reset: float | None

    @classmethod
    def from_headers(cls, headers: "Mapping[str, str] | RateLimit") -> "Advertised":
        """Read ``ratelimit-limit``, ``ratelimit-policy``, ``ratelimit-remaining`` and ``ratelimit-reset``.

        A ``RateLimit`` that the client already parsed from the headers is taken as it is.
        """
        rate_limit = headers if isinstance(headers, RateLimit) else RateLimit.from_headers(headers)
        policies = _parse_policy_cached(rate_limit.policy)

        limit = rate_limit.limit if rate_limit.limit is not None and 1 <= rate_limit.limit <= MAX_LIMIT else None
        window: float | None = None
        # The header may list several policies; ratelimit-limit names the quota in force.
        matching = [policy for policy in policies if limit is None or policy[0] == limit]
        if matching:
            limit, window = matching[0]

        return cls(limit=limit, window=window, remaining=rate_limit.remaining, reset=rate_limit.reset)


@functools.lru_cache(maxsize=64)
def _parse_policy_cached(value: str | None) -> tuple[tuple[int, float], ...]:
    # Every response of one API sends the same few policy values.
    return tuple(parse_policy(value))


def parse_policy(value: str | None) -> list[tuple[int, float]]:
    """Read the quota and window of each policy in a ``ratelimit-policy`` value.

    Both forms are read: ``2;w=1`` and the structured ``"default";q=2;w=1``. A policy without a
    valid quota or window is skipped.
    """
    if value is None:
        return []
    policies = []
    for item in value.split(","):
        parts = [part.strip() for part in item.split(";")]
        parameters = dict(part.partition("=")[::2] for part in parts[1:] if "=" in part)
        quota = _parse_int(parts[0]) if parts[0].isdecimal() else _parse_int(parameters.get("q"))
        window = _parse_window(parameters.get("w"))
        if quota is not None and 1 <= quota <= MAX_LIMIT and window is not None:
            policies.append((quota, window))
    return policies


@define
class InFlight:
    """A slot taken by a request that has no response yet."""

    owner: str
    sent: float


@define
class Hold:
    """Slots that stay taken until ``until``: one per request with a response, or many for other clients."""

    until: float
    count: int = 1

    def __lt__(self, other: "Hold") -> bool:
        # The order of the heap of holds: the earliest release first.
        return self.until < other.until


@define
class PacerState:
    """Everything a pacer remembers, as plain data that the Redis pacers store as JSON.

    Times are seconds on the pacer's clock. Each method takes the current time and changes the
    state in place; the caller serialises the calls.
    """

    limit: int | None = None
    window: float = DEFAULT_WINDOW_SECONDS
    blocked_until: float | None = None
    in_flight: list[InFlight] = field(factory=list)
    held: list[Hold] = field(factory=list)
    """Slots whose requests have responses but may still count at the API, with their release times.

    Kept as a heap by release time, with the total count and an index by time beside it, so each
    request costs the same however many slots a large limit holds.
    """
    _held_count: int = field(default=0, init=False, eq=False, repr=False)
    _held_by_until: dict[float, Hold] = field(factory=dict, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        heapq.heapify(self.held)
        self._held_count = sum(hold.count for hold in self.held)
        self._held_by_until = {hold.until: hold for hold in self.held}

    def try_acquire(self, now: float, owner: str) -> float | None:
        """Take a slot for ``owner`` and return None, or return the seconds to wait before trying again."""
        self._expire(now)
        if self.blocked_until is not None:
            return self.blocked_until - now

        capacity = self.limit if self.limit is not None else 1
        if self._occupied() < capacity:
            self.in_flight.append(InFlight(owner, now))
            return None
        return self._time_to_next_release(now)

    def observe(self, headers: "Mapping[str, str] | RateLimit", now: float, owner: str) -> None:
        """Learn from a response's headers, and turn ``owner``'s oldest slot in flight into a held one."""
        advertised = Advertised.from_headers(headers)
        if advertised.limit is not None:
            self.limit = advertised.limit
            if advertised.window is not None:
                self.window = advertised.window
        entry = self._pop_in_flight(owner)

        reset = self.window if advertised.reset is None else min(advertised.reset, max(self.window, MAX_RESET_SECONDS))
        if self.limit is None:
            # Without a known limit there is no count to keep, so the slot frees at once, unless
            # the API reports that no request is left.
            if advertised.remaining == 0:
                self.penalize(reset, now)
            return

        if entry is not None:
            self._hold(now + max(self.window, reset), 1)
        if advertised.remaining is not None:
            self._hold_foreign_requests(self.limit, advertised.remaining, now + reset, now)

    def penalize(self, seconds: float, now: float) -> None:
        """Let no request out for ``seconds``; a negative or non-finite value is ignored."""
        if not math.isfinite(seconds) or seconds <= 0:
            return
        until = now + seconds
        if self.blocked_until is None or until > self.blocked_until:
            self.blocked_until = until

    def expires_in(self, now: float) -> float:
        """Return how long this state still matters: until its last slot or block lapses."""
        moments = [hold.until for hold in self.held]
        moments.extend(entry.sent + IN_FLIGHT_LEASE_SECONDS + self.window for entry in self.in_flight)
        if self.blocked_until is not None:
            moments.append(self.blocked_until)
        return max((moment - now for moment in moments), default=0.0)

    def to_json(self) -> str:
        """Serialise the state for storage."""
        document = {
            "limit": self.limit,
            "window": self.window,
            "blocked_until": self.blocked_until,
            "in_flight": [[entry.owner, entry.sent] for entry in self.in_flight],
            "held": [[hold.until, hold.count] for hold in self.held],
        }
        return json.dumps(document, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes | None) -> "PacerState":
        """Load a state saved by ``to_json``; a missing value, or one that does not parse, gives a new state."""
        if text is None:
            return cls()
        try:
            return _state_from_document(json.loads(text))
        except (ValueError, TypeError, KeyError, AttributeError):
            logger.warning("Ignoring a pacing state that does not parse; starting again from no knowledge")
            return cls()

    def _expire(self, now: float) -> None:
        for entry in [entry for entry in self.in_flight if entry.sent + IN_FLIGHT_LEASE_SECONDS <= now]:
            self.in_flight.remove(entry)
            if self.limit is not None:
                self._hold(entry.sent + IN_FLIGHT_LEASE_SECONDS + self.window, 1)
        while self.held and self.held[0].until <= now:
            released = heapq.heappop(self.held)
            self._held_count -= released.count
            del self._held_by_until[released.until]
        if self.blocked_until is not None and self.blocked_until <= now:
            self.blocked_until = None

    def _time_to_next_release(self, now: float) -> float:
        waits = []
        if self.held:
            waits.append(self.held[0].until - now)
        if self.in_flight:
            oldest = min(entry.sent for entry in self.in_flight)
            waits.append(oldest + IN_FLIGHT_LEASE_SECONDS - now)
            # A slot in flight is held at least one window after its response, so nothing frees
            # before then. While the limit is unknown, the first response may free it at once.
            waits.append(self.window if self.limit is not None else LEARNING_POLL_SECONDS)
        return min(waits)

    def _pop_in_flight(self, owner: str) -> InFlight | None:
        # Requests of one owner are interchangeable here: whichever response comes back first
        # resolves the oldest slot, and the set of release times is the same either way.
        for index, entry in enumerate(self.in_flight):
            if entry.owner == owner:
                return self.in_flight.pop(index)
        return None

    def _hold_foreign_requests(self, limit: int, remaining: int, until: float, now: float) -> None:
        # This client's own requests that the API counted still hold slots here, so more free
        # slots than the API has left means that others use the same limit.
        self._expire(now)
        foreign = limit - self._occupied() - remaining
        if foreign > 0:
            self._hold(until, foreign)

    def _occupied(self) -> int:
        return len(self.in_flight) + self._held_count

    def _hold(self, until: float, count: int) -> None:
        # Slots released at the same moment share one entry, so a large limit stays small to store.
        self._held_count += count
        existing = self._held_by_until.get(until)
        if existing is not None:
            existing.count += count
            return
        hold = Hold(until, count)
        self._held_by_until[until] = hold
        heapq.heappush(self.held, hold)


class Pacer:
    """Delays requests from any number of threads so that together they stay under the rate limit.

    Call ``acquire()`` right before sending each request, then ``observe()`` with the response's
    headers, or with ``{}`` when no response arrived. ``clock`` returns monotonic seconds and
    ``sleep`` waits; tests pass fakes for both.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._state = PacerState()
        self._state_lock = threading.Lock()
        # One waiter at a time: the others queue here instead of all waking at each release.
        self._queue_lock = threading.Lock()

    def acquire(self) -> None:
        """Block until a request may go out, and count it as sent."""
        with self._queue_lock:
            while True:
                with self._state_lock:
                    wait = self._state.try_acquire(self._clock(), LOCAL_OWNER)
                if wait is None:
                    return
                self._sleep(wait)

    def observe(self, headers: "Mapping[str, str] | RateLimit") -> None:
        """Learn from the headers of any response, success or error, to the request of the last ``acquire()``."""
        with self._state_lock:
            self._state.observe(headers, self._clock(), LOCAL_OWNER)

    def penalize(self, seconds: float) -> None:
        """Let no request out for ``seconds``, after a 429."""
        with self._state_lock:
            self._state.penalize(seconds, self._clock())


class AsyncPacer:
    """Delays requests from the tasks of an event loop so that together they stay under the rate limit.

    The asyncio twin of ``Pacer``. ``sleep`` is awaited to wait, ``asyncio.sleep`` by default. The
    pacer works with one event loop at a time and may move to a new loop once the old one is closed.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._state = PacerState()
        self._queue_lock = LoopLock()

    async def acquire(self) -> None:
        """Wait until a request may go out, and count it as sent."""
        async with self._queue_lock.get():
            while True:
                wait = self._state.try_acquire(self._clock(), LOCAL_OWNER)
                if wait is None:
                    return
                await self._sleep(wait)

    async def observe(self, headers: "Mapping[str, str] | RateLimit") -> None:
        """Learn from the headers of any response, success or error, to the request of the last ``acquire()``."""
        self._state.observe(headers, self._clock(), LOCAL_OWNER)

    async def penalize(self, seconds: float) -> None:
        """Let no request out for ``seconds``, after a 429."""
        self._state.penalize(seconds, self._clock())


class LoopLock:
    """An ``asyncio.Lock`` for whichever event loop is running.

    An asyncio.Lock belongs to the loop that first waits on it, so the lock is made inside the
    running loop, and made again when its owner is used from another loop.
    """

    def __init__(self) -> None:
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def get(self) -> asyncio.Lock:
        """Return the lock of the running loop."""
        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:
            self._lock = asyncio.Lock()
            self._loop = loop
        return self._lock


def _state_from_document(document: dict[str, Any]) -> PacerState:
    limit = document["limit"]
    window = float(document["window"])
    blocked_until = document["blocked_until"]
    if limit is not None and (not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT):
        raise ValueError(f"invalid limit {limit!r}")
    if not math.isfinite(window) or not 0 < window <= MAX_WINDOW_SECONDS:
        raise ValueError(f"invalid window {window!r}")
    return PacerState(
        limit=limit,
        window=window,
        blocked_until=None if blocked_until is None else float(blocked_until),
        in_flight=[InFlight(str(owner), float(sent)) for owner, sent in document["in_flight"]],
        held=[_hold_from_document(until, count) for until, count in document["held"]],
    )


def _hold_from_document(until: Any, count: Any) -> Hold:
    if not isinstance(count, int) or count < 1:
        raise ValueError(f"invalid slot count {count!r}")
    return Hold(float(until), count)


def _parse_int(value: str | None) -> int | None:
    if value is None or not value.isdecimal() or not value.isascii():
        return None
    return int(value)


def _parse_window(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    if not math.isfinite(seconds) or not 0 < seconds <= MAX_WINDOW_SECONDS:
        return None
    return seconds

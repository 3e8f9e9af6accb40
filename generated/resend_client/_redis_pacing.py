# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Pacers whose state lives in Redis, so that several processes sharing an API key stay under its limit.

They follow the same rules as ``Pacer`` and ``AsyncPacer`` on the same ``PacerState``, stored as
one JSON string under a key derived from a SHA-256 hash of the team's key. Each change is a
read-modify-write in a WATCH/MULTI transaction, retried when another process changed the state
in between, so every process applies exactly the rules that the in-memory pacers are tested with.
The clock is Redis's ``TIME`` unless one is passed, so processes on different hosts agree on it.

redis-py is imported only when a Redis pacer is created; install it with ``resend-client[redis]``.
"""

import asyncio
import hashlib
import math
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import ConfigurationError
from ._pacing import LoopLock, PacerState
from ._rate_limit import RateLimit

if TYPE_CHECKING:
    import redis
    import redis.asyncio

T = TypeVar("T")

REDIS_KEY_PREFIX = "resend_client:pacer:"
# A state that no slot or block needs any more is kept this long, so the learned limit survives
# short pauses; after that the next process starts again one request at a time.
STATE_KEEP_SECONDS = 60 * 60.0


def redis_key_for(key: str) -> str:
    """Return the Redis key that stores the pacing state of ``key``, which never appears in it in clear.

    The braces make a Redis Cluster hash tag, should more keys ever join this one.
    """
    digest = hashlib.sha256(key.encode()).hexdigest()
    return REDIS_KEY_PREFIX + "{" + digest + "}"


class RedisPacer:
    """A ``Pacer`` whose state is shared through Redis by every process that uses the same ``key``.

    ``redis_client`` is a ``redis.Redis``. ``key`` identifies the limit to share, usually the API
    key; only its hash is stored. ``clock`` returns seconds and must be the same clock in every
    process; by default it is the Redis server's ``TIME``. ``sleep`` waits.
    """

    def __init__(
        self,
        redis_client: "redis.Redis",
        key: str,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        _check_key(key)
        from redis.exceptions import WatchError

        self._redis = redis_client
        self._watch_error = WatchError
        self._clock = clock
        self._sleep = sleep
        self._owner = uuid.uuid4().hex
        self._queue_lock = threading.Lock()
        self.redis_key = redis_key_for(key)

    def acquire(self) -> None:
        """Block until a request may go out, and count it as sent."""
        with self._queue_lock:
            while True:
                wait = self._update(lambda state, now: state.try_acquire(now, self._owner))
                if wait is None:
                    return
                self._sleep(wait)

    def observe(self, headers: "Mapping[str, str] | RateLimit") -> None:
        """Learn from the headers of any response, success or error, to this process's oldest request."""
        self._update(lambda state, now: state.observe(headers, now, self._owner))

    def penalize(self, seconds: float) -> None:
        """Let no process out for ``seconds``, after a 429."""
        self._update(lambda state, now: state.penalize(seconds, now))

    def _update(self, change: Callable[[PacerState, float], T]) -> T:
        # Another process that writes between WATCH and EXEC makes EXEC fail, and the change is
        # made again on the new state; one of the competitors always succeeds.
        while True:
            with self._redis.pipeline(transaction=True) as pipe:
                try:
                    # redis-py leaves Pipeline.watch and the asyncio Pipeline.multi without annotations.
                    pipe.watch(self.redis_key)  # type: ignore[no-untyped-call]
                    state = PacerState.from_json(pipe.get(self.redis_key))
                    now = self._clock() if self._clock is not None else _seconds(pipe.time())
                    before = state.to_json()
                    result = change(state, now)
                    after = state.to_json()
                    if after != before:
                        pipe.multi()
                        pipe.set(self.redis_key, after, px=_keep_milliseconds(state, now))
                        pipe.execute()
                    return result
                except self._watch_error:
                    continue


class AsyncRedisPacer:
    """An ``AsyncPacer`` whose state is shared through Redis; ``redis_client`` is a ``redis.asyncio.Redis``.

    The arguments are those of ``RedisPacer``, except that ``sleep`` is awaited.
    """

    def __init__(
        self,
        redis_client: "redis.asyncio.Redis",
        key: str,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        _check_key(key)
        from redis.exceptions import WatchError

        self._redis = redis_client
        self._watch_error = WatchError
        self._clock = clock
        self._sleep = sleep if sleep is not None else asyncio.sleep
        self._owner = uuid.uuid4().hex
        self._queue_lock = LoopLock()
        self.redis_key = redis_key_for(key)

    async def acquire(self) -> None:
        """Wait until a request may go out, and count it as sent."""
        async with self._queue_lock.get():
            while True:
                wait = await self._update(lambda state, now: state.try_acquire(now, self._owner))
                if wait is None:
                    return
                await self._sleep(wait)

    async def observe(self, headers: "Mapping[str, str] | RateLimit") -> None:
        """Learn from the headers of any response, success or error, to this process's oldest request."""
        await self._update(lambda state, now: state.observe(headers, now, self._owner))

    async def penalize(self, seconds: float) -> None:
        """Let no process out for ``seconds``, after a 429."""
        await self._update(lambda state, now: state.penalize(seconds, now))

    async def _update(self, change: Callable[[PacerState, float], T]) -> T:
        while True:
            async with self._redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(self.redis_key)
                    state = PacerState.from_json(await pipe.get(self.redis_key))
                    now = self._clock() if self._clock is not None else _seconds(await pipe.time())
                    before = state.to_json()
                    result = change(state, now)
                    after = state.to_json()
                    if after != before:
                        pipe.multi()  # type: ignore[no-untyped-call]
                        pipe.set(self.redis_key, after, px=_keep_milliseconds(state, now))
                        await pipe.execute()
                    return result
                except self._watch_error:
                    continue


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not key:
        message = f"key must be a non-empty string that identifies the shared limit, not {type(key).__name__}."
        raise ConfigurationError(message)


def _seconds(redis_time: Any) -> float:
    """Convert the ``(seconds, microseconds)`` pair of Redis ``TIME`` into seconds."""
    seconds, microseconds = redis_time
    return int(seconds) + int(microseconds) / 1_000_000


def _keep_milliseconds(state: PacerState, now: float) -> int:
    return math.ceil(max(state.expires_in(now), STATE_KEEP_SECONDS) * 1000)

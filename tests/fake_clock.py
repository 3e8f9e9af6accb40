"""A clock that moves only when a test sleeps on it or advances it, safe to share between threads and tasks."""

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Bounds how long a sleeper waits for requests in flight, so a stuck request fails a test instead
# of hanging it.
BUSY_WAIT_SECONDS = 30.0


class FakeClock:
    """Monotonic seconds that start at 1000 and move forward only through ``sleep`` and ``advance``.

    ``sleep(seconds)`` moves the clock forward by ``seconds`` and returns, as if the caller had
    slept while nothing else happened. The clock does not move while a request runs inside ``busy()``,
    because a sleeper first waits in real time for every such request to finish. Requests thus
    take no simulated time, however long they take on the socket. The waits are recorded in ``sleeps``.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._busy = 0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds

    @contextmanager
    def busy(self) -> Iterator[None]:
        """Keep the clock still until the block ends."""
        with self._lock:
            self._busy += 1
        try:
            yield
        finally:
            with self._lock:
                self._busy -= 1
                self._idle.notify_all()

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self._idle.wait_for(lambda: self._busy == 0, timeout=BUSY_WAIT_SECONDS)
            self.sleeps.append(seconds)
            self._now += seconds

    async def async_sleep(self, seconds: float) -> None:
        # The requests in flight run on this event loop, so the wait for them yields to it.
        for _ in range(int(BUSY_WAIT_SECONDS * 1000)):
            if self._busy == 0:
                break
            await asyncio.sleep(0.001)
        self.sleep(seconds)
        await asyncio.sleep(0)

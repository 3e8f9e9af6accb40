"""The Redis pacers against a real redis-server that the tests start on 127.0.0.1.

Several pacers with their own connections stand for several processes that share one API key.
Without redis-server these tests skip, except under CI, where they fail.
"""

import asyncio
import json
import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
import redis.asyncio
from resend_client import AsyncRedisPacer, ConfigurationError, RedisPacer, Resend
from resend_client._pacing import PacerState
from resend_client._redis_pacing import STATE_KEEP_SECONDS, redis_key_for

from tests.fake_clock import FakeClock
from tests.redis_server import RedisServer, redis_server_executable
from tests.sandbox import Sandbox

REPOSITORY = Path(__file__).resolve().parents[1]
API_KEY = "re_redis_pacing_5ecret_key"
EMAIL = {"from": "Acme <onboarding@resend.dev>", "to": ["delivered@resend.dev"], "subject": "Hi", "text": "x"}
HEADERS_2_PER_SECOND = {
    "ratelimit-limit": "2",
    "ratelimit-policy": "2;w=1",
    "ratelimit-remaining": "1",
    "ratelimit-reset": "1",
}
# Bounds the waits on threads and processes, so a deadlock fails a test instead of hanging it.
WAIT_SECONDS = 60


class StopWaiting(Exception):
    """Raised by a test's sleep to end an acquire() that would wait."""


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    executable = redis_server_executable()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed, but CI must run the Redis pacer tests; .ci/run installs it")
        pytest.skip("redis-server is not installed, so the Redis pacer tests cannot run (apt-get install redis-server)")
    with RedisServer(executable) as server:
        yield server.url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


def stored_state(client: redis.Redis, key: str = API_KEY) -> PacerState:
    raw = client.get(redis_key_for(key))
    assert raw is not None
    return PacerState.from_json(raw)


def test_redis_key_hides_the_api_key() -> None:
    """The Redis key is a stable hash of the API key, which never appears in it."""
    redis_key = redis_key_for(API_KEY)

    assert API_KEY not in redis_key
    assert "5ecret" not in redis_key
    assert redis_key == redis_key_for(API_KEY)
    assert redis_key != redis_key_for(API_KEY + "x")
    assert redis_key.startswith("resend_client:pacer:{")


@pytest.mark.parametrize("key", ["", None, 42])
def test_invalid_key_raises(redis_client: redis.Redis, key: object) -> None:
    """A key that cannot identify a limit raises ConfigurationError."""
    with pytest.raises(ConfigurationError):
        RedisPacer(redis_client, key)  # type: ignore[arg-type]


def test_pacers_share_the_limit(redis_url: str) -> None:
    """A slot taken through one connection is missing for the other."""
    clock = FakeClock()
    with redis.Redis.from_url(redis_url) as first_client, redis.Redis.from_url(redis_url) as second_client:
        first_client.flushdb()
        first = RedisPacer(first_client, API_KEY, clock=clock, sleep=clock.sleep)
        second = RedisPacer(second_client, API_KEY, clock=clock, sleep=clock.sleep)

        first.acquire()
        first.observe(HEADERS_2_PER_SECOND)
        second.acquire()
        second.observe({**HEADERS_2_PER_SECOND, "ratelimit-remaining": "0"})
        first.acquire()

    assert clock.sleeps == [1.0]


def test_learning_slot_is_shared(redis_client: redis.Redis) -> None:
    """Before any headers, a second process waits for the first one's request."""
    clock = FakeClock()
    first = RedisPacer(redis_client, API_KEY, clock=clock, sleep=clock.sleep)
    waits: list[float] = []

    def record(seconds: float) -> None:
        waits.append(seconds)
        raise StopWaiting

    second = RedisPacer(redis_client, API_KEY, clock=clock, sleep=record)

    first.acquire()
    with pytest.raises(StopWaiting):
        second.acquire()

    assert waits == [0.05]


def test_response_resolves_only_its_own_slot(redis_client: redis.Redis) -> None:
    """A process's response never frees a slot that another process has in flight."""
    clock = FakeClock()
    first = RedisPacer(redis_client, API_KEY, clock=clock, sleep=clock.sleep)
    second = RedisPacer(redis_client, API_KEY, clock=clock, sleep=clock.sleep)
    first.acquire()
    first.observe({**HEADERS_2_PER_SECOND, "ratelimit-remaining": "2"})
    first.acquire()

    second.observe({**HEADERS_2_PER_SECOND, "ratelimit-remaining": "1"})

    state = stored_state(redis_client)
    assert len(state.in_flight) == 1
    assert [hold.count for hold in state.held] == [1]


def test_penalty_reaches_every_pacer(redis_client: redis.Redis) -> None:
    """A 429 seen by one process stops the others too."""
    clock = FakeClock()
    first = RedisPacer(redis_client, API_KEY, clock=clock, sleep=clock.sleep)
    second = RedisPacer(redis_client, API_KEY, clock=clock, sleep=clock.sleep)

    first.penalize(4.0)
    second.acquire()

    assert clock.sleeps == [4.0]


def test_other_keys_are_separate(redis_client: redis.Redis) -> None:
    """Pacers for different API keys do not share slots."""
    clock = FakeClock()
    first = RedisPacer(redis_client, API_KEY, clock=clock, sleep=clock.sleep)
    second = RedisPacer(redis_client, "re_another_team", clock=clock, sleep=clock.sleep)

    first.acquire()
    second.acquire()

    assert clock.sleeps == []


def test_state_expires(redis_client: redis.Redis) -> None:
    """The stored state has a time to live, so an abandoned key disappears."""
    clock = FakeClock()
    pacer = RedisPacer(redis_client, API_KEY, clock=clock, sleep=clock.sleep)

    pacer.acquire()

    time_to_live = redis_client.pttl(redis_key_for(API_KEY))
    assert 0 < time_to_live <= STATE_KEEP_SECONDS * 1000


def test_client_decoding_responses_works(redis_url: str) -> None:
    """A client created with decode_responses=True returns str, which the pacer reads too."""
    clock = FakeClock()
    with redis.Redis.from_url(redis_url, decode_responses=True) as client:
        client.flushdb()
        pacer = RedisPacer(client, API_KEY, clock=clock, sleep=clock.sleep)

        pacer.acquire()
        pacer.observe(HEADERS_2_PER_SECOND)
        pacer.acquire()

        raw = client.get(redis_key_for(API_KEY))

    assert isinstance(raw, str)
    assert PacerState.from_json(raw).limit == 2


def test_corrupt_state_starts_again(redis_client: redis.Redis) -> None:
    """A value that is not a pacing state is replaced instead of failing every request."""
    redis_client.set(redis_key_for(API_KEY), b"\x00not json")
    clock = FakeClock()
    pacer = RedisPacer(redis_client, API_KEY, clock=clock, sleep=clock.sleep)

    pacer.acquire()

    assert len(stored_state(redis_client).in_flight) == 1


def test_default_clock_is_redis_time(redis_client: redis.Redis) -> None:
    """Without a clock, times come from the Redis server, so every host uses the same clock."""
    waits: list[float] = []

    def record(seconds: float) -> None:
        waits.append(seconds)
        raise StopWaiting

    pacer = RedisPacer(redis_client, API_KEY, sleep=record)
    seconds, microseconds = redis_client.time()

    pacer.acquire()
    pacer.observe({**HEADERS_2_PER_SECOND, "ratelimit-remaining": "1"})
    pacer.acquire()
    pacer.observe({**HEADERS_2_PER_SECOND, "ratelimit-remaining": "0"})
    with pytest.raises(StopWaiting):
        pacer.acquire()

    state = stored_state(redis_client)
    redis_now = seconds + microseconds / 1_000_000
    assert all(redis_now <= hold.until <= redis_now + WAIT_SECONDS + 1 for hold in state.held)
    assert len(waits) == 1
    assert 0 < waits[0] <= 1.0


def test_concurrent_changes_are_not_lost(redis_url: str) -> None:
    """Eight processes that take a slot at the same moment leave eight slots in flight."""
    clock = FakeClock()
    with redis.Redis.from_url(redis_url) as client:
        client.flushdb()
        RedisPacer(client, API_KEY, clock=clock).observe({**HEADERS_2_PER_SECOND, "ratelimit-limit": "100"})
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def take_slot() -> None:
        try:
            with redis.Redis.from_url(redis_url) as own_client:
                pacer = RedisPacer(own_client, API_KEY, clock=clock, sleep=clock.sleep)
                start.wait(WAIT_SECONDS)
                pacer.acquire()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=take_slot) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_SECONDS)

    assert errors == []
    with redis.Redis.from_url(redis_url) as client:
        state = stored_state(client)
    assert state.limit == 100
    assert len(state.in_flight) == 8
    assert len({entry.owner for entry in state.in_flight}) == 8


def test_four_pacers_never_exceed_the_limit(redis_url: str) -> None:
    """Four pacers with their own connections send 24 emails to a 2-per-second sandbox without a 429."""
    clock = FakeClock()
    statuses: list[int] = []
    errors: list[BaseException] = []

    with Sandbox(api_keys=(API_KEY,), rate_limit=2, window_seconds=1.0, clock=clock) as sandbox:

        def process(index: int) -> None:
            try:
                with (
                    redis.Redis.from_url(redis_url) as client,
                    httpx.Client(base_url=sandbox.base_url, timeout=WAIT_SECONDS) as http,
                ):
                    pacer = RedisPacer(client, API_KEY, clock=clock, sleep=clock.sleep)
                    for number in range(6):
                        pacer.acquire()
                        with clock.busy():
                            response = http.post(
                                "/emails",
                                json=EMAIL,
                                headers={"authorization": f"Bearer {API_KEY}", "idempotency-key": f"p{index}-{number}"},
                            )
                            pacer.observe(response.headers)
                        statuses.append(response.status_code)
            except BaseException as error:
                errors.append(error)

        with redis.Redis.from_url(redis_url) as client:
            client.flushdb()
        threads = [threading.Thread(target=process, args=(index,)) for index in range(4)]
        started = clock()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WAIT_SECONDS)
        elapsed = clock() - started
        emails = sandbox.emails(API_KEY)

    assert errors == []
    assert Counter(statuses) == {200: 24}
    assert len(emails) == 24
    # Each pacer sleeps on its own and moves the shared fake clock, so only the lower bound is exact.
    assert elapsed >= 11.0


def test_async_pacers_share_the_limit(redis_url: str) -> None:
    """The asyncio twin shares slots through Redis as the threaded one does."""
    clock = FakeClock()

    async def run() -> None:
        first_client = redis.asyncio.Redis.from_url(redis_url)
        second_client = redis.asyncio.Redis.from_url(redis_url)
        try:
            await first_client.flushdb()
            first = AsyncRedisPacer(first_client, API_KEY, clock=clock, sleep=clock.async_sleep)
            second = AsyncRedisPacer(second_client, API_KEY, clock=clock, sleep=clock.async_sleep)

            await first.acquire()
            await first.observe(HEADERS_2_PER_SECOND)
            await second.acquire()
            await second.observe({**HEADERS_2_PER_SECOND, "ratelimit-remaining": "0"})
            await second.penalize(2.5)
            await first.acquire()
        finally:
            await first_client.aclose()
            await second_client.aclose()

    asyncio.run(run())

    assert clock.sleeps == [2.5]


def test_async_tasks_never_exceed_the_limit(redis_url: str) -> None:
    """30 tasks spread over three async pacers send 30 emails to a 2-per-second sandbox without a 429."""
    clock = FakeClock()

    with Sandbox(api_keys=(API_KEY,), rate_limit=2, window_seconds=1.0, clock=clock) as sandbox:

        async def send(pacer: AsyncRedisPacer, http: httpx.AsyncClient, number: int) -> int:
            await pacer.acquire()
            with clock.busy():
                response = await http.post(
                    "/emails",
                    json=EMAIL,
                    headers={"authorization": f"Bearer {API_KEY}", "idempotency-key": f"a{number}"},
                )
                await pacer.observe(response.headers)
            return response.status_code

        async def run() -> list[int]:
            clients = [redis.asyncio.Redis.from_url(redis_url) for _ in range(3)]
            try:
                await clients[0].flushdb()
                pacers = [AsyncRedisPacer(client, API_KEY, clock=clock, sleep=clock.async_sleep) for client in clients]
                async with httpx.AsyncClient(base_url=sandbox.base_url, timeout=WAIT_SECONDS) as http:
                    return await asyncio.gather(*(send(pacers[number % 3], http, number) for number in range(30)))
            finally:
                for client in clients:
                    await client.aclose()

        started = clock()
        statuses = asyncio.run(run())
        elapsed = clock() - started
        emails = sandbox.emails(API_KEY)

    assert Counter(statuses) == {200: 30}
    assert len(emails) == 30
    assert elapsed >= 14.0


WORKER = """
import json, sys
import httpx, redis
from resend_client import RedisPacer

base_url, redis_url, api_key, prefix, count = sys.argv[1:6]
pacer = RedisPacer(redis.Redis.from_url(redis_url), api_key)
statuses = []
with httpx.Client(base_url=base_url, timeout=30) as http:
    for number in range(int(count)):
        pacer.acquire()
        try:
            response = http.post(
                "/emails",
                json={"from": "a@resend.dev", "to": ["delivered@resend.dev"], "subject": "Hi", "text": "x"},
                headers={"authorization": f"Bearer {api_key}", "idempotency-key": f"{prefix}-{number}"},
            )
        except httpx.TransportError:
            pacer.observe({})
            raise
        pacer.observe(response.headers)
        statuses.append(response.status_code)
print(json.dumps(statuses))
"""


def test_processes_share_the_limit(redis_url: str) -> None:
    """Three real processes, each with its own RedisPacer on Redis time, send 12 emails without a 429.

    The sandbox counts its window on the real monotonic clock here, and the test takes about 6 s.
    """
    with redis.Redis.from_url(redis_url) as client:
        client.flushdb()

    with Sandbox(api_keys=(API_KEY,), rate_limit=2, window_seconds=1.0) as sandbox:
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, sandbox.base_url, redis_url, API_KEY, f"w{index}", "4"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=REPOSITORY,
            )
            for index in range(3)
        ]
        outputs = [worker.communicate(timeout=WAIT_SECONDS) for worker in workers]
        emails = sandbox.emails(API_KEY)

    for worker, (_, stderr) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, stderr.decode(errors="replace")
    statuses = [status for stdout, _ in outputs for status in json.loads(stdout)]
    assert Counter(statuses) == {200: 12}
    assert len(emails) == 12


def test_package_import_leaves_redis_unloaded() -> None:
    """Importing the package does not import redis, which is an optional dependency."""
    code = "import sys, resend_client; print('redis' in sys.modules)"

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert result.stdout.strip() == "False"


def test_shared_redis_pacer_stays_under_limit(redis_url: str) -> None:
    """Two clients with their own Redis connections, as two worker processes would have, on one key."""
    statuses: list[int] = []
    with Sandbox(api_keys=(API_KEY,), rate_limit=5, window_seconds=1.0) as sandbox:

        def worker(name: str) -> None:
            connection = redis.Redis.from_url(redis_url)
            hooks = {"response": [lambda response: statuses.append(response.status_code)]}
            with Resend(
                API_KEY,
                base_url=sandbox.base_url,
                pacing=RedisPacer(connection, key=API_KEY),
                max_retries=0,
                http_client=httpx.Client(event_hooks=hooks),
            ) as client:
                for number in range(10):
                    client.emails.send(from_="a@example.com", to="b@example.com", subject=f"{name} {number}", text="x")
            connection.close()

        threads = [threading.Thread(target=worker, args=(name,)) for name in ("first", "second")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)

        assert len(sandbox.emails(API_KEY)) == 20
    assert statuses == [200] * 20

"""The clients under faults: what is retried, how long they wait, and that no email goes out twice.

Every test runs the real client over loopback against the sandbox, whose faults are scripted,
with the client's clock, sleeps and jitter replaced by a fake clock, so nothing sleeps for real
and the waits can be checked exactly.
"""

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from resend_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncResend,
    InternalServerError,
    QuotaExceededError,
    RateLimitError,
    Resend,
)

from tests.fake_clock import FakeClock
from tests.sandbox import Fault, Sandbox

API_KEY = "re_resilience_key_123"
SENDER = "Acme <onboarding@resend.dev>"
RECIPIENT = "delivered@resend.dev"
# The wall-clock time that the fake clock stands for, for HTTP-date retry-after values.
WALL_NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
JITTER = 0.5


class BusyTransport(httpx.HTTPTransport):
    """Keeps the fake clock still while a request is on the wire, as if it took no time."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._clock.busy():
            return super().handle_request(request)


class AsyncBusyTransport(httpx.AsyncHTTPTransport):
    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with self._clock.busy():
            return await super().handle_async_request(request)


def on_fake_time(client: Resend | AsyncResend, clock: FakeClock) -> None:
    """Point the client's retries and pacing at the fake clock."""
    client._timing.monotonic = clock
    client._timing.sleep = clock.sleep
    client._timing.async_sleep = clock.async_sleep  # type: ignore[method-assign]
    client._timing.wall = lambda: WALL_NOW.timestamp() + (clock() - 1000.0)
    client._timing.random = lambda: JITTER


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(api_keys=(API_KEY,), rate_limit=None, clock=clock) as server:
        yield server
        server.release_stalls()


def make_client(sandbox: Sandbox, clock: FakeClock, **settings: Any) -> Resend:
    client = Resend(
        API_KEY,
        base_url=sandbox.base_url,
        http_client=httpx.Client(transport=BusyTransport(clock), timeout=2.0),
        **settings,
    )
    on_fake_time(client, clock)
    return client


@pytest.fixture
def client(sandbox: Sandbox, clock: FakeClock) -> Iterator[Resend]:
    with make_client(sandbox, clock, timeout=0.5) as resend:
        yield resend


@pytest.fixture
def email_id(client: Resend) -> str:
    """A scheduled email, which every method class can act on."""
    return client.emails.send(from_=SENDER, to=RECIPIENT, subject="Later", text="x", scheduled_at="in 1 day").id


def attempts_for(sandbox: Sandbox, since: int, path_end: str) -> int:
    return sum(1 for request in sandbox.requests[since:] if request.path.endswith(path_end))


# Each method class: how to call it, the path its requests end with, and whether the API may
# act on a repeat of it (GET, PATCH, and the send, which carries an Idempotency-Key).
METHODS: dict[str, tuple[Callable[[Resend, str], Any], str, bool]] = {
    "send": (lambda c, _id: c.emails.send(from_=SENDER, to=RECIPIENT, subject="Hi", text="x"), "/emails", True),
    "get": (lambda c, email_id: c.emails.get(email_id), "", True),
    "update": (lambda c, email_id: c.emails.update(email_id, scheduled_at="in 2 days"), "", True),
    "cancel": (lambda c, email_id: c.emails.cancel(email_id), "/cancel", False),
}

RETRIED_WHEN_REPEATABLE = {
    "drop before processing": Fault.drop_before_processing,
    "drop after processing": Fault.drop_after_processing,
    "502 with HTML": Fault.bad_gateway,
}


@pytest.mark.parametrize("method", sorted(METHODS))
@pytest.mark.parametrize("fault", sorted(RETRIED_WHEN_REPEATABLE))
def test_faults_retried_only_when_repeatable(
    client: Resend, sandbox: Sandbox, clock: FakeClock, email_id: str, method: str, fault: str
) -> None:
    call, path_end, repeatable = METHODS[method]
    path_end = path_end or email_id
    operation = {"send": "send_email", "get": "get_email", "update": "update_email", "cancel": "cancel_email"}[method]
    sandbox.inject(RETRIED_WHEN_REPEATABLE[fault](), count=1, operation=operation)
    since = len(sandbox.requests)
    clock.sleeps.clear()

    if repeatable:
        call(client, email_id)
        assert attempts_for(sandbox, since, path_end) == 2
        assert clock.sleeps == [pytest.approx(0.5 * JITTER)]
    else:
        with pytest.raises((APIConnectionError, InternalServerError)) as caught:
            call(client, email_id)
        assert caught.value.attempts == 1
        assert attempts_for(sandbox, since, path_end) == 1
        assert clock.sleeps == []


def test_dropped_send_delivered_once(client: Resend, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.drop_after_processing(), count=2, operation="send_email")

    client.emails.send(from_=SENDER, to=RECIPIENT, subject="Once", text="x", idempotency_key="order-7")

    assert sandbox.delivery_count(API_KEY, "order-7") == 1


def test_stalled_send_is_retried(client: Resend, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.stall(5.0), count=1, operation="send_email")

    sent = client.emails.send(from_=SENDER, to=RECIPIENT, subject="Slow", text="x", idempotency_key="slow-1")
    sandbox.release_stalls()

    assert sent.id
    assert sandbox.delivery_count(API_KEY, "slow-1") == 1


def test_stalled_keyless_post_not_retried(client: Resend, sandbox: Sandbox, email_id: str) -> None:
    sandbox.inject(Fault.stall(5.0), count=1, operation="cancel_email")

    with pytest.raises(APITimeoutError) as caught:
        client.emails.cancel(email_id)
    sandbox.release_stalls()

    assert caught.value.attempts == 1


@pytest.mark.parametrize(
    ("retry_after", "expected_waits"),
    [
        ("3", [3.0, 3.0]),
        # The same date is 7 seconds ahead at the first response and in the past at the second.
        (format_datetime(WALL_NOW + timedelta(seconds=7), usegmt=True), [7.0, 0.0]),
        # Without a usable value, and without rate-limit headers, the wait is the jittered backoff.
        (None, [0.5 * JITTER, 1.0 * JITTER]),
        ("soon", [0.5 * JITTER, 1.0 * JITTER]),
        ("-5", [0.0, 0.0]),
        ("99999999999", [30.0, 30.0]),
    ],
    ids=["seconds", "http-date", "missing", "malformed", "negative", "huge"],
)
@pytest.mark.parametrize("method", sorted(METHODS))
def test_rate_limits_retried_for_every_method(
    client: Resend,
    sandbox: Sandbox,
    clock: FakeClock,
    email_id: str,
    method: str,
    retry_after: str | None,
    expected_waits: list[float],
) -> None:
    call, _path_end, _repeatable = METHODS[method]
    sandbox.inject(Fault.too_many_requests(retry_after), count=2)
    clock.sleeps.clear()

    call(client, email_id)

    assert [wait for wait in clock.sleeps if wait > 0] == [pytest.approx(wait) for wait in expected_waits if wait > 0]


def test_spent_quota_is_raised_at_once(client: Resend, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.too_many_requests("60", error_name="daily_quota_exceeded"), count=3)

    with pytest.raises(QuotaExceededError) as caught:
        client.emails.send(from_=SENDER, to=RECIPIENT, subject="Hi", text="x")

    assert caught.value.attempts == 1


def test_long_storm_raises_with_attempts(client: Resend, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.too_many_requests("1"), count=5)

    with pytest.raises(RateLimitError) as caught:
        client.emails.send(from_=SENDER, to=RECIPIENT, subject="Hi", text="x")

    assert caught.value.attempts == 3
    assert "gave up after 3 attempts" in str(caught.value)


def test_max_retries_per_call_and_per_client(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.inject(Fault.too_many_requests("1"), count=10)

    with make_client(sandbox, clock, max_retries=0) as no_retries:
        with pytest.raises(RateLimitError) as once:
            no_retries.emails.list()
        with pytest.raises(RateLimitError) as five:
            no_retries.emails.list(max_retries=4)

    assert (once.value.attempts, five.value.attempts) == (1, 5)


def test_refused_connection_always_retried(clock: FakeClock) -> None:
    client = Resend(API_KEY, base_url="http://127.0.0.1:9", pacing=False)
    on_fake_time(client, clock)

    with pytest.raises(APIConnectionError) as caught:
        client.emails.cancel("e1")

    assert caught.value.attempts == 3
    assert len(clock.sleeps) == 2


def test_total_timeout_stops_retrying(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.inject(Fault.too_many_requests("20"), count=3)

    with make_client(sandbox, clock, total_timeout=30.0) as client, pytest.raises(RateLimitError) as caught:
        client.emails.get("e1")

    assert caught.value.attempts == 2
    assert clock.sleeps == [20.0]
    expected = "(gave up after 2 attempts; not retried: waiting 20 s would pass the total_timeout)"
    assert str(caught.value).endswith(expected)


EMAIL_COUNT = 200
RATE_LIMIT = 10


@pytest.fixture
def limited_sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(api_keys=(API_KEY,), rate_limit=RATE_LIMIT, window_seconds=1.0, clock=clock) as server:
        yield server


def test_shared_client_threads_without_429(limited_sandbox: Sandbox, clock: FakeClock) -> None:
    statuses: list[int] = []
    http_client = httpx.Client(
        transport=BusyTransport(clock),
        event_hooks={"response": [lambda response: statuses.append(response.status_code)]},
    )
    client = Resend(API_KEY, base_url=limited_sandbox.base_url, http_client=http_client)
    on_fake_time(client, clock)
    errors: list[BaseException] = []

    def worker(first: int) -> None:
        for number in range(first, EMAIL_COUNT, 8):
            try:
                client.emails.send(
                    from_=SENDER, to=RECIPIENT, subject=f"Email {number}", text="x", idempotency_key=f"thread-{number}"
                )
            except BaseException as error:  # noqa: BLE001 - every failure is a test failure
                errors.append(error)

    threads = [threading.Thread(target=worker, args=(first,)) for first in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert errors == []
    assert len(limited_sandbox.emails(API_KEY)) == EMAIL_COUNT
    assert all(limited_sandbox.delivery_count(API_KEY, f"thread-{number}") == 1 for number in range(EMAIL_COUNT))
    assert statuses.count(429) == 0
    assert statuses.count(200) == EMAIL_COUNT


def test_shared_async_client_without_429(limited_sandbox: Sandbox, clock: FakeClock) -> None:
    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async def run() -> list[BaseException]:
        http_client = httpx.AsyncClient(transport=AsyncBusyTransport(clock), event_hooks={"response": [record]})
        async with AsyncResend(API_KEY, base_url=limited_sandbox.base_url, http_client=http_client) as client:
            on_fake_time(client, clock)

            async def task(first: int) -> None:
                for number in range(first, EMAIL_COUNT, 50):
                    await client.emails.send(
                        from_=SENDER,
                        to=RECIPIENT,
                        subject=f"Email {number}",
                        text="x",
                        idempotency_key=f"task-{number}",
                    )

            results = await asyncio.gather(*(task(first) for first in range(50)), return_exceptions=True)
        await http_client.aclose()
        return [result for result in results if isinstance(result, BaseException)]

    assert asyncio.run(run()) == []
    assert len(limited_sandbox.emails(API_KEY)) == EMAIL_COUNT
    assert all(limited_sandbox.delivery_count(API_KEY, f"task-{number}") == 1 for number in range(EMAIL_COUNT))
    assert statuses.count(429) == 0


def test_debug_log_lines_without_secrets(sandbox: Sandbox, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    body_secret = "body-secret-7f3a9c"
    header_secret = "header-secret-41d2e8"
    sandbox.inject(Fault.too_many_requests("2"), count=1)

    with caplog.at_level("DEBUG"), make_client(sandbox, clock) as client:
        client.emails.send(
            from_=SENDER,
            to=RECIPIENT,
            subject="Secrets",
            text=f"The code is {body_secret}",
            extra_headers={"X-Trace": header_secret},
        )

    ours = [record.getMessage() for record in caplog.records if record.name == "resend_client"]
    assert ours[0].startswith("POST /emails -> 429 in ")
    assert ours[0].endswith("(attempt 1)")
    assert ours[1] == "POST /emails: retrying in 2.00 s after 429 rate_limit_exceeded (attempt 1 of 3)"
    assert ours[2].startswith("POST /emails -> 200 in ")
    assert ours[2].endswith("(attempt 2)")
    everything = "\n".join(record.getMessage() + repr(record.args) for record in caplog.records)
    for secret in (API_KEY, body_secret, header_secret):
        assert secret not in everything


def test_resend_log_turns_debug_on() -> None:
    script = (
        "from resend_client import Resend\n"
        "client = Resend('re_env_log_key_1234', base_url='http://127.0.0.1:9', max_retries=1, pacing=False)\n"
        "client._timing.sleep = lambda seconds: None\n"
        "try:\n"
        "    client.emails.get('e1')\n"
        "except Exception:\n"
        "    pass\n"
    )
    environment = {**os.environ, "RESEND_LOG": "debug"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True)

    assert "resend_client DEBUG GET /emails/e1: retrying in" in result.stderr
    assert "re_env_log_key_1234" not in result.stderr

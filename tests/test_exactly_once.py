"""RetryPolicy and Pacer together against the sandbox's faults: every email is sent exactly once.

``send_email`` below is the calling pattern that a client follows: acquire a slot, send, observe
the response (or ``{}`` when none came), ask the policy, penalize the pacer after a 429, wait and
try again with the same idempotency key. Both the sandbox and the pacer run on one fake clock,
and the waits are recorded instead of slept.
"""

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest
from resend_client import Pacer, RetryPolicy
from resend_client._retry import Failure

from tests.fake_clock import FakeClock
from tests.sandbox import Fault, Sandbox

KEY = "re_exactly_once_key"
EMAIL = {"from": "Acme <onboarding@resend.dev>", "to": ["delivered@resend.dev"], "subject": "Hi", "text": "x"}
# The fake clock's start, and the wall-clock time it stands for (2026-12-04 12:00:00 UTC), which
# decide() compares HTTP-dates with.
START = 1000.0
WALL_NOW = 1_796_385_600.0
WAIT_SECONDS = 10.0


@dataclass
class Outcome:
    """What one call of ``send_email`` ended with, and the waits between its attempts."""

    response: httpx.Response | None
    failure: Failure | None
    attempts: int
    waits: list[float] = field(default_factory=list)


def classify(error: httpx.TransportError) -> Failure:
    """Map an httpx transport error to how far the request got."""
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
        return "connect"
    if isinstance(error, httpx.TimeoutException):
        return "timeout"
    return "dropped"


def send_email(
    http: httpx.Client,
    pacer: Pacer,
    policy: RetryPolicy,
    clock: FakeClock,
    *,
    idempotency_key: str | None,
    timeout: float = WAIT_SECONDS,
) -> Outcome:
    """Send one email with retries, as a client built on these parts would."""
    headers = {"idempotency-key": idempotency_key} if idempotency_key is not None else {}
    outcome = Outcome(response=None, failure=None, attempts=0)
    while True:
        pacer.acquire()
        outcome.attempts += 1
        outcome.response, outcome.failure = None, None
        try:
            outcome.response = http.post("/emails", json=EMAIL, headers=headers, timeout=timeout)
        except httpx.TransportError as error:
            outcome.failure = classify(error)
            pacer.observe({})
        else:
            pacer.observe(outcome.response.headers)

        response = outcome.response
        if response is not None and response.status_code < 400:
            return outcome
        error_name = _error_name(response)
        wait = policy.decide(
            method="POST",
            has_idempotency_key=idempotency_key is not None,
            attempt=outcome.attempts,
            status=response.status_code if response is not None else None,
            error_name=error_name,
            headers=response.headers if response is not None else None,
            failure=outcome.failure,
            random=lambda: 0.5,
            now=WALL_NOW + clock() - START,
        )
        if wait is None:
            return outcome
        if response is not None and response.status_code == 429:
            pacer.penalize(wait)
        outcome.waits.append(wait)
        clock.sleep(wait)


def _error_name(response: httpx.Response | None) -> str | None:
    if response is None:
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    name = body.get("name") if isinstance(body, dict) else None
    return name if isinstance(name, str) else None


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=START)


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(api_keys=(KEY,), rate_limit=2, window_seconds=1.0, clock=clock) as server:
        yield server


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    headers = {"authorization": f"Bearer {KEY}"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=WAIT_SECONDS) as client:
        yield client


@pytest.fixture
def pacer(clock: FakeClock) -> Pacer:
    return Pacer(clock=clock, sleep=clock.sleep)


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, "the condition did not hold in time"
        time.sleep(0.01)


@pytest.mark.parametrize(
    "fault",
    [Fault.drop_before_processing(), Fault.drop_after_processing(), Fault.bad_gateway()],
    ids=["drop-before", "drop-after", "bad-gateway"],
)
def test_one_fault_then_exactly_once(
    sandbox: Sandbox, http: httpx.Client, pacer: Pacer, clock: FakeClock, fault: Fault
) -> None:
    """After a dropped connection or a proxy error, the retry with the same key sends one email."""
    sandbox.inject(fault, operation="send_email")

    outcome = send_email(http, pacer, RetryPolicy(), clock, idempotency_key="order-1")

    assert outcome.response is not None
    assert outcome.response.status_code == 200
    assert outcome.attempts == 2
    assert sandbox.delivery_count(KEY, "order-1") == 1
    assert len(sandbox.emails(KEY)) == 1


def test_every_retry_dropped_gives_up_after_max_retries(
    sandbox: Sandbox, http: httpx.Client, pacer: Pacer, clock: FakeClock
) -> None:
    """Three drops after processing end the call with a failure, and the email still went once."""
    sandbox.inject(Fault.drop_after_processing(), count=3)

    outcome = send_email(http, pacer, RetryPolicy(), clock, idempotency_key="order-1")

    assert outcome.failure == "dropped"
    assert outcome.attempts == 3
    assert outcome.waits == [0.25, 0.5]
    assert sandbox.delivery_count(KEY, "order-1") == 1


def test_timeout_then_retry_sends_once(sandbox: Sandbox, http: httpx.Client, pacer: Pacer, clock: FakeClock) -> None:
    """A stalled first attempt times out; the retry sends, and the late first attempt replays it."""
    sandbox.inject(Fault.stall(600))

    outcome = send_email(http, pacer, RetryPolicy(), clock, idempotency_key="order-1", timeout=0.2)
    sandbox.release_stalls()
    wait_until(lambda: sandbox.stalled_requests == 0)

    assert outcome.response is not None
    assert outcome.response.status_code == 200
    assert outcome.attempts == 2
    assert sandbox.delivery_count(KEY, "order-1") == 1


@pytest.mark.parametrize(
    ("retry_after", "expected_wait"),
    [
        pytest.param("3", 3.0, id="seconds"),
        pytest.param("Fri, 04 Dec 2026 12:00:20 GMT", 20.0, id="http-date"),
        pytest.param(None, 1.0, id="missing"),
        pytest.param("soon", 1.0, id="malformed"),
        pytest.param("-5", 0.0, id="negative"),
        pytest.param("99999999999", 30.0, id="huge"),
    ],
)
def test_429_storm_waits_as_told_then_sends_once(
    sandbox: Sandbox,
    http: httpx.Client,
    pacer: Pacer,
    clock: FakeClock,
    retry_after: str | None,
    expected_wait: float,
) -> None:
    """Each form of retry-after gives a bounded wait; a missing or malformed one falls back to ratelimit-reset."""
    sandbox.inject(Fault.too_many_requests(retry_after), count=2)

    outcome = send_email(http, pacer, RetryPolicy(), clock, idempotency_key="order-1")

    assert outcome.response is not None
    assert outcome.response.status_code == 200
    assert outcome.attempts == 3
    assert outcome.waits[0] == pytest.approx(expected_wait)
    assert sandbox.delivery_count(KEY, "order-1") == 1


def test_post_without_key_is_not_repeated(sandbox: Sandbox, http: httpx.Client, pacer: Pacer, clock: FakeClock) -> None:
    """Without an idempotency key, a drop after processing ends the call, so no second email goes out."""
    sandbox.inject(Fault.drop_after_processing())

    outcome = send_email(http, pacer, RetryPolicy(), clock, idempotency_key=None)

    assert outcome.failure == "dropped"
    assert outcome.attempts == 1
    assert len(sandbox.emails(KEY)) == 1


def test_spent_quota_is_not_repeated(sandbox: Sandbox, http: httpx.Client, pacer: Pacer, clock: FakeClock) -> None:
    """A daily quota error ends the call at once."""
    sandbox.inject(Fault.too_many_requests(None, error_name="daily_quota_exceeded"))

    outcome = send_email(http, pacer, RetryPolicy(), clock, idempotency_key="order-1")

    assert outcome.response is not None
    assert outcome.response.status_code == 429
    assert outcome.attempts == 1
    assert sandbox.emails(KEY) == []


def test_paced_sends_meet_no_429(sandbox: Sandbox, http: httpx.Client, pacer: Pacer, clock: FakeClock) -> None:
    """Ten sends in a row through the pacer never hit the sandbox's limit of 2 per second."""
    outcomes = [send_email(http, pacer, RetryPolicy(), clock, idempotency_key=f"order-{n}") for n in range(10)]

    assert [outcome.attempts for outcome in outcomes] == [1] * 10
    assert len(sandbox.emails(KEY)) == 10

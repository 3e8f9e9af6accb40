"""Faults scripted into the sandbox, each shown over a real loopback socket with plain httpx."""

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from tests.fake_clock import FakeClock
from tests.sandbox import Fault, Sandbox

KEY = "re_faults_key"
EMAIL = {"from": "Acme <onboarding@resend.dev>", "to": ["delivered@resend.dev"], "subject": "Hi", "text": "x"}
AUTHORIZATION = {"authorization": f"Bearer {KEY}"}
# Bounds the waits on threads and conditions, so a broken sandbox fails a test instead of hanging it.
WAIT_SECONDS = 10.0


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    # The fake clock never moves, so the generous limit never resets and never runs out either.
    with Sandbox(api_keys=(KEY,), rate_limit=1000, clock=FakeClock()) as server:
        yield server


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, headers=AUTHORIZATION, timeout=WAIT_SECONDS) as client:
        yield client


def send(http: httpx.Client, idempotency_key: str = "order-1") -> httpx.Response:
    return http.post("/emails", json=EMAIL, headers={"idempotency-key": idempotency_key})


def wait_until(condition: Callable[[], bool]) -> None:
    """Poll ``condition`` until it holds, and fail after ``WAIT_SECONDS``."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, "the condition did not hold in time"
        time.sleep(0.01)


class TestDroppedConnections:
    def test_drop_before_processing_stores_nothing(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """The client gets no response, and the email was never sent."""
        sandbox.inject(Fault.drop_before_processing())

        with pytest.raises(httpx.RemoteProtocolError):
            send(http)

        assert sandbox.delivery_count(KEY, "order-1") == 0
        assert sandbox.emails(KEY) == []
        assert len(sandbox.requests) == 1

    def test_retry_after_drop_before_sends_once(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """A retry with the same key after a drop before processing sends the email once."""
        sandbox.inject(Fault.drop_before_processing())
        with pytest.raises(httpx.RemoteProtocolError):
            send(http)

        response = send(http)

        assert response.status_code == 200
        assert sandbox.delivery_count(KEY, "order-1") == 1

    def test_drop_after_processing_stores_the_email(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """The client gets no response, but the email was sent."""
        sandbox.inject(Fault.drop_after_processing())

        with pytest.raises(httpx.RemoteProtocolError):
            send(http)

        assert sandbox.delivery_count(KEY, "order-1") == 1
        assert len(sandbox.emails(KEY)) == 1

    def test_retry_after_drop_after_replays(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """A retry with the same key gets the stored email's id, and nothing is sent again."""
        sandbox.inject(Fault.drop_after_processing())
        with pytest.raises(httpx.RemoteProtocolError):
            send(http)

        response = send(http)

        assert response.status_code == 200
        assert response.json()["id"] == sandbox.emails(KEY)[0]["id"]
        assert sandbox.delivery_count(KEY, "order-1") == 1

    def test_retry_without_key_after_drop_after_sends_twice(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """Without an idempotency key the same retry sends a second email, which is why clients must not make it."""
        sandbox.inject(Fault.drop_after_processing())
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/emails", json=EMAIL)

        http.post("/emails", json=EMAIL)

        assert len(sandbox.emails(KEY)) == 2


class TestBadGateway:
    def test_html_page_with_502(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """The proxy's page is HTML, and the request never reached the API."""
        sandbox.inject(Fault.bad_gateway())

        response = send(http)

        assert response.status_code == 502
        assert response.headers["content-type"].startswith("text/html")
        assert response.text.startswith("<!DOCTYPE html>")
        assert "502 Bad Gateway" in response.text
        assert sandbox.emails(KEY) == []

    def test_next_request_succeeds(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """The fault applies once, and then the sandbox responds normally."""
        sandbox.inject(Fault.bad_gateway())
        send(http)

        response = send(http)

        assert response.status_code == 200
        assert sandbox.delivery_count(KEY, "order-1") == 1


class TestStall:
    def test_stall_holds_only_its_own_request(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """Other requests get responses while one is stalled, and the stalled one completes on release."""
        sandbox.inject(Fault.stall(600), operation="send_email")
        responses: list[httpx.Response] = []

        def stalled_send() -> None:
            with httpx.Client(base_url=sandbox.base_url, headers=AUTHORIZATION, timeout=WAIT_SECONDS * 3) as own:
                responses.append(send(own))

        thread = threading.Thread(target=stalled_send)
        thread.start()
        wait_until(lambda: sandbox.stalled_requests == 1)

        listed = http.get("/emails")
        assert listed.status_code == 200
        assert responses == []
        assert sandbox.delivery_count(KEY, "order-1") == 0

        sandbox.release_stalls()
        thread.join(WAIT_SECONDS)

        assert [response.status_code for response in responses] == [200]
        assert sandbox.delivery_count(KEY, "order-1") == 1

    def test_client_timeout_then_processing(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """A client that timed out cannot tell whether the email went; here it does once the stall ends."""
        sandbox.inject(Fault.stall(600))

        with pytest.raises(httpx.ReadTimeout):
            http.post("/emails", json=EMAIL, headers={"idempotency-key": "order-1"}, timeout=0.2)
        sandbox.release_stalls()
        wait_until(lambda: sandbox.delivery_count(KEY, "order-1") == 1)

        retried = send(http)

        assert retried.status_code == 200
        assert retried.json()["id"] == sandbox.emails(KEY)[0]["id"]
        assert sandbox.delivery_count(KEY, "order-1") == 1

    def test_short_stall_ends_by_itself(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """A stall shorter than the client's timeout only delays the response."""
        sandbox.inject(Fault.stall(0.05))

        response = send(http)

        assert response.status_code == 200
        assert sandbox.stalled_requests == 0

    def test_stop_ends_a_stall(self) -> None:
        """Stopping the sandbox releases a stalled request, so no thread is left waiting."""
        sandbox = Sandbox(api_keys=(KEY,), rate_limit=None).start()
        sandbox.inject(Fault.stall(600))
        base_url = sandbox.base_url
        outcomes: list[object] = []

        def stalled_send() -> None:
            try:
                with httpx.Client(base_url=base_url, headers=AUTHORIZATION, timeout=WAIT_SECONDS * 3) as own:
                    outcomes.append(send(own).status_code)
            except httpx.TransportError as error:
                outcomes.append(error)

        thread = threading.Thread(target=stalled_send)
        thread.start()
        wait_until(lambda: sandbox.stalled_requests == 1)

        sandbox.stop()
        thread.join(WAIT_SECONDS)

        assert not thread.is_alive()
        assert len(outcomes) == 1

    @pytest.mark.parametrize("seconds", [-1.0, float("inf"), float("nan")])
    def test_invalid_stall_raises(self, seconds: float) -> None:
        """A stall must have a finite, non-negative length."""
        with pytest.raises(ValueError, match="finite number of seconds"):
            Fault.stall(seconds)


class TestTooManyRequests:
    @pytest.mark.parametrize(
        "retry_after",
        [
            pytest.param("3", id="seconds"),
            pytest.param(format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True), id="http-date"),
            pytest.param(None, id="missing"),
            pytest.param("soon", id="malformed"),
            pytest.param("-5", id="negative"),
            pytest.param("99999999999", id="huge"),
        ],
    )
    def test_storm_sends_retry_after_as_given(
        self, sandbox: Sandbox, http: httpx.Client, retry_after: str | None
    ) -> None:
        """Three 429s carry exactly the scripted retry-after, then the fourth request is sent."""
        sandbox.inject(Fault.too_many_requests(retry_after), count=3)

        storm = [send(http) for _ in range(3)]
        after = send(http)

        for response in storm:
            assert response.status_code == 429
            assert response.headers.get("retry-after") == retry_after
            assert response.json()["name"] == "rate_limit_exceeded"
            assert response.headers["ratelimit-remaining"] == "0"
            assert response.headers["ratelimit-reset"] == "1"
        assert after.status_code == 200
        assert sandbox.delivery_count(KEY, "order-1") == 1

    @pytest.mark.parametrize("name", ["daily_quota_exceeded", "monthly_quota_exceeded"])
    def test_quota_error_name(self, sandbox: Sandbox, http: httpx.Client, name: str) -> None:
        """A 429 can name a spent quota instead of the rate limit."""
        sandbox.inject(Fault.too_many_requests(None, error_name=name))

        response = send(http)

        assert response.status_code == 429
        assert response.json()["name"] == name
        assert "retry-after" not in response.headers

    def test_scripted_429_uses_no_window(self) -> None:
        """As with the API's own 429s, a scripted one does not count against the rate limit."""
        with Sandbox(api_keys=(KEY,), rate_limit=1, clock=FakeClock()) as sandbox:
            sandbox.inject(Fault.too_many_requests("1"))
            with httpx.Client(base_url=sandbox.base_url, headers=AUTHORIZATION, timeout=WAIT_SECONDS) as http:
                statuses = [send(http).status_code for _ in range(3)]

        assert statuses == [429, 200, 429]

    def test_without_rate_limit_no_ratelimit_headers(self) -> None:
        """A sandbox without a limit sends the 429 with retry-after only."""
        with Sandbox(api_keys=(KEY,), rate_limit=None) as sandbox:
            sandbox.inject(Fault.too_many_requests("2"))
            with httpx.Client(base_url=sandbox.base_url, headers=AUTHORIZATION, timeout=WAIT_SECONDS) as http:
                response = send(http)

        assert response.status_code == 429
        assert response.headers["retry-after"] == "2"
        assert "ratelimit-remaining" not in response.headers


class TestMatching:
    def test_operation_filter(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """A fault for send_email leaves other operations alone."""
        sandbox.inject(Fault.bad_gateway(), operation="send_email")

        listed = http.get("/emails")
        sent = send(http)

        assert listed.status_code == 200
        assert sent.status_code == 502

    def test_method_filter(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """A fault for GET leaves a POST alone, whatever the case of the method name."""
        sandbox.inject(Fault.bad_gateway(), method="get")

        sent = send(http)
        listed = http.get("/emails")

        assert sent.status_code == 200
        assert listed.status_code == 502

    def test_faults_apply_in_order(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """Each request meets the oldest fault that matches it."""
        sandbox.inject(Fault.bad_gateway())
        sandbox.inject(Fault.too_many_requests("1"))

        statuses = [send(http).status_code for _ in range(3)]

        assert statuses == [502, 429, 200]

    def test_pending_faults_count_down(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """pending_faults counts the requests still to be faulted."""
        sandbox.inject(Fault.bad_gateway(), count=2)
        assert sandbox.pending_faults == 2

        send(http)

        assert sandbox.pending_faults == 1

    def test_clear_and_reset_forget_faults(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """clear_faults() and reset() both drop the faults not yet applied."""
        sandbox.inject(Fault.bad_gateway())
        sandbox.clear_faults()
        assert sandbox.pending_faults == 0

        sandbox.inject(Fault.bad_gateway())
        sandbox.reset()

        assert sandbox.pending_faults == 0
        assert send(http).status_code == 200

    @pytest.mark.parametrize(
        ("arguments", "message"),
        [
            ({"count": 0}, "count"),
            ({"count": True}, "count"),
            ({"count": 1.5}, "count"),
            ({"operation": "send_mail"}, "no operation 'send_mail'"),
            ({"method": "FETCH"}, "method"),
        ],
    )
    def test_invalid_injection_raises(self, sandbox: Sandbox, arguments: dict[str, object], message: str) -> None:
        """A count, operation or method that could never apply raises ValueError."""
        with pytest.raises(ValueError, match=message):
            sandbox.inject(Fault.bad_gateway(), **arguments)  # type: ignore[arg-type]

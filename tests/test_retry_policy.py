"""The retry policy: which failures are retried, and how long each wait is, with no clock and no sleep."""

import math
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from resend_client import ConfigurationError, RetryPolicy
from resend_client._retry import Failure, parse_retry_after

# 2026-12-04 12:00:00 UTC, in seconds since the epoch.
NOW = 1_796_385_600.0
IN_30_SECONDS = "Fri, 04 Dec 2026 12:00:30 GMT"


def decide(
    policy: RetryPolicy | None = None,
    *,
    method: str = "POST",
    has_idempotency_key: bool = True,
    attempt: int = 1,
    status: int | None = None,
    error_name: str | None = None,
    headers: Mapping[str, str] | None = None,
    failure: Failure | None = None,
    random: float = 1.0,
) -> float | None:
    return (policy or RetryPolicy()).decide(
        method=method,
        has_idempotency_key=has_idempotency_key,
        attempt=attempt,
        status=status,
        error_name=error_name,
        headers=headers,
        failure=failure,
        random=lambda: random,
        now=NOW,
    )


class TestParseRetryAfter:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("3", 3.0),
            (" 3 ", 3.0),
            ("0", 0.0),
            ("1.5", 1.5),
            ("+2", 2.0),
            ("-5", 0.0),
            ("-0.5", 0.0),
            ("86400", 86400.0),
        ],
    )
    def test_delta_seconds(self, value: str, expected: float) -> None:
        """A number of seconds is read as it is, and a negative one as 0."""
        assert parse_retry_after(value, now=NOW) == expected

    @pytest.mark.parametrize(
        "value",
        [
            IN_30_SECONDS,
            "Friday, 04-Dec-26 12:00:30 GMT",
            "Fri Dec  4 12:00:30 2026",
            "Fri, 04 Dec 2026 12:00:30 -0000",
        ],
    )
    def test_http_date_counts_from_now(self, value: str) -> None:
        """Each date format that HTTP allows gives the seconds from ``now`` until it."""
        assert parse_retry_after(value, now=NOW) == 30.0

    def test_date_in_the_past_gives_zero(self) -> None:
        """A date that has passed gives a wait of 0."""
        assert parse_retry_after("Fri, 04 Dec 2026 11:00:00 GMT", now=NOW) == 0.0

    @pytest.mark.parametrize(
        "value",
        [
            None,
            "",
            " ",
            "soon",
            "1e3",
            "nan",
            "inf",
            "-inf",
            "1_000",
            "0x10",
            "3 seconds",
            "Fri, 99 Foo 2026 99:00:00 GMT",
        ],
    )
    def test_missing_or_malformed_gives_none(self, value: str | None) -> None:
        """A value that is neither seconds nor a date gives None."""
        assert parse_retry_after(value, now=NOW) is None

    def test_number_beyond_float_range_gives_infinity(self) -> None:
        """Too many digits for a float still means a long wait, which ``decide`` caps."""
        assert parse_retry_after("9" * 400, now=NOW) == math.inf

    def test_date_beyond_year_9999_gives_none(self) -> None:
        """A date that Python cannot represent is malformed."""
        assert parse_retry_after("Fri, 04 Dec 99999 12:00:30 GMT", now=NOW) is None

    @given(st.text())
    def test_never_raises(self, value: str) -> None:
        """Any text gives None or a wait of at least 0."""
        seconds = parse_retry_after(value, now=NOW)

        assert seconds is None or seconds >= 0


class TestRetryPolicyValidation:
    def test_defaults(self) -> None:
        """The defaults allow three attempts with waits of at most 30 seconds."""
        policy = RetryPolicy()

        assert policy.max_retries == 2
        assert policy.max_wait == 30.0
        assert policy.initial_backoff == 0.5
        assert policy.max_backoff == 8.0

    @pytest.mark.parametrize(
        "arguments",
        [
            {"max_retries": -1},
            {"max_retries": 1.5},
            {"max_retries": True},
            {"max_retries": "2"},
            {"max_wait": -1},
            {"max_wait": math.inf},
            {"max_wait": math.nan},
            {"initial_backoff": -0.5},
            {"max_backoff": "8"},
            {"max_backoff": False},
            {"initial_backoff": 2.0, "max_backoff": 1.0},
        ],
    )
    def test_invalid_values_raise_configuration_error(self, arguments: dict[str, Any]) -> None:
        """Each invalid setting raises ConfigurationError, which is also a ValueError, naming the setting."""
        with pytest.raises(ConfigurationError) as caught:
            RetryPolicy(**arguments)

        assert isinstance(caught.value, ValueError)
        assert next(iter(arguments)) in str(caught.value)

    def test_zero_values_are_valid(self) -> None:
        """Zero retries, waits and backoff are allowed."""
        policy = RetryPolicy(max_retries=0, max_wait=0, initial_backoff=0, max_backoff=0)

        assert policy.max_retries == 0

    def test_policy_is_immutable(self) -> None:
        """A policy cannot change after validation."""
        policy = RetryPolicy()

        with pytest.raises(AttributeError):
            policy.max_retries = 5  # type: ignore[misc]


class TestRetryRules:
    @pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
    @pytest.mark.parametrize("has_key", [True, False])
    @pytest.mark.parametrize(
        ("status", "error_name"),
        [
            (429, "rate_limit_exceeded"),
            (429, None),
            (429, "something_new"),
            (409, "concurrent_idempotent_requests"),
        ],
    )
    def test_retried_for_every_method(self, method: str, has_key: bool, status: int, error_name: str | None) -> None:
        """A rate limit and a concurrent request with the same key are retried whatever the method."""
        wait = decide(method=method, has_idempotency_key=has_key, status=status, error_name=error_name)

        assert wait is not None

    @pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
    def test_connect_failure_retried_for_every_method(self, method: str) -> None:
        """A request that never left is retried, even a POST without a key."""
        assert decide(method=method, has_idempotency_key=False, failure="connect") is not None

    @pytest.mark.parametrize(
        ("method", "has_key"),
        [("GET", False), ("PATCH", False), ("DELETE", False), ("POST", True), ("get", False), ("post", True)],
    )
    @pytest.mark.parametrize(
        ("status", "failure"),
        [(500, None), (502, None), (503, None), (504, None), (None, "timeout"), (None, "dropped")],
    )
    def test_server_errors_retried_when_repeatable(
        self, method: str, has_key: bool, status: int | None, failure: Failure | None
    ) -> None:
        """A request that may have reached the API is retried when repeating it is safe."""
        wait = decide(method=method, has_idempotency_key=has_key, status=status, failure=failure)

        assert wait is not None

    @pytest.mark.parametrize(
        ("status", "failure"),
        [(500, None), (502, None), (503, None), (504, None), (None, "timeout"), (None, "dropped")],
    )
    def test_server_errors_not_retried_for_post_without_key(self, status: int | None, failure: Failure | None) -> None:
        """A POST without an idempotency key may have sent an email, so it is never repeated."""
        assert decide(method="POST", has_idempotency_key=False, status=status, failure=failure) is None

    @pytest.mark.parametrize("method", ["PUT", "HEAD", "OPTIONS"])
    def test_server_errors_not_retried_for_other_methods(self, method: str) -> None:
        """Only the methods the API uses repeatably are retried after a server error."""
        assert decide(method=method, has_idempotency_key=True, status=503) is None

    @pytest.mark.parametrize("status", [501, 505, 507, 599])
    def test_other_server_statuses_not_retried(self, status: int) -> None:
        """Another 5xx status, such as 501 Not Implemented, is final."""
        assert decide(method="GET", status=status) is None

    @pytest.mark.parametrize("error_name", ["daily_quota_exceeded", "monthly_quota_exceeded"])
    def test_spent_quota_never_retried(self, error_name: str) -> None:
        """Waiting seconds does not bring a daily or monthly quota back."""
        assert decide(method="GET", status=429, error_name=error_name, headers={"retry-after": "1"}) is None

    @pytest.mark.parametrize(
        ("status", "error_name"),
        [
            (400, "validation_error"),
            (401, "missing_api_key"),
            (403, "invalid_api_key"),
            (404, "not_found"),
            (405, "method_not_allowed"),
            (408, None),
            (409, "invalid_idempotent_request"),
            (409, None),
            (422, "validation_error"),
        ],
    )
    def test_other_client_errors_never_retried(self, status: int, error_name: str | None) -> None:
        """A 4xx other than the rate limit or a concurrent key fails the same way again."""
        assert decide(method="GET", status=status, error_name=error_name) is None

    def test_success_is_not_retried(self) -> None:
        """A response that is neither an error nor a failure needs no retry."""
        assert decide(method="GET", status=200) is None

    def test_no_status_and_no_failure_is_not_retried(self) -> None:
        """Without a status or a failure there is nothing to retry."""
        assert decide(method="GET") is None


class TestAttempts:
    @pytest.mark.parametrize(("attempt", "retried"), [(1, True), (2, True), (3, False), (10, False)])
    def test_stops_after_max_retries(self, attempt: int, retried: bool) -> None:
        """With the default of 2 retries, the third attempt is the last."""
        wait = decide(status=503, attempt=attempt)

        assert (wait is not None) is retried

    def test_zero_retries_never_retries(self) -> None:
        """max_retries=0 gives up after the first attempt."""
        assert decide(RetryPolicy(max_retries=0), status=429, attempt=1) is None

    def test_many_retries_do_not_overflow(self) -> None:
        """A very late attempt waits at most max_backoff instead of raising OverflowError."""
        policy = RetryPolicy(max_retries=100_000)

        assert decide(policy, status=503, attempt=99_999) == 8.0


class TestWaits:
    def test_retry_after_seconds(self) -> None:
        """A retry-after in seconds is the wait."""
        assert decide(status=429, headers={"retry-after": "3"}) == 3.0

    def test_retry_after_http_date(self) -> None:
        """A retry-after date gives the seconds until it."""
        assert decide(status=429, headers={"retry-after": IN_30_SECONDS}) == 30.0

    def test_retry_after_in_the_past_retries_at_once(self) -> None:
        """A date that has passed gives a wait of 0."""
        assert decide(status=429, headers={"retry-after": "Fri, 04 Dec 2026 11:00:00 GMT"}) == 0.0

    def test_negative_retry_after_retries_at_once(self) -> None:
        """A negative number of seconds gives a wait of 0."""
        assert decide(status=429, headers={"retry-after": "-5"}) == 0.0

    @pytest.mark.parametrize("value", ["999999999999", "9" * 400, "Fri, 04 Dec 9999 12:00:30 GMT"])
    def test_huge_retry_after_capped_at_max_wait(self, value: str) -> None:
        """A wait longer than max_wait is cut to max_wait."""
        assert decide(status=429, headers={"retry-after": value}) == 30.0

    def test_custom_max_wait_caps_retry_after(self) -> None:
        """max_wait applies to the server's hint."""
        assert decide(RetryPolicy(max_wait=2.0), status=429, headers={"retry-after": "3"}) == 2.0

    def test_header_names_ignore_case(self) -> None:
        """Retry-After is found whatever its case."""
        assert decide(status=429, headers={"Retry-After": "4"}) == 4.0

    def test_httpx_headers_are_accepted(self) -> None:
        """The response's own httpx.Headers can be passed as they are."""
        assert decide(status=429, headers=httpx.Headers({"Retry-After": "4"})) == 4.0

    def test_retry_after_wins_over_ratelimit_reset(self) -> None:
        """The explicit hint comes first."""
        assert decide(status=429, headers={"retry-after": "4", "ratelimit-reset": "1"}) == 4.0

    @pytest.mark.parametrize("retry_after", [None, "soon", ""])
    def test_ratelimit_reset_when_retry_after_unusable(self, retry_after: str | None) -> None:
        """A 429 without a usable retry-after waits for the window to reset."""
        headers = {"ratelimit-reset": "2"}
        if retry_after is not None:
            headers["retry-after"] = retry_after

        assert decide(status=429, headers=headers) == 2.0

    def test_ratelimit_reset_ignored_outside_429(self) -> None:
        """Only a 429 waits for the window, so a 503 backs off."""
        assert decide(status=503, headers={"ratelimit-reset": "5"}, random=0.5) == 0.25

    def test_retry_after_honoured_on_server_errors(self) -> None:
        """A 503 with retry-after waits as asked."""
        assert decide(status=503, headers={"retry-after": "7"}) == 7.0

    def test_retry_after_honoured_on_concurrent_key(self) -> None:
        """A 409 for a concurrent request waits as asked."""
        assert decide(status=409, error_name="concurrent_idempotent_requests", headers={"retry-after": "2"}) == 2.0

    @pytest.mark.parametrize(("attempt", "expected"), [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (6, 8.0)])
    def test_backoff_doubles_up_to_max_backoff(self, attempt: int, expected: float) -> None:
        """Without a header, the wait bound doubles from initial_backoff and stops at max_backoff."""
        policy = RetryPolicy(max_retries=10)

        assert decide(policy, status=503, attempt=attempt, random=1.0) == expected

    @pytest.mark.parametrize("fraction", [0.0, 0.25, 0.999])
    def test_backoff_has_full_jitter(self, fraction: float) -> None:
        """The wait is the bound times the random fraction, from 0 up to the bound."""
        assert decide(status=503, attempt=2, random=fraction) == pytest.approx(1.0 * fraction)

    def test_backoff_capped_at_max_wait(self) -> None:
        """A max_wait below max_backoff caps the backoff too."""
        policy = RetryPolicy(max_retries=10, max_wait=1.0)

        assert decide(policy, status=503, attempt=6) == 1.0

    def test_failures_back_off(self) -> None:
        """A connection failure has no headers and backs off."""
        assert decide(failure="connect", attempt=2, random=0.5) == 0.5

    def test_random_not_drawn_when_server_names_the_wait(self) -> None:
        """The jitter source is only used for backoff."""
        draws: list[float] = []

        def random() -> float:
            draws.append(0.5)
            return 0.5

        wait = RetryPolicy().decide(
            method="GET",
            has_idempotency_key=False,
            attempt=1,
            status=429,
            error_name="rate_limit_exceeded",
            headers={"retry-after": "1"},
            failure=None,
            random=random,
            now=NOW,
        )

        assert wait == 1.0
        assert draws == []

    @given(st.dictionaries(st.sampled_from(["retry-after", "ratelimit-reset", "Retry-After"]), st.text()))
    def test_any_header_value_gives_a_bounded_wait(self, headers: dict[str, str]) -> None:
        """Whatever the headers contain, a 429 gives a wait between 0 and max_wait."""
        wait = decide(status=429, headers=headers)

        assert wait is not None
        assert 0.0 <= wait <= 30.0

"""Parsing of the rate-limit headers: numbers when well formed, None otherwise, never an exception."""

from datetime import UTC, datetime

import pytest
from resend_client import RateLimit
from resend_client._rate_limit import parse_retry_after

FIXED_NOW = datetime(2026, 12, 4, 12, 0, 0, tzinfo=UTC)


def test_recorded_success_headers_parse() -> None:
    headers = {
        "ratelimit-limit": "2",
        "ratelimit-policy": "2;w=1",
        "ratelimit-remaining": "1",
        "ratelimit-reset": "1",
    }

    rate_limit = RateLimit.from_headers(headers)

    assert rate_limit == RateLimit(limit=2, remaining=1, reset=1.0, retry_after=None, policy="2;w=1")


def test_header_names_are_case_insensitive() -> None:
    rate_limit = RateLimit.from_headers({"RateLimit-Limit": "100", "Retry-After": "7"})

    assert rate_limit.limit == 100
    assert rate_limit.retry_after == 7.0


def test_missing_headers_give_none() -> None:
    assert RateLimit.from_headers({}) == RateLimit(
        limit=None, remaining=None, reset=None, retry_after=None, policy=None
    )


@pytest.mark.parametrize("value", ["", "abc", "-1", "1.5", "١٢", " ", "NaN", "2;w=1", "1e3"])
def test_malformed_counts_give_none(value: str) -> None:
    rate_limit = RateLimit.from_headers({"ratelimit-limit": value, "ratelimit-remaining": value})

    assert rate_limit.limit is None
    assert rate_limit.remaining is None


@pytest.mark.parametrize("value", ["", "soon", "-3", "nan", "inf", "-inf"])
def test_malformed_seconds_give_none(value: str) -> None:
    rate_limit = RateLimit.from_headers({"ratelimit-reset": value, "retry-after": value})

    assert rate_limit.reset is None
    assert rate_limit.retry_after is None


def test_fractional_seconds_are_kept() -> None:
    assert RateLimit.from_headers({"ratelimit-reset": "0.25"}).reset == 0.25


def test_blank_policy_gives_none() -> None:
    assert RateLimit.from_headers({"ratelimit-policy": "  "}).policy is None


def test_retry_after_http_date_counts_from_now() -> None:
    seconds = parse_retry_after("Fri, 04 Dec 2026 12:00:30 GMT", now=lambda: FIXED_NOW)

    assert seconds == 30.0


def test_retry_after_date_in_the_past_gives_zero() -> None:
    assert parse_retry_after("Fri, 04 Dec 2026 11:00:00 GMT", now=lambda: FIXED_NOW) == 0.0


def test_retry_after_garbage_date_gives_none() -> None:
    assert parse_retry_after("Fri, 99 Foo 2026 99:00:00 GMT", now=lambda: FIXED_NOW) is None

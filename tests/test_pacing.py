"""The in-memory pacers: what they learn from the headers, how long they hold each slot, and no 429 in use.

Every test runs on a fake clock. The threads and asyncio tests send real requests to a sandbox
that counts its rate-limit windows on the same fake clock.
"""

import asyncio
import logging
import math
import threading
from collections import Counter

import httpx
import pytest
from resend_client import AsyncPacer, Pacer
from resend_client._pacing import (
    IN_FLIGHT_LEASE_SECONDS,
    LEARNING_POLL_SECONDS,
    MAX_RESET_SECONDS,
    Advertised,
    PacerState,
    parse_policy,
)

from tests.fake_clock import FakeClock
from tests.sandbox import Sandbox

OWNER = "owner"
KEY = "re_pacing_key"
EMAIL = {"from": "Acme <onboarding@resend.dev>", "to": ["delivered@resend.dev"], "subject": "Hi", "text": "x"}
# Bounds the waits on threads, so a deadlock fails the test instead of hanging it.
WAIT_SECONDS = 30


def rate_limit_headers(limit: int = 2, window: float = 1, remaining: int = 1, reset: float = 1) -> dict[str, str]:
    return {
        "ratelimit-limit": str(limit),
        "ratelimit-policy": f"{limit};w={window:g}",
        "ratelimit-remaining": str(remaining),
        "ratelimit-reset": f"{reset:g}",
    }


def learned_state(limit: int = 2, window: float = 1) -> PacerState:
    """Return a state that has learned the policy and holds no slot."""
    return PacerState(limit=limit, window=window)


class TestPolicyHeader:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2;w=1", [(2, 1.0)]),
            (" 2 ; w=1 ", [(2, 1.0)]),
            ("10;w=0.5", [(10, 0.5)]),
            ('"default";q=100;w=60', [(100, 60.0)]),
            ("10;w=1, 1000;w=3600", [(10, 1.0), (1000, 3600.0)]),
            ("2;w=1;comment=x", [(2, 1.0)]),
        ],
    )
    def test_valid_policies(self, value: str, expected: list[tuple[int, float]]) -> None:
        """The plain and the structured form both give quota and window."""
        assert parse_policy(value) == expected

    @pytest.mark.parametrize(
        "value", [None, "", "abc", "2", "2;w=", "2;w=0", "2;w=-1", "0;w=1", "2;w=nan", "2;w=inf", "-2;w=1", "٢;w=1"]
    )
    def test_malformed_policies_skipped(self, value: str | None) -> None:
        """A policy without a positive quota and window is ignored."""
        assert parse_policy(value) == []

    def test_limit_picks_the_matching_policy(self) -> None:
        """With several policies, ratelimit-limit names the one in force."""
        advertised = Advertised.from_headers({"ratelimit-limit": "1000", "ratelimit-policy": "10;w=1, 1000;w=3600"})

        assert advertised.limit == 1000
        assert advertised.window == 3600.0

    def test_limit_without_policy_keeps_the_default_window(self) -> None:
        """ratelimit-limit alone gives the limit, and the pacer assumes a one-second window."""
        state = PacerState()
        state.try_acquire(0.0, OWNER)

        state.observe({"ratelimit-limit": "5"}, 0.0, OWNER)

        assert state.limit == 5
        assert state.window == 1.0

    def test_policy_without_limit_header(self) -> None:
        """The policy alone teaches both values."""
        advertised = Advertised.from_headers({"ratelimit-policy": "3;w=2"})

        assert (advertised.limit, advertised.window) == (3, 2.0)


class TestLearning:
    def test_one_request_at_a_time_before_the_headers(self) -> None:
        """Until a response names the limit, a second request waits for the first."""
        state = PacerState()

        assert state.try_acquire(0.0, OWNER) is None
        assert state.try_acquire(0.0, OWNER) == LEARNING_POLL_SECONDS

    def test_first_response_opens_the_limit(self) -> None:
        """After the first response, the rest of the limit is free at once."""
        state = PacerState()
        state.try_acquire(0.0, OWNER)

        state.observe(rate_limit_headers(limit=3, remaining=2), 0.1, OWNER)

        assert state.try_acquire(0.1, OWNER) is None
        assert state.try_acquire(0.1, OWNER) is None
        assert state.try_acquire(0.1, OWNER) is not None

    def test_response_without_headers_frees_the_slot_at_once(self) -> None:
        """A response that teaches nothing, such as a proxy's 502 page, does not stall the next request."""
        state = PacerState()
        state.try_acquire(0.0, OWNER)

        state.observe({"content-type": "text/html"}, 0.2, OWNER)

        assert state.limit is None
        assert state.try_acquire(0.2, OWNER) is None

    def test_remaining_zero_blocks_even_without_a_limit(self) -> None:
        """A response with ``ratelimit-remaining: 0`` holds everyone until the reset."""
        state = PacerState()
        state.try_acquire(0.0, OWNER)

        state.observe({"ratelimit-remaining": "0", "ratelimit-reset": "2"}, 0.0, OWNER)

        assert state.try_acquire(1.0, OWNER) == pytest.approx(1.0)
        assert state.try_acquire(2.0, OWNER) is None


class TestSlots:
    def test_slot_held_one_window_after_the_response(self) -> None:
        """A request keeps its slot until a window has passed since its response."""
        state = learned_state(limit=1, window=1.0)
        state.try_acquire(0.0, OWNER)

        state.observe(rate_limit_headers(limit=1, remaining=0), 0.3, OWNER)

        assert state.try_acquire(1.0, OWNER) == pytest.approx(0.3)
        assert state.try_acquire(1.3, OWNER) is None

    def test_slot_held_while_in_flight(self) -> None:
        """Without a response the slot stays taken, however long the request lasts."""
        state = learned_state(limit=1, window=1.0)
        state.try_acquire(0.0, OWNER)

        assert state.try_acquire(5.0, OWNER) == 1.0
        assert state.try_acquire(30.0, OWNER) == 1.0

    def test_reset_longer_than_window_holds_longer(self) -> None:
        """A fixed window reports whole seconds, so a reset beyond the window is honoured."""
        state = learned_state(limit=1, window=0.5)
        state.try_acquire(0.0, OWNER)

        state.observe({**rate_limit_headers(limit=1, window=0.5, remaining=0), "ratelimit-reset": "1"}, 0.0, OWNER)

        assert state.try_acquire(0.5, OWNER) == pytest.approx(0.5)
        assert state.try_acquire(1.0, OWNER) is None

    def test_huge_reset_capped(self) -> None:
        """A reset beyond a minute and the window is read as a minute, so a bad value cannot stall for hours."""
        state = learned_state(limit=1)
        state.try_acquire(0.0, OWNER)

        state.observe({**rate_limit_headers(limit=1, remaining=0), "ratelimit-reset": "999999"}, 0.0, OWNER)

        assert state.try_acquire(1.0, OWNER) == pytest.approx(MAX_RESET_SECONDS - 1.0)

    def test_response_without_headers_holds_one_window_once_learned(self) -> None:
        """A request that got no headers may still have counted, so its slot is held a window."""
        state = learned_state(limit=1, window=2.0)
        state.try_acquire(0.0, OWNER)

        state.observe({}, 1.0, OWNER)

        assert state.try_acquire(2.0, OWNER) == pytest.approx(1.0)
        assert state.try_acquire(3.0, OWNER) is None

    def test_responses_in_any_order_release_the_same_times(self) -> None:
        """Whichever response arrives first, the slots free one window after each response."""
        state = learned_state(limit=2)
        state.try_acquire(0.0, OWNER)
        state.try_acquire(0.0, OWNER)

        state.observe(rate_limit_headers(remaining=0), 0.2, OWNER)
        state.observe(rate_limit_headers(remaining=1), 0.5, OWNER)

        assert sorted((hold.until, hold.count) for hold in state.held) == [
            (pytest.approx(1.2), 1),
            (pytest.approx(1.5), 1),
        ]
        assert state.in_flight == []

    def test_owners_resolve_only_their_own_slots(self) -> None:
        """A response to one process never frees a slot that another process has in flight."""
        state = learned_state(limit=2)
        state.try_acquire(0.0, "first")
        state.try_acquire(0.1, "second")

        state.observe(rate_limit_headers(remaining=0), 0.3, "second")

        assert [entry.owner for entry in state.in_flight] == ["first"]

    def test_observe_without_acquire_only_learns(self) -> None:
        """A response with no slot in flight updates the limit but holds no slot for itself."""
        state = PacerState()

        state.observe(rate_limit_headers(limit=4, remaining=4), 0.0, OWNER)

        assert state.limit == 4
        assert state.held == []

    def test_abandoned_slot_expires_after_the_lease(self) -> None:
        """A slot that is never observed, after a crash for example, frees a window after the lease ends."""
        state = learned_state(limit=1)
        state.try_acquire(0.0, OWNER)

        assert state.try_acquire(IN_FLIGHT_LEASE_SECONDS - 1, OWNER) == 1.0
        assert state.try_acquire(IN_FLIGHT_LEASE_SECONDS, OWNER) == pytest.approx(1.0)
        assert state.try_acquire(IN_FLIGHT_LEASE_SECONDS + 1, OWNER) is None

    def test_steady_schedule_matches_the_limit(self) -> None:
        """With instant responses, 20 requests at 2 per second go out in pairs, one pair each second."""
        clock = 0.0
        state = PacerState()
        sent_at = []
        while len(sent_at) < 20:
            wait = state.try_acquire(clock, OWNER)
            if wait is not None:
                clock += wait
                continue
            sent_at.append(clock)
            remaining = 1 if len(sent_at) % 2 else 0
            state.observe(rate_limit_headers(remaining=remaining), clock, OWNER)

        assert sent_at[:3] == [0.0, 0.0, pytest.approx(1.0)]
        assert Counter(round(moment, 6) for moment in sent_at) == {float(second): 2 for second in range(10)}


class TestSharedLimit:
    def test_remaining_below_free_slots_holds_the_difference(self) -> None:
        """When others used part of the limit, this client holds their share until the reset."""
        state = learned_state(limit=5)
        state.try_acquire(0.0, OWNER)

        state.observe(rate_limit_headers(limit=5, remaining=2, reset=1), 0.0, OWNER)

        granted = [state.try_acquire(0.0, OWNER) is None for _ in range(4)]
        assert granted == [True, True, False, False]

    def test_remaining_zero_holds_every_free_slot(self) -> None:
        """A 429 or an empty window from others stops this client until the reset."""
        state = learned_state(limit=2)
        state.try_acquire(0.0, OWNER)

        state.observe(rate_limit_headers(remaining=0, reset=1), 0.0, OWNER)

        assert state.try_acquire(0.5, OWNER) == pytest.approx(0.5)
        assert state.try_acquire(1.0, OWNER) is None

    def test_other_clients_share_one_entry(self) -> None:
        """A large limit used up by others is stored as one entry, not one per slot."""
        state = learned_state(limit=100_000)
        state.try_acquire(0.0, OWNER)

        state.observe(rate_limit_headers(limit=100_000, remaining=0, reset=1), 0.0, OWNER)

        assert [(hold.until, hold.count) for hold in state.held] == [(1.0, 100_000)]
        assert len(state.to_json()) < 200

    def test_own_requests_are_not_counted_twice(self) -> None:
        """Remaining that only reflects this client's own requests holds nothing extra."""
        state = learned_state(limit=2)
        state.try_acquire(0.0, OWNER)
        state.try_acquire(0.0, OWNER)

        state.observe(rate_limit_headers(remaining=1), 0.1, OWNER)
        state.observe(rate_limit_headers(remaining=0), 0.1, OWNER)

        assert sum(hold.count for hold in state.held) == 2


class TestPenalize:
    def test_penalty_blocks_every_request(self) -> None:
        """After a 429, no request leaves until the penalty ends."""
        state = learned_state(limit=10)

        state.penalize(3.0, 0.0)

        assert state.try_acquire(1.0, OWNER) == pytest.approx(2.0)
        assert state.try_acquire(3.0, OWNER) is None

    def test_shorter_penalty_does_not_shorten(self) -> None:
        """A later, shorter penalty keeps the longer one."""
        state = learned_state()
        state.penalize(5.0, 0.0)

        state.penalize(1.0, 0.0)

        assert state.blocked_until == 5.0

    @pytest.mark.parametrize("seconds", [0.0, -1.0, math.nan, math.inf, -math.inf])
    def test_invalid_penalty_ignored(self, seconds: float) -> None:
        """A zero, negative or non-finite penalty changes nothing."""
        state = learned_state()

        state.penalize(seconds, 0.0)

        assert state.blocked_until is None


class TestStateStorage:
    def test_json_round_trip(self) -> None:
        """A state stored as JSON loads back equal."""
        state = learned_state(limit=3, window=2.0)
        state.try_acquire(1.0, "first")
        state.observe(rate_limit_headers(limit=3, window=2, remaining=2), 1.5, "first")
        state.try_acquire(1.6, "second")
        state.penalize(4.0, 1.6)

        assert PacerState.from_json(state.to_json()) == state

    @pytest.mark.parametrize(
        "text",
        [
            "not json",
            "[]",
            '{"limit": 2}',
            '{"limit": 0, "window": 1, "blocked_until": null, "in_flight": [], "held": []}',
            '{"limit": 2, "window": -1, "blocked_until": null, "in_flight": [], "held": []}',
            '{"limit": 2, "window": 1, "blocked_until": null, "in_flight": [["a"]], "held": []}',
            '{"limit": 2, "window": 1, "blocked_until": null, "in_flight": [], "held": [[5.0, 0]]}',
            '{"limit": 2, "window": 1, "blocked_until": null, "in_flight": [], "held": [5.0]}',
            b"\xff",
        ],
    )
    def test_unreadable_state_starts_again(self, text: str | bytes, caplog: pytest.LogCaptureFixture) -> None:
        """A corrupt stored state gives a new state and a warning, never an exception."""
        with caplog.at_level(logging.WARNING, logger="resend_client"):
            state = PacerState.from_json(text)

        assert state == PacerState()
        assert "pacing state" in caplog.text

    def test_missing_state_is_new(self) -> None:
        """No stored state is a new state."""
        assert PacerState.from_json(None) == PacerState()


class TestPacer:
    def test_acquire_sleeps_until_a_slot_frees(self) -> None:
        """The third request of a 2-per-second limit sleeps until the first slot frees."""
        clock = FakeClock()
        pacer = Pacer(clock=clock, sleep=clock.sleep)

        pacer.acquire()
        pacer.observe(rate_limit_headers(remaining=1))
        pacer.acquire()
        pacer.observe(rate_limit_headers(remaining=0))
        pacer.acquire()

        assert clock.sleeps == [1.0]

    def test_penalize_delays_the_next_acquire(self) -> None:
        """A penalty makes the next acquire sleep for it."""
        clock = FakeClock()
        pacer = Pacer(clock=clock, sleep=clock.sleep)

        pacer.penalize(2.5)
        pacer.acquire()

        assert clock.sleeps == [2.5]

    def test_threads_share_the_learning_slot(self) -> None:
        """A second thread waits while the first request is the only one allowed, and goes after its response."""
        clock = FakeClock()
        slept = threading.Event()
        wake = threading.Event()

        def sleep(seconds: float) -> None:
            slept.set()
            wake.wait(WAIT_SECONDS)
            clock.advance(seconds)

        pacer = Pacer(clock=clock, sleep=sleep)
        pacer.acquire()
        second_sent = threading.Event()

        def second() -> None:
            pacer.acquire()
            second_sent.set()

        thread = threading.Thread(target=second)
        thread.start()
        assert slept.wait(WAIT_SECONDS)
        assert not second_sent.is_set()

        pacer.observe(rate_limit_headers())
        wake.set()
        thread.join(WAIT_SECONDS)

        assert second_sent.is_set()

    def test_eight_threads_never_exceed_the_limit(self) -> None:
        """8 threads that share one pacer send 40 emails to a 2-per-second sandbox without a single 429."""
        clock = FakeClock()
        pacer = Pacer(clock=clock, sleep=clock.sleep)
        statuses: list[int] = []
        errors: list[BaseException] = []

        with Sandbox(api_keys=(KEY,), rate_limit=2, window_seconds=1.0, clock=clock) as sandbox:

            def worker(index: int) -> None:
                try:
                    with httpx.Client(base_url=sandbox.base_url, timeout=WAIT_SECONDS) as http:
                        for number in range(5):
                            pacer.acquire()
                            with clock.busy():
                                response = http.post(
                                    "/emails",
                                    json=EMAIL,
                                    headers={"authorization": f"Bearer {KEY}", "idempotency-key": f"t{index}-{number}"},
                                )
                                pacer.observe(response.headers)
                            statuses.append(response.status_code)
                except BaseException as error:
                    errors.append(error)

            threads = [threading.Thread(target=worker, args=(index,)) for index in range(8)]
            started = clock()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(WAIT_SECONDS)
            elapsed = clock() - started
            emails = sandbox.emails(KEY)

        assert errors == []
        assert Counter(statuses) == {200: 40}
        assert len(emails) == 40
        # 40 requests at 2 per window take 19 windows after the first. Learning the limit may
        # cost the pacer a little more, but not a whole window.
        assert 19.0 <= elapsed < 20.0


class TestAsyncPacer:
    def test_acquire_sleeps_until_a_slot_frees(self) -> None:
        """The asyncio twin waits as the threaded pacer does."""
        clock = FakeClock()
        pacer = AsyncPacer(clock=clock, sleep=clock.async_sleep)

        async def run() -> None:
            await pacer.acquire()
            await pacer.observe(rate_limit_headers(remaining=1))
            await pacer.acquire()
            await pacer.observe(rate_limit_headers(remaining=0))
            await pacer.penalize(3.0)
            await pacer.acquire()

        asyncio.run(run())

        assert clock.sleeps == [3.0]

    def test_pacer_moves_to_a_new_event_loop(self) -> None:
        """A pacer used under one asyncio.run works under the next one."""
        clock = FakeClock()
        pacer = AsyncPacer(clock=clock, sleep=clock.async_sleep)

        async def one_request() -> None:
            await pacer.acquire()
            await pacer.observe(rate_limit_headers(limit=10, remaining=9))

        asyncio.run(one_request())
        asyncio.run(one_request())

        assert clock.sleeps == []

    def test_fifty_tasks_never_exceed_the_limit(self) -> None:
        """50 tasks that share one pacer send 50 emails to a 2-per-second sandbox without a single 429."""
        clock = FakeClock()
        pacer = AsyncPacer(clock=clock, sleep=clock.async_sleep)

        with Sandbox(api_keys=(KEY,), rate_limit=2, window_seconds=1.0, clock=clock) as sandbox:

            async def send(http: httpx.AsyncClient, number: int) -> int:
                await pacer.acquire()
                with clock.busy():
                    response = await http.post(
                        "/emails",
                        json=EMAIL,
                        headers={"authorization": f"Bearer {KEY}", "idempotency-key": f"a{number}"},
                    )
                    await pacer.observe(response.headers)
                return response.status_code

            async def run() -> list[int]:
                async with httpx.AsyncClient(base_url=sandbox.base_url, timeout=WAIT_SECONDS) as http:
                    return await asyncio.gather(*(send(http, number) for number in range(50)))

            started = clock()
            statuses = asyncio.run(run())
            elapsed = clock() - started
            emails = sandbox.emails(KEY)

        assert Counter(statuses) == {200: 50}
        assert len(emails) == 50
        assert 24.0 <= elapsed < 25.0

"""Benchmark: sending many emails under the API's rate limit, with this client and the official SDK.

The sandbox (tests/sandbox) runs on 127.0.0.1 with a fixed limit per second. Eight threads share
one client and send ``--count`` emails between them, first through ``Resend``, which paces itself
by the rate-limit headers and retries 429s with the same idempotency key, then through the
official ``resend`` package, which does neither. The table gives the achieved rate divided by the
limit, the 429 responses seen, the emails that failed, and duplicates (emails stored beyond one per
send), all from one run.

Run with ``make bench`` or ``python -m bench.throughput [--count N] [--limit L]``.
"""

import argparse
import threading
import time
from collections.abc import Callable

import httpx
import resend
from resend_client import Resend

from bench.common import API_KEY, EMAIL, HTML, RECIPIENTS, SENDER, print_table
from tests.sandbox import Sandbox

THREADS = 8


class Run:
    """What one client achieved: elapsed time, responses by status, failures, emails stored."""

    def __init__(self) -> None:
        self.statuses: list[int] = []
        self.failures = 0
        self.elapsed = 0.0
        self.stored = 0
        self._lock = threading.Lock()

    def record_status(self, status: int) -> None:
        with self._lock:
            self.statuses.append(status)

    def record_failure(self) -> None:
        with self._lock:
            self.failures += 1


def run_threads(count: int, send: Callable[[int], None]) -> float:
    """Send ``count`` emails from THREADS threads and return the elapsed seconds."""

    def worker(first: int) -> None:
        for number in range(first, count, THREADS):
            send(number)

    threads = [threading.Thread(target=worker, args=(first,)) for first in range(THREADS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def measure_ours(sandbox: Sandbox, count: int) -> Run:
    run = Run()
    hooks = {"response": [lambda response: run.record_status(response.status_code)]}
    with Resend(API_KEY, base_url=sandbox.base_url, http_client=httpx.Client(event_hooks=hooks)) as client:

        def send(number: int) -> None:
            try:
                client.emails.send(from_=SENDER, to=RECIPIENTS, subject=f"Throughput {number}", html=HTML)
            except Exception:  # noqa: BLE001 - every failure is counted, none stops the run
                run.record_failure()

        run.elapsed = run_threads(count, send)
    run.stored = len(sandbox.emails(API_KEY))
    return run


def measure_official(sandbox: Sandbox, count: int) -> Run:
    run = Run()
    resend.api_key = API_KEY
    resend.api_url = sandbox.base_url

    def send(number: int) -> None:
        try:
            resend.Emails.send({**EMAIL, "subject": f"Throughput {number}"})  # type: ignore[typeddict-item]
            run.record_status(200)
        except resend.exceptions.ResendError as error:
            run.record_status(int(getattr(error, "code", 0) or 0))
            run.record_failure()

    run.elapsed = run_threads(count, send)
    run.stored = len(sandbox.emails(API_KEY))
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="emails per client (default 200)")
    parser.add_argument("--limit", type=int, default=10, help="the sandbox's requests per second (default 10)")
    arguments = parser.parse_args()

    rows = []
    for name, measure in (("resend_client.Resend", measure_ours), (f"resend {resend.__version__}", measure_official)):
        with Sandbox(api_keys=(API_KEY,), rate_limit=arguments.limit, window_seconds=1.0) as sandbox:
            run = measure(sandbox, arguments.count)
        delivered = arguments.count - run.failures
        rate = delivered / run.elapsed
        rows.append(
            (
                name,
                f"{run.elapsed:.1f}",
                f"{rate:.2f}",
                f"{rate / arguments.limit:.2f}",
                str(run.statuses.count(429)),
                str(run.failures),
                str(max(run.stored - delivered, 0)),
            )
        )

    print(
        f"{arguments.count} emails from {THREADS} threads sharing one client, against the sandbox limited to "
        f"{arguments.limit} requests per second"
    )
    print()
    print_table(
        ("client", "seconds", "delivered per second", "rate / limit", "429 responses", "failed sends", "duplicates"),
        rows,
    )


if __name__ == "__main__":
    main()

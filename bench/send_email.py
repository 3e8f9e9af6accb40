"""Benchmark: sending emails with resend-client, raw httpx and the official SDK.

Two measurements, each against a baseline taken in the same run:

* over loopback: every client sends the same email to the local sandbox. The sandbox's own
  work (openapi-core validation of each request and response) dominates each request, so this
  shows what a user would see end to end.
* in process: resend-client and raw httpx share one ``httpx.MockTransport`` that returns a
  canned response, so the ratio isolates the client's own cost (argument handling, JSON
  encoding, error and rate-limit handling, model parsing). The official SDK sends through
  ``requests`` and cannot use that transport, so it appears only in the first table.

Run with ``make bench`` or ``python -m bench.send_email [--requests N] [--rounds R]``.
"""

import argparse
import statistics
import time
from collections.abc import Callable

import httpx
import resend
from resend_client import Resend

from tests.sandbox import Sandbox

API_KEY = "re_bench_key"
EMAIL = {
    "from": "Acme <onboarding@resend.dev>",
    "to": ["delivered@resend.dev"],
    "subject": "Benchmark",
    "html": "<p>Benchmark email</p>",
}


def measure(send: Callable[[], object], requests: int) -> float:
    """Return the mean seconds per request over ``requests`` sequential sends."""
    started = time.perf_counter()
    for _ in range(requests):
        send()
    return (time.perf_counter() - started) / requests


def report(title: str, results: dict[str, list[float]], baseline_name: str) -> None:
    baseline = statistics.median(results[baseline_name])
    print(title)
    for name, timings in results.items():
        median = statistics.median(timings)
        print(f"  {name:32} {median * 1_000_000:9.1f} us/request   {median / baseline:5.2f}x {baseline_name}")


def run_rounds(clients: dict[str, Callable[[], object]], requests: int, rounds: int) -> dict[str, list[float]]:
    for send in clients.values():
        measure(send, 10)
    results: dict[str, list[float]] = {name: [] for name in clients}
    for _ in range(rounds):
        for name, send in clients.items():
            results[name].append(measure(send, requests))
    return results


def canned_response(request: httpx.Request) -> httpx.Response:
    headers = {"ratelimit-limit": "2", "ratelimit-remaining": "1", "ratelimit-reset": "1", "ratelimit-policy": "2;w=1"}
    return httpx.Response(200, json={"id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"}, headers=headers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="sends per client and round (default 200)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the median round is reported (default 3)")
    arguments = parser.parse_args()

    with Sandbox(api_keys=(API_KEY,), rate_limit=None) as sandbox:
        raw = httpx.Client(base_url=sandbox.base_url, headers={"Authorization": f"Bearer {API_KEY}"})
        ours = Resend(API_KEY, base_url=sandbox.base_url)
        resend.api_key = API_KEY
        resend.api_url = sandbox.base_url

        clients: dict[str, Callable[[], object]] = {
            "raw httpx": lambda: raw.post("/emails", json=EMAIL).raise_for_status(),
            "resend-client": lambda: ours.emails.send(
                from_=EMAIL["from"], to=EMAIL["to"], subject=EMAIL["subject"], html=EMAIL["html"]
            ),
            f"resend {resend.__version__} (official)": lambda: resend.Emails.send(EMAIL),  # type: ignore[arg-type]
        }
        loopback = run_rounds(clients, arguments.requests, arguments.rounds)
        raw.close()
        ours.close()

    transport = httpx.MockTransport(canned_response)
    raw_mock = httpx.Client(transport=transport, headers={"Authorization": f"Bearer {API_KEY}"})
    ours_mock = Resend(API_KEY, base_url="https://api.resend.com", http_client=httpx.Client(transport=transport))
    in_process = run_rounds(
        {
            "raw httpx": lambda: raw_mock.post("https://api.resend.com/emails", json=EMAIL).json(),
            "resend-client": lambda: ours_mock.emails.send(
                from_=EMAIL["from"], to=EMAIL["to"], subject=EMAIL["subject"], html=EMAIL["html"]
            ),
        },
        arguments.requests * 10,
        arguments.rounds,
    )

    print(f"Sequential sends, median of {arguments.rounds} rounds")
    report(f"Over loopback to the sandbox ({arguments.requests} sends per round):", loopback, "raw httpx")
    report(f"In process, mock transport ({arguments.requests * 10} sends per round):", in_process, "raw httpx")


if __name__ == "__main__":
    main()

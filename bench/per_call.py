"""Benchmark: client CPU time per email sent, against a bare httpx.Client and the official SDK.

Every client sends the same email as sequential ``POST /emails`` requests to ``bench.server``
in its own process. The figure is the CPU time of this process (``time.process_time``) per
send, so the server's work and the loopback transfer are left out. Each round measures every
client once, in a rotating order, and the tables report medians over the rounds.

* ``httpx.Client``, the baseline: posts the JSON and reads ``response.json()``.
* ``Resend.emails.send``: builds the request, serialises the body, sends it and parses the
  response model and the rate-limit headers. ``with_raw_response.send`` also returns them.
* The official ``resend`` package with its default ``RequestsClient``, which calls
  ``requests.request`` and so opens a new connection for every send, and, for reference, with
  a ``requests.Session`` that keeps one connection open.

Run with ``make bench`` or ``python -m bench.per_call [--count N] [--rounds R]``.
"""

import contextlib
import gc
import statistics
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import requests
import resend
from resend_client import Resend

from bench.common import (
    API_KEY,
    EMAIL,
    HTML,
    RECIPIENTS,
    SENDER,
    SUBJECT,
    Comparison,
    argument_parser,
    compare,
    print_comparisons,
    print_table,
    rotated,
)
from bench.server import EMAIL_ID, BenchServer

BASELINE = "httpx.Client"
SEND = "Resend.emails.send"
RAW_SEND = "Resend.emails.with_raw_response.send"
OFFICIAL = f"resend {resend.__version__}, default client"
OFFICIAL_SESSION = f"resend {resend.__version__}, requests.Session"

WARM_UP_SENDS = 20


class SessionHTTPClient(resend.HTTPClient):
    """An HTTP client for the official SDK that reuses one ``requests.Session``."""

    def __init__(self) -> None:
        self.session = requests.Session()

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        json: dict[str, object] | list[object] | None = None,
        files: dict[str, Any] | None = None,
        data: dict[str, str] | None = None,
    ) -> tuple[bytes, int, Mapping[str, str]]:
        body: Any = json
        response = self.session.request(method, url, headers=headers, json=body, files=files, data=data, timeout=30)
        return response.content, response.status_code, response.headers


def build_senders(base_url: str, stack: contextlib.ExitStack) -> dict[str, Callable[[], str]]:
    """Return one function per client that sends the email and returns the email id."""
    bare = stack.enter_context(httpx.Client(headers={"Authorization": f"Bearer {API_KEY}"}))
    ours = stack.enter_context(Resend(API_KEY, base_url=base_url))
    default_http_client = resend.default_http_client
    assert isinstance(default_http_client, resend.HTTPClient)
    session_http_client = SessionHTTPClient()
    stack.callback(session_http_client.session.close)

    # The official SDK reads its key and base URL from module attributes at each call. Its
    # base URL comes from RESEND_API_URL only when the module is imported, so it is set here.
    resend.api_key = API_KEY
    resend.api_url = base_url

    def send_bare() -> str:
        response = bare.post(f"{base_url}/emails", json=EMAIL)
        response.raise_for_status()
        return str(response.json()["id"])

    def send_ours() -> str:
        return ours.emails.send(from_=SENDER, to=RECIPIENTS, subject=SUBJECT, html=HTML).id

    def send_ours_raw() -> str:
        raw = ours.emails.with_raw_response.send(from_=SENDER, to=RECIPIENTS, subject=SUBJECT, html=HTML)
        if raw.rate_limit.remaining is None:
            raise RuntimeError("the benchmark server sent no ratelimit-remaining header")
        return raw.parsed.id

    def send_official(http_client: resend.HTTPClient) -> Callable[[], str]:
        def send() -> str:
            resend.default_http_client = http_client
            return resend.Emails.send(EMAIL)["id"]  # type: ignore[arg-type]

        return send

    return {
        BASELINE: send_bare,
        SEND: send_ours,
        RAW_SEND: send_ours_raw,
        OFFICIAL: send_official(default_http_client),
        OFFICIAL_SESSION: send_official(session_http_client),
    }


def measure(send: Callable[[], str], count: int) -> tuple[float, float]:
    """Return the CPU seconds and wall seconds per send over ``count`` sequential sends."""
    gc.collect()
    cpu_started = time.process_time()
    wall_started = time.perf_counter()
    for _ in range(count):
        send()
    wall = time.perf_counter() - wall_started
    cpu = time.process_time() - cpu_started
    return cpu / count, wall / count


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0], count=1000, count_help="sends per client and round", rounds=10)
    arguments = parser.parse_args()

    cpu: dict[str, list[float]] = {}
    wall: dict[str, list[float]] = {}
    connections: dict[str, list[int]] = {}
    with BenchServer() as server, contextlib.ExitStack() as stack:
        senders = build_senders(server.base_url, stack)
        for name, send in senders.items():
            for _ in range(WARM_UP_SENDS):
                email_id = send()
            if email_id != EMAIL_ID:
                raise RuntimeError(f"{name} returned the email id {email_id!r}, expected {EMAIL_ID!r}")
            cpu[name], wall[name], connections[name] = [], [], []

        names = list(senders)
        for round_index in range(arguments.rounds):
            for name in rotated(names, round_index):
                opened_before = server.stats().opened
                cpu_per_send, wall_per_send = measure(senders[name], arguments.count)
                cpu[name].append(cpu_per_send)
                wall[name].append(wall_per_send)
                connections[name].append(server.stats().opened - opened_before)

    print(
        f"Sequential POST /emails over loopback keep-alive, {arguments.count} sends per client and round, "
        f"medians of {arguments.rounds} rounds; CPU is this process's time.process_time"
    )
    print()
    print_table(
        ("client", "CPU µs per send", "wall µs per send", "connections opened per round"),
        [
            (
                name,
                f"{statistics.median(cpu[name]) * 1e6:.1f}",
                f"{statistics.median(wall[name]) * 1e6:.1f}",
                f"{statistics.median(connections[name]):.0f}",
            )
            for name in names
        ],
    )
    print()
    print_comparisons(
        [
            compare_cpu(cpu, SEND, BASELINE, "at most 1.25"),
            compare_cpu(cpu, RAW_SEND, BASELINE, "at most 1.25"),
            compare_cpu(cpu, SEND, OFFICIAL, "below 1.00"),
            compare_cpu(cpu, OFFICIAL, BASELINE, "reference"),
            compare_cpu(cpu, OFFICIAL_SESSION, BASELINE, "reference"),
        ]
    )


def compare_cpu(cpu: dict[str, list[float]], name: str, baseline: str, limit: str) -> Comparison:
    measurement = f"CPU per send, {name} / {baseline}"
    return compare(measurement, cpu[name], cpu[baseline], unit="µs", scale=1e6, limit=limit)


if __name__ == "__main__":
    main()

"""Benchmark: wall time of many concurrent sends through AsyncResend, against httpx.AsyncClient.

Each client sends the same email ``--count`` times at once with ``asyncio.gather`` to
``bench.server`` in its own process, which never limits the rate. The figure is the wall time
from the start of the gather to its end. One send before the timing creates the client's
connection pool and anything else the client builds on first use. Each round measures every
client once, in a rotating order, and the tables report medians over the rounds.

The baseline is an ``httpx.AsyncClient`` with httpx's default pool limits. ``AsyncResend`` runs
as a user constructs it. When it accepts ``http_client``, it runs a second time on an
``httpx.AsyncClient`` with the baseline's limits. The server counts the connections each client
opens, and the most open at once, so the tables show whether the pools match.

When ``resend_client`` has no ``AsyncResend`` yet, the script prints a line stating that and
measures the baseline only.

Run with ``make bench`` or ``python -m bench.async_sends [--count N] [--rounds R]``.
"""

import asyncio
import gc
import importlib.util
import inspect
import statistics
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import httpx
import resend_client

from bench.common import (
    API_KEY,
    EMAIL,
    HTML,
    RECIPIENTS,
    SENDER,
    SUBJECT,
    argument_parser,
    compare,
    print_comparisons,
    print_table,
    rotated,
)
from bench.server import EMAIL_ID, BenchServer

BASELINE = "httpx.AsyncClient"
ASYNC_RESEND = "AsyncResend"
ASYNC_RESEND_SAME_LIMITS = "AsyncResend, http_client with the baseline's limits"

# httpx's defaults, written out so both sides of the comparison visibly use the same numbers.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

# Read by name, so the script runs unchanged before and after the package gains AsyncResend.
AsyncResend: Any = getattr(resend_client, "AsyncResend", None)

SendAll = Callable[[int], Coroutine[Any, Any, "Run"]]


@dataclass
class Run:
    """One measured gather: wall and CPU seconds, and the email ids it returned."""

    wall: float
    cpu: float
    email_ids: list[str]


async def gather_timed(send: Callable[[], Awaitable[str]], count: int) -> Run:
    await send()
    gc.collect()

    cpu_started = time.process_time()
    wall_started = time.perf_counter()
    email_ids = await asyncio.gather(*(send() for _ in range(count)))
    wall = time.perf_counter() - wall_started
    cpu = time.process_time() - cpu_started
    return Run(wall=wall, cpu=cpu, email_ids=email_ids)


def bare_httpx(base_url: str) -> SendAll:
    async def send_all(count: int) -> Run:
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {API_KEY}"}, limits=LIMITS) as client:

            async def send() -> str:
                response = await client.post(f"{base_url}/emails", json=EMAIL)
                response.raise_for_status()
                return str(response.json()["id"])

            return await gather_timed(send, count)

    return send_all


def async_resend(base_url: str, *, same_limits: bool) -> SendAll:
    async def send_all(count: int) -> Run:
        options: dict[str, Any] = {"base_url": base_url}
        if same_limits:
            options["http_client"] = httpx.AsyncClient(limits=LIMITS)
        async with AsyncResend(API_KEY, **options) as client:

            async def send() -> str:
                sent = await client.emails.send(from_=SENDER, to=RECIPIENTS, subject=SUBJECT, html=HTML)
                return str(sent.id)

            run = await gather_timed(send, count)
        if same_limits:
            await options["http_client"].aclose()
        return run

    return send_all


def build_clients(base_url: str) -> dict[str, SendAll]:
    clients = {BASELINE: bare_httpx(base_url)}
    if AsyncResend is not None:
        clients[ASYNC_RESEND] = async_resend(base_url, same_limits=False)
        if "http_client" in inspect.signature(AsyncResend).parameters:
            clients[ASYNC_RESEND_SAME_LIMITS] = async_resend(base_url, same_limits=True)
    return clients


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0], count=1000, count_help="concurrent sends per client", rounds=5)
    arguments = parser.parse_args()

    if AsyncResend is None:
        print(f"resend_client {resend_client.__version__} has no AsyncResend yet: measuring {BASELINE} only")
        print()

    wall: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    opened: dict[str, list[int]] = {}
    peak_open: dict[str, list[int]] = {}
    with BenchServer() as server:
        clients = build_clients(server.base_url)
        for name in clients:
            wall[name], cpu[name], opened[name], peak_open[name] = [], [], [], []

        for round_index in range(arguments.rounds):
            for name in rotated(list(clients), round_index):
                before = server.stats()
                run = asyncio.run(clients[name](arguments.count))
                after = server.stats()

                wrong = [email_id for email_id in run.email_ids if email_id != EMAIL_ID]
                if len(run.email_ids) != arguments.count or wrong:
                    message = f"{name} returned {len(run.email_ids)} ids, {len(wrong)} of them not {EMAIL_ID!r}"
                    raise RuntimeError(message)
                wall[name].append(run.wall)
                cpu[name].append(run.cpu)
                opened[name].append(after.opened - before.opened)
                peak_open[name].append(after.peak_open)

    print(
        f"{arguments.count} concurrent POST /emails with asyncio.gather over loopback, "
        f"medians of {arguments.rounds} rounds; pool limits of the baseline: "
        f"max_connections={LIMITS.max_connections}, max_keepalive_connections={LIMITS.max_keepalive_connections}"
    )
    # httpcore 1.0.9 imports sniffio for each lock, event and cancellation shield it sets up.
    # When the import fails, each attempt searches sys.path again, which adds CPU time to every
    # request of both clients.
    print(f"sniffio importable: {'yes' if importlib.util.find_spec('sniffio') else 'no'}")
    print()
    print_table(
        ("client", "wall ms", "CPU ms", "connections opened", "most open at once"),
        [
            (
                name,
                f"{statistics.median(wall[name]) * 1e3:.1f}",
                f"{statistics.median(cpu[name]) * 1e3:.1f}",
                f"{statistics.median(opened[name]):.0f}",
                f"{statistics.median(peak_open[name]):.0f}",
            )
            for name in wall
        ],
    )
    others = [name for name in wall if name != BASELINE]
    if not others:
        return
    print()
    print_comparisons(
        [
            compare(
                f"wall time, {name} / {BASELINE}",
                wall[name],
                wall[BASELINE],
                unit="ms",
                scale=1e3,
                limit="at most 1.30",
            )
            for name in others
        ]
        + [
            compare(
                f"CPU time, {name} / {BASELINE}",
                cpu[name],
                cpu[BASELINE],
                unit="ms",
                scale=1e3,
                limit="reference",
            )
            for name in others
        ]
    )


if __name__ == "__main__":
    main()

"""Smoke tests of bench/: each script runs with a tiny count and prints the rows of its tables.

No test reads a timing, because timings depend on the machine. The benchmark server is also
tested directly over loopback sockets, since every client figure depends on its responses.
"""

import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import BinaryIO

import httpx
import pytest
import resend
import resend_client

from bench.server import EMAIL_ID, RATE_LIMIT_HEADERS, BenchServer
from generator import paths

# Bounds each benchmark run, so a hanging script fails its test instead of stalling the suite.
SCRIPT_TIMEOUT_SECONDS = 300
OFFICIAL = f"resend {resend.__version__}"
SEND_REQUEST = (
    b"POST /emails HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
)


def run_script(module: str, *arguments: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-m", module, *arguments],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        timeout=SCRIPT_TIMEOUT_SECONDS,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def table_rows(output: str) -> dict[str, list[str]]:
    """Return the cells of each Markdown table row after the first, keyed by that first cell."""
    rows = {}
    lines = output.splitlines()
    for index, line in enumerate(lines):
        is_header = index + 1 < len(lines) and lines[index + 1].startswith("| ---")
        if line.startswith("| ") and not line.startswith("| ---") and not is_header:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


def ratio_of(row: list[str]) -> float:
    """Return the ratio of a comparison row, whose cells after the first are figure, baseline, ratio and limit."""
    assert len(row) == 4
    return float(row[2])


@pytest.fixture(scope="module")
def per_call_rows() -> dict[str, list[str]]:
    return table_rows(run_script("bench.per_call", "--count", "5", "--rounds", "1"))


def test_import_time_lists_statements() -> None:
    rows = table_rows(run_script("bench.import_time", "--rounds", "1"))
    comparison = rows["import resend_client; resend_client.Resend(api_key) / import httpx"]

    for statement in (
        "import httpx",
        "import httpx; httpx.Client()",
        "import resend_client; resend_client.Resend(api_key)",
        "import resend_client",
        "import resend (official SDK)",
    ):
        assert len(rows[statement]) == 3
    assert ratio_of(comparison) > 0
    assert comparison[3] == "at most 1.40"


def test_per_call_lists_clients(per_call_rows: dict[str, list[str]]) -> None:
    for client in (
        "httpx.Client",
        "Resend.emails.send",
        "Resend.emails.with_raw_response.send",
        f"{OFFICIAL}, default client",
        f"{OFFICIAL}, requests.Session",
    ):
        assert len(per_call_rows[client]) == 3


def test_per_call_compares_with_baselines(per_call_rows: dict[str, list[str]]) -> None:
    to_httpx = per_call_rows["CPU per send, Resend.emails.send / httpx.Client"]
    raw_to_httpx = per_call_rows["CPU per send, Resend.emails.with_raw_response.send / httpx.Client"]
    to_official = per_call_rows[f"CPU per send, Resend.emails.send / {OFFICIAL}, default client"]

    assert ratio_of(to_httpx) > 0
    assert to_httpx[3] == "at most 1.25"
    assert ratio_of(raw_to_httpx) > 0
    assert ratio_of(to_official) > 0
    assert to_official[3] == "below 1.00"


def test_per_call_counts_new_connections(per_call_rows: dict[str, list[str]]) -> None:
    # Warm-up sends open the keep-alive connections, so a measured round opens none.
    assert per_call_rows["httpx.Client"][2] == "0"
    assert per_call_rows["Resend.emails.send"][2] == "0"
    assert per_call_rows[f"{OFFICIAL}, requests.Session"][2] == "0"
    assert per_call_rows[f"{OFFICIAL}, default client"][2] == "5"


def test_async_sends_lists_clients() -> None:
    output = run_script("bench.async_sends", "--count", "5", "--rounds", "1")
    rows = table_rows(output)

    assert len(rows["httpx.AsyncClient"]) == 4
    if hasattr(resend_client, "AsyncResend"):
        assert len(rows["AsyncResend"]) == 4
        assert ratio_of(rows["wall time, AsyncResend / httpx.AsyncClient"]) > 0
    else:
        assert "has no AsyncResend yet: measuring httpx.AsyncClient only" in output
        assert "AsyncResend" not in rows


def test_generation_lists_steps() -> None:
    rows = table_rows(run_script("bench.generation", "--rounds", "1"))

    assert rows.keys() == {
        "generate: generate_into(temporary folder)",
        "check: compare_with_fresh_generation()",
        "python -m generator check",
    }
    for row in rows.values():
        assert float(row[0]) > 0


@pytest.fixture
def bench_server() -> Iterator[BenchServer]:
    with BenchServer() as server:
        yield server


def read_response(reader: BinaryIO) -> bytes:
    """Read one response of the benchmark server, which always sends Content-Length."""
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        line = reader.readline()
        assert line, "the server closed the connection before a whole response head"
        head += line
    length_line = next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
    return head + reader.read(int(length_line.partition(b":")[2]))


def connect(server: BenchServer) -> socket.socket:
    url = httpx.URL(server.base_url)
    assert url.port is not None
    return socket.create_connection((url.host, url.port), timeout=10)


def test_server_responds_to_send(bench_server: BenchServer) -> None:
    response = httpx.post(f"{bench_server.base_url}/emails", json={"to": "a@example.com"})

    assert response.status_code == 200
    assert response.json() == {"id": EMAIL_ID}
    for name, value in RATE_LIMIT_HEADERS.items():
        assert response.headers[name] == value


def test_server_rejects_unknown_route(bench_server: BenchServer) -> None:
    response = httpx.get(f"{bench_server.base_url}/emails")

    assert response.status_code == 404
    assert response.json()["name"] == "not_found"


def test_server_keeps_connection_open(bench_server: BenchServer) -> None:
    with connect(bench_server) as connection, connection.makefile("rb") as reader:
        connection.sendall(SEND_REQUEST)
        first = read_response(reader)
        connection.sendall(SEND_REQUEST)
        second = read_response(reader)
    stats = bench_server.stats()

    assert first.startswith(b"HTTP/1.1 200 OK\r\n")
    assert second.startswith(b"HTTP/1.1 200 OK\r\n")
    assert stats.opened == 1
    assert stats.requests == 2


def test_server_closes_on_request(bench_server: BenchServer) -> None:
    closing_request = SEND_REQUEST.replace(b"Host: 127.0.0.1\r\n", b"Host: 127.0.0.1\r\nConnection: close\r\n")
    with connect(bench_server) as connection, connection.makefile("rb") as reader:
        connection.sendall(closing_request)
        response = read_response(reader)
        after_response = reader.read()

    assert b"\r\nconnection: close\r\n" in response
    assert after_response == b""


def test_server_handles_pipelined_requests(bench_server: BenchServer) -> None:
    with connect(bench_server) as connection, connection.makefile("rb") as reader:
        connection.sendall(SEND_REQUEST * 2)
        first = read_response(reader)
        second = read_response(reader)

    assert first.startswith(b"HTTP/1.1 200 OK\r\n")
    assert second.startswith(b"HTTP/1.1 200 OK\r\n")


def test_server_counts_open_connections(bench_server: BenchServer) -> None:
    connections = [connect(bench_server) for _ in range(3)]
    for connection in connections:
        connection.sendall(SEND_REQUEST)
        with connection.makefile("rb") as reader:
            read_response(reader)
    stats = bench_server.stats()
    for connection in connections:
        connection.close()

    assert stats.opened == 3
    assert stats.open == 3
    assert stats.peak_open == 3


def test_throughput_reports_both_clients() -> None:
    rows = table_rows(run_script("bench.throughput", "--count", "24", "--limit", "40"))

    ours = rows["resend_client.Resend"]
    assert set(rows) == {"resend_client.Resend", OFFICIAL}
    # Cells: seconds, delivered per second, rate / limit, 429 responses, failed sends, duplicates.
    assert (ours[4], ours[5]) == ("0", "0")
    assert all(float(cell) >= 0 for cell in rows[OFFICIAL])

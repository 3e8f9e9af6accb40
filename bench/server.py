"""A minimal HTTP/1.1 server that the benchmarks run in a process of its own.

It responds to ``POST /emails`` with a fixed JSON body and the four ``ratelimit-*`` headers and
never limits the rate. The headers advertise a limit far above what a benchmark reaches, so a
client that paces itself by them does its pacing work without ever waiting. Any other method or
path gets 404. Connections stay open between requests (HTTP/1.1 keep-alive) unless the client
sends ``Connection: close``. Each accepted socket has ``TCP_NODELAY`` set and each response
leaves in one write, so no client timing contains a wait for Nagle's algorithm or a delayed ACK.

``BenchServer`` starts ``python -m bench.server`` and stops it. The process prints its address
on the first line of stdout. Each ``stats`` line on stdin makes it print its connection counters
as one JSON line, and end of stdin stops it, so it also exits when the benchmark dies.
"""

import asyncio
import json
import socket
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType

EMAIL_ID = "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"

RATE_LIMIT_HEADERS = {
    "ratelimit-limit": "1000000",
    "ratelimit-remaining": "999999",
    "ratelimit-reset": "1",
    "ratelimit-policy": "1000000;w=1",
}

# Request heads longer than this are rejected, so a broken client cannot grow the buffer forever.
MAX_HEAD_BYTES = 65536

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent


def build_response(status: str, payload: object, *, close: bool) -> bytes:
    """Serialise a whole JSON response, head and body, into the bytes of one write."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    head = [
        f"HTTP/1.1 {status}",
        "content-type: application/json",
        f"content-length: {len(body)}",
        *(f"{name}: {value}" for name, value in RATE_LIMIT_HEADERS.items()),
    ]
    if close:
        head.append("connection: close")
    return "\r\n".join(head).encode("ascii") + b"\r\n\r\n" + body


SENT = {close: build_response("200 OK", {"id": EMAIL_ID}, close=close) for close in (False, True)}
NOT_FOUND = {
    close: build_response(
        "404 Not Found", {"statusCode": 404, "message": "not found", "name": "not_found"}, close=close
    )
    for close in (False, True)
}
BAD_REQUEST = build_response(
    "400 Bad Request",
    {"statusCode": 400, "message": "needs a Content-Length body", "name": "validation_error"},
    close=True,
)


@dataclass
class ServerStats:
    """Connection counters of the server process.

    ``peak_open`` is the largest number of connections open at one time since the previous
    ``stats`` command, so a benchmark reads it once before and once after a measurement.
    """

    opened: int = 0
    open: int = 0
    peak_open: int = 0
    requests: int = 0


class _HTTPConnection(asyncio.Protocol):
    def __init__(self, stats: ServerStats) -> None:
        self._stats = stats
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        transport.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        self._stats.opened += 1
        self._stats.open += 1
        self._stats.peak_open = max(self._stats.peak_open, self._stats.open)

    def connection_lost(self, exc: Exception | None) -> None:
        self._stats.open -= 1

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        # A client may pipeline requests, so respond to every complete request in the buffer.
        while self._transport is not None and not self._transport.is_closing():
            if not self._respond_to_one():
                return

    def _respond_to_one(self) -> bool:
        assert self._transport is not None
        head_end = self._buffer.find(b"\r\n\r\n")
        if head_end < 0:
            if len(self._buffer) > MAX_HEAD_BYTES:
                self._transport.close()
            return False

        lines = self._buffer[:head_end].decode("latin-1").split("\r\n")
        method, _, rest = lines[0].partition(" ")
        path = rest.partition(" ")[0]
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()

        if "transfer-encoding" in headers or not headers.get("content-length", "0").isdigit():
            self._transport.write(BAD_REQUEST)
            self._transport.close()
            return False
        request_end = head_end + 4 + int(headers.get("content-length", "0"))
        if len(self._buffer) < request_end:
            return False
        del self._buffer[:request_end]

        self._stats.requests += 1
        close = headers.get("connection", "").lower() == "close"
        responses = SENT if (method, path) == ("POST", "/emails") else NOT_FOUND
        self._transport.write(responses[close])
        if close:
            self._transport.close()
        return True


async def serve(host: str = "127.0.0.1", port: int = 0) -> None:
    """Serve until stdin reaches its end, and print the counters for each ``stats`` line read."""
    loop = asyncio.get_running_loop()
    stats = ServerStats()
    server = await loop.create_server(lambda: _HTTPConnection(stats), host, port, backlog=4096)
    bound_host, bound_port = server.sockets[0].getsockname()[:2]
    print(f"http://{bound_host}:{bound_port}", flush=True)

    commands = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(commands), sys.stdin)
    async with server:
        while line := await commands.readline():
            if line.strip() == b"stats":
                print(json.dumps(asdict(stats)), flush=True)
                stats.peak_open = stats.open


class BenchServer:
    """Run the server in a child process for the length of a ``with`` block."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[str] | None = None
        self.base_url = ""

    def __enter__(self) -> "BenchServer":
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.server"],
            cwd=REPOSITORY_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        self.base_url = self._process.stdout.readline().strip()
        if not self.base_url.startswith("http://"):
            self.__exit__(None, None, None)
            message = f"the benchmark server failed to start: its first line of output was {self.base_url!r}"
            raise RuntimeError(message)
        return self

    def stats(self) -> ServerStats:
        """Return the server's counters and start a new ``peak_open`` period."""
        assert self._process is not None
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write("stats\n")
        self._process.stdin.flush()
        return ServerStats(**json.loads(self._process.stdout.readline()))

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._process is None:
            return
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()
        self._process = None


if __name__ == "__main__":
    asyncio.run(serve())

"""The HTTP server on loopback and ``Sandbox``, the handle tests use to start, inspect and stop it."""

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self, cast
from urllib.parse import parse_qsl, unquote, urlsplit

from ._app import SandboxApp
from ._description import load_description
from ._faults import Fault
from ._request import RecordedRequest

DEFAULT_API_KEY = "re_sandbox_key"
DEFAULT_RATE_LIMIT = 2
DEFAULT_WINDOW_SECONDS = 1.0

_HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})

# How often the serving thread checks for a stop request.
_POLL_INTERVAL_SECONDS = 0.05
_STOP_TIMEOUT_SECONDS = 5.0


class Sandbox:
    """A Resend-compatible API server on loopback that serves ``openapi/resend.yaml`` from memory.

    Each API key is a team with its own emails, idempotency keys and rate-limit window. Set
    ``rate_limit=None`` to turn rate limiting off, and responses then carry no ``ratelimit-*`` headers.
    ``port=0`` picks a free port. ``clock`` returns monotonic seconds and drives the rate-limit
    windows and the 24-hour life of idempotency keys. With ``examples_only``, every operation,
    the stateful Emails ones included, answers its first documented success example.
    """

    def __init__(
        self,
        api_keys: Iterable[str] = (DEFAULT_API_KEY,),
        *,
        rate_limit: int | None = DEFAULT_RATE_LIMIT,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.monotonic,
        examples_only: bool = False,
    ) -> None:
        keys = tuple(api_keys)
        if isinstance(api_keys, str) or not keys or not all(isinstance(key, str) and key for key in keys):
            raise ValueError("api_keys must be a non-empty collection of non-empty strings.")
        if rate_limit is not None and rate_limit < 1:
            raise ValueError(f"rate_limit must be at least 1 or None, not {rate_limit}.")
        if window_seconds <= 0:
            raise ValueError(f"window_seconds must be positive, not {window_seconds}.")

        self.api_keys = keys
        self.host = host
        self.port = port
        self._app = SandboxApp(keys, rate_limit, window_seconds, clock, load_description(), examples_only=examples_only)
        self._server: _SandboxServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """URL of the running server, such as ``http://127.0.0.1:54321``."""
        if self._server is None:
            raise RuntimeError("The sandbox is not running; call start() or use it in a with block.")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received since the start or the last reset, oldest first."""
        return self._app.state.requests()

    @property
    def send_hook(self) -> Callable[[], None] | None:
        """Callable run in the request thread while a send is in progress, before its emails are stored."""
        return self._app.operations.send_hook

    @send_hook.setter
    def send_hook(self, hook: Callable[[], None] | None) -> None:
        self._app.operations.send_hook = hook

    @property
    def pending_faults(self) -> int:
        """Count the scripted faults that no request has met yet."""
        return self._app.faults.pending()

    def inject(self, fault: Fault, *, count: int = 1, operation: str | None = None, method: str | None = None) -> None:
        """Apply ``fault`` to the next ``count`` requests, or only to those of ``operation`` and ``method``.

        ``operation`` is an ``operationId`` of the description, such as ``send_email``. Faults are
        applied in the order they were injected, each to the requests it matches; a request meets
        at most one fault.
        """
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError(f"count must be a whole number of at least 1, not {count!r}.")
        if operation is not None and operation not in self._app.operation_ids:
            raise ValueError(f"The description has no operation {operation!r}.")
        if method is not None and method.upper() not in _HTTP_METHODS:
            raise ValueError(f"method must be one of {', '.join(sorted(_HTTP_METHODS))}, not {method!r}.")
        self._app.faults.add(fault, count, operation, method)

    @property
    def stalled_requests(self) -> int:
        """Count the requests held by a stall right now."""
        return self._app.faults.stalls_in_progress()

    def clear_faults(self) -> None:
        """Forget the scripted faults that no request has met yet."""
        self._app.faults.clear()

    def release_stalls(self) -> None:
        """End every stall in progress, so the stalled requests are processed and get their responses now."""
        self._app.faults.release_stalls()

    def start(self) -> Self:
        """Bind the socket and serve requests in a background thread."""
        if self._server is not None:
            raise RuntimeError("The sandbox is already running.")
        server = _SandboxServer((self.host, self.port), _Handler)
        server.app = self._app
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": _POLL_INTERVAL_SECONDS},
            name="resend-sandbox",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving and close the socket; calling it again does nothing."""
        server, thread = self._server, self._thread
        self._server, self._thread = None, None
        if server is None:
            return
        self.release_stalls()
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(_STOP_TIMEOUT_SECONDS)

    def emails(self, api_key: str) -> list[dict[str, Any]]:
        """Return the team's emails, oldest first.

        Each is the email as ``GET /emails/{id}`` returns it, plus the request fields that this response
        leaves out, such as ``tags``, ``attachments`` and ``headers``.
        """
        self._check_key(api_key)
        return [{**email.extra, **email.resource} for email in self._app.state.emails(api_key)]

    def delivery_count(self, api_key: str, idempotency_key: str) -> int:
        """Count the requests with this idempotency key that actually sent emails (0, or 1 without duplicates)."""
        self._check_key(api_key)
        return self._app.state.delivery_count(api_key, idempotency_key)

    def reset(self) -> None:
        """Forget emails, idempotency records, rate-limit windows, recorded requests and scripted faults."""
        self._app.reset()

    def _check_key(self, api_key: str) -> None:
        if api_key not in self.api_keys:
            raise ValueError("The sandbox was not started with this API key.")


class _SandboxServer(ThreadingHTTPServer):
    daemon_threads = True
    app: SandboxApp

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out and hung up is routine here, not worth a traceback.
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes, so Nagle's algorithm would hold back each body
    # until the client's delayed ACK.
    disable_nagle_algorithm = True
    server_version = "ResendSandbox"
    # Close idle keep-alive connections, so their threads end.
    timeout = 30

    def do_GET(self) -> None:
        self._respond()

    def do_POST(self) -> None:
        self._respond()

    def do_PUT(self) -> None:
        self._respond()

    def do_PATCH(self) -> None:
        self._respond()

    def do_DELETE(self) -> None:
        self._respond()

    def do_HEAD(self) -> None:
        self._respond()

    def do_OPTIONS(self) -> None:
        self._respond()

    def log_message(self, format: str, *args: Any) -> None:
        """Stay silent: the app logs one line per request, without headers or bodies."""

    def _respond(self) -> None:
        body, body_error = self._read_body()
        url = urlsplit(self.path)
        query: dict[str, str] = {}
        for name, value in parse_qsl(url.query, keep_blank_values=True):
            query.setdefault(name, value)
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            name = name.lower()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        request = RecordedRequest(self.command, unquote(url.path), query, headers, body)

        app = cast(_SandboxServer, self.server).app
        response = app.respond(request, body_error)
        if response is None:
            self._drop_connection()
            return

        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(response.body)))
        if body_error is not None:
            self.send_header("connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def _drop_connection(self) -> None:
        """Close the connection without a response, as a network failure would."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _read_body(self) -> tuple[bytes, str | None]:
        """Read the body by its Content-Length or chunks; return it, or an error for a malformed one."""
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            return self._read_chunks()
        length_header = self.headers.get("content-length")
        if length_header is None:
            return b"", None
        try:
            length = int(length_header)
        except ValueError:
            return b"", f"Invalid `content-length` header: {length_header!r} is not a number."
        if length < 0:
            return b"", f"Invalid `content-length` header: {length} is negative."
        return self.rfile.read(length), None

    def _read_chunks(self) -> tuple[bytes, str | None]:
        chunks: list[bytes] = []
        while True:
            size_line = self.rfile.readline()
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError:
                return b"", "Invalid chunked request body."
            if size == 0:
                # Skip the trailer section, which ends with an empty line.
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks), None
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

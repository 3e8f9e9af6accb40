"""An HTTP server on 127.0.0.1 that replays scripted replies and records every request.

It covers replies the sandbox would never give: HTML error pages, empty bodies, malformed
headers, dropped connections and slow responses.
"""

import json
import socket
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

RATE_LIMIT_HEADERS = {
    "ratelimit-limit": "2",
    "ratelimit-remaining": "1",
    "ratelimit-reset": "1",
    "ratelimit-policy": "2;w=1",
}


@dataclass
class Reply:
    """One scripted reply; ``drop`` closes the connection without a response."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    delay_event: threading.Event | None = None


@dataclass
class RecordedRequest:
    """A request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def json_reply(status: int, payload: Any, headers: dict[str, str] | None = None) -> Reply:
    """Build a JSON reply carrying the usual rate-limit headers."""
    merged = {"content-type": "application/json; charset=utf-8", **RATE_LIMIT_HEADERS, **(headers or {})}
    return Reply(status=status, body=json.dumps(payload).encode(), headers=merged)


def error_reply(status: int, name: str, message: str, headers: dict[str, str] | None = None) -> Reply:
    """Build an error reply in the API's shape."""
    return json_reply(status, {"statusCode": status, "message": message, "name": name}, headers)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (a timeout test) or a dropped connection is expected here.
        return


class ScriptedServer:
    """Serve queued replies in order; with the queue empty, reply 500 so a missing script shows."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    def start(self) -> "ScriptedServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "ScriptedServer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _next_reply(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self.replies:
                return self.replies.popleft()
        return error_reply(500, "internal_server_error", "no reply was scripted for this request")

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = RecordedRequest(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query),
                    headers={name.lower(): value for name, value in self.headers.items()},
                    body=body,
                )
                reply = server._next_reply(recorded)

                if reply.delay_event is not None:
                    reply.delay_event.wait(timeout=10)
                if reply.drop:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return

                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _serve

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler

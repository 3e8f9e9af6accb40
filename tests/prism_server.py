"""Prism, the mock server pinned in contract/, run on 127.0.0.1 against the description.

Prism responds to each request with the description's examples, or with data generated from
the schemas when the request carries ``Prefer: dynamic=true``. It validates every request
against the description and lists each violation in the ``sl-violations`` response header.
"""

import json
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

import httpx

from generator import paths

CONTRACT_DIRECTORY = paths.ROOT / "contract"
PRISM_EXECUTABLE = CONTRACT_DIRECTORY / "node_modules" / ".bin" / "prism"
VIOLATIONS_HEADER = "sl-violations"

# Prism 5.14.2 on Node.js 20 started in about 2 s on a 2-core machine, for 6 and for 114
# operations. The limit leaves room for a slower CI machine.
STARTUP_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 10.0
_POLL_INTERVAL_SECONDS = 0.1

# Data generated for Prefer: dynamic=true depends only on this seed, so reruns get the same bodies.
DYNAMIC_SEED = "resend-client"


class PrismError(RuntimeError):
    """Prism did not start, or stopped while it was in use."""


class PrismServer:
    """A ``prism mock`` process on a free loopback port, with its output written to ``log_path``."""

    def __init__(self, description: Path, log_path: Path, executable: Path = PRISM_EXECUTABLE) -> None:
        self.description = description
        self.log_path = log_path
        self.executable = executable
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

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
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        """Start Prism and wait until it responds to HTTP requests."""
        self.port = _free_port()
        command = [
            str(self.executable),
            "mock",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--seed",
            DYNAMIC_SEED,
            str(self.description),
        ]
        self._log = self.log_path.open("wb")
        self._process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, cwd=CONTRACT_DIRECTORY
        )

        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop Prism, and kill it when it does not exit within ``STOP_TIMEOUT_SECONDS``."""
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def check_running(self) -> None:
        """Raise ``PrismError`` with the log when the process has exited."""
        if self._process is None or self._process.poll() is not None:
            code = None if self._process is None else self._process.returncode
            message = f"Prism is not running (exit code {code}). Its log:\n{self.log_tail()}"
            raise PrismError(message)

    def log_tail(self, lines: int = 60) -> str:
        """Return the last ``lines`` lines of Prism's output."""
        if self._log is not None:
            self._log.flush()
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return "(no log was written)"
        return "\n".join(text.splitlines()[-lines:]) or "(the log is empty)"

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            self.check_running()
            try:
                # Any HTTP response will do: Prism returns 404 for a path the description lacks.
                httpx.get(f"{self.base_url}/", timeout=1.0)
            except httpx.TransportError:
                time.sleep(_POLL_INTERVAL_SECONDS)
                continue
            return

        message = f"Prism did not respond on {self.base_url} within {STARTUP_TIMEOUT_SECONDS:.0f} s. Its log:\n"
        raise PrismError(message + self.log_tail())


def read_violations(headers: httpx.Headers) -> list[dict[str, Any]]:
    """Return the violations that Prism listed in a response's ``sl-violations`` header."""
    value = headers.get(VIOLATIONS_HEADER)
    if value is None:
        return []
    violations: list[dict[str, Any]] = json.loads(value)
    return violations


def _free_port() -> int:
    # Another process could take the port before Prism binds it. Prism then exits with
    # EADDRINUSE, and start() raises PrismError with the log.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port

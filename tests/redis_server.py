"""A throwaway redis-server on 127.0.0.1 and a free port, without persistence, for the Redis pacer tests."""

import shutil
import socket
import subprocess
import tempfile
import time
from types import TracebackType
from typing import IO, Self

import redis

STARTUP_TIMEOUT_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 10.0
_POLL_INTERVAL_SECONDS = 0.05


class RedisServerError(RuntimeError):
    """redis-server did not start."""


def redis_server_executable() -> str | None:
    """Return the path of ``redis-server``, or None when it is not installed."""
    return shutil.which("redis-server")


class RedisServer:
    """A ``redis-server`` process that keeps nothing on disk and stops with the ``with`` block."""

    def __init__(self, executable: str) -> None:
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
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> Self:
        """Start redis-server and wait until it replies to PING."""
        self.port = _free_port()
        command = [
            self.executable,
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--protected-mode",
            "yes",
        ]
        # The log goes to a file, because an unread pipe would block the server once full.
        # The file lives as long as the server and stop() closes it, so no with block fits.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115
        self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop redis-server, and kill it when it does not exit within ``STOP_TIMEOUT_SECONDS``."""
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

    def _wait_until_ready(self) -> None:
        assert self._process is not None
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1.0)
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        try:
            while time.monotonic() < deadline:
                if self._process.poll() is not None:
                    message = f"redis-server exited with code {self._process.returncode}:\n{self._read_log()}"
                    raise RedisServerError(message)
                try:
                    client.ping()
                except redis.ConnectionError:
                    time.sleep(_POLL_INTERVAL_SECONDS)
                    continue
                return
        finally:
            client.close()
        raise RedisServerError(
            f"redis-server did not respond on port {self.port} within {STARTUP_TIMEOUT_SECONDS:.0f} s"
        )

    def _read_log(self) -> str:
        if self._log is None:
            return "(no log)"
        self._log.seek(0)
        return self._log.read().decode(errors="replace")


def _free_port() -> int:
    # Another process could take the port before redis-server binds it; redis-server then exits,
    # and start() raises RedisServerError with its output.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port

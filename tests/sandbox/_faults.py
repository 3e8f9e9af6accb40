"""Faults that tests script for the next requests: dropped connections, proxy pages, stalls and 429s."""

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["drop_before_processing", "drop_after_processing", "bad_gateway", "stall", "too_many_requests"]

BAD_GATEWAY_PAGE = (
    b"<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title></head>\n"
    b"<body><h1>502 Bad Gateway</h1><p>The upstream server did not send a valid response.</p></body>\n</html>\n"
)


@dataclass(frozen=True)
class Fault:
    """One misbehaviour of the server or the network, made with the class methods below."""

    kind: FaultKind
    stall_seconds: float = 0.0
    retry_after: str | None = None
    error_name: str = "rate_limit_exceeded"

    @classmethod
    def drop_before_processing(cls) -> "Fault":
        """Close the connection without a response, before the request is processed: nothing is stored."""
        return cls("drop_before_processing")

    @classmethod
    def drop_after_processing(cls) -> "Fault":
        """Process the request, then close the connection without a response: the email is stored."""
        return cls("drop_after_processing")

    @classmethod
    def bad_gateway(cls) -> "Fault":
        """Respond 502 with an HTML page, as a proxy does, without processing the request."""
        return cls("bad_gateway")

    @classmethod
    def stall(cls, seconds: float) -> "Fault":
        """Wait ``seconds`` of real time, then process the request and send the response.

        Only the stalled request's own connection waits. ``Sandbox.release_stalls()`` and
        ``Sandbox.stop()`` end every stall at once.
        """
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"A stall must last a finite number of seconds of at least 0, not {seconds}.")
        return cls("stall", stall_seconds=seconds)

    @classmethod
    def too_many_requests(cls, retry_after: str | None = "1", *, error_name: str = "rate_limit_exceeded") -> "Fault":
        """Respond 429 without processing the request, with ``retry-after`` exactly as given, or none for None.

        Any text goes, so tests can send seconds, an HTTP-date, or a negative, huge or malformed
        value. ``error_name`` is the body's ``name``, such as ``daily_quota_exceeded``.
        """
        return cls("too_many_requests", retry_after=retry_after, error_name=error_name)


@dataclass
class _Rule:
    fault: Fault
    remaining: int
    operation: str | None
    method: str | None

    def matches(self, method: str, operation_id: Callable[[], str | None]) -> bool:
        if self.method is not None and self.method != method.upper():
            return False
        return self.operation is None or self.operation == operation_id()


class FaultPlan:
    """The scripted faults, consumed in order by the requests they match; safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[_Rule] = []
        self._stalls: set[threading.Event] = set()

    def add(self, fault: Fault, count: int, operation: str | None, method: str | None) -> None:
        """Apply ``fault`` to the next ``count`` requests that match ``operation`` and ``method``."""
        with self._lock:
            self._rules.append(_Rule(fault, count, operation, method.upper() if method else None))

    def take(self, method: str, operation_id: Callable[[], str | None]) -> Fault | None:
        """Return the fault for a request and count it, or None; ``operation_id`` finds the request's operation."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, operation_id):
                    rule.remaining -= 1
                    if rule.remaining == 0:
                        self._rules.remove(rule)
                    return rule.fault
        return None

    def pending(self) -> int:
        """Count the faults not yet applied."""
        with self._lock:
            return sum(rule.remaining for rule in self._rules)

    def clear(self) -> None:
        """Forget the faults not yet applied."""
        with self._lock:
            self._rules.clear()

    def wait(self, seconds: float) -> None:
        """Block the calling request thread for ``seconds``, or until ``release_stalls()``."""
        event = threading.Event()
        with self._lock:
            self._stalls.add(event)
        try:
            event.wait(seconds)
        finally:
            with self._lock:
                self._stalls.discard(event)

    def stalls_in_progress(self) -> int:
        """Count the requests that are stalled right now."""
        with self._lock:
            return len(self._stalls)

    def release_stalls(self) -> None:
        """End every stall in progress; later stalls wait again."""
        with self._lock:
            for event in self._stalls:
                event.set()

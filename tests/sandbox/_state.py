"""In-memory state of the sandbox: each team's emails, idempotency records and received requests.

Each API key is its own team. Every method takes the one lock, so request threads see a
consistent state.
"""

import copy
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._errors import ApiError
from ._request import RecordedRequest

# The API remembers an idempotency key for 24 hours.
IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60


@dataclass
class StoredEmail:
    """Email of a team: ``resource`` is what ``GET /emails/{id}`` returns, ``extra`` the other request fields."""

    resource: dict[str, Any]
    extra: dict[str, Any]


@dataclass(frozen=True)
class Outcome:
    """Status, JSON payload and extra headers of a response, kept to replay an idempotent request."""

    status: int
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _IdempotencyRecord:
    fingerprint: str
    created: float
    # None while the first request with the key is still running.
    outcome: Outcome | None = None


class SandboxState:
    """Everything the sandbox remembers between requests."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._emails: dict[str, dict[str, StoredEmail]] = {}
        self._idempotency: dict[tuple[str, str], _IdempotencyRecord] = {}
        self._deliveries: dict[tuple[str, str], int] = {}
        self._requests: list[RecordedRequest] = []

    def record_request(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def add_emails(self, team: str, emails: list[StoredEmail], idempotency_key: str | None) -> None:
        """Store newly sent emails, and count one delivery for the idempotency key if there is one."""
        with self._lock:
            stored = self._emails.setdefault(team, {})
            for email in emails:
                stored[email.resource["id"]] = email
            if idempotency_key is not None:
                counter = (team, idempotency_key)
                self._deliveries[counter] = self._deliveries.get(counter, 0) + 1

    def emails(self, team: str) -> list[StoredEmail]:
        """Return copies of the team's emails, oldest first."""
        with self._lock:
            return copy.deepcopy(list(self._emails.get(team, {}).values()))

    def email(self, team: str, email_id: str) -> StoredEmail | None:
        with self._lock:
            email = self._emails.get(team, {}).get(email_id)
            return copy.deepcopy(email)

    def update_scheduled_email(self, team: str, email_id: str, changes: dict[str, Any], action: str) -> None:
        """Apply ``changes`` to a scheduled email, or raise 404 or 422 naming ``action`` (such as "rescheduled")."""
        with self._lock:
            email = self._emails.get(team, {}).get(email_id)
            if email is None:
                raise ApiError(404, "not_found", "Email not found.")
            last_event = email.resource["last_event"]
            if last_event != "scheduled":
                message = f"Only a scheduled email can be {action}, but email `{email_id}` is {last_event}."
                raise ApiError(422, "validation_error", message)
            email.resource.update(changes)

    def delivery_count(self, team: str, idempotency_key: str) -> int:
        with self._lock:
            return self._deliveries.get((team, idempotency_key), 0)

    def begin_idempotent(self, team: str, key: str, fingerprint: str) -> Outcome | None:
        """Claim ``key`` for a new request and return None, or return the first outcome to replay.

        Raises 409 when the key was used with another payload or its first request is still running.
        """
        with self._lock:
            now = self._clock()
            record = self._idempotency.get((team, key))
            if record is None or now - record.created >= IDEMPOTENCY_TTL_SECONDS:
                self._idempotency[(team, key)] = _IdempotencyRecord(fingerprint, created=now)
                return None

            if record.fingerprint != fingerprint:
                message = "This idempotency key was already used with a different request body."
                raise ApiError(409, "invalid_idempotent_request", message)
            if record.outcome is None:
                message = "A request with this idempotency key is still in progress."
                raise ApiError(409, "concurrent_idempotent_requests", message)
            return record.outcome

    def finish_idempotent(self, team: str, key: str, outcome: Outcome) -> None:
        with self._lock:
            record = self._idempotency.get((team, key))
            if record is not None:
                record.outcome = outcome

    def abandon_idempotent(self, team: str, key: str) -> None:
        """Release a key whose request failed unexpectedly, so that a retry runs again."""
        with self._lock:
            self._idempotency.pop((team, key), None)

    def clear(self) -> None:
        with self._lock:
            self._emails.clear()
            self._idempotency.clear()
            self._deliveries.clear()
            self._requests.clear()

"""What each operation of the description does to the sandbox's state, keyed by ``operationId``."""

import copy
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from ._description import BATCH_VALIDATION_HEADER, DEFAULT_BATCH_VALIDATION, IDEMPOTENCY_HEADER, ValidRequest
from ._errors import ApiError
from ._state import Outcome, SandboxState, StoredEmail

DEFAULT_PAGE_LIMIT = 20
# The real list responses leave out the bodies, as the description's list example shows.
LIST_OMITTED_FIELDS = ("html", "text")
_ADDRESS_LIST_FIELDS = ("bcc", "cc", "reply_to")

# Relative send times such as "in 1 min" or "in 2 hours".
_RELATIVE_TIME_PATTERN = re.compile(
    r"in (?P<amount>\d{1,6}) (?P<unit>s|sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days)",
    re.IGNORECASE,
)
# Seconds per unit, keyed by the unit's first letter, which tells the units above apart.
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class Operations:
    """Handlers for the operations the sandbox implements with state of its own.

    Every other operation of the description answers its first documented success example,
    after the request passed the same validation; with ``examples_only``, every operation does.

    ``send_hook``, when set, is called in the request thread after an idempotency key is claimed
    and before the emails are stored, so a test can hold a send in progress.
    """

    def __init__(self, state: SandboxState, email_fields: frozenset[str], *, examples_only: bool = False) -> None:
        self._state = state
        self._examples_only = examples_only
        self._email_fields = email_fields
        self.send_hook: Callable[[], None] | None = None
        self._handlers: dict[str, Callable[[str, ValidRequest], Outcome]] = {
            "send_email": self._send_email,
            "send_batch_emails": self._send_batch_emails,
            "list_emails": self._list_emails,
            "get_email": self._get_email,
            "update_email": self._update_email,
            "cancel_email": self._cancel_email,
        }

    def run(self, team: str, request: ValidRequest) -> Outcome:
        """Run the request's operation for ``team``."""
        operation_id = request.operation.operation_id
        handler = None if self._examples_only else self._handlers.get(operation_id)
        if handler is None:
            return Outcome(request.operation.success_status, copy.deepcopy(request.operation.success_example))
        return handler(team, request)

    def _send_email(self, team: str, request: ValidRequest) -> Outcome:
        email = self._new_email(request.body)
        self._deliver(team, request, [email])
        return Outcome(200, {"id": email.resource["id"]})

    def _send_batch_emails(self, team: str, request: ValidRequest) -> Outcome:
        rejected = dict(request.rejected)
        emails = [self._new_email(payload) for index, payload in enumerate(request.body) if index not in rejected]
        self._deliver(team, request, emails)

        payload: dict[str, Any] = {"data": [{"id": email.resource["id"]} for email in emails]}
        mode = request.header_params.get(BATCH_VALIDATION_HEADER, DEFAULT_BATCH_VALIDATION)
        if mode == "permissive":
            payload["errors"] = [{"index": index, "message": message} for index, message in request.rejected]
        return Outcome(200, payload)

    def _list_emails(self, team: str, request: ValidRequest) -> Outcome:
        limit: int = request.query_params.get("limit", DEFAULT_PAGE_LIMIT)
        after: str | None = request.query_params.get("after")
        before: str | None = request.query_params.get("before")
        if after is not None and before is not None:
            message = "The `after` and `before` parameters cannot be used together. Send only one of them."
            raise ApiError(422, "validation_error", message)

        newest_first = [email.resource for email in reversed(self._state.emails(team))]
        if after is not None:
            following = newest_first[_position(newest_first, after, "after") + 1 :]
            page, has_more = following[:limit], len(following) > limit
        elif before is not None:
            preceding = newest_first[: _position(newest_first, before, "before")]
            page, has_more = preceding[-limit:], len(preceding) > limit
        else:
            page, has_more = newest_first[:limit], len(newest_first) > limit

        data = [{name: value for name, value in email.items() if name not in LIST_OMITTED_FIELDS} for email in page]
        return Outcome(200, {"object": "list", "has_more": has_more, "data": data})

    def _get_email(self, team: str, request: ValidRequest) -> Outcome:
        email = self._state.email(team, request.path_params["email_id"])
        if email is None:
            raise ApiError(404, "not_found", "Email not found.")
        return Outcome(200, email.resource)

    def _update_email(self, team: str, request: ValidRequest) -> Outcome:
        email_id = request.path_params["email_id"]
        scheduled_at = _parse_scheduled_at(request.body["scheduled_at"])
        self._state.update_scheduled_email(team, email_id, {"scheduled_at": scheduled_at}, "rescheduled")
        return Outcome(200, {"object": "email", "id": email_id})

    def _cancel_email(self, team: str, request: ValidRequest) -> Outcome:
        email_id = request.path_params["email_id"]
        self._state.update_scheduled_email(team, email_id, {"last_event": "canceled"}, "canceled")
        return Outcome(200, {"object": "email", "id": email_id})

    def _deliver(self, team: str, request: ValidRequest, emails: list[StoredEmail]) -> None:
        if self.send_hook is not None:
            self.send_hook()
        self._state.add_emails(team, emails, request.header_params.get(IDEMPOTENCY_HEADER))

    def _new_email(self, payload: dict[str, Any]) -> StoredEmail:
        scheduled_at = payload.get("scheduled_at")
        resource: dict[str, Any] = {
            "object": "email",
            "id": str(uuid.uuid4()),
            "to": _as_list(payload["to"]),
            "from": payload["from"],
            "created_at": _format_timestamp(datetime.now(UTC)),
            "subject": payload["subject"],
            "html": payload.get("html"),
            "text": payload.get("text"),
        }
        for name in _ADDRESS_LIST_FIELDS:
            resource[name] = _as_list(payload[name]) if name in payload else None
        resource["last_event"] = "scheduled" if scheduled_at else "delivered"
        resource["scheduled_at"] = _parse_scheduled_at(scheduled_at) if scheduled_at else None

        extra = {name: value for name, value in payload.items() if name not in self._email_fields}
        return StoredEmail(resource=resource, extra=extra)


def _position(emails: list[dict[str, Any]], email_id: str, parameter: str) -> int:
    for index, email in enumerate(emails):
        if email["id"] == email_id:
            return index
    raise ApiError(422, "validation_error", f"Invalid `{parameter}` parameter: no email with id `{email_id}` exists.")


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _format_timestamp(moment: datetime) -> str:
    """Format a time in RFC 3339, such as ``2025-10-08T03:24:02.123456+00:00``.

    The API also sends ``2025-10-08 03:24:02.123456+00``; the client's reading of that form is
    tested against the scripted server, since the description declares RFC 3339.
    """
    return moment.astimezone(UTC).isoformat()


def _parse_scheduled_at(value: str) -> str:
    """Check a requested send time and format it in RFC 3339, such as ``2025-10-09T09:00:00+00:00``.

    The API takes an ISO 8601 time or a phrase such as "in 1 hour"; either must lie in the future.
    """
    now = datetime.now(UTC)
    phrase = _RELATIVE_TIME_PATTERN.fullmatch(value.strip())
    if phrase is not None:
        seconds = int(phrase["amount"]) * _UNIT_SECONDS[phrase["unit"][0].lower()]
        moment = now + timedelta(seconds=seconds)
    else:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError as error:
            message = (
                f"Invalid `scheduled_at` field: {value!r} is not a time. Use ISO 8601, such as "
                "`2030-01-01T09:00:00Z`, or a phrase such as `in 1 hour`."
            )
            raise ApiError(422, "validation_error", message) from error
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)

    if moment <= now:
        raise ApiError(422, "validation_error", f"Invalid `scheduled_at` field: {value!r} must be in the future.")
    return _format_timestamp(moment)

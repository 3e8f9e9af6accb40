"""The request pipeline: record, authenticate, rate-limit, route, validate, run and check the response."""

import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ._description import IDEMPOTENCY_HEADER, MISSING_API_KEY_MESSAGE, Description, ValidRequest
from ._errors import ApiError
from ._faults import BAD_GATEWAY_PAGE, Fault, FaultPlan
from ._operations import Operations
from ._ratelimit import FixedWindowRateLimiter
from ._request import RecordedRequest
from ._state import Outcome, SandboxState

logger = logging.getLogger("tests.sandbox")

JSON_CONTENT_TYPE = "application/json; charset=utf-8"


@dataclass(frozen=True)
class HttpResponse:
    """Response to send: status, headers with lower-case names, and body."""

    status: int
    headers: dict[str, str]
    body: bytes


class SandboxApp:
    """Turn each received request into the response the Resend API would send."""

    def __init__(
        self,
        api_keys: Iterable[str],
        rate_limit: int | None,
        window_seconds: float,
        clock: Callable[[], float],
        description: Description,
        *,
        examples_only: bool = False,
    ) -> None:
        self._api_keys = frozenset(api_keys)
        self._description = description
        self._limiter = FixedWindowRateLimiter(rate_limit, window_seconds, clock) if rate_limit is not None else None
        self.state = SandboxState(clock)
        self.operations = Operations(self.state, description.email_fields, examples_only=examples_only)
        self.faults = FaultPlan()
        self.operation_ids = description.operation_ids

    def respond(self, request: RecordedRequest, body_error: str | None = None) -> HttpResponse | None:
        """Build the response to one request, or return None to close the connection without one.

        A scripted fault that matches the request changes what happens, otherwise ``handle`` runs.
        """
        fault = self.faults.take(request.method, lambda: self._operation_id(request))
        if fault is None:
            return self.handle(request, body_error)
        logger.info("%s %s: scripted fault %s", request.method, request.path, fault.kind)

        if fault.kind == "drop_before_processing":
            self.state.record_request(request)
            return None
        if fault.kind == "drop_after_processing":
            self.handle(request, body_error)
            return None
        if fault.kind == "stall":
            self.faults.wait(fault.stall_seconds)
            return self.handle(request, body_error)
        self.state.record_request(request)
        if fault.kind == "bad_gateway":
            return HttpResponse(502, {"content-type": "text/html; charset=utf-8"}, BAD_GATEWAY_PAGE)
        return self._too_many_requests(fault)

    def handle(self, request: RecordedRequest, body_error: str | None = None) -> HttpResponse:
        """Build the response to one request.

        ``body_error`` describes a body that could not be read from the connection.
        """
        self.state.record_request(request)

        rate_limit_headers = self._limiter.uncounted().headers() if self._limiter else {}
        try:
            team = self._authenticate(request)
            rate_limit_headers = self._count(team)
            if body_error is not None:
                raise ApiError(400, "validation_error", body_error)
            operation = self._description.find_operation(request)
            valid = self._description.validate(request, operation)
            outcome = self._run(team, valid)
        except ApiError as error:
            outcome = _error_outcome(error)
        except Exception:
            logger.exception("%s %s failed", request.method, request.path)
            outcome = _error_outcome(ApiError(500, "application_error", "An unexpected error occurred."))

        response = _build_response(outcome, rate_limit_headers)
        if 200 <= response.status < 300:
            response = self._check_response(request, response, rate_limit_headers)
        logger.info("%s %s %d", request.method, request.path, response.status)
        return response

    def reset(self) -> None:
        self.state.clear()
        self.faults.clear()
        if self._limiter is not None:
            self._limiter.reset()

    def _operation_id(self, request: RecordedRequest) -> str | None:
        try:
            return self._description.find_operation(request).operation_id
        except ApiError:
            return None

    def _too_many_requests(self, fault: Fault) -> HttpResponse:
        """Build a scripted 429, which counts against no window, as the API's 429s do not."""
        headers = self._limiter.exhausted().headers() if self._limiter else {}
        headers.pop("retry-after", None)
        if fault.retry_after is not None:
            headers["retry-after"] = fault.retry_after
        error = ApiError(429, fault.error_name, "Too many requests (a fault scripted by the test).", headers)
        return _build_response(_error_outcome(error), {})

    def _authenticate(self, request: RecordedRequest) -> str:
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or not key:
            raise ApiError(401, "missing_api_key", MISSING_API_KEY_MESSAGE)
        if key not in self._api_keys:
            raise ApiError(403, "invalid_api_key", "The API key is invalid.")
        return key

    def _count(self, team: str) -> dict[str, str]:
        """Count the request against the team's window and return the rate-limit headers."""
        if self._limiter is None:
            return {}
        decision = self._limiter.acquire(team)
        if not decision.allowed:
            window = self._limiter.window_seconds
            period = "second" if window == 1 else f"{window:g} seconds"
            message = f"Too many requests. The limit is {self._limiter.limit} requests per {period}."
            raise ApiError(429, "rate_limit_exceeded", message, decision.headers())
        return decision.headers()

    def _run(self, team: str, request: ValidRequest) -> Outcome:
        """Run the operation, replaying the first outcome for a repeated idempotency key."""
        key = request.header_params.get(IDEMPOTENCY_HEADER)
        if not request.operation.takes_idempotency_key or key is None:
            return self.operations.run(team, request)

        replay = self.state.begin_idempotent(team, key, _fingerprint(request))
        if replay is not None:
            return replay

        try:
            outcome = self.operations.run(team, request)
        except ApiError as error:
            outcome = _error_outcome(error)
        except BaseException:
            self.state.abandon_idempotent(team, key)
            raise
        self.state.finish_idempotent(team, key, outcome)
        return outcome

    def _check_response(
        self, request: RecordedRequest, response: HttpResponse, rate_limit_headers: dict[str, str]
    ) -> HttpResponse:
        """Replace a response that the description does not allow with a 500, so that tests notice."""
        errors = self._description.response_errors(request, response.status, response.headers, response.body)
        if not errors:
            return response
        logger.error(
            "%s %s built a response that does not match the description: %s", request.method, request.path, errors
        )
        message = f"The sandbox built a response that does not match the description: {'; '.join(errors)}"
        return _build_response(_error_outcome(ApiError(500, "application_error", message)), rate_limit_headers)


def _error_outcome(error: ApiError) -> Outcome:
    return Outcome(error.status, error.to_body(), error.headers)


def _build_response(outcome: Outcome, rate_limit_headers: dict[str, str]) -> HttpResponse:
    headers = {"content-type": JSON_CONTENT_TYPE, **rate_limit_headers, **outcome.headers}
    body = json.dumps(outcome.payload, separators=(",", ":")).encode()
    return HttpResponse(outcome.status, headers, body)


def _fingerprint(request: ValidRequest) -> str:
    """Hash everything that decides a request's outcome, except the idempotency key itself."""
    headers = {name: value for name, value in request.header_params.items() if name != IDEMPOTENCY_HEADER}
    document = {"operation": request.operation.operation_id, "headers": headers, "body": request.body}
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()

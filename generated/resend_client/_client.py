# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The ``Resend`` and ``AsyncResend`` clients: configuration, the HTTP connection and the one function that sends requests."""

import functools
import ipaddress
import json
import logging
import os
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._constants import (
    API_KEY_ENVIRONMENT_VARIABLE,
    BASE_URL_ENVIRONMENT_VARIABLES,
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    LOOPBACK_HOST_NAMES,
)
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    InvalidRequestError,
    make_status_error,
)
from ._logging import logger, register_secret
from ._rate_limit import RateLimit
from ._request import PreparedRequest
from ._response import APIResponse
from ._retry import Failure, RetryPolicy
from ._version import __version__
from .types import UNSET, RequestFiles, Unset

if TYPE_CHECKING:
    from ._pacing import AsyncPacer, Pacer
    from ._redis_pacing import AsyncRedisPacer, RedisPacer
    from ._resources.api_keys import ApiKeysResource, AsyncApiKeysResource
    from ._resources.audiences import AsyncAudiencesResource, AudiencesResource
    from ._resources.automations import AsyncAutomationsResource, AutomationsResource
    from ._resources.broadcasts import AsyncBroadcastsResource, BroadcastsResource
    from ._resources.contact_properties import AsyncContactPropertiesResource, ContactPropertiesResource
    from ._resources.contacts import AsyncContactsResource, ContactsResource
    from ._resources.domains import AsyncDomainsResource, DomainsResource
    from ._resources.emails import AsyncEmailsResource, EmailsResource
    from ._resources.events import AsyncEventsResource, EventsResource
    from ._resources.logs import AsyncLogsResource, LogsResource
    from ._resources.oauth_grants import AsyncOauthGrantsResource, OauthGrantsResource
    from ._resources.segments import AsyncSegmentsResource, SegmentsResource
    from ._resources.suppressions import AsyncSuppressionsResource, SuppressionsResource
    from ._resources.templates import AsyncTemplatesResource, TemplatesResource
    from ._resources.topics import AsyncTopicsResource, TopicsResource
    from ._resources.webhooks import AsyncWebhooksResource, WebhooksResource

T = TypeVar("T")

IDEMPOTENCY_HEADER = "idempotency-key"

FAILURE_DESCRIPTIONS = {
    "connect": "a failed connection",
    "timeout": "a timeout",
    "dropped": "a dropped connection",
}

TimeoutTypes = float | httpx.Timeout

# RFC 9110, section 5.1 (token) and 5.5 (field value, here limited to ASCII): a value may be
# empty, and inner spaces and tabs are allowed but not at either end.
HEADER_NAME_PATTERN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
HEADER_VALUE_PATTERN = re.compile(r"([\x21-\x7e]([\x20\x09]*[\x21-\x7e])*)?")

# Errors raised by httpx before any response arrived, translated here and nowhere else. The
# first matching entry wins, so the timeout subclass comes before its base class.
TRANSPORT_ERRORS: tuple[tuple[type[httpx.RequestError], type[APIConnectionError]], ...] = (
    (httpx.TimeoutException, APITimeoutError),
    (httpx.RequestError, APIConnectionError),
)


class _BaseClient:
    """Configuration and request handling shared by ``Resend`` and ``AsyncResend``."""

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes | None,
        max_retries: int | None,
        retry_policy: RetryPolicy | None,
        total_timeout: float | None | Unset,
    ) -> None:
        self._api_key = _resolve_api_key(api_key)
        register_secret(self._api_key)
        # Checked once here; only the headers a call adds are checked per request.
        self._fixed_headers = {
            "Accept": "application/json",
            "Authorization": f"Bearer {self._api_key}",
            "User-Agent": f"resend-client-python/{__version__}",
        }
        _check_header_values(self._fixed_headers)
        self.base_url = _resolve_base_url(base_url)
        self.timeout = DEFAULT_TIMEOUT if timeout is None else coerce_timeout(timeout)
        self.total_timeout = DEFAULT_TOTAL_TIMEOUT if isinstance(total_timeout, Unset) else _total(total_timeout)

        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            message = f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}"
            raise ConfigurationError(message)
        policy = retry_policy or RetryPolicy()
        self.retry_policy = policy if max_retries is None else policy.with_max_retries(max_retries)
        self._timing = Timing()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _build_arguments(
        self,
        request: PreparedRequest,
        *,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
        timeout: TimeoutTypes | None,
    ) -> dict[str, Any]:
        """Return the keyword arguments of ``httpx.Client.request`` for one call."""
        headers = dict(self._fixed_headers)
        if request.headers:
            _check_header_values(request.headers)
            headers.update(request.headers)
        files = _form_parts(request, extra_body)
        content = None if files is not None else _encode_body(request, extra_body)
        if content is not None:
            headers["Content-Type"] = "application/json"
        if extra_headers:
            _check_header_values(extra_headers)
            headers.update(extra_headers)

        params = {**request.params, **extra_query} if extra_query else request.params
        return {
            "method": request.method,
            "url": f"{self.base_url}{request.path}",
            # An empty mapping would make httpx parse the URL a second time.
            "params": params or None,
            "content": content,
            "files": files,
            "headers": headers,
            "timeout": self.timeout if timeout is None else coerce_timeout(timeout),
        }

    def _policy_for(self, max_retries: int | None) -> RetryPolicy:
        return self.retry_policy if max_retries is None else self.retry_policy.with_max_retries(max_retries)

    def _deadline_for(self, total_timeout: float | None | Unset, started: float) -> float | None:
        seconds = self.total_timeout if isinstance(total_timeout, Unset) else _total(total_timeout)
        return None if seconds is None else started + seconds

    def _attempt_timeout(
        self, timeout: httpx.Timeout, deadline: float | None, request: PreparedRequest, attempt: int
    ) -> httpx.Timeout:
        """Shorten each phase's timeout to the time left before the call's deadline."""
        if deadline is None:
            return timeout
        left = deadline - self._timing.monotonic()
        if left <= 0:
            error = APITimeoutError(f"{request.method} {request.path} did not finish within its total_timeout")
            error.record_attempts(max(attempt - 1, 1))
            raise error
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if all(phase is not None and phase <= left for phase in phases):
            return timeout
        return httpx.Timeout(
            connect=_shorter(timeout.connect, left),
            read=_shorter(timeout.read, left),
            write=_shorter(timeout.write, left),
            pool=_shorter(timeout.pool, left),
        )

    def _retry_wait(
        self,
        policy: RetryPolicy,
        request: PreparedRequest,
        arguments: Mapping[str, Any],
        attempt: int,
        deadline: float | None,
        *,
        response: httpx.Response | None = None,
        error_name: str | None = None,
        failure: Failure | None = None,
    ) -> tuple[float | None, str | None]:
        """Return how long to wait before retrying, or None when the call must fail now.

        The second value explains a retry that the policy allowed but the deadline did not.
        """
        wait = policy.decide(
            method=request.method,
            has_idempotency_key=any(name.lower() == IDEMPOTENCY_HEADER for name in arguments["headers"]),
            attempt=attempt,
            status=None if response is None else response.status_code,
            error_name=error_name,
            headers=None if response is None else response.headers,
            failure=failure,
            random=self._timing.random,
            now=self._timing.wall(),
        )
        if wait is None:
            return None, None
        if deadline is not None and self._timing.monotonic() + wait >= deadline:
            logger.debug(
                "%s %s: not retrying, since waiting %.2f s would pass the total_timeout",
                request.method,
                request.path,
                wait,
            )
            return None, f"not retried: waiting {wait:g} s would pass the total_timeout"
        if failure is not None:
            reason = FAILURE_DESCRIPTIONS[failure]
        else:
            reason = f"{response.status_code if response is not None else ''} {error_name or ''}".strip()
        logger.debug(
            "%s %s: retrying in %.2f s after %s (attempt %d of %d)",
            request.method,
            request.path,
            wait,
            reason,
            attempt,
            policy.max_retries + 1,
        )
        return wait, None

    def _parse(
        self,
        request: PreparedRequest,
        response: httpx.Response,
        parse: Callable[[httpx.Response], T],
        rate_limit: RateLimit,
    ) -> APIResponse[T]:
        """Parse a success response into the operation's model and its rate limit."""
        try:
            parsed = parse(response)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            problem = f"missing field {error.args[0]!r}" if isinstance(error, KeyError) else str(error)
            message = (
                f"{request.method} {request.path} returned {response.status_code} "
                f"with a body that does not match the documented model: {problem}"
            )
            raise APIResponseValidationError(message, response=response) from error

        return APIResponse(
            status_code=response.status_code,
            headers=response.headers,
            rate_limit=rate_limit,
            parsed=parsed,
            http_response=response,
        )

    def _log_response(self, request: PreparedRequest, response: httpx.Response, attempt: int, sent: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (self._timing.monotonic() - sent) * 1000
            logger.debug(
                "%s %s -> %d in %.0f ms (attempt %d)",
                request.method,
                request.path,
                response.status_code,
                elapsed_ms,
                attempt,
            )


class Resend(_BaseClient):
    """A client for the Resend API.

    The API key comes from ``api_key`` or the ``RESEND_API_KEY`` environment variable. The base
    URL defaults to ``https://api.resend.com``, or ``RESEND_BASE_URL`` (``RESEND_API_URL``, as the
    official SDK reads it, also works); plain ``http://`` is accepted only for loopback hosts.
    ``timeout`` applies to each attempt, in seconds or an ``httpx.Timeout`` (default: 10 s to
    connect, 30 s to write and for each read), and ``total_timeout`` to a whole call with its
    retries and waits (default 120 s; None for no limit). ``max_retries`` (default 2) and
    ``retry_policy`` decide what is retried and how long to wait; ``pacing`` keeps the client
    under the rate limit that the API's headers announce (``True``, ``False``, or a
    ``RedisPacer`` shared by several processes). ``http_client`` is an ``httpx.Client`` of your
    own, for proxies, custom CAs or mocks; the client closes only the connection it created
    itself. Use the client in a ``with`` block, or call ``close()``, to release its connections.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | None = None,
        total_timeout: float | None | Unset = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        pacing: "bool | Pacer | RedisPacer" = True,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries, retry_policy, total_timeout)
        self._pacing_setting = _check_pacing(pacing, asynchronous=False)
        self._pacer: Pacer | RedisPacer | None = None
        self._pacer_lock = threading.Lock()
        if http_client is not None and not isinstance(http_client, httpx.Client):
            message = f"http_client must be an httpx.Client, got {type(http_client).__name__}"
            raise ConfigurationError(message)
        self._http_client = http_client
        self._owns_http_client = http_client is None

    @functools.cached_property
    def emails(self) -> "EmailsResource":
        """The operations of ``client.emails``, loaded on first use."""
        from ._resources.emails import EmailsResource

        return EmailsResource(self)

    @functools.cached_property
    def domains(self) -> "DomainsResource":
        """The operations of ``client.domains``, loaded on first use."""
        from ._resources.domains import DomainsResource

        return DomainsResource(self)

    @functools.cached_property
    def api_keys(self) -> "ApiKeysResource":
        """The operations of ``client.api_keys``, loaded on first use."""
        from ._resources.api_keys import ApiKeysResource

        return ApiKeysResource(self)

    @functools.cached_property
    def oauth_grants(self) -> "OauthGrantsResource":
        """The operations of ``client.oauth_grants``, loaded on first use."""
        from ._resources.oauth_grants import OauthGrantsResource

        return OauthGrantsResource(self)

    @functools.cached_property
    def contacts(self) -> "ContactsResource":
        """The operations of ``client.contacts``, loaded on first use."""
        from ._resources.contacts import ContactsResource

        return ContactsResource(self)

    @functools.cached_property
    def audiences(self) -> "AudiencesResource":
        """The operations of ``client.audiences``, loaded on first use."""
        from ._resources.audiences import AudiencesResource

        return AudiencesResource(self)

    @functools.cached_property
    def segments(self) -> "SegmentsResource":
        """The operations of ``client.segments``, loaded on first use."""
        from ._resources.segments import SegmentsResource

        return SegmentsResource(self)

    @functools.cached_property
    def templates(self) -> "TemplatesResource":
        """The operations of ``client.templates``, loaded on first use."""
        from ._resources.templates import TemplatesResource

        return TemplatesResource(self)

    @functools.cached_property
    def broadcasts(self) -> "BroadcastsResource":
        """The operations of ``client.broadcasts``, loaded on first use."""
        from ._resources.broadcasts import BroadcastsResource

        return BroadcastsResource(self)

    @functools.cached_property
    def webhooks(self) -> "WebhooksResource":
        """The operations of ``client.webhooks``, loaded on first use."""
        from ._resources.webhooks import WebhooksResource

        return WebhooksResource(self)

    @functools.cached_property
    def topics(self) -> "TopicsResource":
        """The operations of ``client.topics``, loaded on first use."""
        from ._resources.topics import TopicsResource

        return TopicsResource(self)

    @functools.cached_property
    def contact_properties(self) -> "ContactPropertiesResource":
        """The operations of ``client.contact_properties``, loaded on first use."""
        from ._resources.contact_properties import ContactPropertiesResource

        return ContactPropertiesResource(self)

    @functools.cached_property
    def logs(self) -> "LogsResource":
        """The operations of ``client.logs``, loaded on first use."""
        from ._resources.logs import LogsResource

        return LogsResource(self)

    @functools.cached_property
    def automations(self) -> "AutomationsResource":
        """The operations of ``client.automations``, loaded on first use."""
        from ._resources.automations import AutomationsResource

        return AutomationsResource(self)

    @functools.cached_property
    def events(self) -> "EventsResource":
        """The operations of ``client.events``, loaded on first use."""
        from ._resources.events import EventsResource

        return EventsResource(self)

    @functools.cached_property
    def suppressions(self) -> "SuppressionsResource":
        """The operations of ``client.suppressions``, loaded on first use."""
        from ._resources.suppressions import SuppressionsResource

        return SuppressionsResource(self)

    def __enter__(self) -> "Resend":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP connection pool, unless it belongs to an ``http_client`` passed in."""
        if self._http_client is not None and self._owns_http_client:
            self._http_client.close()
            self._http_client = None

    def _get_http_client(self) -> httpx.Client:
        # Created on first use, so constructing a client never opens sockets or reads certificates.
        if self._http_client is None:
            self._http_client = httpx.Client(timeout=self.timeout, follow_redirects=False)
        return self._http_client

    def _get_pacer(self) -> "Pacer | RedisPacer | None":
        if self._pacer is None and self._pacing_setting is True:
            with self._pacer_lock:
                if self._pacer is None:
                    from ._pacing import Pacer

                    self._pacer = Pacer(clock=self._timing.monotonic, sleep=self._timing.sleep)
        elif self._pacer is None and self._pacing_setting is not False:
            self._pacer = self._pacing_setting
        return self._pacer

    def _request(
        self,
        request: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        *,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
        timeout: TimeoutTypes | None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[T]:
        arguments = self._build_arguments(
            request, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )
        policy = self._policy_for(max_retries)
        deadline = self._deadline_for(total_timeout, self._timing.monotonic())
        timeout_setting = arguments["timeout"]
        pacer = self._get_pacer()
        http_client = self._get_http_client()

        attempt = 0
        while True:
            attempt += 1
            if pacer is not None:
                pacer.acquire()
            arguments["timeout"] = self._attempt_timeout(timeout_setting, deadline, request, attempt)
            sent = self._timing.monotonic()
            try:
                response = http_client.request(**arguments)
            except httpx.RequestError as error:
                if pacer is not None:
                    pacer.observe({})
                failure = classify_transport_error(error)
                wait, note = self._retry_wait(policy, request, arguments, attempt, deadline, failure=failure)
                if wait is None:
                    connection_error = translate_transport_error(error, request)
                    connection_error.record_attempts(attempt, note)
                    raise connection_error from error
                self._timing.sleep(wait)
                continue

            rate_limit = RateLimit.from_headers(response.headers)
            if pacer is not None:
                pacer.observe(rate_limit)
            self._log_response(request, response, attempt, sent)
            if response.is_success:
                return self._parse(request, response, parse, rate_limit)

            status_error = make_status_error(response, secret=self._api_key)
            wait, note = self._retry_wait(
                policy, request, arguments, attempt, deadline, response=response, error_name=status_error.code
            )
            if wait is None:
                status_error.record_attempts(attempt, note)
                raise status_error
            if pacer is not None and response.status_code == 429:
                pacer.penalize(wait)
            self._timing.sleep(wait)


class AsyncResend(_BaseClient):
    """The asynchronous client for the Resend API: every call is awaitable.

    It takes the same settings as ``Resend``; ``pacing`` may be an ``AsyncRedisPacer`` and
    ``http_client`` an ``httpx.AsyncClient`` of your own. Use it in an ``async with`` block, or
    await ``aclose()``, to release its connections.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | None = None,
        total_timeout: float | None | Unset = UNSET,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        pacing: "bool | AsyncPacer | AsyncRedisPacer" = True,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries, retry_policy, total_timeout)
        self._pacing_setting = _check_pacing(pacing, asynchronous=True)
        self._pacer: AsyncPacer | AsyncRedisPacer | None = None
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            message = f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}"
            raise ConfigurationError(message)
        self._http_client = http_client
        self._owns_http_client = http_client is None

    @functools.cached_property
    def emails(self) -> "AsyncEmailsResource":
        """The operations of ``client.emails``, loaded on first use."""
        from ._resources.emails import AsyncEmailsResource

        return AsyncEmailsResource(self)

    @functools.cached_property
    def domains(self) -> "AsyncDomainsResource":
        """The operations of ``client.domains``, loaded on first use."""
        from ._resources.domains import AsyncDomainsResource

        return AsyncDomainsResource(self)

    @functools.cached_property
    def api_keys(self) -> "AsyncApiKeysResource":
        """The operations of ``client.api_keys``, loaded on first use."""
        from ._resources.api_keys import AsyncApiKeysResource

        return AsyncApiKeysResource(self)

    @functools.cached_property
    def oauth_grants(self) -> "AsyncOauthGrantsResource":
        """The operations of ``client.oauth_grants``, loaded on first use."""
        from ._resources.oauth_grants import AsyncOauthGrantsResource

        return AsyncOauthGrantsResource(self)

    @functools.cached_property
    def contacts(self) -> "AsyncContactsResource":
        """The operations of ``client.contacts``, loaded on first use."""
        from ._resources.contacts import AsyncContactsResource

        return AsyncContactsResource(self)

    @functools.cached_property
    def audiences(self) -> "AsyncAudiencesResource":
        """The operations of ``client.audiences``, loaded on first use."""
        from ._resources.audiences import AsyncAudiencesResource

        return AsyncAudiencesResource(self)

    @functools.cached_property
    def segments(self) -> "AsyncSegmentsResource":
        """The operations of ``client.segments``, loaded on first use."""
        from ._resources.segments import AsyncSegmentsResource

        return AsyncSegmentsResource(self)

    @functools.cached_property
    def templates(self) -> "AsyncTemplatesResource":
        """The operations of ``client.templates``, loaded on first use."""
        from ._resources.templates import AsyncTemplatesResource

        return AsyncTemplatesResource(self)

    @functools.cached_property
    def broadcasts(self) -> "AsyncBroadcastsResource":
        """The operations of ``client.broadcasts``, loaded on first use."""
        from ._resources.broadcasts import AsyncBroadcastsResource

        return AsyncBroadcastsResource(self)

    @functools.cached_property
    def webhooks(self) -> "AsyncWebhooksResource":
        """The operations of ``client.webhooks``, loaded on first use."""
        from ._resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self)

    @functools.cached_property
    def topics(self) -> "AsyncTopicsResource":
        """The operations of ``client.topics``, loaded on first use."""
        from ._resources.topics import AsyncTopicsResource

        return AsyncTopicsResource(self)

    @functools.cached_property
    def contact_properties(self) -> "AsyncContactPropertiesResource":
        """The operations of ``client.contact_properties``, loaded on first use."""
        from ._resources.contact_properties import AsyncContactPropertiesResource

        return AsyncContactPropertiesResource(self)

    @functools.cached_property
    def logs(self) -> "AsyncLogsResource":
        """The operations of ``client.logs``, loaded on first use."""
        from ._resources.logs import AsyncLogsResource

        return AsyncLogsResource(self)

    @functools.cached_property
    def automations(self) -> "AsyncAutomationsResource":
        """The operations of ``client.automations``, loaded on first use."""
        from ._resources.automations import AsyncAutomationsResource

        return AsyncAutomationsResource(self)

    @functools.cached_property
    def events(self) -> "AsyncEventsResource":
        """The operations of ``client.events``, loaded on first use."""
        from ._resources.events import AsyncEventsResource

        return AsyncEventsResource(self)

    @functools.cached_property
    def suppressions(self) -> "AsyncSuppressionsResource":
        """The operations of ``client.suppressions``, loaded on first use."""
        from ._resources.suppressions import AsyncSuppressionsResource

        return AsyncSuppressionsResource(self)

    async def __aenter__(self) -> "AsyncResend":
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP connection pool, unless it belongs to an ``http_client`` passed in."""
        if self._http_client is not None and self._owns_http_client:
            await self._http_client.aclose()
            self._http_client = None

    def _get_http_client(self) -> httpx.AsyncClient:
        if self._http_client is None:
            self._http_client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)
        return self._http_client

    def _get_pacer(self) -> "AsyncPacer | AsyncRedisPacer | None":
        # Tasks share one event loop thread, so no lock is needed to create it once.
        if self._pacer is None and self._pacing_setting is True:
            from ._pacing import AsyncPacer

            self._pacer = AsyncPacer(clock=self._timing.monotonic, sleep=self._timing.async_sleep)
        elif self._pacer is None and self._pacing_setting is not False:
            self._pacer = self._pacing_setting
        return self._pacer

    async def _request(
        self,
        request: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        *,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
        timeout: TimeoutTypes | None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[T]:
        arguments = self._build_arguments(
            request, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )
        policy = self._policy_for(max_retries)
        deadline = self._deadline_for(total_timeout, self._timing.monotonic())
        timeout_setting = arguments["timeout"]
        pacer = self._get_pacer()
        http_client = self._get_http_client()

        attempt = 0
        while True:
            attempt += 1
            if pacer is not None:
                await pacer.acquire()
            arguments["timeout"] = self._attempt_timeout(timeout_setting, deadline, request, attempt)
            sent = self._timing.monotonic()
            try:
                response = await http_client.request(**arguments)
            except httpx.RequestError as error:
                if pacer is not None:
                    await pacer.observe({})
                failure = classify_transport_error(error)
                wait, note = self._retry_wait(policy, request, arguments, attempt, deadline, failure=failure)
                if wait is None:
                    connection_error = translate_transport_error(error, request)
                    connection_error.record_attempts(attempt, note)
                    raise connection_error from error
                await self._timing.async_sleep(wait)
                continue

            rate_limit = RateLimit.from_headers(response.headers)
            if pacer is not None:
                await pacer.observe(rate_limit)
            self._log_response(request, response, attempt, sent)
            if response.is_success:
                return self._parse(request, response, parse, rate_limit)

            status_error = make_status_error(response, secret=self._api_key)
            wait, note = self._retry_wait(
                policy, request, arguments, attempt, deadline, response=response, error_name=status_error.code
            )
            if wait is None:
                status_error.record_attempts(attempt, note)
                raise status_error
            if pacer is not None and response.status_code == 429:
                await pacer.penalize(wait)
            await self._timing.async_sleep(wait)


class Timing:
    """The clocks, sleeps and randomness of retries and pacing, replaced by tests to avoid real waits."""

    def __init__(self) -> None:
        self.monotonic: Callable[[], float] = time.monotonic
        self.wall: Callable[[], float] = time.time
        self.sleep: Callable[[float], None] = time.sleep
        self.random: Callable[[], float] = random.random

    async def async_sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)


def classify_transport_error(error: httpx.RequestError) -> "Failure | None":
    """Say how far a request got before httpx failed: not sent, timed out, or dropped after sending."""
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return "connect"
    if isinstance(error, (httpx.ReadTimeout, httpx.WriteTimeout)):
        return "timeout"
    if isinstance(error, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return "dropped"
    return None


def _check_pacing(pacing: object, *, asynchronous: bool) -> Any:
    if isinstance(pacing, bool):
        return pacing
    expected = ("acquire", "observe", "penalize")
    if all(callable(getattr(pacing, name, None)) for name in expected):
        return pacing
    kind = "an AsyncPacer or AsyncRedisPacer" if asynchronous else "a Pacer or RedisPacer"
    message = f"pacing must be True, False or {kind}, got {type(pacing).__name__}"
    raise ConfigurationError(message)


def _total(seconds: object) -> float | None:
    if seconds is None:
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        message = f"total_timeout must be a number of seconds or None, got {type(seconds).__name__}"
        raise ConfigurationError(message)
    _check_seconds("total_timeout", seconds)
    return float(seconds)


def _shorter(seconds: float | None, left: float) -> float:
    return left if seconds is None else min(seconds, left)


def translate_transport_error(error: httpx.RequestError, request: PreparedRequest) -> APIConnectionError:
    """Return the package's exception for an httpx error raised before any response arrived."""
    for httpx_class, error_class in TRANSPORT_ERRORS:
        if isinstance(error, httpx_class):
            break
    verb = "timed out" if error_class is APITimeoutError else "failed"
    message = f"{request.method} {request.path} {verb}: {type(error).__name__}: {error}"
    return error_class(message, request=_request_of(error))


def coerce_timeout(timeout: object) -> httpx.Timeout:
    """Turn seconds or an ``httpx.Timeout`` into an ``httpx.Timeout``, rejecting anything else."""
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            seconds = getattr(timeout, phase)
            if seconds is not None:
                _check_seconds(f"timeout.{phase}", seconds)
        return timeout

    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        message = f"timeout must be a number of seconds or an httpx.Timeout, got {type(timeout).__name__}"
        raise ConfigurationError(message)
    _check_seconds("timeout", timeout)
    return httpx.Timeout(float(timeout))


def _check_seconds(name: str, seconds: float) -> None:
    # The comparison is written so that NaN fails it as well.
    if not 0 < seconds < float("inf"):
        message = f"{name} must be a finite number of seconds above 0, got {seconds!r}"
        raise ConfigurationError(message)


def _request_of(error: httpx.RequestError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:
        return None


def _form_parts(request: PreparedRequest, extra_body: Mapping[str, Any] | None) -> RequestFiles | None:
    """Return the parts of a multipart body, with ``extra_body`` entries as extra text fields."""
    if request.files is None:
        return None
    parts = list(request.files)
    for name, value in (extra_body or {}).items():
        text = value if isinstance(value, str) else json.dumps(value)
        parts.append((name, (None, text.encode("utf-8"), "text/plain")))
    return parts


def _encode_body(request: PreparedRequest, extra_body: Mapping[str, Any] | None) -> bytes | None:
    body = request.json_body
    if extra_body:
        if not request.has_body:
            body = dict(extra_body)
        elif isinstance(body, dict):
            body = {**body, **extra_body}
        else:
            message = f"extra_body needs a JSON object body, but {request.method} {request.path} sends an array"
            raise InvalidRequestError(message)
    elif not request.has_body:
        return None

    try:
        return json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError) as error:
        message = f"the body of {request.method} {request.path} is not valid JSON: {error}"
        raise InvalidRequestError(message) from error


def _check_header_values(headers: Mapping[Any, object]) -> None:
    # httpx raises UnicodeEncodeError or a protocol error for these, and only once the connection
    # is open, which would look like a network failure. Values are never quoted because they may
    # be credentials.
    for name, value in headers.items():
        if not isinstance(name, str) or not HEADER_NAME_PATTERN.fullmatch(name):
            message = f"invalid header name {name!r}: use letters, digits and - (RFC 9110 token characters)"
            raise InvalidRequestError(message)
        if not isinstance(value, str):
            message = f"the value of header {name!r} must be a string, got {type(value).__name__}"
            raise InvalidRequestError(message)
        if not HEADER_VALUE_PATTERN.fullmatch(value):
            message = (
                f"invalid value for header {name!r}: use printable ASCII without line breaks "
                "or leading and trailing spaces"
            )
            raise InvalidRequestError(message)


def _resolve_api_key(api_key: str | None) -> str:
    source = "api_key"
    if api_key is None:
        api_key = os.environ.get(API_KEY_ENVIRONMENT_VARIABLE)
        source = API_KEY_ENVIRONMENT_VARIABLE
    if api_key is not None and not isinstance(api_key, str):
        message = f"api_key must be a string, got {type(api_key).__name__}"
        raise ConfigurationError(message)

    key = (api_key or "").strip()
    if not key:
        message = (
            f"no API key: pass api_key=... to Resend() or set the {API_KEY_ENVIRONMENT_VARIABLE} environment variable"
        )
        raise ConfigurationError(message)

    # The key is never quoted here, so a key pasted into the wrong place does not end up in a log.
    if not key.isascii() or not key.isprintable() or " " in key:
        message = f"the API key from {source} contains spaces or characters that an HTTP header cannot carry"
        raise ConfigurationError(message)
    return key


def _resolve_base_url(base_url: str | None) -> str:
    source = "base_url"
    if base_url is None:
        for variable in BASE_URL_ENVIRONMENT_VARIABLES:
            if os.environ.get(variable):
                base_url, source = os.environ[variable], variable
                break
        else:
            return DEFAULT_BASE_URL

    if isinstance(base_url, httpx.URL):
        base_url = str(base_url)
    if not isinstance(base_url, str):
        message = f"{source} must be a string or an httpx.URL, got {type(base_url).__name__}"
        raise ConfigurationError(message)

    try:
        url = httpx.URL(base_url.strip())
        port = url.port
    except (httpx.InvalidURL, TypeError, ValueError) as error:
        message = f"{source} is not a valid URL: {base_url!r}"
        raise ConfigurationError(message) from error

    # Checked first, because the messages below quote the URL and it would show the password.
    if url.userinfo:
        message = f"{source} must not contain a user name or password; the API key is the only credential"
        raise ConfigurationError(message)
    if " " in base_url.strip() or (port is not None and not 0 < port < 65536):
        message = f"{source} is not a valid URL: {base_url!r}"
        raise ConfigurationError(message)

    if url.scheme not in ("http", "https") or not url.host:
        message = f"{source} must be an http:// or https:// URL with a host, got {base_url!r}"
        raise ConfigurationError(message)
    if url.scheme == "http" and not _is_loopback(url.host):
        message = (
            f"{source} uses plain http:// for {url.host!r}; the API key would travel unencrypted. "
            "Use https://, or a loopback host (localhost, 127.0.0.1, ::1) for a local server."
        )
        raise ConfigurationError(message)
    if url.query or url.fragment:
        message = f"{source} must not carry a query or fragment, got {base_url!r}"
        raise ConfigurationError(message)

    return str(url).rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_HOST_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False

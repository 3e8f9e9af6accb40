# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The ``Resend`` and ``AsyncResend`` clients: configuration, the HTTP connection and the one function that sends requests."""

import functools
import ipaddress
import json
import os
import re
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
from ._version import __version__
from .types import RequestFiles

if TYPE_CHECKING:
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

    def __init__(self, api_key: str | None, base_url: str | None, timeout: TimeoutTypes | None) -> None:
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

    def _finish(
        self, request: PreparedRequest, response: httpx.Response, parse: Callable[[httpx.Response], T], started: float
    ) -> APIResponse[T]:
        """Raise the typed error for a failed response, or parse a successful one."""
        elapsed_ms = (time.monotonic() - started) * 1000
        logger.debug("%s %s -> %d in %.0f ms", request.method, request.path, response.status_code, elapsed_ms)

        if not response.is_success:
            raise make_status_error(response, secret=self._api_key)

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
            rate_limit=RateLimit.from_headers(response.headers),
            parsed=parsed,
            http_response=response,
        )


class Resend(_BaseClient):
    """A client for the Resend API.

    The API key comes from ``api_key`` or the ``RESEND_API_KEY`` environment variable. The base
    URL defaults to ``https://api.resend.com``, or ``RESEND_BASE_URL`` (``RESEND_API_URL``, as the
    official SDK reads it, also works); plain ``http://`` is accepted only for loopback hosts.
    ``timeout`` is in seconds or an ``httpx.Timeout`` (default: 60 s, 10 s to connect).
    ``http_client`` is an ``httpx.Client`` of your own, for proxies, custom CAs or mocks; the
    client closes only the connection it created itself. Use the client in a ``with`` block, or
    call ``close()``, to release its connections.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout)
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

    def _request(
        self,
        request: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        *,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
        timeout: TimeoutTypes | None,
    ) -> APIResponse[T]:
        arguments = self._build_arguments(
            request, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )
        started = time.monotonic()
        try:
            response = self._get_http_client().request(**arguments)
        except httpx.RequestError as error:
            raise translate_transport_error(error, request) from error
        return self._finish(request, response, parse, started)


class AsyncResend(_BaseClient):
    """The asynchronous client for the Resend API: every call is awaitable.

    It takes the same settings as ``Resend``; ``http_client`` is an ``httpx.AsyncClient`` of your
    own. Use it in an ``async with`` block, or await ``aclose()``, to release its connections.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout)
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

    async def _request(
        self,
        request: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        *,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
        timeout: TimeoutTypes | None,
    ) -> APIResponse[T]:
        arguments = self._build_arguments(
            request, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )
        started = time.monotonic()
        try:
            response = await self._get_http_client().request(**arguments)
        except httpx.RequestError as error:
            raise translate_transport_error(error, request) from error
        return self._finish(request, response, parse, started)


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

"""The same scenarios against ``Resend`` and ``AsyncResend``, over loopback to the sandbox.

Each test takes a ``Driver``: it calls the client's methods and resolves what the async client
returns, so one scenario runs unchanged against both.
"""

import asyncio
import inspect
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from resend_client import (
    APIResponse,
    AsyncPage,
    AsyncPager,
    AsyncResend,
    ConfigurationError,
    NotFoundError,
    Resend,
    SyncPage,
    UnprocessableEntityError,
)
from resend_client.models import Email, SendEmailResponse

from tests.sandbox import Sandbox

API_KEY = "re_both_clients_key_123"
SENDER = "Acme <onboarding@resend.dev>"
RECIPIENT = "delivered@resend.dev"


class Driver:
    """Runs a scenario's calls on one client, awaiting them when the client is asynchronous."""

    def __init__(self, client: Resend | AsyncResend, runner: asyncio.Runner | None) -> None:
        self.client = client
        self._runner = runner

    @property
    def is_async(self) -> bool:
        return self._runner is not None

    def __call__(self, value: Any) -> Any:
        if self._runner is not None and inspect.isawaitable(value):
            return self._runner.run(_await(value))
        return value

    def items(self, listing: SyncPage[Any] | AsyncPager[Any]) -> list[Any]:
        """Every item of a list call, across all its pages."""
        if isinstance(listing, AsyncPager):
            assert self._runner is not None
            return self._runner.run(_collect(listing))
        return list(listing)


async def _await(value: Any) -> Any:
    return await value


async def _collect(items: AsyncIterator[Any] | AsyncPager[Any]) -> list[Any]:
    return [item async for item in items]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(api_keys=(API_KEY,), rate_limit=None) as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def drive(request: pytest.FixtureRequest, sandbox: Sandbox) -> Iterator[Driver]:
    if request.param == "sync":
        with Resend(API_KEY, base_url=sandbox.base_url, timeout=10) as client:
            yield Driver(client, None)
        return
    with asyncio.Runner() as runner:
        client = AsyncResend(API_KEY, base_url=sandbox.base_url, timeout=10)
        yield Driver(client, runner)
        runner.run(client.aclose())


def test_send_and_fetch(drive: Driver) -> None:
    sent = drive(drive.client.emails.send(from_=SENDER, to=RECIPIENT, subject="Receipt", html="<p>Thanks</p>"))
    email = drive(drive.client.emails.get(sent.id))

    assert isinstance(sent, SendEmailResponse)
    assert isinstance(email, Email)
    assert (email.id, email.subject, email.to) == (sent.id, "Receipt", [RECIPIENT])


def test_raw_response_has_rate_limit_and_model(drive: Driver) -> None:
    raw = drive(drive.client.emails.with_raw_response.send(from_=SENDER, to=RECIPIENT, subject="Raw", text="x"))

    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert isinstance(raw.parsed, SendEmailResponse)


def test_errors_are_the_same_classes(drive: Driver) -> None:
    with pytest.raises(NotFoundError):
        drive(drive.client.emails.get("5e2ab1c1-0000-4000-8000-000000000000"))
    with pytest.raises(UnprocessableEntityError, match="subject"):
        drive(drive.client.emails.send(from_=SENDER, to=RECIPIENT, subject="", text="x"))


def test_list_page_and_all_items(drive: Driver, sandbox: Sandbox) -> None:
    for number in range(5):
        drive(drive.client.emails.send(from_=SENDER, to=RECIPIENT, subject=f"Page test {number}", text="x"))

    page = drive(drive.client.emails.list(limit=2))
    every = drive.items(drive.client.emails.list(limit=2))

    assert isinstance(page, AsyncPage if drive.is_async else SyncPage)
    assert len(page.data) == 2
    assert page.has_more is True
    assert [email.id for email in every] == [email["id"] for email in reversed(sandbox.emails(API_KEY))]


def test_nested_resource_and_multipart(drive: Driver) -> None:
    added = drive(drive.client.contacts.segments.add("e169aa45-1ecf-4183-9955-b1499d5701d3", "78261eea"))
    imported = drive(drive.client.contacts.imports.create(file=b"email\njane@example.com\n", on_conflict="upsert"))

    assert added.segment_id
    assert imported.id


def test_deprecated_call_warns(drive: Driver) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pending = drive.client.audiences.contacts.get("78261eea-8f8b-4381-83c6-79fa7120f1cf", "jane@example.com")
        drive(pending)

    messages = [str(warning.message) for warning in caught if warning.category is DeprecationWarning]
    assert messages == ["client.audiences.contacts.get calls a deprecated endpoint; use client.contacts.get instead"]


def test_both_clients_have_the_same_methods() -> None:
    def surface(resource: Any, prefix: str) -> set[str]:
        names: set[str] = set()
        for name in dir(resource):
            if name.startswith("_"):
                continue
            value = getattr(resource, name)
            if name == "with_raw_response" or hasattr(value, "with_raw_response"):
                names |= surface(value, f"{prefix}.{name}")
            elif callable(value):
                names.add(f"{prefix}.{name}")
        return names

    sync_client = Resend(API_KEY, base_url="http://127.0.0.1:9")
    async_client = AsyncResend(API_KEY, base_url="http://127.0.0.1:9")

    sync_surface = surface(sync_client, "client") - {"client.close"}
    async_surface = surface(async_client, "client") - {"client.aclose"}
    assert sync_surface == async_surface
    assert len(sync_surface) > 200


def test_context_managers_close_connections(sandbox: Sandbox) -> None:
    with Resend(API_KEY, base_url=sandbox.base_url) as client:
        client.emails.send(from_=SENDER, to=RECIPIENT, subject="Closing", text="x")
        sync_pool = client._get_http_client()
    assert sync_pool.is_closed

    async def use_async_client() -> bool:
        async with AsyncResend(API_KEY, base_url=sandbox.base_url) as client:
            await client.emails.send(from_=SENDER, to=RECIPIENT, subject="Closing", text="x")
            async_pool = client._get_http_client()
        return async_pool.is_closed

    assert asyncio.run(use_async_client())


def test_async_client_rejects_sync_http_client() -> None:
    with pytest.raises(ConfigurationError, match="http_client must be an httpx.AsyncClient, got Client"):
        AsyncResend(API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]

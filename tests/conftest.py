"""Shared fixtures: a scripted loopback server and a client pointed at it."""

from collections.abc import Iterator

import pytest
from resend_client import Resend

from tests.sandbox import Sandbox
from tests.scripted_server import ScriptedServer

TEST_API_KEY = "re_test_5ecret_Key_for_tests_123"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own Resend settings out of every test."""
    for variable in ("RESEND_API_KEY", "RESEND_BASE_URL", "RESEND_API_URL"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


@pytest.fixture
def client(scripted: ScriptedServer) -> Iterator[Resend]:
    """A client of the scripted server that sends each call once: retries have tests of their own."""
    with Resend(TEST_API_KEY, base_url=scripted.base_url, timeout=5, max_retries=0, pacing=False) as resend:
        yield resend


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[Sandbox]:
    """One sandbox without a rate limit for tests that only read its documented examples."""
    with Sandbox(api_keys=(TEST_API_KEY,), rate_limit=None) as server:
        yield server


@pytest.fixture
def sandbox_client(shared_sandbox: Sandbox) -> Iterator[Resend]:
    with Resend(TEST_API_KEY, base_url=shared_sandbox.base_url, timeout=10) as resend:
        yield resend

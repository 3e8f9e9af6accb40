"""Iterating a list call walks every page through the cursor, lazily, against the sandbox."""

import asyncio
import gc
import itertools
import weakref
from collections.abc import Iterator

import pytest
from resend_client import AsyncResend, Resend

from tests.sandbox import Sandbox

API_KEY = "re_pagination_key_123"
SENDER = "Acme <onboarding@resend.dev>"
EMAIL_COUNT = 2500


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """A sandbox holding EMAIL_COUNT emails, sent in batches of 100."""
    with Sandbox(api_keys=(API_KEY,), rate_limit=None) as server, Resend(API_KEY, base_url=server.base_url) as client:
        for start in range(0, EMAIL_COUNT, 100):
            batch = [
                {"from": SENDER, "to": "delivered@resend.dev", "subject": f"Email {number}", "text": "x"}
                for number in range(start, start + 100)
            ]
            client.emails.send_batch(emails=batch)
        yield server


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Resend]:
    with Resend(API_KEY, base_url=sandbox.base_url) as resend:
        yield resend


def newest_first_ids(sandbox: Sandbox) -> list[str]:
    return [email["id"] for email in reversed(sandbox.emails(API_KEY))]


def list_queries(sandbox: Sandbox, since: int) -> list[dict[str, str]]:
    """The query of each list request the sandbox received after its first ``since`` requests."""
    return [request.query for request in sandbox.requests[since:] if request.method == "GET"]


def test_iteration_yields_every_item_once(client: Resend, sandbox: Sandbox) -> None:
    since = len(sandbox.requests)

    ids = [email.id for email in client.emails.list(limit=100)]

    assert ids == newest_first_ids(sandbox)
    assert len(ids) == EMAIL_COUNT
    assert len(list_queries(sandbox, since)) == EMAIL_COUNT // 100


def test_next_page_fetched_on_demand(client: Resend, sandbox: Sandbox) -> None:
    since = len(sandbox.requests)
    items = iter(client.emails.list(limit=100))

    first_hundred = list(itertools.islice(items, 100))
    requests_after_first_page = len(list_queries(sandbox, since))
    next(items)

    assert len(first_hundred) == 100
    assert requests_after_first_page == 1
    assert list_queries(sandbox, since)[1] == {"limit": "100", "after": first_hundred[-1].id}


def test_pages_already_walked_are_released(client: Resend) -> None:
    first = client.emails.list(limit=100)
    pages = first.iter_pages()
    next(pages)
    second = next(pages)
    watched = weakref.ref(second.model)
    del second

    for _ in itertools.islice(pages, 3):
        pass
    gc.collect()

    assert watched() is None


def test_before_walks_backwards(client: Resend, sandbox: Sandbox) -> None:
    ids = newest_first_ids(sandbox)

    walked = [email.id for email in client.emails.list(limit=50, before=ids[320])]

    assert sorted(walked, key=ids.index) == ids[:320]
    assert len(walked) == 320


def test_first_page_alone(client: Resend) -> None:
    page = client.emails.list(limit=10)

    assert len(page.data) == 10
    assert page.has_more is True
    assert page.response.rate_limit is not None
    assert page.next_page() is not None


def test_async_for_yields_every_item(sandbox: Sandbox) -> None:
    async def walk() -> list[str]:
        async with AsyncResend(API_KEY, base_url=sandbox.base_url) as client:
            first = await client.emails.list(limit=100)
            assert len(first.data) == 100
            return [email.id async for email in client.emails.list(limit=100)]

    assert asyncio.run(walk()) == newest_first_ids(sandbox)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Pages of list operations, which iterate over every item by fetching the next pages on demand.

A list call returns its first page. Iterating it yields the items of that page and then of each
following page, fetched with the ``after`` cursor (the id of the last item) only once the
previous page is used up, so memory stays at one page however long the list is. A list started
with ``before`` walks the other way, with the id of each page's first item.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from ._errors import APIResponseValidationError
from ._response import APIResponse
from .types import UNSET, Unset

ItemT = TypeVar("ItemT")

Cursor = str | Unset


class _PageBase(Generic[ItemT]):
    def __init__(self, response: APIResponse[Any], *, backwards: bool) -> None:
        self.response = response
        """The whole response of this page, with its headers and rate limit."""
        self.model: Any = response.parsed
        """The list response as parsed, with ``object``, ``has_more`` and ``data``."""
        self._backwards = backwards

    @property
    def data(self) -> list[ItemT]:
        """The items of this page."""
        return list(self.model.data)

    @property
    def has_more(self) -> bool:
        """Whether another page follows; older list endpoints that return everything leave it unset."""
        return self.model.has_more is True

    def next_cursors(self) -> tuple[Cursor, Cursor] | None:
        """Return the ``(after, before)`` arguments of the next page, or None after the last page."""
        items = self.model.data
        if not self.has_more or not items:
            return None
        item = items[0] if self._backwards else items[-1]
        cursor = getattr(item, "id", UNSET)
        if not isinstance(cursor, str):
            message = "the page says more items follow, but its items have no id to continue from"
            raise APIResponseValidationError(message, response=self.response.http_response)
        return (UNSET, cursor) if self._backwards else (cursor, UNSET)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.model.data)}, has_more={self.has_more})"


class SyncPage(_PageBase[ItemT]):
    """One page of a list; iterating it yields every item of this page and the ones after it."""

    def __init__(
        self,
        response: APIResponse[Any],
        fetch: Callable[[Cursor, Cursor], APIResponse[Any]],
        *,
        backwards: bool = False,
    ) -> None:
        super().__init__(response, backwards=backwards)
        self._fetch = fetch

    @classmethod
    def first(
        cls, fetch: Callable[[Cursor, Cursor], APIResponse[Any]], after: Cursor, before: Cursor
    ) -> "SyncPage[ItemT]":
        """Fetch the first page of a list call."""
        return cls(fetch(after, before), fetch, backwards=not isinstance(before, Unset))

    def next_page(self) -> "SyncPage[ItemT] | None":
        """Fetch the page after this one, or return None when this is the last."""
        cursors = self.next_cursors()
        if cursors is None:
            return None
        return SyncPage(self._fetch(*cursors), self._fetch, backwards=self._backwards)

    def iter_pages(self) -> Iterator["SyncPage[ItemT]"]:
        """Yield this page and each following one, fetching each only when it is reached."""
        page: SyncPage[ItemT] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.model.data


class AsyncPage(_PageBase[ItemT]):
    """One page of a list from ``AsyncResend``; ``async for`` yields every item from here on."""

    def __init__(
        self,
        response: APIResponse[Any],
        fetch: Callable[[Cursor, Cursor], Awaitable[APIResponse[Any]]],
        *,
        backwards: bool,
    ) -> None:
        super().__init__(response, backwards=backwards)
        self._fetch = fetch

    async def next_page(self) -> "AsyncPage[ItemT] | None":
        """Fetch the page after this one, or return None when this is the last."""
        cursors = self.next_cursors()
        if cursors is None:
            return None
        return AsyncPage(await self._fetch(*cursors), self._fetch, backwards=self._backwards)

    async def iter_pages(self) -> AsyncIterator["AsyncPage[ItemT]"]:
        """Yield this page and each following one, fetching each only when it is reached."""
        page: AsyncPage[ItemT] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.model.data:
                yield item


class AsyncPager(Generic[ItemT]):
    """What an async list call returns: await it for the first page, or ``async for`` every item."""

    def __init__(
        self, fetch: Callable[[Cursor, Cursor], Awaitable[APIResponse[Any]]], after: Cursor, before: Cursor
    ) -> None:
        self._fetch = fetch
        self._after = after
        self._before = before

    async def _first_page(self) -> AsyncPage[ItemT]:
        response = await self._fetch(self._after, self._before)
        return AsyncPage(response, self._fetch, backwards=not isinstance(self._before, Unset))

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first_page()
        async for item in page:
            yield item

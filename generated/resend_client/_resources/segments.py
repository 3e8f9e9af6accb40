# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.segments`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.segments import create_segment, delete_segment, get_segment, list_segment_contacts, list_segments
from ..models import (
    ContactListItem,
    CreateSegmentRequestFilter,
    DeleteSegmentResponse,
    ListContactsResponse,
    ListSegmentsResponse,
    Segment,
    SegmentListItem,
    SegmentReference,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class SegmentsContactsResourceWithRawResponse:
    """The operations of ``client.segments.contacts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        segment_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ListContactsResponse]:
        """List the contacts in a segment.

        Returns one page of the segment's contacts. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            segment_id: Id of the segment, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_segment_contacts.build_request(
                segment_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_segment_contacts.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class SegmentsContactsResource:
    """The operations of ``client.segments.contacts``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = SegmentsContactsResourceWithRawResponse(client)

    def list(
        self,
        segment_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SyncPage[ContactListItem]:
        """List the contacts in a segment.

        Returns one page of the segment's contacts. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            segment_id: Id of the segment, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactsResponse]:
            return self._client._request(
                list_segment_contacts.build_request(
                    segment_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_segment_contacts.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)


class AsyncSegmentsContactsResourceWithRawResponse:
    """The operations of ``client.segments.contacts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        segment_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ListContactsResponse]:
        """List the contacts in a segment.

        Returns one page of the segment's contacts. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            segment_id: Id of the segment, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_segment_contacts.build_request(
                segment_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_segment_contacts.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncSegmentsContactsResource:
    """The operations of ``client.segments.contacts``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncSegmentsContactsResourceWithRawResponse(client)

    def list(
        self,
        segment_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> AsyncPager[ContactListItem]:
        """List the contacts in a segment.

        Returns one page of the segment's contacts. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            segment_id: Id of the segment, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactsResponse]:
            return await self._client._request(
                list_segment_contacts.build_request(
                    segment_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_segment_contacts.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)


class SegmentsResourceWithRawResponse:
    """The operations of ``client.segments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.contacts = SegmentsContactsResourceWithRawResponse(client)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ListSegmentsResponse]:
        """List segments.

        Returns one page of the team's segments. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_segments.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_segments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def create(
        self,
        *,
        name: str,
        audience_id: str | Unset = UNSET,
        filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SegmentReference]:
        """Create a segment.

        Creates a segment with the given name. Contacts join it through
        `client.contacts.segments.add` or the `segments` field when they are created.

        Args:
            name: Name of the segment.
            audience_id: Id of the audience that the segment belongs to.
            filter_: Conditions that select the contacts that belong to the segment.
        """

        return self._client._request(
            create_segment.build_request(
                name=name,
                audience_id=audience_id,
                filter_=filter_,
            ),
            create_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Segment]:
        """Get a segment.

        Returns one segment with its name, filter and creation time.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        return self._client._request(
            get_segment.build_request(
                segment_id,
            ),
            get_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeleteSegmentResponse]:
        """Delete a segment.

        Deletes a segment.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        return self._client._request(
            delete_segment.build_request(
                segment_id,
            ),
            delete_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class SegmentsResource:
    """The operations of ``client.segments``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = SegmentsResourceWithRawResponse(client)
        self.contacts = SegmentsContactsResource(client)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SyncPage[SegmentListItem]:
        """List segments.

        Returns one page of the team's segments. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListSegmentsResponse]:
            return self._client._request(
                list_segments.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_segments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)

    def create(
        self,
        *,
        name: str,
        audience_id: str | Unset = UNSET,
        filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SegmentReference:
        """Create a segment.

        Creates a segment with the given name. Contacts join it through
        `client.contacts.segments.add` or the `segments` field when they are created.

        Args:
            name: Name of the segment.
            audience_id: Id of the audience that the segment belongs to.
            filter_: Conditions that select the contacts that belong to the segment.
        """

        response = self._client._request(
            create_segment.build_request(
                name=name,
                audience_id=audience_id,
                filter_=filter_,
            ),
            create_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def get(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Segment:
        """Get a segment.

        Returns one segment with its name, filter and creation time.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        response = self._client._request(
            get_segment.build_request(
                segment_id,
            ),
            get_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeleteSegmentResponse:
        """Delete a segment.

        Deletes a segment.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        response = self._client._request(
            delete_segment.build_request(
                segment_id,
            ),
            delete_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncSegmentsResourceWithRawResponse:
    """The operations of ``client.segments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.contacts = AsyncSegmentsContactsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ListSegmentsResponse]:
        """List segments.

        Returns one page of the team's segments. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_segments.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_segments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def create(
        self,
        *,
        name: str,
        audience_id: str | Unset = UNSET,
        filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SegmentReference]:
        """Create a segment.

        Creates a segment with the given name. Contacts join it through
        `client.contacts.segments.add` or the `segments` field when they are created.

        Args:
            name: Name of the segment.
            audience_id: Id of the audience that the segment belongs to.
            filter_: Conditions that select the contacts that belong to the segment.
        """

        return await self._client._request(
            create_segment.build_request(
                name=name,
                audience_id=audience_id,
                filter_=filter_,
            ),
            create_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Segment]:
        """Get a segment.

        Returns one segment with its name, filter and creation time.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        return await self._client._request(
            get_segment.build_request(
                segment_id,
            ),
            get_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeleteSegmentResponse]:
        """Delete a segment.

        Deletes a segment.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        return await self._client._request(
            delete_segment.build_request(
                segment_id,
            ),
            delete_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncSegmentsResource:
    """The operations of ``client.segments``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncSegmentsResourceWithRawResponse(client)
        self.contacts = AsyncSegmentsContactsResource(client)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> AsyncPager[SegmentListItem]:
        """List segments.

        Returns one page of the team's segments. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListSegmentsResponse]:
            return await self._client._request(
                list_segments.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_segments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)

    async def create(
        self,
        *,
        name: str,
        audience_id: str | Unset = UNSET,
        filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SegmentReference:
        """Create a segment.

        Creates a segment with the given name. Contacts join it through
        `client.contacts.segments.add` or the `segments` field when they are created.

        Args:
            name: Name of the segment.
            audience_id: Id of the audience that the segment belongs to.
            filter_: Conditions that select the contacts that belong to the segment.
        """

        response = await self._client._request(
            create_segment.build_request(
                name=name,
                audience_id=audience_id,
                filter_=filter_,
            ),
            create_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def get(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Segment:
        """Get a segment.

        Returns one segment with its name, filter and creation time.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        response = await self._client._request(
            get_segment.build_request(
                segment_id,
            ),
            get_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeleteSegmentResponse:
        """Delete a segment.

        Deletes a segment.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        response = await self._client._request(
            delete_segment.build_request(
                segment_id,
            ),
            delete_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.suppressions`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.suppressions import (
    batch_add_suppressions,
    batch_remove_suppressions,
    create_suppression,
    delete_suppression,
    get_suppression,
    list_suppressions,
)
from ..models import (
    BatchAddSuppressionsResponse,
    BatchRemoveSuppressionsResponse,
    DeletedSuppression,
    ListSuppressionsResponse,
    Suppression,
    SuppressionListItem,
    SuppressionOrigin,
    SuppressionReference,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class SuppressionsResourceWithRawResponse:
    """The operations of ``client.suppressions``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        *,
        origin: SuppressionOrigin | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ListSuppressionsResponse]:
        """List suppressed email addresses.

        Returns one page of the team's suppression list, optionally only the entries of one origin.

        Args:
            origin: How an address came onto the suppression list: after a `bounce`, after a spam
                `complaint`, or added by hand (`manual`).
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_suppressions.build_request(
                origin=origin,
                limit=limit,
                after=after,
                before=before,
            ),
            list_suppressions.parse_response,
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
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SuppressionReference]:
        """Suppress an email address.

        Adds one email address to the suppression list by hand, so that Resend stops sending to it.
        The new entry has the origin `manual`.

        Args:
            email: Email address to suppress.
        """

        return self._client._request(
            create_suppression.build_request(
                email=email,
            ),
            create_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def add_batch(
        self,
        *,
        emails: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BatchAddSuppressionsResponse]:
        """Suppress up to 100 email addresses.

        Adds 1 to 100 email addresses to the suppression list in one request, each with the origin
        `manual`.

        Args:
            emails: Addresses to suppress, 1 to 100.
        """

        return self._client._request(
            batch_add_suppressions.build_request(
                emails=emails,
            ),
            batch_add_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def remove_batch(
        self,
        *,
        emails: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BatchRemoveSuppressionsResponse]:
        """Remove up to 100 suppressions.

        Removes suppressions named by email address, by id, or both, up to 100 of each in one
        request, so that Resend sends to those addresses again.

        Args:
            emails: Suppressed addresses to remove, 1 to 100.
            ids: Ids of the suppressions to remove, 1 to 100.
        """

        return self._client._request(
            batch_remove_suppressions.build_request(
                emails=emails,
                ids=ids,
            ),
            batch_remove_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Suppression]:
        """Get a suppression.

        Returns one entry of the suppression list, looked up by its id or by the suppressed email
        address.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        return self._client._request(
            get_suppression.build_request(
                id_or_email,
            ),
            get_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedSuppression]:
        """Remove a suppression.

        Removes one entry from the suppression list, looked up by its id or by the suppressed email
        address, so that Resend sends to that address again.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        return self._client._request(
            delete_suppression.build_request(
                id_or_email,
            ),
            delete_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class SuppressionsResource:
    """The operations of ``client.suppressions``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = SuppressionsResourceWithRawResponse(client)

    def list(
        self,
        *,
        origin: SuppressionOrigin | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SyncPage[SuppressionListItem]:
        """List suppressed email addresses.

        Returns one page of the team's suppression list, optionally only the entries of one origin.

        Args:
            origin: How an address came onto the suppression list: after a `bounce`, after a spam
                `complaint`, or added by hand (`manual`).
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListSuppressionsResponse]:
            return self._client._request(
                list_suppressions.build_request(
                    origin=origin,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_suppressions.parse_response,
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
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SuppressionReference:
        """Suppress an email address.

        Adds one email address to the suppression list by hand, so that Resend stops sending to it.
        The new entry has the origin `manual`.

        Args:
            email: Email address to suppress.
        """

        response = self._client._request(
            create_suppression.build_request(
                email=email,
            ),
            create_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def add_batch(
        self,
        *,
        emails: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BatchAddSuppressionsResponse:
        """Suppress up to 100 email addresses.

        Adds 1 to 100 email addresses to the suppression list in one request, each with the origin
        `manual`.

        Args:
            emails: Addresses to suppress, 1 to 100.
        """

        response = self._client._request(
            batch_add_suppressions.build_request(
                emails=emails,
            ),
            batch_add_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def remove_batch(
        self,
        *,
        emails: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BatchRemoveSuppressionsResponse:
        """Remove up to 100 suppressions.

        Removes suppressions named by email address, by id, or both, up to 100 of each in one
        request, so that Resend sends to those addresses again.

        Args:
            emails: Suppressed addresses to remove, 1 to 100.
            ids: Ids of the suppressions to remove, 1 to 100.
        """

        response = self._client._request(
            batch_remove_suppressions.build_request(
                emails=emails,
                ids=ids,
            ),
            batch_remove_suppressions.parse_response,
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
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Suppression:
        """Get a suppression.

        Returns one entry of the suppression list, looked up by its id or by the suppressed email
        address.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        response = self._client._request(
            get_suppression.build_request(
                id_or_email,
            ),
            get_suppression.parse_response,
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
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedSuppression:
        """Remove a suppression.

        Removes one entry from the suppression list, looked up by its id or by the suppressed email
        address, so that Resend sends to that address again.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        response = self._client._request(
            delete_suppression.build_request(
                id_or_email,
            ),
            delete_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncSuppressionsResourceWithRawResponse:
    """The operations of ``client.suppressions``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        *,
        origin: SuppressionOrigin | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ListSuppressionsResponse]:
        """List suppressed email addresses.

        Returns one page of the team's suppression list, optionally only the entries of one origin.

        Args:
            origin: How an address came onto the suppression list: after a `bounce`, after a spam
                `complaint`, or added by hand (`manual`).
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_suppressions.build_request(
                origin=origin,
                limit=limit,
                after=after,
                before=before,
            ),
            list_suppressions.parse_response,
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
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SuppressionReference]:
        """Suppress an email address.

        Adds one email address to the suppression list by hand, so that Resend stops sending to it.
        The new entry has the origin `manual`.

        Args:
            email: Email address to suppress.
        """

        return await self._client._request(
            create_suppression.build_request(
                email=email,
            ),
            create_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def add_batch(
        self,
        *,
        emails: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BatchAddSuppressionsResponse]:
        """Suppress up to 100 email addresses.

        Adds 1 to 100 email addresses to the suppression list in one request, each with the origin
        `manual`.

        Args:
            emails: Addresses to suppress, 1 to 100.
        """

        return await self._client._request(
            batch_add_suppressions.build_request(
                emails=emails,
            ),
            batch_add_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def remove_batch(
        self,
        *,
        emails: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BatchRemoveSuppressionsResponse]:
        """Remove up to 100 suppressions.

        Removes suppressions named by email address, by id, or both, up to 100 of each in one
        request, so that Resend sends to those addresses again.

        Args:
            emails: Suppressed addresses to remove, 1 to 100.
            ids: Ids of the suppressions to remove, 1 to 100.
        """

        return await self._client._request(
            batch_remove_suppressions.build_request(
                emails=emails,
                ids=ids,
            ),
            batch_remove_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Suppression]:
        """Get a suppression.

        Returns one entry of the suppression list, looked up by its id or by the suppressed email
        address.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        return await self._client._request(
            get_suppression.build_request(
                id_or_email,
            ),
            get_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedSuppression]:
        """Remove a suppression.

        Removes one entry from the suppression list, looked up by its id or by the suppressed email
        address, so that Resend sends to that address again.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        return await self._client._request(
            delete_suppression.build_request(
                id_or_email,
            ),
            delete_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncSuppressionsResource:
    """The operations of ``client.suppressions``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncSuppressionsResourceWithRawResponse(client)

    def list(
        self,
        *,
        origin: SuppressionOrigin | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> AsyncPager[SuppressionListItem]:
        """List suppressed email addresses.

        Returns one page of the team's suppression list, optionally only the entries of one origin.

        Args:
            origin: How an address came onto the suppression list: after a `bounce`, after a spam
                `complaint`, or added by hand (`manual`).
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListSuppressionsResponse]:
            return await self._client._request(
                list_suppressions.build_request(
                    origin=origin,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_suppressions.parse_response,
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
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SuppressionReference:
        """Suppress an email address.

        Adds one email address to the suppression list by hand, so that Resend stops sending to it.
        The new entry has the origin `manual`.

        Args:
            email: Email address to suppress.
        """

        response = await self._client._request(
            create_suppression.build_request(
                email=email,
            ),
            create_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def add_batch(
        self,
        *,
        emails: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BatchAddSuppressionsResponse:
        """Suppress up to 100 email addresses.

        Adds 1 to 100 email addresses to the suppression list in one request, each with the origin
        `manual`.

        Args:
            emails: Addresses to suppress, 1 to 100.
        """

        response = await self._client._request(
            batch_add_suppressions.build_request(
                emails=emails,
            ),
            batch_add_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def remove_batch(
        self,
        *,
        emails: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BatchRemoveSuppressionsResponse:
        """Remove up to 100 suppressions.

        Removes suppressions named by email address, by id, or both, up to 100 of each in one
        request, so that Resend sends to those addresses again.

        Args:
            emails: Suppressed addresses to remove, 1 to 100.
            ids: Ids of the suppressions to remove, 1 to 100.
        """

        response = await self._client._request(
            batch_remove_suppressions.build_request(
                emails=emails,
                ids=ids,
            ),
            batch_remove_suppressions.parse_response,
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
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Suppression:
        """Get a suppression.

        Returns one entry of the suppression list, looked up by its id or by the suppressed email
        address.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        response = await self._client._request(
            get_suppression.build_request(
                id_or_email,
            ),
            get_suppression.parse_response,
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
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedSuppression:
        """Remove a suppression.

        Removes one entry from the suppression list, looked up by its id or by the suppressed email
        address, so that Resend sends to that address again.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        response = await self._client._request(
            delete_suppression.build_request(
                id_or_email,
            ),
            delete_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.oauth_grants`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.o_auth_grants import list_oauth_grants, revoke_oauth_grant
from ..models import ListOAuthGrantsResponse, OAuthGrant, RevokeOAuthGrantResponse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class OauthGrantsResourceWithRawResponse:
    """The operations of ``client.oauth_grants``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

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
    ) -> APIResponse[ListOAuthGrantsResponse]:
        """List OAuth grants.

        Returns one page of the access grants that the team has given to OAuth applications,
        including revoked ones. While `has_more` is true, pass the `id` of the last item in `data`
        as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_oauth_grants.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_oauth_grants.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def revoke(
        self,
        oauth_grant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[RevokeOAuthGrantResponse]:
        """Revoke an OAuth grant.

        Withdraws the access that the grant gave an OAuth application. The grant stays in the list
        with its `revoked_at` time.

        Args:
            oauth_grant_id: Id of the OAuth grant, as listed in the team's grants.
        """

        return self._client._request(
            revoke_oauth_grant.build_request(
                oauth_grant_id,
            ),
            revoke_oauth_grant.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class OauthGrantsResource:
    """The operations of ``client.oauth_grants``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = OauthGrantsResourceWithRawResponse(client)

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
    ) -> SyncPage[OAuthGrant]:
        """List OAuth grants.

        Returns one page of the access grants that the team has given to OAuth applications,
        including revoked ones. While `has_more` is true, pass the `id` of the last item in `data`
        as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListOAuthGrantsResponse]:
            return self._client._request(
                list_oauth_grants.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_oauth_grants.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)

    def revoke(
        self,
        oauth_grant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> RevokeOAuthGrantResponse:
        """Revoke an OAuth grant.

        Withdraws the access that the grant gave an OAuth application. The grant stays in the list
        with its `revoked_at` time.

        Args:
            oauth_grant_id: Id of the OAuth grant, as listed in the team's grants.
        """

        response = self._client._request(
            revoke_oauth_grant.build_request(
                oauth_grant_id,
            ),
            revoke_oauth_grant.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncOauthGrantsResourceWithRawResponse:
    """The operations of ``client.oauth_grants``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

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
    ) -> APIResponse[ListOAuthGrantsResponse]:
        """List OAuth grants.

        Returns one page of the access grants that the team has given to OAuth applications,
        including revoked ones. While `has_more` is true, pass the `id` of the last item in `data`
        as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_oauth_grants.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_oauth_grants.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def revoke(
        self,
        oauth_grant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[RevokeOAuthGrantResponse]:
        """Revoke an OAuth grant.

        Withdraws the access that the grant gave an OAuth application. The grant stays in the list
        with its `revoked_at` time.

        Args:
            oauth_grant_id: Id of the OAuth grant, as listed in the team's grants.
        """

        return await self._client._request(
            revoke_oauth_grant.build_request(
                oauth_grant_id,
            ),
            revoke_oauth_grant.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncOauthGrantsResource:
    """The operations of ``client.oauth_grants``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncOauthGrantsResourceWithRawResponse(client)

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
    ) -> AsyncPager[OAuthGrant]:
        """List OAuth grants.

        Returns one page of the access grants that the team has given to OAuth applications,
        including revoked ones. While `has_more` is true, pass the `id` of the last item in `data`
        as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListOAuthGrantsResponse]:
            return await self._client._request(
                list_oauth_grants.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_oauth_grants.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)

    async def revoke(
        self,
        oauth_grant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> RevokeOAuthGrantResponse:
        """Revoke an OAuth grant.

        Withdraws the access that the grant gave an OAuth application. The grant stays in the list
        with its `revoked_at` time.

        Args:
            oauth_grant_id: Id of the OAuth grant, as listed in the team's grants.
        """

        response = await self._client._request(
            revoke_oauth_grant.build_request(
                oauth_grant_id,
            ),
            revoke_oauth_grant.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

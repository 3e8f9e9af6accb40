# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.api_keys`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.api_keys import create_api_key, delete_api_key, list_api_keys, update_api_key
from ..models import ApiKey, ApiKeyPermission, ApiKeyReference, CreateApiKeyResponse, DeletedApiKey, ListApiKeysResponse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class ApiKeysResourceWithRawResponse:
    """The operations of ``client.api_keys``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListApiKeysResponse]:
        """List API keys.

        Returns one page of the team's API keys, without their tokens. While `has_more` is true,
        pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_api_keys.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_api_keys.parse_response,
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
        permission: ApiKeyPermission | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[CreateApiKeyResponse]:
        """Create an API key.

        Creates an API key and returns its secret `token`. The token appears only in this response,
        so store it now. The response's `object` is `list`, not a key type.

        Args:
            name: Name that identifies the key in the dashboard and in lists.
            permission: What a key may do: `full_access` allows every operation, and `sending_access` allows
                only sending emails.
            domain_id: Id of the only domain that a `sending_access` key may send from.
        """

        return self._client._request(
            create_api_key.build_request(
                name=name,
                permission=permission,
                domain_id=domain_id,
            ),
            create_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedApiKey]:
        """Delete an API key.

        Deletes an API key, so requests made with its token fail from then on. The response's
        `object` is `list`, not a key type.

        Args:
            api_key_id: Id of the API key, as returned when it was created.
        """

        return self._client._request(
            delete_api_key.build_request(
                api_key_id,
            ),
            delete_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def update(
        self,
        api_key_id: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ApiKeyReference]:
        """Rename an API key.

        Changes the name of an API key. Its token and permission stay the same.

        Args:
            api_key_id: Id of the API key, as returned when it was created.
            name: New name of the key.
        """

        return self._client._request(
            update_api_key.build_request(
                api_key_id,
                name=name,
            ),
            update_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class ApiKeysResource:
    """The operations of ``client.api_keys``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = ApiKeysResourceWithRawResponse(client)

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
    ) -> SyncPage[ApiKey]:
        """List API keys.

        Returns one page of the team's API keys, without their tokens. While `has_more` is true,
        pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListApiKeysResponse]:
            return self._client._request(
                list_api_keys.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_api_keys.parse_response,
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
        permission: ApiKeyPermission | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> CreateApiKeyResponse:
        """Create an API key.

        Creates an API key and returns its secret `token`. The token appears only in this response,
        so store it now. The response's `object` is `list`, not a key type.

        Args:
            name: Name that identifies the key in the dashboard and in lists.
            permission: What a key may do: `full_access` allows every operation, and `sending_access` allows
                only sending emails.
            domain_id: Id of the only domain that a `sending_access` key may send from.
        """

        response = self._client._request(
            create_api_key.build_request(
                name=name,
                permission=permission,
                domain_id=domain_id,
            ),
            create_api_key.parse_response,
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
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedApiKey:
        """Delete an API key.

        Deletes an API key, so requests made with its token fail from then on. The response's
        `object` is `list`, not a key type.

        Args:
            api_key_id: Id of the API key, as returned when it was created.
        """

        response = self._client._request(
            delete_api_key.build_request(
                api_key_id,
            ),
            delete_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def update(
        self,
        api_key_id: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ApiKeyReference:
        """Rename an API key.

        Changes the name of an API key. Its token and permission stay the same.

        Args:
            api_key_id: Id of the API key, as returned when it was created.
            name: New name of the key.
        """

        response = self._client._request(
            update_api_key.build_request(
                api_key_id,
                name=name,
            ),
            update_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncApiKeysResourceWithRawResponse:
    """The operations of ``client.api_keys``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListApiKeysResponse]:
        """List API keys.

        Returns one page of the team's API keys, without their tokens. While `has_more` is true,
        pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_api_keys.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_api_keys.parse_response,
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
        permission: ApiKeyPermission | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[CreateApiKeyResponse]:
        """Create an API key.

        Creates an API key and returns its secret `token`. The token appears only in this response,
        so store it now. The response's `object` is `list`, not a key type.

        Args:
            name: Name that identifies the key in the dashboard and in lists.
            permission: What a key may do: `full_access` allows every operation, and `sending_access` allows
                only sending emails.
            domain_id: Id of the only domain that a `sending_access` key may send from.
        """

        return await self._client._request(
            create_api_key.build_request(
                name=name,
                permission=permission,
                domain_id=domain_id,
            ),
            create_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedApiKey]:
        """Delete an API key.

        Deletes an API key, so requests made with its token fail from then on. The response's
        `object` is `list`, not a key type.

        Args:
            api_key_id: Id of the API key, as returned when it was created.
        """

        return await self._client._request(
            delete_api_key.build_request(
                api_key_id,
            ),
            delete_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def update(
        self,
        api_key_id: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ApiKeyReference]:
        """Rename an API key.

        Changes the name of an API key. Its token and permission stay the same.

        Args:
            api_key_id: Id of the API key, as returned when it was created.
            name: New name of the key.
        """

        return await self._client._request(
            update_api_key.build_request(
                api_key_id,
                name=name,
            ),
            update_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncApiKeysResource:
    """The operations of ``client.api_keys``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncApiKeysResourceWithRawResponse(client)

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
    ) -> AsyncPager[ApiKey]:
        """List API keys.

        Returns one page of the team's API keys, without their tokens. While `has_more` is true,
        pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListApiKeysResponse]:
            return await self._client._request(
                list_api_keys.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_api_keys.parse_response,
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
        permission: ApiKeyPermission | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> CreateApiKeyResponse:
        """Create an API key.

        Creates an API key and returns its secret `token`. The token appears only in this response,
        so store it now. The response's `object` is `list`, not a key type.

        Args:
            name: Name that identifies the key in the dashboard and in lists.
            permission: What a key may do: `full_access` allows every operation, and `sending_access` allows
                only sending emails.
            domain_id: Id of the only domain that a `sending_access` key may send from.
        """

        response = await self._client._request(
            create_api_key.build_request(
                name=name,
                permission=permission,
                domain_id=domain_id,
            ),
            create_api_key.parse_response,
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
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedApiKey:
        """Delete an API key.

        Deletes an API key, so requests made with its token fail from then on. The response's
        `object` is `list`, not a key type.

        Args:
            api_key_id: Id of the API key, as returned when it was created.
        """

        response = await self._client._request(
            delete_api_key.build_request(
                api_key_id,
            ),
            delete_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def update(
        self,
        api_key_id: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ApiKeyReference:
        """Rename an API key.

        Changes the name of an API key. Its token and permission stay the same.

        Args:
            api_key_id: Id of the API key, as returned when it was created.
            name: New name of the key.
        """

        response = await self._client._request(
            update_api_key.build_request(
                api_key_id,
                name=name,
            ),
            update_api_key.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

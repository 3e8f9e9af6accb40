# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.contact_properties`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.contact_properties import (
    create_contact_property,
    delete_contact_property,
    get_contact_property,
    list_contact_properties,
    update_contact_property,
)
from ..models import (
    ContactProperty,
    ContactPropertyListItem,
    ContactPropertyReference,
    ContactPropertyType,
    DeletedContactProperty,
    ListContactPropertiesResponse,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class ContactPropertiesResourceWithRawResponse:
    """The operations of ``client.contact_properties``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListContactPropertiesResponse]:
        """List contact properties.

        Returns one page of the team's contact properties. While `has_more` is true, pass the `id`
        of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_contact_properties.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_contact_properties.parse_response,
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
        key: str,
        type_: ContactPropertyType,
        fallback_value: str | float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactPropertyReference]:
        """Create a contact property.

        Defines a custom field that contacts can carry in `properties`. The key and the type cannot
        be changed later.

        Args:
            key: Name under which contacts store the value in `properties`, and which templates use
                to insert it.
            type_: Type of the values that a contact property holds.
            fallback_value: Value used for a contact that has none. It must match `type`: a string for `string`,
                a number for `number`.
        """

        return self._client._request(
            create_contact_property.build_request(
                key=key,
                type_=type_,
                fallback_value=fallback_value,
            ),
            create_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactProperty]:
        """Get a contact property.

        Returns one contact property with its key, type and fallback value.

        Args:
            property_id: Id of the contact property, as returned when it was created.
        """

        return self._client._request(
            get_contact_property.build_request(
                property_id,
            ),
            get_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedContactProperty]:
        """Delete a contact property.

        Deletes a contact property definition.

        Args:
            property_id: Id of the contact property, as returned when it was created.
        """

        return self._client._request(
            delete_contact_property.build_request(
                property_id,
            ),
            delete_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def update(
        self,
        property_id: str,
        *,
        fallback_value: str | float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactPropertyReference]:
        """Update a contact property.

        Changes the fallback value of a contact property. The key and the type cannot be changed.

        Args:
            property_id: Id of the contact property, as returned when it was created.
            fallback_value: Value used for a contact that has none. It must match the property's type.
        """

        return self._client._request(
            update_contact_property.build_request(
                property_id,
                fallback_value=fallback_value,
            ),
            update_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class ContactPropertiesResource:
    """The operations of ``client.contact_properties``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = ContactPropertiesResourceWithRawResponse(client)

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
    ) -> SyncPage[ContactPropertyListItem]:
        """List contact properties.

        Returns one page of the team's contact properties. While `has_more` is true, pass the `id`
        of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactPropertiesResponse]:
            return self._client._request(
                list_contact_properties.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contact_properties.parse_response,
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
        key: str,
        type_: ContactPropertyType,
        fallback_value: str | float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactPropertyReference:
        """Create a contact property.

        Defines a custom field that contacts can carry in `properties`. The key and the type cannot
        be changed later.

        Args:
            key: Name under which contacts store the value in `properties`, and which templates use
                to insert it.
            type_: Type of the values that a contact property holds.
            fallback_value: Value used for a contact that has none. It must match `type`: a string for `string`,
                a number for `number`.
        """

        response = self._client._request(
            create_contact_property.build_request(
                key=key,
                type_=type_,
                fallback_value=fallback_value,
            ),
            create_contact_property.parse_response,
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
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactProperty:
        """Get a contact property.

        Returns one contact property with its key, type and fallback value.

        Args:
            property_id: Id of the contact property, as returned when it was created.
        """

        response = self._client._request(
            get_contact_property.build_request(
                property_id,
            ),
            get_contact_property.parse_response,
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
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedContactProperty:
        """Delete a contact property.

        Deletes a contact property definition.

        Args:
            property_id: Id of the contact property, as returned when it was created.
        """

        response = self._client._request(
            delete_contact_property.build_request(
                property_id,
            ),
            delete_contact_property.parse_response,
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
        property_id: str,
        *,
        fallback_value: str | float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactPropertyReference:
        """Update a contact property.

        Changes the fallback value of a contact property. The key and the type cannot be changed.

        Args:
            property_id: Id of the contact property, as returned when it was created.
            fallback_value: Value used for a contact that has none. It must match the property's type.
        """

        response = self._client._request(
            update_contact_property.build_request(
                property_id,
                fallback_value=fallback_value,
            ),
            update_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncContactPropertiesResourceWithRawResponse:
    """The operations of ``client.contact_properties``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListContactPropertiesResponse]:
        """List contact properties.

        Returns one page of the team's contact properties. While `has_more` is true, pass the `id`
        of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_contact_properties.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_contact_properties.parse_response,
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
        key: str,
        type_: ContactPropertyType,
        fallback_value: str | float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactPropertyReference]:
        """Create a contact property.

        Defines a custom field that contacts can carry in `properties`. The key and the type cannot
        be changed later.

        Args:
            key: Name under which contacts store the value in `properties`, and which templates use
                to insert it.
            type_: Type of the values that a contact property holds.
            fallback_value: Value used for a contact that has none. It must match `type`: a string for `string`,
                a number for `number`.
        """

        return await self._client._request(
            create_contact_property.build_request(
                key=key,
                type_=type_,
                fallback_value=fallback_value,
            ),
            create_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactProperty]:
        """Get a contact property.

        Returns one contact property with its key, type and fallback value.

        Args:
            property_id: Id of the contact property, as returned when it was created.
        """

        return await self._client._request(
            get_contact_property.build_request(
                property_id,
            ),
            get_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedContactProperty]:
        """Delete a contact property.

        Deletes a contact property definition.

        Args:
            property_id: Id of the contact property, as returned when it was created.
        """

        return await self._client._request(
            delete_contact_property.build_request(
                property_id,
            ),
            delete_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def update(
        self,
        property_id: str,
        *,
        fallback_value: str | float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactPropertyReference]:
        """Update a contact property.

        Changes the fallback value of a contact property. The key and the type cannot be changed.

        Args:
            property_id: Id of the contact property, as returned when it was created.
            fallback_value: Value used for a contact that has none. It must match the property's type.
        """

        return await self._client._request(
            update_contact_property.build_request(
                property_id,
                fallback_value=fallback_value,
            ),
            update_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncContactPropertiesResource:
    """The operations of ``client.contact_properties``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncContactPropertiesResourceWithRawResponse(client)

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
    ) -> AsyncPager[ContactPropertyListItem]:
        """List contact properties.

        Returns one page of the team's contact properties. While `has_more` is true, pass the `id`
        of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactPropertiesResponse]:
            return await self._client._request(
                list_contact_properties.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contact_properties.parse_response,
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
        key: str,
        type_: ContactPropertyType,
        fallback_value: str | float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactPropertyReference:
        """Create a contact property.

        Defines a custom field that contacts can carry in `properties`. The key and the type cannot
        be changed later.

        Args:
            key: Name under which contacts store the value in `properties`, and which templates use
                to insert it.
            type_: Type of the values that a contact property holds.
            fallback_value: Value used for a contact that has none. It must match `type`: a string for `string`,
                a number for `number`.
        """

        response = await self._client._request(
            create_contact_property.build_request(
                key=key,
                type_=type_,
                fallback_value=fallback_value,
            ),
            create_contact_property.parse_response,
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
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactProperty:
        """Get a contact property.

        Returns one contact property with its key, type and fallback value.

        Args:
            property_id: Id of the contact property, as returned when it was created.
        """

        response = await self._client._request(
            get_contact_property.build_request(
                property_id,
            ),
            get_contact_property.parse_response,
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
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedContactProperty:
        """Delete a contact property.

        Deletes a contact property definition.

        Args:
            property_id: Id of the contact property, as returned when it was created.
        """

        response = await self._client._request(
            delete_contact_property.build_request(
                property_id,
            ),
            delete_contact_property.parse_response,
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
        property_id: str,
        *,
        fallback_value: str | float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactPropertyReference:
        """Update a contact property.

        Changes the fallback value of a contact property. The key and the type cannot be changed.

        Args:
            property_id: Id of the contact property, as returned when it was created.
            fallback_value: Value used for a contact that has none. It must match the property's type.
        """

        response = await self._client._request(
            update_contact_property.build_request(
                property_id,
                fallback_value=fallback_value,
            ),
            update_contact_property.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

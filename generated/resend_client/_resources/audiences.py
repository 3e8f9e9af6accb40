# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.audiences`` and the resources nested in it, with one method per API operation."""

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.audiences import (
    create_audience,
    create_audience_contact,
    delete_audience,
    delete_audience_contact,
    get_audience,
    get_audience_contact,
    list_audience_contacts,
    list_audiences,
    update_audience_contact,
)
from ..models import (
    Audience,
    AudienceListItem,
    Contact,
    ContactListItem,
    ContactReference,
    CreateAudienceResponse,
    DeleteAudienceResponse,
    DeleteContactResponse,
    ListAudiencesResponse,
    ListContactsResponse,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class AudiencesContactsResourceWithRawResponse:
    """The operations of ``client.audiences.contacts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        audience_id: str,
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
        """List the contacts in an audience.

        Returns one page of the audience's contacts. Deprecated: use `GET /contacts`
        (`client.contacts.list`) instead, with `segment_id` to list the contacts of one segment.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """
        warnings.warn(
            "client.audiences.contacts.list calls a deprecated endpoint; use client.contacts.list instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client._request(
            list_audience_contacts.build_request(
                audience_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_audience_contacts.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def create(
        self,
        audience_id: str,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactReference]:
        """Create a contact in an audience.

        Creates a contact in the audience. Deprecated: use `POST /contacts`
        (`client.contacts.create`) instead, and put the contact in segments with its `segments`
        field.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            email: Email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
        """
        warnings.warn(
            "client.audiences.contacts.create calls a deprecated endpoint; use client.contacts.create instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client._request(
            create_audience_contact.build_request(
                audience_id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
            ),
            create_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        audience_id: str,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Contact]:
        """Get a contact in an audience.

        Returns one contact of the audience, found by its id or email address. Deprecated: use `GET
        /contacts/{id_or_email}` (`client.contacts.get`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """
        warnings.warn(
            "client.audiences.contacts.get calls a deprecated endpoint; use client.contacts.get instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client._request(
            get_audience_contact.build_request(
                audience_id,
                id_or_email,
            ),
            get_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        audience_id: str,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeleteContactResponse]:
        """Delete a contact in an audience.

        Deletes a contact of the audience, found by its id or email address. As with `DELETE
        /contacts/{id_or_email}`, the response names the contact in `contact` and has no `id` field.
        Deprecated: use `DELETE /contacts/{id_or_email}` (`client.contacts.delete`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """
        warnings.warn(
            "client.audiences.contacts.delete calls a deprecated endpoint; use client.contacts.delete instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client._request(
            delete_audience_contact.build_request(
                audience_id,
                id_or_email,
            ),
            delete_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def update(
        self,
        audience_id: str,
        id_or_email: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactReference]:
        """Update a contact in an audience.

        Changes the fields given in the body of a contact in the audience. Deprecated: use `PATCH
        /contacts/{id_or_email}` (`client.contacts.update`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
        """
        warnings.warn(
            "client.audiences.contacts.update calls a deprecated endpoint; use client.contacts.update instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client._request(
            update_audience_contact.build_request(
                audience_id,
                id_or_email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
            ),
            update_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AudiencesContactsResource:
    """The operations of ``client.audiences.contacts``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = AudiencesContactsResourceWithRawResponse(client)

    def list(
        self,
        audience_id: str,
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
        """List the contacts in an audience.

        Returns one page of the audience's contacts. Deprecated: use `GET /contacts`
        (`client.contacts.list`) instead, with `segment_id` to list the contacts of one segment.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """
        warnings.warn(
            "client.audiences.contacts.list calls a deprecated endpoint; use client.contacts.list instead",
            DeprecationWarning,
            stacklevel=2,
        )

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactsResponse]:
            return self._client._request(
                list_audience_contacts.build_request(
                    audience_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_audience_contacts.parse_response,
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
        audience_id: str,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactReference:
        """Create a contact in an audience.

        Creates a contact in the audience. Deprecated: use `POST /contacts`
        (`client.contacts.create`) instead, and put the contact in segments with its `segments`
        field.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            email: Email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
        """
        warnings.warn(
            "client.audiences.contacts.create calls a deprecated endpoint; use client.contacts.create instead",
            DeprecationWarning,
            stacklevel=2,
        )
        response = self._client._request(
            create_audience_contact.build_request(
                audience_id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
            ),
            create_audience_contact.parse_response,
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
        audience_id: str,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Contact:
        """Get a contact in an audience.

        Returns one contact of the audience, found by its id or email address. Deprecated: use `GET
        /contacts/{id_or_email}` (`client.contacts.get`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """
        warnings.warn(
            "client.audiences.contacts.get calls a deprecated endpoint; use client.contacts.get instead",
            DeprecationWarning,
            stacklevel=2,
        )
        response = self._client._request(
            get_audience_contact.build_request(
                audience_id,
                id_or_email,
            ),
            get_audience_contact.parse_response,
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
        audience_id: str,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeleteContactResponse:
        """Delete a contact in an audience.

        Deletes a contact of the audience, found by its id or email address. As with `DELETE
        /contacts/{id_or_email}`, the response names the contact in `contact` and has no `id` field.
        Deprecated: use `DELETE /contacts/{id_or_email}` (`client.contacts.delete`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """
        warnings.warn(
            "client.audiences.contacts.delete calls a deprecated endpoint; use client.contacts.delete instead",
            DeprecationWarning,
            stacklevel=2,
        )
        response = self._client._request(
            delete_audience_contact.build_request(
                audience_id,
                id_or_email,
            ),
            delete_audience_contact.parse_response,
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
        audience_id: str,
        id_or_email: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactReference:
        """Update a contact in an audience.

        Changes the fields given in the body of a contact in the audience. Deprecated: use `PATCH
        /contacts/{id_or_email}` (`client.contacts.update`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
        """
        warnings.warn(
            "client.audiences.contacts.update calls a deprecated endpoint; use client.contacts.update instead",
            DeprecationWarning,
            stacklevel=2,
        )
        response = self._client._request(
            update_audience_contact.build_request(
                audience_id,
                id_or_email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
            ),
            update_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncAudiencesContactsResourceWithRawResponse:
    """The operations of ``client.audiences.contacts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        audience_id: str,
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
        """List the contacts in an audience.

        Returns one page of the audience's contacts. Deprecated: use `GET /contacts`
        (`client.contacts.list`) instead, with `segment_id` to list the contacts of one segment.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """
        warnings.warn(
            "client.audiences.contacts.list calls a deprecated endpoint; use client.contacts.list instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client._request(
            list_audience_contacts.build_request(
                audience_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_audience_contacts.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def create(
        self,
        audience_id: str,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactReference]:
        """Create a contact in an audience.

        Creates a contact in the audience. Deprecated: use `POST /contacts`
        (`client.contacts.create`) instead, and put the contact in segments with its `segments`
        field.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            email: Email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
        """
        warnings.warn(
            "client.audiences.contacts.create calls a deprecated endpoint; use client.contacts.create instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client._request(
            create_audience_contact.build_request(
                audience_id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
            ),
            create_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        audience_id: str,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Contact]:
        """Get a contact in an audience.

        Returns one contact of the audience, found by its id or email address. Deprecated: use `GET
        /contacts/{id_or_email}` (`client.contacts.get`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """
        warnings.warn(
            "client.audiences.contacts.get calls a deprecated endpoint; use client.contacts.get instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client._request(
            get_audience_contact.build_request(
                audience_id,
                id_or_email,
            ),
            get_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        audience_id: str,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeleteContactResponse]:
        """Delete a contact in an audience.

        Deletes a contact of the audience, found by its id or email address. As with `DELETE
        /contacts/{id_or_email}`, the response names the contact in `contact` and has no `id` field.
        Deprecated: use `DELETE /contacts/{id_or_email}` (`client.contacts.delete`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """
        warnings.warn(
            "client.audiences.contacts.delete calls a deprecated endpoint; use client.contacts.delete instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client._request(
            delete_audience_contact.build_request(
                audience_id,
                id_or_email,
            ),
            delete_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def update(
        self,
        audience_id: str,
        id_or_email: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ContactReference]:
        """Update a contact in an audience.

        Changes the fields given in the body of a contact in the audience. Deprecated: use `PATCH
        /contacts/{id_or_email}` (`client.contacts.update`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
        """
        warnings.warn(
            "client.audiences.contacts.update calls a deprecated endpoint; use client.contacts.update instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client._request(
            update_audience_contact.build_request(
                audience_id,
                id_or_email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
            ),
            update_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncAudiencesContactsResource:
    """The operations of ``client.audiences.contacts``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncAudiencesContactsResourceWithRawResponse(client)

    def list(
        self,
        audience_id: str,
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
        """List the contacts in an audience.

        Returns one page of the audience's contacts. Deprecated: use `GET /contacts`
        (`client.contacts.list`) instead, with `segment_id` to list the contacts of one segment.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """
        warnings.warn(
            "client.audiences.contacts.list calls a deprecated endpoint; use client.contacts.list instead",
            DeprecationWarning,
            stacklevel=2,
        )

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactsResponse]:
            return await self._client._request(
                list_audience_contacts.build_request(
                    audience_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_audience_contacts.parse_response,
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
        audience_id: str,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactReference:
        """Create a contact in an audience.

        Creates a contact in the audience. Deprecated: use `POST /contacts`
        (`client.contacts.create`) instead, and put the contact in segments with its `segments`
        field.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            email: Email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
        """
        warnings.warn(
            "client.audiences.contacts.create calls a deprecated endpoint; use client.contacts.create instead",
            DeprecationWarning,
            stacklevel=2,
        )
        response = await self._client._request(
            create_audience_contact.build_request(
                audience_id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
            ),
            create_audience_contact.parse_response,
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
        audience_id: str,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Contact:
        """Get a contact in an audience.

        Returns one contact of the audience, found by its id or email address. Deprecated: use `GET
        /contacts/{id_or_email}` (`client.contacts.get`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """
        warnings.warn(
            "client.audiences.contacts.get calls a deprecated endpoint; use client.contacts.get instead",
            DeprecationWarning,
            stacklevel=2,
        )
        response = await self._client._request(
            get_audience_contact.build_request(
                audience_id,
                id_or_email,
            ),
            get_audience_contact.parse_response,
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
        audience_id: str,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeleteContactResponse:
        """Delete a contact in an audience.

        Deletes a contact of the audience, found by its id or email address. As with `DELETE
        /contacts/{id_or_email}`, the response names the contact in `contact` and has no `id` field.
        Deprecated: use `DELETE /contacts/{id_or_email}` (`client.contacts.delete`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """
        warnings.warn(
            "client.audiences.contacts.delete calls a deprecated endpoint; use client.contacts.delete instead",
            DeprecationWarning,
            stacklevel=2,
        )
        response = await self._client._request(
            delete_audience_contact.build_request(
                audience_id,
                id_or_email,
            ),
            delete_audience_contact.parse_response,
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
        audience_id: str,
        id_or_email: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ContactReference:
        """Update a contact in an audience.

        Changes the fields given in the body of a contact in the audience. Deprecated: use `PATCH
        /contacts/{id_or_email}` (`client.contacts.update`) instead.

        Args:
            audience_id: Id of the audience, as returned when it was created.
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
        """
        warnings.warn(
            "client.audiences.contacts.update calls a deprecated endpoint; use client.contacts.update instead",
            DeprecationWarning,
            stacklevel=2,
        )
        response = await self._client._request(
            update_audience_contact.build_request(
                audience_id,
                id_or_email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
            ),
            update_audience_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AudiencesResourceWithRawResponse:
    """The operations of ``client.audiences``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.contacts = AudiencesContactsResourceWithRawResponse(client)

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
    ) -> APIResponse[ListAudiencesResponse]:
        """List audiences.

        Returns the team's audiences. Without `limit`, this older endpoint may return every audience
        in one response, and the response may lack `has_more`.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_audiences.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_audiences.parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[CreateAudienceResponse]:
        """Create an audience.

        Creates an empty audience with the given name.

        Args:
            name: Name of the audience.
        """

        return self._client._request(
            create_audience.build_request(
                name=name,
            ),
            create_audience.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Audience]:
        """Get an audience.

        Returns one audience with its name and creation time.

        Args:
            audience_id: Id of the audience, as returned when it was created.
        """

        return self._client._request(
            get_audience.build_request(
                audience_id,
            ),
            get_audience.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeleteAudienceResponse]:
        """Delete an audience.

        Deletes an audience.

        Args:
            audience_id: Id of the audience, as returned when it was created.
        """

        return self._client._request(
            delete_audience.build_request(
                audience_id,
            ),
            delete_audience.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AudiencesResource:
    """The operations of ``client.audiences``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = AudiencesResourceWithRawResponse(client)
        self.contacts = AudiencesContactsResource(client)

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
    ) -> SyncPage[AudienceListItem]:
        """List audiences.

        Returns the team's audiences. Without `limit`, this older endpoint may return every audience
        in one response, and the response may lack `has_more`.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListAudiencesResponse]:
            return self._client._request(
                list_audiences.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_audiences.parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> CreateAudienceResponse:
        """Create an audience.

        Creates an empty audience with the given name.

        Args:
            name: Name of the audience.
        """

        response = self._client._request(
            create_audience.build_request(
                name=name,
            ),
            create_audience.parse_response,
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
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Audience:
        """Get an audience.

        Returns one audience with its name and creation time.

        Args:
            audience_id: Id of the audience, as returned when it was created.
        """

        response = self._client._request(
            get_audience.build_request(
                audience_id,
            ),
            get_audience.parse_response,
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
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeleteAudienceResponse:
        """Delete an audience.

        Deletes an audience.

        Args:
            audience_id: Id of the audience, as returned when it was created.
        """

        response = self._client._request(
            delete_audience.build_request(
                audience_id,
            ),
            delete_audience.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncAudiencesResourceWithRawResponse:
    """The operations of ``client.audiences``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.contacts = AsyncAudiencesContactsResourceWithRawResponse(client)

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
    ) -> APIResponse[ListAudiencesResponse]:
        """List audiences.

        Returns the team's audiences. Without `limit`, this older endpoint may return every audience
        in one response, and the response may lack `has_more`.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_audiences.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_audiences.parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[CreateAudienceResponse]:
        """Create an audience.

        Creates an empty audience with the given name.

        Args:
            name: Name of the audience.
        """

        return await self._client._request(
            create_audience.build_request(
                name=name,
            ),
            create_audience.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Audience]:
        """Get an audience.

        Returns one audience with its name and creation time.

        Args:
            audience_id: Id of the audience, as returned when it was created.
        """

        return await self._client._request(
            get_audience.build_request(
                audience_id,
            ),
            get_audience.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeleteAudienceResponse]:
        """Delete an audience.

        Deletes an audience.

        Args:
            audience_id: Id of the audience, as returned when it was created.
        """

        return await self._client._request(
            delete_audience.build_request(
                audience_id,
            ),
            delete_audience.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncAudiencesResource:
    """The operations of ``client.audiences``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncAudiencesResourceWithRawResponse(client)
        self.contacts = AsyncAudiencesContactsResource(client)

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
    ) -> AsyncPager[AudienceListItem]:
        """List audiences.

        Returns the team's audiences. Without `limit`, this older endpoint may return every audience
        in one response, and the response may lack `has_more`.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListAudiencesResponse]:
            return await self._client._request(
                list_audiences.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_audiences.parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> CreateAudienceResponse:
        """Create an audience.

        Creates an empty audience with the given name.

        Args:
            name: Name of the audience.
        """

        response = await self._client._request(
            create_audience.build_request(
                name=name,
            ),
            create_audience.parse_response,
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
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Audience:
        """Get an audience.

        Returns one audience with its name and creation time.

        Args:
            audience_id: Id of the audience, as returned when it was created.
        """

        response = await self._client._request(
            get_audience.build_request(
                audience_id,
            ),
            get_audience.parse_response,
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
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeleteAudienceResponse:
        """Delete an audience.

        Deletes an audience.

        Args:
            audience_id: Id of the audience, as returned when it was created.
        """

        response = await self._client._request(
            delete_audience.build_request(
                audience_id,
            ),
            delete_audience.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.events`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.events import create_event, delete_event, get_event, list_events, send_event, update_event
from ..models import (
    CreateEventRequestSchemaType0,
    DeletedEvent,
    Event,
    EventListItem,
    EventReference,
    ListEventsResponse,
    SendEventRequestPayload,
    SendEventResponse,
    UpdateEventRequestSchemaType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class EventsResourceWithRawResponse:
    """The operations of ``client.events``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListEventsResponse]:
        """List events.

        Returns one page of the team's custom events.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_events.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_events.parse_response,
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
        schema: CreateEventRequestSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EventReference]:
        """Create an event.

        Defines a custom event by name, optionally with a schema of the payload that the event
        carries. Automations can then wait for or start on the event.

        Args:
            name: Name of the event, such as `trial.started`. It identifies the event in paths and
                when sending.
            schema: Fields that the event's payload carries, as a free-form object, or null for an event
                without a schema.
        """

        return self._client._request(
            create_event.build_request(
                name=name,
                schema=schema,
            ),
            create_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def send(
        self,
        *,
        event: str,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        payload: SendEventRequestPayload | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SendEventResponse]:
        """Send an event for a contact.

        Records one occurrence of an event for a contact, named by `contact_id` or by `email`, so
        that automations listening for the event can act on it. The server answers 202 and processes
        the event afterwards.

        Args:
            event: Name of the event, such as `trial.started`.
            contact_id: Id of the contact that the event is about.
            email: Email address of the contact that the event is about.
            payload: Values that come with this occurrence of the event, keyed by field name.
        """

        return self._client._request(
            send_event.build_request(
                event=event,
                contact_id=contact_id,
                email=email,
                payload=payload,
            ),
            send_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Event]:
        """Get an event.

        Returns one custom event, looked up by its id or by its name.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
        """

        return self._client._request(
            get_event.build_request(
                identifier,
            ),
            get_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedEvent]:
        """Delete an event.

        Deletes a custom event, looked up by its id or by its name.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
        """

        return self._client._request(
            delete_event.build_request(
                identifier,
            ),
            delete_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def update(
        self,
        identifier: str,
        *,
        schema: UpdateEventRequestSchemaType0 | Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EventReference]:
        """Update the schema of an event.

        Replaces the payload schema of an event, looked up by its id or by its name. A null `schema`
        removes it. The request changes only the schema.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
            schema: Fields that the event's payload carries, as a free-form object, replacing the
                current schema. Null removes the schema.
        """

        return self._client._request(
            update_event.build_request(
                identifier,
                schema=schema,
            ),
            update_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class EventsResource:
    """The operations of ``client.events``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = EventsResourceWithRawResponse(client)

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
    ) -> SyncPage[EventListItem]:
        """List events.

        Returns one page of the team's custom events.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListEventsResponse]:
            return self._client._request(
                list_events.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_events.parse_response,
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
        schema: CreateEventRequestSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EventReference:
        """Create an event.

        Defines a custom event by name, optionally with a schema of the payload that the event
        carries. Automations can then wait for or start on the event.

        Args:
            name: Name of the event, such as `trial.started`. It identifies the event in paths and
                when sending.
            schema: Fields that the event's payload carries, as a free-form object, or null for an event
                without a schema.
        """

        response = self._client._request(
            create_event.build_request(
                name=name,
                schema=schema,
            ),
            create_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def send(
        self,
        *,
        event: str,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        payload: SendEventRequestPayload | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SendEventResponse:
        """Send an event for a contact.

        Records one occurrence of an event for a contact, named by `contact_id` or by `email`, so
        that automations listening for the event can act on it. The server answers 202 and processes
        the event afterwards.

        Args:
            event: Name of the event, such as `trial.started`.
            contact_id: Id of the contact that the event is about.
            email: Email address of the contact that the event is about.
            payload: Values that come with this occurrence of the event, keyed by field name.
        """

        response = self._client._request(
            send_event.build_request(
                event=event,
                contact_id=contact_id,
                email=email,
                payload=payload,
            ),
            send_event.parse_response,
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
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Event:
        """Get an event.

        Returns one custom event, looked up by its id or by its name.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
        """

        response = self._client._request(
            get_event.build_request(
                identifier,
            ),
            get_event.parse_response,
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
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedEvent:
        """Delete an event.

        Deletes a custom event, looked up by its id or by its name.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
        """

        response = self._client._request(
            delete_event.build_request(
                identifier,
            ),
            delete_event.parse_response,
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
        identifier: str,
        *,
        schema: UpdateEventRequestSchemaType0 | Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EventReference:
        """Update the schema of an event.

        Replaces the payload schema of an event, looked up by its id or by its name. A null `schema`
        removes it. The request changes only the schema.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
            schema: Fields that the event's payload carries, as a free-form object, replacing the
                current schema. Null removes the schema.
        """

        response = self._client._request(
            update_event.build_request(
                identifier,
                schema=schema,
            ),
            update_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncEventsResourceWithRawResponse:
    """The operations of ``client.events``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListEventsResponse]:
        """List events.

        Returns one page of the team's custom events.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_events.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_events.parse_response,
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
        schema: CreateEventRequestSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EventReference]:
        """Create an event.

        Defines a custom event by name, optionally with a schema of the payload that the event
        carries. Automations can then wait for or start on the event.

        Args:
            name: Name of the event, such as `trial.started`. It identifies the event in paths and
                when sending.
            schema: Fields that the event's payload carries, as a free-form object, or null for an event
                without a schema.
        """

        return await self._client._request(
            create_event.build_request(
                name=name,
                schema=schema,
            ),
            create_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def send(
        self,
        *,
        event: str,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        payload: SendEventRequestPayload | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SendEventResponse]:
        """Send an event for a contact.

        Records one occurrence of an event for a contact, named by `contact_id` or by `email`, so
        that automations listening for the event can act on it. The server answers 202 and processes
        the event afterwards.

        Args:
            event: Name of the event, such as `trial.started`.
            contact_id: Id of the contact that the event is about.
            email: Email address of the contact that the event is about.
            payload: Values that come with this occurrence of the event, keyed by field name.
        """

        return await self._client._request(
            send_event.build_request(
                event=event,
                contact_id=contact_id,
                email=email,
                payload=payload,
            ),
            send_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Event]:
        """Get an event.

        Returns one custom event, looked up by its id or by its name.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
        """

        return await self._client._request(
            get_event.build_request(
                identifier,
            ),
            get_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedEvent]:
        """Delete an event.

        Deletes a custom event, looked up by its id or by its name.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
        """

        return await self._client._request(
            delete_event.build_request(
                identifier,
            ),
            delete_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def update(
        self,
        identifier: str,
        *,
        schema: UpdateEventRequestSchemaType0 | Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EventReference]:
        """Update the schema of an event.

        Replaces the payload schema of an event, looked up by its id or by its name. A null `schema`
        removes it. The request changes only the schema.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
            schema: Fields that the event's payload carries, as a free-form object, replacing the
                current schema. Null removes the schema.
        """

        return await self._client._request(
            update_event.build_request(
                identifier,
                schema=schema,
            ),
            update_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncEventsResource:
    """The operations of ``client.events``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncEventsResourceWithRawResponse(client)

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
    ) -> AsyncPager[EventListItem]:
        """List events.

        Returns one page of the team's custom events.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListEventsResponse]:
            return await self._client._request(
                list_events.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_events.parse_response,
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
        schema: CreateEventRequestSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EventReference:
        """Create an event.

        Defines a custom event by name, optionally with a schema of the payload that the event
        carries. Automations can then wait for or start on the event.

        Args:
            name: Name of the event, such as `trial.started`. It identifies the event in paths and
                when sending.
            schema: Fields that the event's payload carries, as a free-form object, or null for an event
                without a schema.
        """

        response = await self._client._request(
            create_event.build_request(
                name=name,
                schema=schema,
            ),
            create_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def send(
        self,
        *,
        event: str,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        payload: SendEventRequestPayload | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SendEventResponse:
        """Send an event for a contact.

        Records one occurrence of an event for a contact, named by `contact_id` or by `email`, so
        that automations listening for the event can act on it. The server answers 202 and processes
        the event afterwards.

        Args:
            event: Name of the event, such as `trial.started`.
            contact_id: Id of the contact that the event is about.
            email: Email address of the contact that the event is about.
            payload: Values that come with this occurrence of the event, keyed by field name.
        """

        response = await self._client._request(
            send_event.build_request(
                event=event,
                contact_id=contact_id,
                email=email,
                payload=payload,
            ),
            send_event.parse_response,
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
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Event:
        """Get an event.

        Returns one custom event, looked up by its id or by its name.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
        """

        response = await self._client._request(
            get_event.build_request(
                identifier,
            ),
            get_event.parse_response,
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
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedEvent:
        """Delete an event.

        Deletes a custom event, looked up by its id or by its name.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
        """

        response = await self._client._request(
            delete_event.build_request(
                identifier,
            ),
            delete_event.parse_response,
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
        identifier: str,
        *,
        schema: UpdateEventRequestSchemaType0 | Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EventReference:
        """Update the schema of an event.

        Replaces the payload schema of an event, looked up by its id or by its name. A null `schema`
        removes it. The request changes only the schema.

        Args:
            identifier: Id of the event, or its name such as `trial.started`.
            schema: Fields that the event's payload carries, as a free-form object, replacing the
                current schema. Null removes the schema.
        """

        response = await self._client._request(
            update_event.build_request(
                identifier,
                schema=schema,
            ),
            update_event.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

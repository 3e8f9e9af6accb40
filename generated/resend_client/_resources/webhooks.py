# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.webhooks`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.webhooks import create_webhook, delete_webhook, get_webhook, list_webhooks, update_webhook
from ..models import (
    CreateWebhookResponse,
    DeletedWebhook,
    ListWebhooksResponse,
    Webhook,
    WebhookEventType,
    WebhookListItem,
    WebhookReference,
    WebhookStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class WebhooksResourceWithRawResponse:
    """The operations of ``client.webhooks``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListWebhooksResponse]:
        """List webhooks.

        Returns one page of the team's webhooks without their signing secrets. While `has_more` is
        true, pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_webhooks.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_webhooks.parse_response,
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
        endpoint: str,
        events: Sequence[WebhookEventType],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[CreateWebhookResponse]:
        """Create a webhook.

        Registers an endpoint that receives the listed event types. The response includes the
        signing secret that verifies the deliveries.

        Args:
            endpoint: URL to which Resend posts the events.
            events: Event types that the endpoint receives.
        """

        return self._client._request(
            create_webhook.build_request(
                endpoint=endpoint,
                events=events,
            ),
            create_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Webhook]:
        """Get a webhook.

        Returns one webhook, including the signing secret that verifies its deliveries.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
        """

        return self._client._request(
            get_webhook.build_request(
                webhook_id,
            ),
            get_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedWebhook]:
        """Delete a webhook.

        Deletes a webhook, so its endpoint receives no further deliveries.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
        """

        return self._client._request(
            delete_webhook.build_request(
                webhook_id,
            ),
            delete_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def update(
        self,
        webhook_id: str,
        *,
        endpoint: str | Unset = UNSET,
        events: Sequence[WebhookEventType] | Unset = UNSET,
        status: WebhookStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[WebhookReference]:
        """Update a webhook.

        Changes the endpoint, the event types or the status of a webhook. Fields absent from the
        body keep their values.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
            endpoint: URL to which Resend posts the events.
            events: Event types that the endpoint receives.
            status: Whether a webhook receives deliveries. An `enabled` webhook does, and a `disabled`
                one is paused.
        """

        return self._client._request(
            update_webhook.build_request(
                webhook_id,
                endpoint=endpoint,
                events=events,
                status=status,
            ),
            update_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class WebhooksResource:
    """The operations of ``client.webhooks``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = WebhooksResourceWithRawResponse(client)

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
    ) -> SyncPage[WebhookListItem]:
        """List webhooks.

        Returns one page of the team's webhooks without their signing secrets. While `has_more` is
        true, pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListWebhooksResponse]:
            return self._client._request(
                list_webhooks.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_webhooks.parse_response,
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
        endpoint: str,
        events: Sequence[WebhookEventType],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> CreateWebhookResponse:
        """Create a webhook.

        Registers an endpoint that receives the listed event types. The response includes the
        signing secret that verifies the deliveries.

        Args:
            endpoint: URL to which Resend posts the events.
            events: Event types that the endpoint receives.
        """

        response = self._client._request(
            create_webhook.build_request(
                endpoint=endpoint,
                events=events,
            ),
            create_webhook.parse_response,
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Webhook:
        """Get a webhook.

        Returns one webhook, including the signing secret that verifies its deliveries.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
        """

        response = self._client._request(
            get_webhook.build_request(
                webhook_id,
            ),
            get_webhook.parse_response,
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedWebhook:
        """Delete a webhook.

        Deletes a webhook, so its endpoint receives no further deliveries.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
        """

        response = self._client._request(
            delete_webhook.build_request(
                webhook_id,
            ),
            delete_webhook.parse_response,
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
        webhook_id: str,
        *,
        endpoint: str | Unset = UNSET,
        events: Sequence[WebhookEventType] | Unset = UNSET,
        status: WebhookStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> WebhookReference:
        """Update a webhook.

        Changes the endpoint, the event types or the status of a webhook. Fields absent from the
        body keep their values.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
            endpoint: URL to which Resend posts the events.
            events: Event types that the endpoint receives.
            status: Whether a webhook receives deliveries. An `enabled` webhook does, and a `disabled`
                one is paused.
        """

        response = self._client._request(
            update_webhook.build_request(
                webhook_id,
                endpoint=endpoint,
                events=events,
                status=status,
            ),
            update_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncWebhooksResourceWithRawResponse:
    """The operations of ``client.webhooks``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListWebhooksResponse]:
        """List webhooks.

        Returns one page of the team's webhooks without their signing secrets. While `has_more` is
        true, pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_webhooks.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_webhooks.parse_response,
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
        endpoint: str,
        events: Sequence[WebhookEventType],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[CreateWebhookResponse]:
        """Create a webhook.

        Registers an endpoint that receives the listed event types. The response includes the
        signing secret that verifies the deliveries.

        Args:
            endpoint: URL to which Resend posts the events.
            events: Event types that the endpoint receives.
        """

        return await self._client._request(
            create_webhook.build_request(
                endpoint=endpoint,
                events=events,
            ),
            create_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Webhook]:
        """Get a webhook.

        Returns one webhook, including the signing secret that verifies its deliveries.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
        """

        return await self._client._request(
            get_webhook.build_request(
                webhook_id,
            ),
            get_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedWebhook]:
        """Delete a webhook.

        Deletes a webhook, so its endpoint receives no further deliveries.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
        """

        return await self._client._request(
            delete_webhook.build_request(
                webhook_id,
            ),
            delete_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def update(
        self,
        webhook_id: str,
        *,
        endpoint: str | Unset = UNSET,
        events: Sequence[WebhookEventType] | Unset = UNSET,
        status: WebhookStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[WebhookReference]:
        """Update a webhook.

        Changes the endpoint, the event types or the status of a webhook. Fields absent from the
        body keep their values.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
            endpoint: URL to which Resend posts the events.
            events: Event types that the endpoint receives.
            status: Whether a webhook receives deliveries. An `enabled` webhook does, and a `disabled`
                one is paused.
        """

        return await self._client._request(
            update_webhook.build_request(
                webhook_id,
                endpoint=endpoint,
                events=events,
                status=status,
            ),
            update_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncWebhooksResource:
    """The operations of ``client.webhooks``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncWebhooksResourceWithRawResponse(client)

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
    ) -> AsyncPager[WebhookListItem]:
        """List webhooks.

        Returns one page of the team's webhooks without their signing secrets. While `has_more` is
        true, pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListWebhooksResponse]:
            return await self._client._request(
                list_webhooks.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_webhooks.parse_response,
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
        endpoint: str,
        events: Sequence[WebhookEventType],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> CreateWebhookResponse:
        """Create a webhook.

        Registers an endpoint that receives the listed event types. The response includes the
        signing secret that verifies the deliveries.

        Args:
            endpoint: URL to which Resend posts the events.
            events: Event types that the endpoint receives.
        """

        response = await self._client._request(
            create_webhook.build_request(
                endpoint=endpoint,
                events=events,
            ),
            create_webhook.parse_response,
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Webhook:
        """Get a webhook.

        Returns one webhook, including the signing secret that verifies its deliveries.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
        """

        response = await self._client._request(
            get_webhook.build_request(
                webhook_id,
            ),
            get_webhook.parse_response,
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
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedWebhook:
        """Delete a webhook.

        Deletes a webhook, so its endpoint receives no further deliveries.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
        """

        response = await self._client._request(
            delete_webhook.build_request(
                webhook_id,
            ),
            delete_webhook.parse_response,
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
        webhook_id: str,
        *,
        endpoint: str | Unset = UNSET,
        events: Sequence[WebhookEventType] | Unset = UNSET,
        status: WebhookStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> WebhookReference:
        """Update a webhook.

        Changes the endpoint, the event types or the status of a webhook. Fields absent from the
        body keep their values.

        Args:
            webhook_id: Id of the webhook, as returned when it was created.
            endpoint: URL to which Resend posts the events.
            events: Event types that the endpoint receives.
            status: Whether a webhook receives deliveries. An `enabled` webhook does, and a `disabled`
                one is paused.
        """

        response = await self._client._request(
            update_webhook.build_request(
                webhook_id,
                endpoint=endpoint,
                events=events,
                status=status,
            ),
            update_webhook.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

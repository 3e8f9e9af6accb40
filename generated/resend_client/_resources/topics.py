# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.topics`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.topics import create_topic, delete_topic, get_topic, list_topics, update_topic
from ..models import (
    DeletedTopic,
    ListTopicsResponse,
    Topic,
    TopicListItem,
    TopicReference,
    TopicSubscription,
    TopicVisibility,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class TopicsResourceWithRawResponse:
    """The operations of ``client.topics``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListTopicsResponse]:
        """List topics.

        Returns one page of the team's topics. While `has_more` is true, pass the `id` of the last
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
            list_topics.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_topics.parse_response,
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
        default_subscription: TopicSubscription,
        description: str | Unset = UNSET,
        visibility: TopicVisibility | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[TopicReference]:
        """Create a topic.

        Creates a topic. `default_subscription` decides whether a contact that has not chosen is
        subscribed, and it cannot be changed later.

        Args:
            name: Name of the topic.
            default_subscription: Subscription to a topic: with `opt_in` the contact receives emails sent under the
                topic, with `opt_out` it does not.
            description: Explanation of the topic for contacts.
            visibility: Visibility of the topic on the page where contacts manage their subscriptions. A
                topic created without a visibility is `private`.
        """

        return self._client._request(
            create_topic.build_request(
                name=name,
                default_subscription=default_subscription,
                description=description,
                visibility=visibility,
            ),
            create_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Topic]:
        """Get a topic.

        Returns one topic with its default subscription and visibility.

        Args:
            topic_id: Id of the topic, as returned when it was created.
        """

        return self._client._request(
            get_topic.build_request(
                topic_id,
            ),
            get_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedTopic]:
        """Delete a topic.

        Deletes a topic.

        Args:
            topic_id: Id of the topic, as returned when it was created.
        """

        return self._client._request(
            delete_topic.build_request(
                topic_id,
            ),
            delete_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def update(
        self,
        topic_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        visibility: TopicVisibility | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[TopicReference]:
        """Update a topic.

        Changes the name, description or visibility of a topic. Fields absent from the body keep
        their values, and `default_subscription` cannot be changed.

        Args:
            topic_id: Id of the topic, as returned when it was created.
            name: Name of the topic.
            description: Explanation of the topic for contacts.
            visibility: Visibility of the topic on the page where contacts manage their subscriptions. A
                topic created without a visibility is `private`.
        """

        return self._client._request(
            update_topic.build_request(
                topic_id,
                name=name,
                description=description,
                visibility=visibility,
            ),
            update_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class TopicsResource:
    """The operations of ``client.topics``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = TopicsResourceWithRawResponse(client)

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
    ) -> SyncPage[TopicListItem]:
        """List topics.

        Returns one page of the team's topics. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListTopicsResponse]:
            return self._client._request(
                list_topics.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_topics.parse_response,
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
        default_subscription: TopicSubscription,
        description: str | Unset = UNSET,
        visibility: TopicVisibility | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> TopicReference:
        """Create a topic.

        Creates a topic. `default_subscription` decides whether a contact that has not chosen is
        subscribed, and it cannot be changed later.

        Args:
            name: Name of the topic.
            default_subscription: Subscription to a topic: with `opt_in` the contact receives emails sent under the
                topic, with `opt_out` it does not.
            description: Explanation of the topic for contacts.
            visibility: Visibility of the topic on the page where contacts manage their subscriptions. A
                topic created without a visibility is `private`.
        """

        response = self._client._request(
            create_topic.build_request(
                name=name,
                default_subscription=default_subscription,
                description=description,
                visibility=visibility,
            ),
            create_topic.parse_response,
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
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Topic:
        """Get a topic.

        Returns one topic with its default subscription and visibility.

        Args:
            topic_id: Id of the topic, as returned when it was created.
        """

        response = self._client._request(
            get_topic.build_request(
                topic_id,
            ),
            get_topic.parse_response,
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
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedTopic:
        """Delete a topic.

        Deletes a topic.

        Args:
            topic_id: Id of the topic, as returned when it was created.
        """

        response = self._client._request(
            delete_topic.build_request(
                topic_id,
            ),
            delete_topic.parse_response,
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
        topic_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        visibility: TopicVisibility | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> TopicReference:
        """Update a topic.

        Changes the name, description or visibility of a topic. Fields absent from the body keep
        their values, and `default_subscription` cannot be changed.

        Args:
            topic_id: Id of the topic, as returned when it was created.
            name: Name of the topic.
            description: Explanation of the topic for contacts.
            visibility: Visibility of the topic on the page where contacts manage their subscriptions. A
                topic created without a visibility is `private`.
        """

        response = self._client._request(
            update_topic.build_request(
                topic_id,
                name=name,
                description=description,
                visibility=visibility,
            ),
            update_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncTopicsResourceWithRawResponse:
    """The operations of ``client.topics``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListTopicsResponse]:
        """List topics.

        Returns one page of the team's topics. While `has_more` is true, pass the `id` of the last
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
            list_topics.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_topics.parse_response,
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
        default_subscription: TopicSubscription,
        description: str | Unset = UNSET,
        visibility: TopicVisibility | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[TopicReference]:
        """Create a topic.

        Creates a topic. `default_subscription` decides whether a contact that has not chosen is
        subscribed, and it cannot be changed later.

        Args:
            name: Name of the topic.
            default_subscription: Subscription to a topic: with `opt_in` the contact receives emails sent under the
                topic, with `opt_out` it does not.
            description: Explanation of the topic for contacts.
            visibility: Visibility of the topic on the page where contacts manage their subscriptions. A
                topic created without a visibility is `private`.
        """

        return await self._client._request(
            create_topic.build_request(
                name=name,
                default_subscription=default_subscription,
                description=description,
                visibility=visibility,
            ),
            create_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Topic]:
        """Get a topic.

        Returns one topic with its default subscription and visibility.

        Args:
            topic_id: Id of the topic, as returned when it was created.
        """

        return await self._client._request(
            get_topic.build_request(
                topic_id,
            ),
            get_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedTopic]:
        """Delete a topic.

        Deletes a topic.

        Args:
            topic_id: Id of the topic, as returned when it was created.
        """

        return await self._client._request(
            delete_topic.build_request(
                topic_id,
            ),
            delete_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def update(
        self,
        topic_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        visibility: TopicVisibility | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[TopicReference]:
        """Update a topic.

        Changes the name, description or visibility of a topic. Fields absent from the body keep
        their values, and `default_subscription` cannot be changed.

        Args:
            topic_id: Id of the topic, as returned when it was created.
            name: Name of the topic.
            description: Explanation of the topic for contacts.
            visibility: Visibility of the topic on the page where contacts manage their subscriptions. A
                topic created without a visibility is `private`.
        """

        return await self._client._request(
            update_topic.build_request(
                topic_id,
                name=name,
                description=description,
                visibility=visibility,
            ),
            update_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncTopicsResource:
    """The operations of ``client.topics``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncTopicsResourceWithRawResponse(client)

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
    ) -> AsyncPager[TopicListItem]:
        """List topics.

        Returns one page of the team's topics. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListTopicsResponse]:
            return await self._client._request(
                list_topics.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_topics.parse_response,
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
        default_subscription: TopicSubscription,
        description: str | Unset = UNSET,
        visibility: TopicVisibility | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> TopicReference:
        """Create a topic.

        Creates a topic. `default_subscription` decides whether a contact that has not chosen is
        subscribed, and it cannot be changed later.

        Args:
            name: Name of the topic.
            default_subscription: Subscription to a topic: with `opt_in` the contact receives emails sent under the
                topic, with `opt_out` it does not.
            description: Explanation of the topic for contacts.
            visibility: Visibility of the topic on the page where contacts manage their subscriptions. A
                topic created without a visibility is `private`.
        """

        response = await self._client._request(
            create_topic.build_request(
                name=name,
                default_subscription=default_subscription,
                description=description,
                visibility=visibility,
            ),
            create_topic.parse_response,
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
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Topic:
        """Get a topic.

        Returns one topic with its default subscription and visibility.

        Args:
            topic_id: Id of the topic, as returned when it was created.
        """

        response = await self._client._request(
            get_topic.build_request(
                topic_id,
            ),
            get_topic.parse_response,
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
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedTopic:
        """Delete a topic.

        Deletes a topic.

        Args:
            topic_id: Id of the topic, as returned when it was created.
        """

        response = await self._client._request(
            delete_topic.build_request(
                topic_id,
            ),
            delete_topic.parse_response,
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
        topic_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        visibility: TopicVisibility | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> TopicReference:
        """Update a topic.

        Changes the name, description or visibility of a topic. Fields absent from the body keep
        their values, and `default_subscription` cannot be changed.

        Args:
            topic_id: Id of the topic, as returned when it was created.
            name: Name of the topic.
            description: Explanation of the topic for contacts.
            visibility: Visibility of the topic on the page where contacts manage their subscriptions. A
                topic created without a visibility is `private`.
        """

        response = await self._client._request(
            update_topic.build_request(
                topic_id,
                name=name,
                description=description,
                visibility=visibility,
            ),
            update_topic.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.broadcasts`` and the resources nested in it, with one method per API operation."""

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.broadcasts import (
    cancel_broadcast,
    create_broadcast,
    delete_broadcast,
    get_broadcast,
    list_broadcast_clicked_links,
    list_broadcast_recipients,
    list_broadcasts,
    send_broadcast,
    update_broadcast,
)
from ..models import (
    Broadcast,
    BroadcastBounceType,
    BroadcastClickedLink,
    BroadcastListItem,
    BroadcastRecipient,
    BroadcastRecipientType,
    BroadcastReference,
    DeletedBroadcast,
    ListBroadcastClickedLinksResponse,
    ListBroadcastRecipientsResponse,
    ListBroadcastsResponse,
    SendBroadcastResponse,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class BroadcastsRecipientsResourceWithRawResponse:
    """The operations of ``client.broadcasts.recipients``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        broadcast_id: str,
        *,
        type_: BroadcastRecipientType,
        email: str | Unset = UNSET,
        bounce_type: BroadcastBounceType | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ListBroadcastRecipientsResponse]:
        """List the recipients of a broadcast.

        Returns one page of the recipients for which the event named by `type` happened, such as
        every recipient who opened the broadcast. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            type_: Delivery event that selects the recipients of a broadcast to list.
            email: Recipient address. Only the recipient with this address is listed.
            bounce_type: Kind of bounce. `permanent` means the address cannot receive email, `transient`
                means a temporary failure, and `undetermined` means the receiving server gave no
                reason.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_broadcast_recipients.build_request(
                broadcast_id,
                type_=type_,
                email=email,
                bounce_type=bounce_type,
                limit=limit,
                after=after,
                before=before,
            ),
            list_broadcast_recipients.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class BroadcastsRecipientsResource:
    """The operations of ``client.broadcasts.recipients``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = BroadcastsRecipientsResourceWithRawResponse(client)

    def list(
        self,
        broadcast_id: str,
        *,
        type_: BroadcastRecipientType,
        email: str | Unset = UNSET,
        bounce_type: BroadcastBounceType | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SyncPage[BroadcastRecipient]:
        """List the recipients of a broadcast.

        Returns one page of the recipients for which the event named by `type` happened, such as
        every recipient who opened the broadcast. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            type_: Delivery event that selects the recipients of a broadcast to list.
            email: Recipient address. Only the recipient with this address is listed.
            bounce_type: Kind of bounce. `permanent` means the address cannot receive email, `transient`
                means a temporary failure, and `undetermined` means the receiving server gave no
                reason.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListBroadcastRecipientsResponse]:
            return self._client._request(
                list_broadcast_recipients.build_request(
                    broadcast_id,
                    type_=type_,
                    email=email,
                    bounce_type=bounce_type,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_broadcast_recipients.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)


class AsyncBroadcastsRecipientsResourceWithRawResponse:
    """The operations of ``client.broadcasts.recipients``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        broadcast_id: str,
        *,
        type_: BroadcastRecipientType,
        email: str | Unset = UNSET,
        bounce_type: BroadcastBounceType | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ListBroadcastRecipientsResponse]:
        """List the recipients of a broadcast.

        Returns one page of the recipients for which the event named by `type` happened, such as
        every recipient who opened the broadcast. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            type_: Delivery event that selects the recipients of a broadcast to list.
            email: Recipient address. Only the recipient with this address is listed.
            bounce_type: Kind of bounce. `permanent` means the address cannot receive email, `transient`
                means a temporary failure, and `undetermined` means the receiving server gave no
                reason.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_broadcast_recipients.build_request(
                broadcast_id,
                type_=type_,
                email=email,
                bounce_type=bounce_type,
                limit=limit,
                after=after,
                before=before,
            ),
            list_broadcast_recipients.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncBroadcastsRecipientsResource:
    """The operations of ``client.broadcasts.recipients``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncBroadcastsRecipientsResourceWithRawResponse(client)

    def list(
        self,
        broadcast_id: str,
        *,
        type_: BroadcastRecipientType,
        email: str | Unset = UNSET,
        bounce_type: BroadcastBounceType | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> AsyncPager[BroadcastRecipient]:
        """List the recipients of a broadcast.

        Returns one page of the recipients for which the event named by `type` happened, such as
        every recipient who opened the broadcast. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            type_: Delivery event that selects the recipients of a broadcast to list.
            email: Recipient address. Only the recipient with this address is listed.
            bounce_type: Kind of bounce. `permanent` means the address cannot receive email, `transient`
                means a temporary failure, and `undetermined` means the receiving server gave no
                reason.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListBroadcastRecipientsResponse]:
            return await self._client._request(
                list_broadcast_recipients.build_request(
                    broadcast_id,
                    type_=type_,
                    email=email,
                    bounce_type=bounce_type,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_broadcast_recipients.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)


class BroadcastsClickedLinksResourceWithRawResponse:
    """The operations of ``client.broadcasts.clicked_links``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        broadcast_id: str,
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
    ) -> APIResponse[ListBroadcastClickedLinksResponse]:
        """List the clicked links of a broadcast.

        Returns one page of the links in a broadcast that recipients clicked, each with its total
        and unique click counts.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_broadcast_clicked_links.build_request(
                broadcast_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_broadcast_clicked_links.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class BroadcastsClickedLinksResource:
    """The operations of ``client.broadcasts.clicked_links``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = BroadcastsClickedLinksResourceWithRawResponse(client)

    def list(
        self,
        broadcast_id: str,
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
    ) -> SyncPage[BroadcastClickedLink]:
        """List the clicked links of a broadcast.

        Returns one page of the links in a broadcast that recipients clicked, each with its total
        and unique click counts.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListBroadcastClickedLinksResponse]:
            return self._client._request(
                list_broadcast_clicked_links.build_request(
                    broadcast_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_broadcast_clicked_links.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)


class AsyncBroadcastsClickedLinksResourceWithRawResponse:
    """The operations of ``client.broadcasts.clicked_links``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        broadcast_id: str,
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
    ) -> APIResponse[ListBroadcastClickedLinksResponse]:
        """List the clicked links of a broadcast.

        Returns one page of the links in a broadcast that recipients clicked, each with its total
        and unique click counts.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_broadcast_clicked_links.build_request(
                broadcast_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_broadcast_clicked_links.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncBroadcastsClickedLinksResource:
    """The operations of ``client.broadcasts.clicked_links``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncBroadcastsClickedLinksResourceWithRawResponse(client)

    def list(
        self,
        broadcast_id: str,
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
    ) -> AsyncPager[BroadcastClickedLink]:
        """List the clicked links of a broadcast.

        Returns one page of the links in a broadcast that recipients clicked, each with its total
        and unique click counts.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListBroadcastClickedLinksResponse]:
            return await self._client._request(
                list_broadcast_clicked_links.build_request(
                    broadcast_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_broadcast_clicked_links.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)


class BroadcastsResourceWithRawResponse:
    """The operations of ``client.broadcasts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.recipients = BroadcastsRecipientsResourceWithRawResponse(client)
        self.clicked_links = BroadcastsClickedLinksResourceWithRawResponse(client)

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
    ) -> APIResponse[ListBroadcastsResponse]:
        """List broadcasts.

        Returns one page of the team's broadcasts, drafts included. While `has_more` is true, pass
        the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_broadcasts.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_broadcasts.parse_response,
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
        segment_id: str,
        from_: str,
        subject: str,
        name: str | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        send: bool | Unset = UNSET,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BroadcastReference]:
        """Create a broadcast.

        Creates a broadcast for the contacts of one segment. The broadcast stays a draft unless
        `send` is true, in which case it is sent at once or at `scheduled_at`.

        Args:
            segment_id: Id of the segment whose contacts receive the broadcast.
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            subject: Subject line.
            name: Name of the broadcast, shown only to the team.
            audience_id: Id of an audience, the older name for a segment. Deprecated: use `segment_id`.
            reply_to: Addresses for replies.
            preview_text: Short text that mail clients show after the subject in the inbox.
            html: HTML body.
            text: Plain-text body.
            topic_id: Id of the topic that the broadcast is sent under.
            send: Whether to send the broadcast right after creating it. When false or absent, the
                broadcast stays a draft.
            scheduled_at: Time in the future at which to send, used only when `send` is true: an ISO 8601 time
                such as `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`.
        """

        return self._client._request(
            create_broadcast.build_request(
                segment_id=segment_id,
                from_=from_,
                subject=subject,
                name=name,
                audience_id=audience_id,
                reply_to=reply_to,
                preview_text=preview_text,
                html=html,
                text=text,
                topic_id=topic_id,
                send=send,
                scheduled_at=scheduled_at,
            ),
            create_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Broadcast]:
        """Get a broadcast.

        Returns one broadcast with its content, target segment and delivery state.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        return self._client._request(
            get_broadcast.build_request(
                broadcast_id,
            ),
            get_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedBroadcast]:
        """Delete a broadcast.

        Deletes a broadcast, such as a draft that is no longer needed.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        return self._client._request(
            delete_broadcast.build_request(
                broadcast_id,
            ),
            delete_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def update(
        self,
        broadcast_id: str,
        *,
        name: str | Unset = UNSET,
        segment_id: str | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BroadcastReference]:
        """Update a broadcast.

        Changes the fields given in the body and leaves the others as they are.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            name: Name of the broadcast, shown only to the team.
            segment_id: Id of the segment whose contacts receive the broadcast.
            audience_id: Id of an audience, the older name for a segment. Deprecated: use `segment_id`.
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            subject: Subject line.
            reply_to: Addresses for replies.
            preview_text: Short text that mail clients show after the subject in the inbox.
            html: HTML body.
            text: Plain-text body.
            topic_id: Id of the topic that the broadcast is sent under.
        """

        return self._client._request(
            update_broadcast.build_request(
                broadcast_id,
                name=name,
                segment_id=segment_id,
                audience_id=audience_id,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                preview_text=preview_text,
                html=html,
                text=text,
                topic_id=topic_id,
            ),
            update_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def send(
        self,
        broadcast_id: str,
        *,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SendBroadcastResponse]:
        """Send a broadcast.

        Sends a draft broadcast to every contact of its segment, now or at `scheduled_at` when the
        body sets it.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            scheduled_at: Time in the future at which to send instead of now: an ISO 8601 time such as
                `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`.
        """

        return self._client._request(
            send_broadcast.build_request(
                broadcast_id,
                scheduled_at=scheduled_at,
            ),
            send_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def cancel(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BroadcastReference]:
        """Cancel a scheduled broadcast.

        Cancels a broadcast that is scheduled and has not started sending, so it is never sent.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        return self._client._request(
            cancel_broadcast.build_request(
                broadcast_id,
            ),
            cancel_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class BroadcastsResource:
    """The operations of ``client.broadcasts``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = BroadcastsResourceWithRawResponse(client)
        self.recipients = BroadcastsRecipientsResource(client)
        self.clicked_links = BroadcastsClickedLinksResource(client)

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
    ) -> SyncPage[BroadcastListItem]:
        """List broadcasts.

        Returns one page of the team's broadcasts, drafts included. While `has_more` is true, pass
        the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListBroadcastsResponse]:
            return self._client._request(
                list_broadcasts.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_broadcasts.parse_response,
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
        segment_id: str,
        from_: str,
        subject: str,
        name: str | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        send: bool | Unset = UNSET,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BroadcastReference:
        """Create a broadcast.

        Creates a broadcast for the contacts of one segment. The broadcast stays a draft unless
        `send` is true, in which case it is sent at once or at `scheduled_at`.

        Args:
            segment_id: Id of the segment whose contacts receive the broadcast.
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            subject: Subject line.
            name: Name of the broadcast, shown only to the team.
            audience_id: Id of an audience, the older name for a segment. Deprecated: use `segment_id`.
            reply_to: Addresses for replies.
            preview_text: Short text that mail clients show after the subject in the inbox.
            html: HTML body.
            text: Plain-text body.
            topic_id: Id of the topic that the broadcast is sent under.
            send: Whether to send the broadcast right after creating it. When false or absent, the
                broadcast stays a draft.
            scheduled_at: Time in the future at which to send, used only when `send` is true: an ISO 8601 time
                such as `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`.
        """

        response = self._client._request(
            create_broadcast.build_request(
                segment_id=segment_id,
                from_=from_,
                subject=subject,
                name=name,
                audience_id=audience_id,
                reply_to=reply_to,
                preview_text=preview_text,
                html=html,
                text=text,
                topic_id=topic_id,
                send=send,
                scheduled_at=scheduled_at,
            ),
            create_broadcast.parse_response,
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
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Broadcast:
        """Get a broadcast.

        Returns one broadcast with its content, target segment and delivery state.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        response = self._client._request(
            get_broadcast.build_request(
                broadcast_id,
            ),
            get_broadcast.parse_response,
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
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedBroadcast:
        """Delete a broadcast.

        Deletes a broadcast, such as a draft that is no longer needed.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        response = self._client._request(
            delete_broadcast.build_request(
                broadcast_id,
            ),
            delete_broadcast.parse_response,
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
        broadcast_id: str,
        *,
        name: str | Unset = UNSET,
        segment_id: str | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BroadcastReference:
        """Update a broadcast.

        Changes the fields given in the body and leaves the others as they are.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            name: Name of the broadcast, shown only to the team.
            segment_id: Id of the segment whose contacts receive the broadcast.
            audience_id: Id of an audience, the older name for a segment. Deprecated: use `segment_id`.
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            subject: Subject line.
            reply_to: Addresses for replies.
            preview_text: Short text that mail clients show after the subject in the inbox.
            html: HTML body.
            text: Plain-text body.
            topic_id: Id of the topic that the broadcast is sent under.
        """

        response = self._client._request(
            update_broadcast.build_request(
                broadcast_id,
                name=name,
                segment_id=segment_id,
                audience_id=audience_id,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                preview_text=preview_text,
                html=html,
                text=text,
                topic_id=topic_id,
            ),
            update_broadcast.parse_response,
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
        broadcast_id: str,
        *,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SendBroadcastResponse:
        """Send a broadcast.

        Sends a draft broadcast to every contact of its segment, now or at `scheduled_at` when the
        body sets it.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            scheduled_at: Time in the future at which to send instead of now: an ISO 8601 time such as
                `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`.
        """

        response = self._client._request(
            send_broadcast.build_request(
                broadcast_id,
                scheduled_at=scheduled_at,
            ),
            send_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def cancel(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BroadcastReference:
        """Cancel a scheduled broadcast.

        Cancels a broadcast that is scheduled and has not started sending, so it is never sent.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        response = self._client._request(
            cancel_broadcast.build_request(
                broadcast_id,
            ),
            cancel_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncBroadcastsResourceWithRawResponse:
    """The operations of ``client.broadcasts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.recipients = AsyncBroadcastsRecipientsResourceWithRawResponse(client)
        self.clicked_links = AsyncBroadcastsClickedLinksResourceWithRawResponse(client)

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
    ) -> APIResponse[ListBroadcastsResponse]:
        """List broadcasts.

        Returns one page of the team's broadcasts, drafts included. While `has_more` is true, pass
        the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_broadcasts.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_broadcasts.parse_response,
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
        segment_id: str,
        from_: str,
        subject: str,
        name: str | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        send: bool | Unset = UNSET,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BroadcastReference]:
        """Create a broadcast.

        Creates a broadcast for the contacts of one segment. The broadcast stays a draft unless
        `send` is true, in which case it is sent at once or at `scheduled_at`.

        Args:
            segment_id: Id of the segment whose contacts receive the broadcast.
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            subject: Subject line.
            name: Name of the broadcast, shown only to the team.
            audience_id: Id of an audience, the older name for a segment. Deprecated: use `segment_id`.
            reply_to: Addresses for replies.
            preview_text: Short text that mail clients show after the subject in the inbox.
            html: HTML body.
            text: Plain-text body.
            topic_id: Id of the topic that the broadcast is sent under.
            send: Whether to send the broadcast right after creating it. When false or absent, the
                broadcast stays a draft.
            scheduled_at: Time in the future at which to send, used only when `send` is true: an ISO 8601 time
                such as `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`.
        """

        return await self._client._request(
            create_broadcast.build_request(
                segment_id=segment_id,
                from_=from_,
                subject=subject,
                name=name,
                audience_id=audience_id,
                reply_to=reply_to,
                preview_text=preview_text,
                html=html,
                text=text,
                topic_id=topic_id,
                send=send,
                scheduled_at=scheduled_at,
            ),
            create_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Broadcast]:
        """Get a broadcast.

        Returns one broadcast with its content, target segment and delivery state.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        return await self._client._request(
            get_broadcast.build_request(
                broadcast_id,
            ),
            get_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[DeletedBroadcast]:
        """Delete a broadcast.

        Deletes a broadcast, such as a draft that is no longer needed.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        return await self._client._request(
            delete_broadcast.build_request(
                broadcast_id,
            ),
            delete_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def update(
        self,
        broadcast_id: str,
        *,
        name: str | Unset = UNSET,
        segment_id: str | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BroadcastReference]:
        """Update a broadcast.

        Changes the fields given in the body and leaves the others as they are.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            name: Name of the broadcast, shown only to the team.
            segment_id: Id of the segment whose contacts receive the broadcast.
            audience_id: Id of an audience, the older name for a segment. Deprecated: use `segment_id`.
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            subject: Subject line.
            reply_to: Addresses for replies.
            preview_text: Short text that mail clients show after the subject in the inbox.
            html: HTML body.
            text: Plain-text body.
            topic_id: Id of the topic that the broadcast is sent under.
        """

        return await self._client._request(
            update_broadcast.build_request(
                broadcast_id,
                name=name,
                segment_id=segment_id,
                audience_id=audience_id,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                preview_text=preview_text,
                html=html,
                text=text,
                topic_id=topic_id,
            ),
            update_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def send(
        self,
        broadcast_id: str,
        *,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SendBroadcastResponse]:
        """Send a broadcast.

        Sends a draft broadcast to every contact of its segment, now or at `scheduled_at` when the
        body sets it.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            scheduled_at: Time in the future at which to send instead of now: an ISO 8601 time such as
                `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`.
        """

        return await self._client._request(
            send_broadcast.build_request(
                broadcast_id,
                scheduled_at=scheduled_at,
            ),
            send_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def cancel(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[BroadcastReference]:
        """Cancel a scheduled broadcast.

        Cancels a broadcast that is scheduled and has not started sending, so it is never sent.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        return await self._client._request(
            cancel_broadcast.build_request(
                broadcast_id,
            ),
            cancel_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncBroadcastsResource:
    """The operations of ``client.broadcasts``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncBroadcastsResourceWithRawResponse(client)
        self.recipients = AsyncBroadcastsRecipientsResource(client)
        self.clicked_links = AsyncBroadcastsClickedLinksResource(client)

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
    ) -> AsyncPager[BroadcastListItem]:
        """List broadcasts.

        Returns one page of the team's broadcasts, drafts included. While `has_more` is true, pass
        the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListBroadcastsResponse]:
            return await self._client._request(
                list_broadcasts.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_broadcasts.parse_response,
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
        segment_id: str,
        from_: str,
        subject: str,
        name: str | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        send: bool | Unset = UNSET,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BroadcastReference:
        """Create a broadcast.

        Creates a broadcast for the contacts of one segment. The broadcast stays a draft unless
        `send` is true, in which case it is sent at once or at `scheduled_at`.

        Args:
            segment_id: Id of the segment whose contacts receive the broadcast.
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            subject: Subject line.
            name: Name of the broadcast, shown only to the team.
            audience_id: Id of an audience, the older name for a segment. Deprecated: use `segment_id`.
            reply_to: Addresses for replies.
            preview_text: Short text that mail clients show after the subject in the inbox.
            html: HTML body.
            text: Plain-text body.
            topic_id: Id of the topic that the broadcast is sent under.
            send: Whether to send the broadcast right after creating it. When false or absent, the
                broadcast stays a draft.
            scheduled_at: Time in the future at which to send, used only when `send` is true: an ISO 8601 time
                such as `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`.
        """

        response = await self._client._request(
            create_broadcast.build_request(
                segment_id=segment_id,
                from_=from_,
                subject=subject,
                name=name,
                audience_id=audience_id,
                reply_to=reply_to,
                preview_text=preview_text,
                html=html,
                text=text,
                topic_id=topic_id,
                send=send,
                scheduled_at=scheduled_at,
            ),
            create_broadcast.parse_response,
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
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Broadcast:
        """Get a broadcast.

        Returns one broadcast with its content, target segment and delivery state.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        response = await self._client._request(
            get_broadcast.build_request(
                broadcast_id,
            ),
            get_broadcast.parse_response,
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
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> DeletedBroadcast:
        """Delete a broadcast.

        Deletes a broadcast, such as a draft that is no longer needed.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        response = await self._client._request(
            delete_broadcast.build_request(
                broadcast_id,
            ),
            delete_broadcast.parse_response,
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
        broadcast_id: str,
        *,
        name: str | Unset = UNSET,
        segment_id: str | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BroadcastReference:
        """Update a broadcast.

        Changes the fields given in the body and leaves the others as they are.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            name: Name of the broadcast, shown only to the team.
            segment_id: Id of the segment whose contacts receive the broadcast.
            audience_id: Id of an audience, the older name for a segment. Deprecated: use `segment_id`.
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            subject: Subject line.
            reply_to: Addresses for replies.
            preview_text: Short text that mail clients show after the subject in the inbox.
            html: HTML body.
            text: Plain-text body.
            topic_id: Id of the topic that the broadcast is sent under.
        """

        response = await self._client._request(
            update_broadcast.build_request(
                broadcast_id,
                name=name,
                segment_id=segment_id,
                audience_id=audience_id,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                preview_text=preview_text,
                html=html,
                text=text,
                topic_id=topic_id,
            ),
            update_broadcast.parse_response,
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
        broadcast_id: str,
        *,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SendBroadcastResponse:
        """Send a broadcast.

        Sends a draft broadcast to every contact of its segment, now or at `scheduled_at` when the
        body sets it.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
            scheduled_at: Time in the future at which to send instead of now: an ISO 8601 time such as
                `2025-11-03T09:00:00Z`, or a phrase such as `in 1 hour`.
        """

        response = await self._client._request(
            send_broadcast.build_request(
                broadcast_id,
                scheduled_at=scheduled_at,
            ),
            send_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def cancel(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> BroadcastReference:
        """Cancel a scheduled broadcast.

        Cancels a broadcast that is scheduled and has not started sending, so it is never sent.

        Args:
            broadcast_id: Id of the broadcast, as returned when it was created.
        """

        response = await self._client._request(
            cancel_broadcast.build_request(
                broadcast_id,
            ),
            cancel_broadcast.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

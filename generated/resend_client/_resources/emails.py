# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.emails`` and the resources nested in it, with one method per API operation."""

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.emails import (
    cancel_email,
    get_email,
    get_email_attachment,
    get_email_metrics,
    get_received_email,
    get_received_email_attachment,
    list_email_attachments,
    list_emails,
    list_received_email_attachments,
    list_received_emails,
    send_batch_emails,
    send_email,
    share_email,
    update_email,
)
from ..models import (
    Attachment,
    BatchEmail,
    Email,
    EmailAttachment,
    EmailAttachmentListItem,
    EmailMetricName,
    EmailMetrics,
    EmailMetricsDimension,
    EmailMetricsGranularity,
    EmailReference,
    EmailTemplateInput,
    ListEmailAttachmentsResponse,
    ListEmailsResponse,
    ListReceivedEmailsResponse,
    ReceivedEmail,
    ReceivedEmailListItem,
    SendBatchEmailsResponse,
    SendBatchEmailsXBatchValidation,
    SendEmailRequestHeaders,
    SendEmailResponse,
    ShareEmailResponse,
    Tag,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


class EmailsReceivingAttachmentsResourceWithRawResponse:
    """The operations of ``client.emails.receiving.attachments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        email_id: str,
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
    ) -> APIResponse[ListEmailAttachmentsResponse]:
        """List the attachments of a received email.

        Returns one page of the received email's attachments, each with a download link that
        expires. While `has_more` is true, pass the `id` of the last item in `data` as `after` to
        fetch the next page.

        Args:
            email_id: Id of the received email, as listed among the received emails.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_received_email_attachments.build_request(
                email_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_received_email_attachments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        email_id: str,
        attachment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailAttachment]:
        """Get an attachment of a received email.

        Returns one attachment of the received email with a fresh download link. The file itself is
        fetched from `download_url` until `expires_at`.

        Args:
            email_id: Id of the received email, as listed among the received emails.
            attachment_id: Id of the attachment, as listed in the email's attachments.
        """

        return self._client._request(
            get_received_email_attachment.build_request(
                email_id,
                attachment_id,
            ),
            get_received_email_attachment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class EmailsReceivingAttachmentsResource:
    """The operations of ``client.emails.receiving.attachments``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = EmailsReceivingAttachmentsResourceWithRawResponse(client)

    def list(
        self,
        email_id: str,
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
    ) -> SyncPage[EmailAttachmentListItem]:
        """List the attachments of a received email.

        Returns one page of the received email's attachments, each with a download link that
        expires. While `has_more` is true, pass the `id` of the last item in `data` as `after` to
        fetch the next page.

        Args:
            email_id: Id of the received email, as listed among the received emails.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListEmailAttachmentsResponse]:
            return self._client._request(
                list_received_email_attachments.build_request(
                    email_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_received_email_attachments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)

    def get(
        self,
        email_id: str,
        attachment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailAttachment:
        """Get an attachment of a received email.

        Returns one attachment of the received email with a fresh download link. The file itself is
        fetched from `download_url` until `expires_at`.

        Args:
            email_id: Id of the received email, as listed among the received emails.
            attachment_id: Id of the attachment, as listed in the email's attachments.
        """

        response = self._client._request(
            get_received_email_attachment.build_request(
                email_id,
                attachment_id,
            ),
            get_received_email_attachment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncEmailsReceivingAttachmentsResourceWithRawResponse:
    """The operations of ``client.emails.receiving.attachments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        email_id: str,
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
    ) -> APIResponse[ListEmailAttachmentsResponse]:
        """List the attachments of a received email.

        Returns one page of the received email's attachments, each with a download link that
        expires. While `has_more` is true, pass the `id` of the last item in `data` as `after` to
        fetch the next page.

        Args:
            email_id: Id of the received email, as listed among the received emails.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_received_email_attachments.build_request(
                email_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_received_email_attachments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        email_id: str,
        attachment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailAttachment]:
        """Get an attachment of a received email.

        Returns one attachment of the received email with a fresh download link. The file itself is
        fetched from `download_url` until `expires_at`.

        Args:
            email_id: Id of the received email, as listed among the received emails.
            attachment_id: Id of the attachment, as listed in the email's attachments.
        """

        return await self._client._request(
            get_received_email_attachment.build_request(
                email_id,
                attachment_id,
            ),
            get_received_email_attachment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncEmailsReceivingAttachmentsResource:
    """The operations of ``client.emails.receiving.attachments``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncEmailsReceivingAttachmentsResourceWithRawResponse(client)

    def list(
        self,
        email_id: str,
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
    ) -> AsyncPager[EmailAttachmentListItem]:
        """List the attachments of a received email.

        Returns one page of the received email's attachments, each with a download link that
        expires. While `has_more` is true, pass the `id` of the last item in `data` as `after` to
        fetch the next page.

        Args:
            email_id: Id of the received email, as listed among the received emails.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListEmailAttachmentsResponse]:
            return await self._client._request(
                list_received_email_attachments.build_request(
                    email_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_received_email_attachments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)

    async def get(
        self,
        email_id: str,
        attachment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailAttachment:
        """Get an attachment of a received email.

        Returns one attachment of the received email with a fresh download link. The file itself is
        fetched from `download_url` until `expires_at`.

        Args:
            email_id: Id of the received email, as listed among the received emails.
            attachment_id: Id of the attachment, as listed in the email's attachments.
        """

        response = await self._client._request(
            get_received_email_attachment.build_request(
                email_id,
                attachment_id,
            ),
            get_received_email_attachment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class EmailsAttachmentsResourceWithRawResponse:
    """The operations of ``client.emails.attachments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        email_id: str,
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
    ) -> APIResponse[ListEmailAttachmentsResponse]:
        """List the attachments of a sent email.

        Returns one page of the email's attachments, each with a download link that expires. While
        `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch the next
        page.

        Args:
            email_id: Id of the email, as returned when it was sent.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_email_attachments.build_request(
                email_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_email_attachments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        email_id: str,
        attachment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailAttachment]:
        """Get an attachment of a sent email.

        Returns one attachment of the email with a fresh download link. The file itself is fetched
        from `download_url` until `expires_at`.

        Args:
            email_id: Id of the email, as returned when it was sent.
            attachment_id: Id of the attachment, as listed in the email's attachments.
        """

        return self._client._request(
            get_email_attachment.build_request(
                email_id,
                attachment_id,
            ),
            get_email_attachment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class EmailsAttachmentsResource:
    """The operations of ``client.emails.attachments``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = EmailsAttachmentsResourceWithRawResponse(client)

    def list(
        self,
        email_id: str,
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
    ) -> SyncPage[EmailAttachmentListItem]:
        """List the attachments of a sent email.

        Returns one page of the email's attachments, each with a download link that expires. While
        `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch the next
        page.

        Args:
            email_id: Id of the email, as returned when it was sent.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListEmailAttachmentsResponse]:
            return self._client._request(
                list_email_attachments.build_request(
                    email_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_email_attachments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)

    def get(
        self,
        email_id: str,
        attachment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailAttachment:
        """Get an attachment of a sent email.

        Returns one attachment of the email with a fresh download link. The file itself is fetched
        from `download_url` until `expires_at`.

        Args:
            email_id: Id of the email, as returned when it was sent.
            attachment_id: Id of the attachment, as listed in the email's attachments.
        """

        response = self._client._request(
            get_email_attachment.build_request(
                email_id,
                attachment_id,
            ),
            get_email_attachment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncEmailsAttachmentsResourceWithRawResponse:
    """The operations of ``client.emails.attachments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        email_id: str,
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
    ) -> APIResponse[ListEmailAttachmentsResponse]:
        """List the attachments of a sent email.

        Returns one page of the email's attachments, each with a download link that expires. While
        `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch the next
        page.

        Args:
            email_id: Id of the email, as returned when it was sent.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_email_attachments.build_request(
                email_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_email_attachments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        email_id: str,
        attachment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailAttachment]:
        """Get an attachment of a sent email.

        Returns one attachment of the email with a fresh download link. The file itself is fetched
        from `download_url` until `expires_at`.

        Args:
            email_id: Id of the email, as returned when it was sent.
            attachment_id: Id of the attachment, as listed in the email's attachments.
        """

        return await self._client._request(
            get_email_attachment.build_request(
                email_id,
                attachment_id,
            ),
            get_email_attachment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncEmailsAttachmentsResource:
    """The operations of ``client.emails.attachments``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncEmailsAttachmentsResourceWithRawResponse(client)

    def list(
        self,
        email_id: str,
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
    ) -> AsyncPager[EmailAttachmentListItem]:
        """List the attachments of a sent email.

        Returns one page of the email's attachments, each with a download link that expires. While
        `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch the next
        page.

        Args:
            email_id: Id of the email, as returned when it was sent.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListEmailAttachmentsResponse]:
            return await self._client._request(
                list_email_attachments.build_request(
                    email_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_email_attachments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)

    async def get(
        self,
        email_id: str,
        attachment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailAttachment:
        """Get an attachment of a sent email.

        Returns one attachment of the email with a fresh download link. The file itself is fetched
        from `download_url` until `expires_at`.

        Args:
            email_id: Id of the email, as returned when it was sent.
            attachment_id: Id of the attachment, as listed in the email's attachments.
        """

        response = await self._client._request(
            get_email_attachment.build_request(
                email_id,
                attachment_id,
            ),
            get_email_attachment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class EmailsMetricsResourceWithRawResponse:
    """The operations of ``client.emails.metrics``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def get(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        granularity: EmailMetricsGranularity | Unset = UNSET,
        metrics: Sequence[EmailMetricName] | Unset = UNSET,
        dimensions: Sequence[EmailMetricsDimension] | Unset = UNSET,
        domain_id: Sequence[str] | Unset = UNSET,
        email_id: Sequence[str] | Unset = UNSET,
        broadcast_id: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailMetrics]:
        """Get email metrics.

        Returns delivery and engagement counts and rates for a period, as totals and as rows broken
        down by the requested dimensions. The filters narrow the emails that are counted to some
        domains, emails or broadcasts.

        Args:
            start_date: Start of the reporting period.
            end_date: End of the reporting period.
            timezone: IANA time zone, such as `Europe/Berlin`, in which the period and its buckets are
                counted. The server uses `UTC` when it is absent.
            granularity: Length of the time bucket that each `period` row covers.
            metrics: Metrics to compute. Repeat the parameter for each metric.
            dimensions: Dimensions that split the rows, such as `period` for one row per time bucket. Repeat
                the parameter for each dimension.
            domain_id: Counts only emails sent from these domains. Repeat the parameter for each id.
            email_id: Counts only these emails. Repeat the parameter for each id.
            broadcast_id: Counts only emails of these broadcasts. Repeat the parameter for each id.
        """

        return self._client._request(
            get_email_metrics.build_request(
                start_date=start_date,
                end_date=end_date,
                timezone=timezone,
                granularity=granularity,
                metrics=metrics,
                dimensions=dimensions,
                domain_id=domain_id,
                email_id=email_id,
                broadcast_id=broadcast_id,
            ),
            get_email_metrics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class EmailsMetricsResource:
    """The operations of ``client.emails.metrics``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = EmailsMetricsResourceWithRawResponse(client)

    def get(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        granularity: EmailMetricsGranularity | Unset = UNSET,
        metrics: Sequence[EmailMetricName] | Unset = UNSET,
        dimensions: Sequence[EmailMetricsDimension] | Unset = UNSET,
        domain_id: Sequence[str] | Unset = UNSET,
        email_id: Sequence[str] | Unset = UNSET,
        broadcast_id: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailMetrics:
        """Get email metrics.

        Returns delivery and engagement counts and rates for a period, as totals and as rows broken
        down by the requested dimensions. The filters narrow the emails that are counted to some
        domains, emails or broadcasts.

        Args:
            start_date: Start of the reporting period.
            end_date: End of the reporting period.
            timezone: IANA time zone, such as `Europe/Berlin`, in which the period and its buckets are
                counted. The server uses `UTC` when it is absent.
            granularity: Length of the time bucket that each `period` row covers.
            metrics: Metrics to compute. Repeat the parameter for each metric.
            dimensions: Dimensions that split the rows, such as `period` for one row per time bucket. Repeat
                the parameter for each dimension.
            domain_id: Counts only emails sent from these domains. Repeat the parameter for each id.
            email_id: Counts only these emails. Repeat the parameter for each id.
            broadcast_id: Counts only emails of these broadcasts. Repeat the parameter for each id.
        """

        response = self._client._request(
            get_email_metrics.build_request(
                start_date=start_date,
                end_date=end_date,
                timezone=timezone,
                granularity=granularity,
                metrics=metrics,
                dimensions=dimensions,
                domain_id=domain_id,
                email_id=email_id,
                broadcast_id=broadcast_id,
            ),
            get_email_metrics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncEmailsMetricsResourceWithRawResponse:
    """The operations of ``client.emails.metrics``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def get(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        granularity: EmailMetricsGranularity | Unset = UNSET,
        metrics: Sequence[EmailMetricName] | Unset = UNSET,
        dimensions: Sequence[EmailMetricsDimension] | Unset = UNSET,
        domain_id: Sequence[str] | Unset = UNSET,
        email_id: Sequence[str] | Unset = UNSET,
        broadcast_id: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailMetrics]:
        """Get email metrics.

        Returns delivery and engagement counts and rates for a period, as totals and as rows broken
        down by the requested dimensions. The filters narrow the emails that are counted to some
        domains, emails or broadcasts.

        Args:
            start_date: Start of the reporting period.
            end_date: End of the reporting period.
            timezone: IANA time zone, such as `Europe/Berlin`, in which the period and its buckets are
                counted. The server uses `UTC` when it is absent.
            granularity: Length of the time bucket that each `period` row covers.
            metrics: Metrics to compute. Repeat the parameter for each metric.
            dimensions: Dimensions that split the rows, such as `period` for one row per time bucket. Repeat
                the parameter for each dimension.
            domain_id: Counts only emails sent from these domains. Repeat the parameter for each id.
            email_id: Counts only these emails. Repeat the parameter for each id.
            broadcast_id: Counts only emails of these broadcasts. Repeat the parameter for each id.
        """

        return await self._client._request(
            get_email_metrics.build_request(
                start_date=start_date,
                end_date=end_date,
                timezone=timezone,
                granularity=granularity,
                metrics=metrics,
                dimensions=dimensions,
                domain_id=domain_id,
                email_id=email_id,
                broadcast_id=broadcast_id,
            ),
            get_email_metrics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncEmailsMetricsResource:
    """The operations of ``client.emails.metrics``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncEmailsMetricsResourceWithRawResponse(client)

    async def get(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        granularity: EmailMetricsGranularity | Unset = UNSET,
        metrics: Sequence[EmailMetricName] | Unset = UNSET,
        dimensions: Sequence[EmailMetricsDimension] | Unset = UNSET,
        domain_id: Sequence[str] | Unset = UNSET,
        email_id: Sequence[str] | Unset = UNSET,
        broadcast_id: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailMetrics:
        """Get email metrics.

        Returns delivery and engagement counts and rates for a period, as totals and as rows broken
        down by the requested dimensions. The filters narrow the emails that are counted to some
        domains, emails or broadcasts.

        Args:
            start_date: Start of the reporting period.
            end_date: End of the reporting period.
            timezone: IANA time zone, such as `Europe/Berlin`, in which the period and its buckets are
                counted. The server uses `UTC` when it is absent.
            granularity: Length of the time bucket that each `period` row covers.
            metrics: Metrics to compute. Repeat the parameter for each metric.
            dimensions: Dimensions that split the rows, such as `period` for one row per time bucket. Repeat
                the parameter for each dimension.
            domain_id: Counts only emails sent from these domains. Repeat the parameter for each id.
            email_id: Counts only these emails. Repeat the parameter for each id.
            broadcast_id: Counts only emails of these broadcasts. Repeat the parameter for each id.
        """

        response = await self._client._request(
            get_email_metrics.build_request(
                start_date=start_date,
                end_date=end_date,
                timezone=timezone,
                granularity=granularity,
                metrics=metrics,
                dimensions=dimensions,
                domain_id=domain_id,
                email_id=email_id,
                broadcast_id=broadcast_id,
            ),
            get_email_metrics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class EmailsReceivingResourceWithRawResponse:
    """The operations of ``client.emails.receiving``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.attachments = EmailsReceivingAttachmentsResourceWithRawResponse(client)

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
    ) -> APIResponse[ListReceivedEmailsResponse]:
        """List received emails.

        Returns one page of the emails that the team's receiving domains accepted, without their
        bodies. While `has_more` is true, pass the `id` of the last item in `data` as `after` to
        fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_received_emails.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_received_emails.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ReceivedEmail]:
        """Get a received email.

        Returns one received email with its bodies, headers and attachment metadata. Fetch the
        attachment files through the received email attachment operations.

        Args:
            email_id: Id of the received email, as listed among the received emails.
        """

        return self._client._request(
            get_received_email.build_request(
                email_id,
            ),
            get_received_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class EmailsReceivingResource:
    """The operations of ``client.emails.receiving``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = EmailsReceivingResourceWithRawResponse(client)
        self.attachments = EmailsReceivingAttachmentsResource(client)

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
    ) -> SyncPage[ReceivedEmailListItem]:
        """List received emails.

        Returns one page of the emails that the team's receiving domains accepted, without their
        bodies. While `has_more` is true, pass the `id` of the last item in `data` as `after` to
        fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListReceivedEmailsResponse]:
            return self._client._request(
                list_received_emails.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_received_emails.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)

    def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ReceivedEmail:
        """Get a received email.

        Returns one received email with its bodies, headers and attachment metadata. Fetch the
        attachment files through the received email attachment operations.

        Args:
            email_id: Id of the received email, as listed among the received emails.
        """

        response = self._client._request(
            get_received_email.build_request(
                email_id,
            ),
            get_received_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncEmailsReceivingResourceWithRawResponse:
    """The operations of ``client.emails.receiving``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.attachments = AsyncEmailsReceivingAttachmentsResourceWithRawResponse(client)

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
    ) -> APIResponse[ListReceivedEmailsResponse]:
        """List received emails.

        Returns one page of the emails that the team's receiving domains accepted, without their
        bodies. While `has_more` is true, pass the `id` of the last item in `data` as `after` to
        fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_received_emails.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_received_emails.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ReceivedEmail]:
        """Get a received email.

        Returns one received email with its bodies, headers and attachment metadata. Fetch the
        attachment files through the received email attachment operations.

        Args:
            email_id: Id of the received email, as listed among the received emails.
        """

        return await self._client._request(
            get_received_email.build_request(
                email_id,
            ),
            get_received_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncEmailsReceivingResource:
    """The operations of ``client.emails.receiving``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncEmailsReceivingResourceWithRawResponse(client)
        self.attachments = AsyncEmailsReceivingAttachmentsResource(client)

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
    ) -> AsyncPager[ReceivedEmailListItem]:
        """List received emails.

        Returns one page of the emails that the team's receiving domains accepted, without their
        bodies. While `has_more` is true, pass the `id` of the last item in `data` as `after` to
        fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListReceivedEmailsResponse]:
            return await self._client._request(
                list_received_emails.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_received_emails.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)

    async def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ReceivedEmail:
        """Get a received email.

        Returns one received email with its bodies, headers and attachment metadata. Fetch the
        attachment files through the received email attachment operations.

        Args:
            email_id: Id of the received email, as listed among the received emails.
        """

        response = await self._client._request(
            get_received_email.build_request(
                email_id,
            ),
            get_received_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class EmailsResourceWithRawResponse:
    """The operations of ``client.emails``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.attachments = EmailsAttachmentsResourceWithRawResponse(client)
        self.metrics = EmailsMetricsResourceWithRawResponse(client)
        self.receiving = EmailsReceivingResourceWithRawResponse(client)

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
    ) -> APIResponse[ListEmailsResponse]:
        """List sent emails.

        Returns one page of the team's emails. While `has_more` is true, pass the `id` of the last
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
            list_emails.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_emails.parse_response,
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
        from_: str,
        to: str | Sequence[str],
        subject: str,
        bcc: str | Sequence[str] | Unset = UNSET,
        cc: str | Sequence[str] | Unset = UNSET,
        reply_to: str | Sequence[str] | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        template: EmailTemplateInput | Mapping[str, Any] | Unset = UNSET,
        headers: SendEmailRequestHeaders | Mapping[str, Any] | Unset = UNSET,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        attachments: Sequence[Attachment | Mapping[str, Any]] | Unset = UNSET,
        tags: Sequence[Tag | Mapping[str, Any]] | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SendEmailResponse]:
        """Send an email.

        Sends one email, or schedules it when `scheduled_at` is set. The email needs a body: `html`,
        `text` or a `template`. With an `Idempotency-Key`, a retry of the same request within 24
        hours returns the first response and does not send the email again.

        Args:
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            to: Recipient address, or a list of 1 to 50 addresses.
            subject: Subject line.
            bcc: Blind carbon copy address or list of addresses.
            cc: Carbon copy address or list of addresses.
            reply_to: Address or list of addresses for replies.
            html: HTML body.
            text: Plain-text body.
            template: Stored template to render as the email body.
            headers: Extra email headers, keyed by header name. Values cannot contain line breaks.
            scheduled_at: Time in the future at which to send the email instead of now: an ISO 8601 time with
                its offset such as `2025-10-09T09:00:00Z`, or a phrase such as `in 1 hour`.
            attachments: Files attached to the email.
            tags: Name and value pairs that are stored with the email.
            topic_id: Id of the topic that the email is sent under.
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
        """

        return self._client._request(
            send_email.build_request(
                from_=from_,
                to=to,
                subject=subject,
                bcc=bcc,
                cc=cc,
                reply_to=reply_to,
                html=html,
                text=text,
                template=template,
                headers=headers,
                scheduled_at=scheduled_at,
                attachments=attachments,
                tags=tags,
                topic_id=topic_id,
                idempotency_key=idempotency_key,
            ),
            send_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def send_batch(
        self,
        *,
        emails: Sequence[BatchEmail | Mapping[str, Any]],
        idempotency_key: str | Unset = UNSET,
        x_batch_validation: SendBatchEmailsXBatchValidation | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SendBatchEmailsResponse]:
        """Send up to 100 emails in one request.

        Sends each email in the array. Batch emails cannot have attachments or `scheduled_at`. The
        `x-batch-validation` header decides whether one invalid email rejects the whole batch.

        Args:
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
            x_batch_validation: How the server handles invalid emails in a batch. With `strict`, one invalid email
                rejects the whole batch and nothing is sent. With `permissive`, the valid emails are
                sent and the response lists the others in `errors`. The server uses `strict` when
                the header is absent.
        """

        return self._client._request(
            send_batch_emails.build_request(
                emails=emails,
                idempotency_key=idempotency_key,
                x_batch_validation=x_batch_validation,
            ),
            send_batch_emails.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Email]:
        """Get an email.

        Returns one email with its recipients, content and latest delivery event.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """

        return self._client._request(
            get_email.build_request(
                email_id,
            ),
            get_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def update(
        self,
        email_id: str,
        *,
        scheduled_at: datetime.datetime | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailReference]:
        """Reschedule a scheduled email.

        Changes the send time of an email that was created with `scheduled_at` and has not been sent
        yet.

        Args:
            email_id: Id of the email, as returned when it was sent.
            scheduled_at: New time in the future at which to send the email: an ISO 8601 time such as
                `2025-10-10T15:30:00Z`, or a phrase such as `in 1 hour`.
        """

        return self._client._request(
            update_email.build_request(
                email_id,
                scheduled_at=scheduled_at,
            ),
            update_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def cancel(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailReference]:
        """Cancel a scheduled email.

        Cancels an email that was created with `scheduled_at` and has not been sent yet, so it is
        never sent.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """

        return self._client._request(
            cancel_email.build_request(
                email_id,
            ),
            cancel_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def share(
        self,
        email_id: str,
        *,
        expires_in: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ShareEmailResponse]:
        """Share a sent email.

        Creates a link at which the email can be viewed without an API key. The link stops working
        when it expires.

        Args:
            email_id: Id of the email, as returned when it was sent.
            expires_in: How long the link stays valid, such as `24h`. The server picks the lifetime when it
                is absent.
        """

        return self._client._request(
            share_email.build_request(
                email_id,
                expires_in=expires_in,
            ),
            share_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class EmailsResource:
    """The operations of ``client.emails``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = EmailsResourceWithRawResponse(client)
        self.attachments = EmailsAttachmentsResource(client)
        self.metrics = EmailsMetricsResource(client)
        self.receiving = EmailsReceivingResource(client)

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
    ) -> SyncPage[Email]:
        """List sent emails.

        Returns one page of the team's emails. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListEmailsResponse]:
            return self._client._request(
                list_emails.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_emails.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return SyncPage.first(fetch, after, before)

    def send(
        self,
        *,
        from_: str,
        to: str | Sequence[str],
        subject: str,
        bcc: str | Sequence[str] | Unset = UNSET,
        cc: str | Sequence[str] | Unset = UNSET,
        reply_to: str | Sequence[str] | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        template: EmailTemplateInput | Mapping[str, Any] | Unset = UNSET,
        headers: SendEmailRequestHeaders | Mapping[str, Any] | Unset = UNSET,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        attachments: Sequence[Attachment | Mapping[str, Any]] | Unset = UNSET,
        tags: Sequence[Tag | Mapping[str, Any]] | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SendEmailResponse:
        """Send an email.

        Sends one email, or schedules it when `scheduled_at` is set. The email needs a body: `html`,
        `text` or a `template`. With an `Idempotency-Key`, a retry of the same request within 24
        hours returns the first response and does not send the email again.

        Args:
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            to: Recipient address, or a list of 1 to 50 addresses.
            subject: Subject line.
            bcc: Blind carbon copy address or list of addresses.
            cc: Carbon copy address or list of addresses.
            reply_to: Address or list of addresses for replies.
            html: HTML body.
            text: Plain-text body.
            template: Stored template to render as the email body.
            headers: Extra email headers, keyed by header name. Values cannot contain line breaks.
            scheduled_at: Time in the future at which to send the email instead of now: an ISO 8601 time with
                its offset such as `2025-10-09T09:00:00Z`, or a phrase such as `in 1 hour`.
            attachments: Files attached to the email.
            tags: Name and value pairs that are stored with the email.
            topic_id: Id of the topic that the email is sent under.
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
        """

        response = self._client._request(
            send_email.build_request(
                from_=from_,
                to=to,
                subject=subject,
                bcc=bcc,
                cc=cc,
                reply_to=reply_to,
                html=html,
                text=text,
                template=template,
                headers=headers,
                scheduled_at=scheduled_at,
                attachments=attachments,
                tags=tags,
                topic_id=topic_id,
                idempotency_key=idempotency_key,
            ),
            send_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def send_batch(
        self,
        *,
        emails: Sequence[BatchEmail | Mapping[str, Any]],
        idempotency_key: str | Unset = UNSET,
        x_batch_validation: SendBatchEmailsXBatchValidation | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SendBatchEmailsResponse:
        """Send up to 100 emails in one request.

        Sends each email in the array. Batch emails cannot have attachments or `scheduled_at`. The
        `x-batch-validation` header decides whether one invalid email rejects the whole batch.

        Args:
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
            x_batch_validation: How the server handles invalid emails in a batch. With `strict`, one invalid email
                rejects the whole batch and nothing is sent. With `permissive`, the valid emails are
                sent and the response lists the others in `errors`. The server uses `strict` when
                the header is absent.
        """

        response = self._client._request(
            send_batch_emails.build_request(
                emails=emails,
                idempotency_key=idempotency_key,
                x_batch_validation=x_batch_validation,
            ),
            send_batch_emails.parse_response,
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
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Email:
        """Get an email.

        Returns one email with its recipients, content and latest delivery event.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """

        response = self._client._request(
            get_email.build_request(
                email_id,
            ),
            get_email.parse_response,
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
        email_id: str,
        *,
        scheduled_at: datetime.datetime | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailReference:
        """Reschedule a scheduled email.

        Changes the send time of an email that was created with `scheduled_at` and has not been sent
        yet.

        Args:
            email_id: Id of the email, as returned when it was sent.
            scheduled_at: New time in the future at which to send the email: an ISO 8601 time such as
                `2025-10-10T15:30:00Z`, or a phrase such as `in 1 hour`.
        """

        response = self._client._request(
            update_email.build_request(
                email_id,
                scheduled_at=scheduled_at,
            ),
            update_email.parse_response,
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
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailReference:
        """Cancel a scheduled email.

        Cancels an email that was created with `scheduled_at` and has not been sent yet, so it is
        never sent.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """

        response = self._client._request(
            cancel_email.build_request(
                email_id,
            ),
            cancel_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    def share(
        self,
        email_id: str,
        *,
        expires_in: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ShareEmailResponse:
        """Share a sent email.

        Creates a link at which the email can be viewed without an API key. The link stops working
        when it expires.

        Args:
            email_id: Id of the email, as returned when it was sent.
            expires_in: How long the link stays valid, such as `24h`. The server picks the lifetime when it
                is absent.
        """

        response = self._client._request(
            share_email.build_request(
                email_id,
                expires_in=expires_in,
            ),
            share_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed


class AsyncEmailsResourceWithRawResponse:
    """The operations of ``client.emails``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.attachments = AsyncEmailsAttachmentsResourceWithRawResponse(client)
        self.metrics = AsyncEmailsMetricsResourceWithRawResponse(client)
        self.receiving = AsyncEmailsReceivingResourceWithRawResponse(client)

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
    ) -> APIResponse[ListEmailsResponse]:
        """List sent emails.

        Returns one page of the team's emails. While `has_more` is true, pass the `id` of the last
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
            list_emails.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_emails.parse_response,
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
        from_: str,
        to: str | Sequence[str],
        subject: str,
        bcc: str | Sequence[str] | Unset = UNSET,
        cc: str | Sequence[str] | Unset = UNSET,
        reply_to: str | Sequence[str] | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        template: EmailTemplateInput | Mapping[str, Any] | Unset = UNSET,
        headers: SendEmailRequestHeaders | Mapping[str, Any] | Unset = UNSET,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        attachments: Sequence[Attachment | Mapping[str, Any]] | Unset = UNSET,
        tags: Sequence[Tag | Mapping[str, Any]] | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SendEmailResponse]:
        """Send an email.

        Sends one email, or schedules it when `scheduled_at` is set. The email needs a body: `html`,
        `text` or a `template`. With an `Idempotency-Key`, a retry of the same request within 24
        hours returns the first response and does not send the email again.

        Args:
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            to: Recipient address, or a list of 1 to 50 addresses.
            subject: Subject line.
            bcc: Blind carbon copy address or list of addresses.
            cc: Carbon copy address or list of addresses.
            reply_to: Address or list of addresses for replies.
            html: HTML body.
            text: Plain-text body.
            template: Stored template to render as the email body.
            headers: Extra email headers, keyed by header name. Values cannot contain line breaks.
            scheduled_at: Time in the future at which to send the email instead of now: an ISO 8601 time with
                its offset such as `2025-10-09T09:00:00Z`, or a phrase such as `in 1 hour`.
            attachments: Files attached to the email.
            tags: Name and value pairs that are stored with the email.
            topic_id: Id of the topic that the email is sent under.
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
        """

        return await self._client._request(
            send_email.build_request(
                from_=from_,
                to=to,
                subject=subject,
                bcc=bcc,
                cc=cc,
                reply_to=reply_to,
                html=html,
                text=text,
                template=template,
                headers=headers,
                scheduled_at=scheduled_at,
                attachments=attachments,
                tags=tags,
                topic_id=topic_id,
                idempotency_key=idempotency_key,
            ),
            send_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def send_batch(
        self,
        *,
        emails: Sequence[BatchEmail | Mapping[str, Any]],
        idempotency_key: str | Unset = UNSET,
        x_batch_validation: SendBatchEmailsXBatchValidation | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[SendBatchEmailsResponse]:
        """Send up to 100 emails in one request.

        Sends each email in the array. Batch emails cannot have attachments or `scheduled_at`. The
        `x-batch-validation` header decides whether one invalid email rejects the whole batch.

        Args:
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
            x_batch_validation: How the server handles invalid emails in a batch. With `strict`, one invalid email
                rejects the whole batch and nothing is sent. With `permissive`, the valid emails are
                sent and the response lists the others in `errors`. The server uses `strict` when
                the header is absent.
        """

        return await self._client._request(
            send_batch_emails.build_request(
                emails=emails,
                idempotency_key=idempotency_key,
                x_batch_validation=x_batch_validation,
            ),
            send_batch_emails.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[Email]:
        """Get an email.

        Returns one email with its recipients, content and latest delivery event.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """

        return await self._client._request(
            get_email.build_request(
                email_id,
            ),
            get_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def update(
        self,
        email_id: str,
        *,
        scheduled_at: datetime.datetime | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailReference]:
        """Reschedule a scheduled email.

        Changes the send time of an email that was created with `scheduled_at` and has not been sent
        yet.

        Args:
            email_id: Id of the email, as returned when it was sent.
            scheduled_at: New time in the future at which to send the email: an ISO 8601 time such as
                `2025-10-10T15:30:00Z`, or a phrase such as `in 1 hour`.
        """

        return await self._client._request(
            update_email.build_request(
                email_id,
                scheduled_at=scheduled_at,
            ),
            update_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def cancel(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[EmailReference]:
        """Cancel a scheduled email.

        Cancels an email that was created with `scheduled_at` and has not been sent yet, so it is
        never sent.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """

        return await self._client._request(
            cancel_email.build_request(
                email_id,
            ),
            cancel_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def share(
        self,
        email_id: str,
        *,
        expires_in: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> APIResponse[ShareEmailResponse]:
        """Share a sent email.

        Creates a link at which the email can be viewed without an API key. The link stops working
        when it expires.

        Args:
            email_id: Id of the email, as returned when it was sent.
            expires_in: How long the link stays valid, such as `24h`. The server picks the lifetime when it
                is absent.
        """

        return await self._client._request(
            share_email.build_request(
                email_id,
                expires_in=expires_in,
            ),
            share_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )


class AsyncEmailsResource:
    """The operations of ``client.emails``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncEmailsResourceWithRawResponse(client)
        self.attachments = AsyncEmailsAttachmentsResource(client)
        self.metrics = AsyncEmailsMetricsResource(client)
        self.receiving = AsyncEmailsReceivingResource(client)

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
    ) -> AsyncPager[Email]:
        """List sent emails.

        Returns one page of the team's emails. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListEmailsResponse]:
            return await self._client._request(
                list_emails.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_emails.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                total_timeout=total_timeout,
            )

        return AsyncPager(fetch, after, before)

    async def send(
        self,
        *,
        from_: str,
        to: str | Sequence[str],
        subject: str,
        bcc: str | Sequence[str] | Unset = UNSET,
        cc: str | Sequence[str] | Unset = UNSET,
        reply_to: str | Sequence[str] | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        template: EmailTemplateInput | Mapping[str, Any] | Unset = UNSET,
        headers: SendEmailRequestHeaders | Mapping[str, Any] | Unset = UNSET,
        scheduled_at: datetime.datetime | str | Unset = UNSET,
        attachments: Sequence[Attachment | Mapping[str, Any]] | Unset = UNSET,
        tags: Sequence[Tag | Mapping[str, Any]] | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SendEmailResponse:
        """Send an email.

        Sends one email, or schedules it when `scheduled_at` is set. The email needs a body: `html`,
        `text` or a `template`. With an `Idempotency-Key`, a retry of the same request within 24
        hours returns the first response and does not send the email again.

        Args:
            from_: Sender address, either `email@example.com` or `Name <email@example.com>`.
            to: Recipient address, or a list of 1 to 50 addresses.
            subject: Subject line.
            bcc: Blind carbon copy address or list of addresses.
            cc: Carbon copy address or list of addresses.
            reply_to: Address or list of addresses for replies.
            html: HTML body.
            text: Plain-text body.
            template: Stored template to render as the email body.
            headers: Extra email headers, keyed by header name. Values cannot contain line breaks.
            scheduled_at: Time in the future at which to send the email instead of now: an ISO 8601 time with
                its offset such as `2025-10-09T09:00:00Z`, or a phrase such as `in 1 hour`.
            attachments: Files attached to the email.
            tags: Name and value pairs that are stored with the email.
            topic_id: Id of the topic that the email is sent under.
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
        """

        response = await self._client._request(
            send_email.build_request(
                from_=from_,
                to=to,
                subject=subject,
                bcc=bcc,
                cc=cc,
                reply_to=reply_to,
                html=html,
                text=text,
                template=template,
                headers=headers,
                scheduled_at=scheduled_at,
                attachments=attachments,
                tags=tags,
                topic_id=topic_id,
                idempotency_key=idempotency_key,
            ),
            send_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def send_batch(
        self,
        *,
        emails: Sequence[BatchEmail | Mapping[str, Any]],
        idempotency_key: str | Unset = UNSET,
        x_batch_validation: SendBatchEmailsXBatchValidation | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> SendBatchEmailsResponse:
        """Send up to 100 emails in one request.

        Sends each email in the array. Batch emails cannot have attachments or `scheduled_at`. The
        `x-batch-validation` header decides whether one invalid email rejects the whole batch.

        Args:
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
            x_batch_validation: How the server handles invalid emails in a batch. With `strict`, one invalid email
                rejects the whole batch and nothing is sent. With `permissive`, the valid emails are
                sent and the response lists the others in `errors`. The server uses `strict` when
                the header is absent.
        """

        response = await self._client._request(
            send_batch_emails.build_request(
                emails=emails,
                idempotency_key=idempotency_key,
                x_batch_validation=x_batch_validation,
            ),
            send_batch_emails.parse_response,
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
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> Email:
        """Get an email.

        Returns one email with its recipients, content and latest delivery event.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """

        response = await self._client._request(
            get_email.build_request(
                email_id,
            ),
            get_email.parse_response,
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
        email_id: str,
        *,
        scheduled_at: datetime.datetime | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailReference:
        """Reschedule a scheduled email.

        Changes the send time of an email that was created with `scheduled_at` and has not been sent
        yet.

        Args:
            email_id: Id of the email, as returned when it was sent.
            scheduled_at: New time in the future at which to send the email: an ISO 8601 time such as
                `2025-10-10T15:30:00Z`, or a phrase such as `in 1 hour`.
        """

        response = await self._client._request(
            update_email.build_request(
                email_id,
                scheduled_at=scheduled_at,
            ),
            update_email.parse_response,
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
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> EmailReference:
        """Cancel a scheduled email.

        Cancels an email that was created with `scheduled_at` and has not been sent yet, so it is
        never sent.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """

        response = await self._client._request(
            cancel_email.build_request(
                email_id,
            ),
            cancel_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

    async def share(
        self,
        email_id: str,
        *,
        expires_in: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
    ) -> ShareEmailResponse:
        """Share a sent email.

        Creates a link at which the email can be viewed without an API key. The link stops working
        when it expires.

        Args:
            email_id: Id of the email, as returned when it was sent.
            expires_in: How long the link stays valid, such as `24h`. The server picks the lifetime when it
                is absent.
        """

        response = await self._client._request(
            share_email.build_request(
                email_id,
                expires_in=expires_in,
            ),
            share_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Resources of the client, such as ``client.emails``, with one method per API operation."""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ._response import APIResponse
from .api.emails import cancel_email, get_email, list_emails, send_batch_emails, send_email, update_email
from .models import (
    Attachment,
    BatchEmail,
    Email,
    EmailReference,
    EmailTemplateInput,
    ListEmailsResponse,
    SendBatchEmailsResponse,
    SendBatchEmailsXBatchValidation,
    SendEmailRequestHeaders,
    SendEmailResponse,
    Tag,
)
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._client import Resend


class EmailsResourceWithRawResponse:
    """The operations of ``client.emails``, returning the whole response with its headers and rate limit."""

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
        request = list_emails.build_request(
            limit=limit,
            after=after,
            before=before,
        )
        return self._client._request(
            request,
            list_emails.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        scheduled_at: str | Unset = UNSET,
        attachments: Sequence[Attachment | Mapping[str, Any]] | Unset = UNSET,
        tags: Sequence[Tag | Mapping[str, Any]] | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
            scheduled_at: Time in the future at which to send the email instead of now: an ISO 8601 time such
                as `2025-10-09T09:00:00Z`, or a phrase such as `in 1 hour`.
            attachments: Files attached to the email.
            tags: Name and value pairs that are stored with the email.
            topic_id: Id of the topic that the email is sent under.
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
        """
        request = send_email.build_request(
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
        )
        return self._client._request(
            request,
            send_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        request = send_batch_emails.build_request(
            emails=emails,
            idempotency_key=idempotency_key,
            x_batch_validation=x_batch_validation,
        )
        return self._client._request(
            request,
            send_batch_emails.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Email]:
        """Get an email.

        Returns one email with its recipients, content and latest delivery event.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """
        request = get_email.build_request(
            email_id,
        )
        return self._client._request(
            request,
            get_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        email_id: str,
        *,
        scheduled_at: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[EmailReference]:
        """Reschedule a scheduled email.

        Changes the send time of an email that was created with `scheduled_at` and has not been sent
        yet.

        Args:
            email_id: Id of the email, as returned when it was sent.
            scheduled_at: New time in the future at which to send the email: an ISO 8601 time such as
                `2025-10-10T15:30:00Z`, or a phrase such as `in 1 hour`.
        """
        request = update_email.build_request(
            email_id,
            scheduled_at=scheduled_at,
        )
        return self._client._request(
            request,
            update_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def cancel(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[EmailReference]:
        """Cancel a scheduled email.

        Cancels an email that was created with `scheduled_at` and has not been sent yet, so it is
        never sent.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """
        request = cancel_email.build_request(
            email_id,
        )
        return self._client._request(
            request,
            cancel_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class EmailsResource:
    """The operations of ``client.emails``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self.with_raw_response = EmailsResourceWithRawResponse(client)

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
    ) -> ListEmailsResponse:
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
        return self.with_raw_response.list(
            limit=limit,
            after=after,
            before=before,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        ).parsed

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
        scheduled_at: str | Unset = UNSET,
        attachments: Sequence[Attachment | Mapping[str, Any]] | Unset = UNSET,
        tags: Sequence[Tag | Mapping[str, Any]] | Unset = UNSET,
        topic_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
            scheduled_at: Time in the future at which to send the email instead of now: an ISO 8601 time such
                as `2025-10-09T09:00:00Z`, or a phrase such as `in 1 hour`.
            attachments: Files attached to the email.
            tags: Name and value pairs that are stored with the email.
            topic_id: Id of the topic that the email is sent under.
            idempotency_key: Client-chosen key that the server remembers for 24 hours. A retry with the same key
                and the same body returns the first response without sending again. The same key
                with a different body fails with 409 `invalid_idempotent_request`, and a retry while
                the first request is still running fails with 409 `concurrent_idempotent_requests`.
        """
        return self.with_raw_response.send(
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        ).parsed

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
        return self.with_raw_response.send_batch(
            emails=emails,
            idempotency_key=idempotency_key,
            x_batch_validation=x_batch_validation,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        ).parsed

    def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Email:
        """Get an email.

        Returns one email with its recipients, content and latest delivery event.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """
        return self.with_raw_response.get(
            email_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        ).parsed

    def update(
        self,
        email_id: str,
        *,
        scheduled_at: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> EmailReference:
        """Reschedule a scheduled email.

        Changes the send time of an email that was created with `scheduled_at` and has not been sent
        yet.

        Args:
            email_id: Id of the email, as returned when it was sent.
            scheduled_at: New time in the future at which to send the email: an ISO 8601 time such as
                `2025-10-10T15:30:00Z`, or a phrase such as `in 1 hour`.
        """
        return self.with_raw_response.update(
            email_id,
            scheduled_at=scheduled_at,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        ).parsed

    def cancel(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> EmailReference:
        """Cancel a scheduled email.

        Cancels an email that was created with `scheduled_at` and has not been sent yet, so it is
        never sent.

        Args:
            email_id: Id of the email, as returned when it was sent.
        """
        return self.with_raw_response.cancel(
            email_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        ).parsed

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Resources of the clients, such as ``client.emails``, with one method per API operation."""

import datetime
import warnings
from collections.abc import Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

import httpx

from ._pagination import AsyncPager, Cursor, SyncPage
from ._response import APIResponse
from .api.api_keys import create_api_key, delete_api_key, list_api_keys, update_api_key
from .api.audiences import (
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
from .api.automations import (
    create_automation,
    delete_automation,
    duplicate_automation,
    get_automation,
    get_automation_run,
    list_automation_runs,
    list_automations,
    stop_automation,
    update_automation,
)
from .api.broadcasts import (
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
from .api.contact_properties import (
    create_contact_property,
    delete_contact_property,
    get_contact_property,
    list_contact_properties,
    update_contact_property,
)
from .api.contacts import (
    add_contact_to_segment,
    create_contact,
    create_contact_import,
    delete_contact,
    get_contact,
    get_contact_import,
    list_contact_imports,
    list_contact_segments,
    list_contact_topics,
    list_contacts,
    remove_contact_from_segment,
    update_contact,
    update_contact_topics,
)
from .api.domains import (
    create_domain,
    create_domain_claim,
    delete_domain,
    get_domain,
    get_domain_claim,
    list_domains,
    update_domain,
    verify_domain,
    verify_domain_claim,
)
from .api.emails import (
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
from .api.events import create_event, delete_event, get_event, list_events, send_event, update_event
from .api.logs import get_log, list_logs
from .api.o_auth_grants import list_oauth_grants, revoke_oauth_grant
from .api.segments import create_segment, delete_segment, get_segment, list_segment_contacts, list_segments
from .api.suppressions import (
    batch_add_suppressions,
    batch_remove_suppressions,
    create_suppression,
    delete_suppression,
    get_suppression,
    list_suppressions,
)
from .api.templates import (
    create_template,
    delete_template,
    duplicate_template,
    get_template,
    list_templates,
    publish_template,
    update_template,
)
from .api.topics import create_topic, delete_topic, get_topic, list_topics, update_topic
from .api.webhooks import create_webhook, delete_webhook, get_webhook, list_webhooks, update_webhook
from .models import (
    AddContactToSegmentResponse,
    ApiKey,
    ApiKeyPermission,
    ApiKeyReference,
    Attachment,
    Audience,
    AudienceListItem,
    Automation,
    AutomationConnection,
    AutomationListItem,
    AutomationReference,
    AutomationRun,
    AutomationRunListItem,
    AutomationStatus,
    AutomationStep,
    BatchAddSuppressionsResponse,
    BatchEmail,
    BatchRemoveSuppressionsResponse,
    Broadcast,
    BroadcastBounceType,
    BroadcastClickedLink,
    BroadcastListItem,
    BroadcastRecipient,
    BroadcastRecipientType,
    BroadcastReference,
    Contact,
    ContactImport,
    ContactImportConflictMode,
    ContactImportReference,
    ContactImportStatus,
    ContactListItem,
    ContactProperty,
    ContactPropertyListItem,
    ContactPropertyReference,
    ContactPropertyType,
    ContactReference,
    ContactSegment,
    ContactTopic,
    ContactTopicSubscriptionInput,
    CreateApiKeyResponse,
    CreateAudienceResponse,
    CreateContactRequestProperties,
    CreateEventRequestSchemaType0,
    CreateSegmentRequestFilter,
    CreateWebhookResponse,
    DeleteAudienceResponse,
    DeleteContactResponse,
    DeletedApiKey,
    DeletedAutomation,
    DeletedBroadcast,
    DeletedContactProperty,
    DeletedDomain,
    DeletedEvent,
    DeletedSuppression,
    DeletedTopic,
    DeletedWebhook,
    DeleteSegmentResponse,
    DeleteTemplateResponse,
    Domain,
    DomainCapabilities,
    DomainClaim,
    DomainListItem,
    DomainReference,
    DomainRegion,
    DomainTls,
    Email,
    EmailAttachment,
    EmailAttachmentListItem,
    EmailMetricName,
    EmailMetrics,
    EmailMetricsDimension,
    EmailMetricsGranularity,
    EmailReference,
    EmailTemplateInput,
    Event,
    EventListItem,
    EventReference,
    ListApiKeysResponse,
    ListAudiencesResponse,
    ListAutomationRunsResponse,
    ListAutomationsResponse,
    ListBroadcastClickedLinksResponse,
    ListBroadcastRecipientsResponse,
    ListBroadcastsResponse,
    ListContactImportsResponse,
    ListContactPropertiesResponse,
    ListContactSegmentsResponse,
    ListContactsResponse,
    ListContactTopicsResponse,
    ListDomainsResponse,
    ListEmailAttachmentsResponse,
    ListEmailsResponse,
    ListEventsResponse,
    ListLogsResponse,
    ListOAuthGrantsResponse,
    ListReceivedEmailsResponse,
    ListSegmentsResponse,
    ListSuppressionsResponse,
    ListTemplatesResponse,
    ListTopicsResponse,
    ListWebhooksResponse,
    Log,
    LogSummary,
    OAuthGrant,
    ReceivedEmail,
    ReceivedEmailListItem,
    RemoveContactFromSegmentResponse,
    RevokeOAuthGrantResponse,
    Segment,
    SegmentListItem,
    SegmentReference,
    SendBatchEmailsResponse,
    SendBatchEmailsXBatchValidation,
    SendBroadcastResponse,
    SendEmailRequestHeaders,
    SendEmailResponse,
    SendEventRequestPayload,
    SendEventResponse,
    ShareEmailResponse,
    StopAutomationResponse,
    Suppression,
    SuppressionListItem,
    SuppressionOrigin,
    SuppressionReference,
    Tag,
    Template,
    TemplateListItem,
    TemplateReference,
    TemplateVariableInput,
    Topic,
    TopicListItem,
    TopicReference,
    TopicSubscription,
    TopicVisibility,
    UpdateContactRequestProperties,
    UpdateContactTopicsResponse,
    UpdateEventRequestSchemaType0,
    Webhook,
    WebhookEventType,
    WebhookListItem,
    WebhookReference,
    WebhookStatus,
)
from .types import UNSET, File, Unset

if TYPE_CHECKING:
    from ._client import AsyncResend, Resend


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
        )

    def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def get(
        self,
        email_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


class DomainsClaimsResourceWithRawResponse:
    """The operations of ``client.domains.claims``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        region: DomainRegion | Unset = UNSET,
        custom_return_path: str | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainClaim]:
        """Claim a domain.

        Starts a claim on a domain name that is registered with another team. The response gives a
        TXT record to publish. Verify the claim once it is in DNS. The settings in the request apply
        to the domain when the claim completes.

        Args:
            name: Domain name to claim, such as `example.com`.
            region: AWS region that sends the domain's email.
            custom_return_path: Subdomain for the Return-Path address that receives bounces, such as `bounces` for
                `bounces.example.com`.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        return self._client._request(
            create_domain_claim.build_request(
                name=name,
                region=region,
                custom_return_path=custom_return_path,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tracking_subdomain=tracking_subdomain,
            ),
            create_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainClaim]:
        """Get a domain claim.

        Returns the claim with its TXT record and its current status.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return self._client._request(
            get_domain_claim.build_request(
                domain_id,
            ),
            get_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainClaim]:
        """Verify a domain claim.

        Asks the server to look up the claim's TXT record and returns the claim with its updated
        status. When the claim completes, `domain_id` names the domain that now belongs to the team.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return self._client._request(
            verify_domain_claim.build_request(
                domain_id,
            ),
            verify_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DomainsClaimsResource:
    """The operations of ``client.domains.claims``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = DomainsClaimsResourceWithRawResponse(client)

    def create(
        self,
        *,
        name: str,
        region: DomainRegion | Unset = UNSET,
        custom_return_path: str | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainClaim:
        """Claim a domain.

        Starts a claim on a domain name that is registered with another team. The response gives a
        TXT record to publish. Verify the claim once it is in DNS. The settings in the request apply
        to the domain when the claim completes.

        Args:
            name: Domain name to claim, such as `example.com`.
            region: AWS region that sends the domain's email.
            custom_return_path: Subdomain for the Return-Path address that receives bounces, such as `bounces` for
                `bounces.example.com`.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        response = self._client._request(
            create_domain_claim.build_request(
                name=name,
                region=region,
                custom_return_path=custom_return_path,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tracking_subdomain=tracking_subdomain,
            ),
            create_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainClaim:
        """Get a domain claim.

        Returns the claim with its TXT record and its current status.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = self._client._request(
            get_domain_claim.build_request(
                domain_id,
            ),
            get_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainClaim:
        """Verify a domain claim.

        Asks the server to look up the claim's TXT record and returns the claim with its updated
        status. When the claim completes, `domain_id` names the domain that now belongs to the team.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = self._client._request(
            verify_domain_claim.build_request(
                domain_id,
            ),
            verify_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncDomainsClaimsResourceWithRawResponse:
    """The operations of ``client.domains.claims``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        region: DomainRegion | Unset = UNSET,
        custom_return_path: str | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainClaim]:
        """Claim a domain.

        Starts a claim on a domain name that is registered with another team. The response gives a
        TXT record to publish. Verify the claim once it is in DNS. The settings in the request apply
        to the domain when the claim completes.

        Args:
            name: Domain name to claim, such as `example.com`.
            region: AWS region that sends the domain's email.
            custom_return_path: Subdomain for the Return-Path address that receives bounces, such as `bounces` for
                `bounces.example.com`.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        return await self._client._request(
            create_domain_claim.build_request(
                name=name,
                region=region,
                custom_return_path=custom_return_path,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tracking_subdomain=tracking_subdomain,
            ),
            create_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainClaim]:
        """Get a domain claim.

        Returns the claim with its TXT record and its current status.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return await self._client._request(
            get_domain_claim.build_request(
                domain_id,
            ),
            get_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainClaim]:
        """Verify a domain claim.

        Asks the server to look up the claim's TXT record and returns the claim with its updated
        status. When the claim completes, `domain_id` names the domain that now belongs to the team.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return await self._client._request(
            verify_domain_claim.build_request(
                domain_id,
            ),
            verify_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDomainsClaimsResource:
    """The operations of ``client.domains.claims``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncDomainsClaimsResourceWithRawResponse(client)

    async def create(
        self,
        *,
        name: str,
        region: DomainRegion | Unset = UNSET,
        custom_return_path: str | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainClaim:
        """Claim a domain.

        Starts a claim on a domain name that is registered with another team. The response gives a
        TXT record to publish. Verify the claim once it is in DNS. The settings in the request apply
        to the domain when the claim completes.

        Args:
            name: Domain name to claim, such as `example.com`.
            region: AWS region that sends the domain's email.
            custom_return_path: Subdomain for the Return-Path address that receives bounces, such as `bounces` for
                `bounces.example.com`.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        response = await self._client._request(
            create_domain_claim.build_request(
                name=name,
                region=region,
                custom_return_path=custom_return_path,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tracking_subdomain=tracking_subdomain,
            ),
            create_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainClaim:
        """Get a domain claim.

        Returns the claim with its TXT record and its current status.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = await self._client._request(
            get_domain_claim.build_request(
                domain_id,
            ),
            get_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainClaim:
        """Verify a domain claim.

        Asks the server to look up the claim's TXT record and returns the claim with its updated
        status. When the claim completes, `domain_id` names the domain that now belongs to the team.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = await self._client._request(
            verify_domain_claim.build_request(
                domain_id,
            ),
            verify_domain_claim.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class ContactsImportsResourceWithRawResponse:
    """The operations of ``client.contacts.imports``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        *,
        status: ContactImportStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactImportsResponse]:
        """List contact imports.

        Returns one page of the team's contact imports, or only those in one state when `status` is
        set. While `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch
        the next page.

        Args:
            status: State of a contact import.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_contact_imports.build_request(
                status=status,
                limit=limit,
                after=after,
                before=before,
            ),
            list_contact_imports.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        file: File | bytes | IO[bytes],
        column_map: str | Unset = UNSET,
        on_conflict: ContactImportConflictMode | Unset = UNSET,
        segments: str | Unset = UNSET,
        topics: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ContactImportReference]:
        """Import contacts from a file.

        Uploads a file of contacts as `multipart/form-data` and starts importing it in the
        background. The response contains only the id of the import, so get the import to follow its
        `status` and `counts`.

        Args:
            file: File with one contact per row.
            column_map: How the file's columns map to contact fields, as text in a form field.
            on_conflict: What an import does with a row whose email address already belongs to a contact.
                With `upsert` it updates the contact, and with `skip` it leaves the contact
                unchanged. The server uses `skip` when the field is absent.
            segments: Segments to add every imported contact to, as text in a form field.
            topics: Topic subscriptions to set on every imported contact, as text in a form field.
        """

        return self._client._request(
            create_contact_import.build_request(
                file=file,
                column_map=column_map,
                on_conflict=on_conflict,
                segments=segments,
                topics=topics,
            ),
            create_contact_import.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        import_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ContactImport]:
        """Get a contact import.

        Returns one contact import with its state and the number of rows that were created, updated,
        skipped or failed so far.

        Args:
            import_id: Id of the contact import, as returned when it was created.
        """

        return self._client._request(
            get_contact_import.build_request(
                import_id,
            ),
            get_contact_import.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ContactsImportsResource:
    """The operations of ``client.contacts.imports``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = ContactsImportsResourceWithRawResponse(client)

    def list(
        self,
        *,
        status: ContactImportStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[ContactImport]:
        """List contact imports.

        Returns one page of the team's contact imports, or only those in one state when `status` is
        set. While `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch
        the next page.

        Args:
            status: State of a contact import.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactImportsResponse]:
            return self._client._request(
                list_contact_imports.build_request(
                    status=status,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contact_imports.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def create(
        self,
        *,
        file: File | bytes | IO[bytes],
        column_map: str | Unset = UNSET,
        on_conflict: ContactImportConflictMode | Unset = UNSET,
        segments: str | Unset = UNSET,
        topics: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactImportReference:
        """Import contacts from a file.

        Uploads a file of contacts as `multipart/form-data` and starts importing it in the
        background. The response contains only the id of the import, so get the import to follow its
        `status` and `counts`.

        Args:
            file: File with one contact per row.
            column_map: How the file's columns map to contact fields, as text in a form field.
            on_conflict: What an import does with a row whose email address already belongs to a contact.
                With `upsert` it updates the contact, and with `skip` it leaves the contact
                unchanged. The server uses `skip` when the field is absent.
            segments: Segments to add every imported contact to, as text in a form field.
            topics: Topic subscriptions to set on every imported contact, as text in a form field.
        """

        response = self._client._request(
            create_contact_import.build_request(
                file=file,
                column_map=column_map,
                on_conflict=on_conflict,
                segments=segments,
                topics=topics,
            ),
            create_contact_import.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def get(
        self,
        import_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactImport:
        """Get a contact import.

        Returns one contact import with its state and the number of rows that were created, updated,
        skipped or failed so far.

        Args:
            import_id: Id of the contact import, as returned when it was created.
        """

        response = self._client._request(
            get_contact_import.build_request(
                import_id,
            ),
            get_contact_import.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncContactsImportsResourceWithRawResponse:
    """The operations of ``client.contacts.imports``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        *,
        status: ContactImportStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactImportsResponse]:
        """List contact imports.

        Returns one page of the team's contact imports, or only those in one state when `status` is
        set. While `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch
        the next page.

        Args:
            status: State of a contact import.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_contact_imports.build_request(
                status=status,
                limit=limit,
                after=after,
                before=before,
            ),
            list_contact_imports.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        file: File | bytes | IO[bytes],
        column_map: str | Unset = UNSET,
        on_conflict: ContactImportConflictMode | Unset = UNSET,
        segments: str | Unset = UNSET,
        topics: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ContactImportReference]:
        """Import contacts from a file.

        Uploads a file of contacts as `multipart/form-data` and starts importing it in the
        background. The response contains only the id of the import, so get the import to follow its
        `status` and `counts`.

        Args:
            file: File with one contact per row.
            column_map: How the file's columns map to contact fields, as text in a form field.
            on_conflict: What an import does with a row whose email address already belongs to a contact.
                With `upsert` it updates the contact, and with `skip` it leaves the contact
                unchanged. The server uses `skip` when the field is absent.
            segments: Segments to add every imported contact to, as text in a form field.
            topics: Topic subscriptions to set on every imported contact, as text in a form field.
        """

        return await self._client._request(
            create_contact_import.build_request(
                file=file,
                column_map=column_map,
                on_conflict=on_conflict,
                segments=segments,
                topics=topics,
            ),
            create_contact_import.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        import_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ContactImport]:
        """Get a contact import.

        Returns one contact import with its state and the number of rows that were created, updated,
        skipped or failed so far.

        Args:
            import_id: Id of the contact import, as returned when it was created.
        """

        return await self._client._request(
            get_contact_import.build_request(
                import_id,
            ),
            get_contact_import.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncContactsImportsResource:
    """The operations of ``client.contacts.imports``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncContactsImportsResourceWithRawResponse(client)

    def list(
        self,
        *,
        status: ContactImportStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[ContactImport]:
        """List contact imports.

        Returns one page of the team's contact imports, or only those in one state when `status` is
        set. While `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch
        the next page.

        Args:
            status: State of a contact import.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactImportsResponse]:
            return await self._client._request(
                list_contact_imports.build_request(
                    status=status,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contact_imports.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def create(
        self,
        *,
        file: File | bytes | IO[bytes],
        column_map: str | Unset = UNSET,
        on_conflict: ContactImportConflictMode | Unset = UNSET,
        segments: str | Unset = UNSET,
        topics: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactImportReference:
        """Import contacts from a file.

        Uploads a file of contacts as `multipart/form-data` and starts importing it in the
        background. The response contains only the id of the import, so get the import to follow its
        `status` and `counts`.

        Args:
            file: File with one contact per row.
            column_map: How the file's columns map to contact fields, as text in a form field.
            on_conflict: What an import does with a row whose email address already belongs to a contact.
                With `upsert` it updates the contact, and with `skip` it leaves the contact
                unchanged. The server uses `skip` when the field is absent.
            segments: Segments to add every imported contact to, as text in a form field.
            topics: Topic subscriptions to set on every imported contact, as text in a form field.
        """

        response = await self._client._request(
            create_contact_import.build_request(
                file=file,
                column_map=column_map,
                on_conflict=on_conflict,
                segments=segments,
                topics=topics,
            ),
            create_contact_import.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def get(
        self,
        import_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactImport:
        """Get a contact import.

        Returns one contact import with its state and the number of rows that were created, updated,
        skipped or failed so far.

        Args:
            import_id: Id of the contact import, as returned when it was created.
        """

        response = await self._client._request(
            get_contact_import.build_request(
                import_id,
            ),
            get_contact_import.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class ContactsSegmentsResourceWithRawResponse:
    """The operations of ``client.contacts.segments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        contact_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactSegmentsResponse]:
        """List the segments of a contact.

        Returns one page of the segments that the contact belongs to. While `has_more` is true, pass
        the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_contact_segments.build_request(
                contact_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_contact_segments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add(
        self,
        contact_id: str,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AddContactToSegmentResponse]:
        """Add a contact to a segment.

        Makes the contact a member of the segment.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            segment_id: Id of the segment, as returned when it was created.
        """

        return self._client._request(
            add_contact_to_segment.build_request(
                contact_id,
                segment_id,
            ),
            add_contact_to_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def remove(
        self,
        contact_id: str,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[RemoveContactFromSegmentResponse]:
        """Remove a contact from a segment.

        Takes the contact out of the segment. The contact itself is kept.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            segment_id: Id of the segment, as returned when it was created.
        """

        return self._client._request(
            remove_contact_from_segment.build_request(
                contact_id,
                segment_id,
            ),
            remove_contact_from_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ContactsSegmentsResource:
    """The operations of ``client.contacts.segments``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = ContactsSegmentsResourceWithRawResponse(client)

    def list(
        self,
        contact_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[ContactSegment]:
        """List the segments of a contact.

        Returns one page of the segments that the contact belongs to. While `has_more` is true, pass
        the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactSegmentsResponse]:
            return self._client._request(
                list_contact_segments.build_request(
                    contact_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contact_segments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def add(
        self,
        contact_id: str,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AddContactToSegmentResponse:
        """Add a contact to a segment.

        Makes the contact a member of the segment.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            segment_id: Id of the segment, as returned when it was created.
        """

        response = self._client._request(
            add_contact_to_segment.build_request(
                contact_id,
                segment_id,
            ),
            add_contact_to_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def remove(
        self,
        contact_id: str,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RemoveContactFromSegmentResponse:
        """Remove a contact from a segment.

        Takes the contact out of the segment. The contact itself is kept.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            segment_id: Id of the segment, as returned when it was created.
        """

        response = self._client._request(
            remove_contact_from_segment.build_request(
                contact_id,
                segment_id,
            ),
            remove_contact_from_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncContactsSegmentsResourceWithRawResponse:
    """The operations of ``client.contacts.segments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        contact_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactSegmentsResponse]:
        """List the segments of a contact.

        Returns one page of the segments that the contact belongs to. While `has_more` is true, pass
        the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_contact_segments.build_request(
                contact_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_contact_segments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add(
        self,
        contact_id: str,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AddContactToSegmentResponse]:
        """Add a contact to a segment.

        Makes the contact a member of the segment.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            segment_id: Id of the segment, as returned when it was created.
        """

        return await self._client._request(
            add_contact_to_segment.build_request(
                contact_id,
                segment_id,
            ),
            add_contact_to_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def remove(
        self,
        contact_id: str,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[RemoveContactFromSegmentResponse]:
        """Remove a contact from a segment.

        Takes the contact out of the segment. The contact itself is kept.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            segment_id: Id of the segment, as returned when it was created.
        """

        return await self._client._request(
            remove_contact_from_segment.build_request(
                contact_id,
                segment_id,
            ),
            remove_contact_from_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncContactsSegmentsResource:
    """The operations of ``client.contacts.segments``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncContactsSegmentsResourceWithRawResponse(client)

    def list(
        self,
        contact_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[ContactSegment]:
        """List the segments of a contact.

        Returns one page of the segments that the contact belongs to. While `has_more` is true, pass
        the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactSegmentsResponse]:
            return await self._client._request(
                list_contact_segments.build_request(
                    contact_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contact_segments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def add(
        self,
        contact_id: str,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AddContactToSegmentResponse:
        """Add a contact to a segment.

        Makes the contact a member of the segment.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            segment_id: Id of the segment, as returned when it was created.
        """

        response = await self._client._request(
            add_contact_to_segment.build_request(
                contact_id,
                segment_id,
            ),
            add_contact_to_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def remove(
        self,
        contact_id: str,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RemoveContactFromSegmentResponse:
        """Remove a contact from a segment.

        Takes the contact out of the segment. The contact itself is kept.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            segment_id: Id of the segment, as returned when it was created.
        """

        response = await self._client._request(
            remove_contact_from_segment.build_request(
                contact_id,
                segment_id,
            ),
            remove_contact_from_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class ContactsTopicsResourceWithRawResponse:
    """The operations of ``client.contacts.topics``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        contact_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactTopicsResponse]:
        """List the topic subscriptions of a contact.

        Returns one page of topics with the contact's subscription to each. While `has_more` is
        true, pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_contact_topics.build_request(
                contact_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_contact_topics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        contact_id: str,
        *,
        topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[UpdateContactTopicsResponse]:
        """Update the topic subscriptions of a contact.

        Sets the contact's subscription for each topic in the body. Subscriptions to topics that the
        body does not name are left as they are.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            topics: Subscriptions to set, one for each topic.
        """

        return self._client._request(
            update_contact_topics.build_request(
                contact_id,
                topics=topics,
            ),
            update_contact_topics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ContactsTopicsResource:
    """The operations of ``client.contacts.topics``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = ContactsTopicsResourceWithRawResponse(client)

    def list(
        self,
        contact_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[ContactTopic]:
        """List the topic subscriptions of a contact.

        Returns one page of topics with the contact's subscription to each. While `has_more` is
        true, pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactTopicsResponse]:
            return self._client._request(
                list_contact_topics.build_request(
                    contact_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contact_topics.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def update(
        self,
        contact_id: str,
        *,
        topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateContactTopicsResponse:
        """Update the topic subscriptions of a contact.

        Sets the contact's subscription for each topic in the body. Subscriptions to topics that the
        body does not name are left as they are.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            topics: Subscriptions to set, one for each topic.
        """

        response = self._client._request(
            update_contact_topics.build_request(
                contact_id,
                topics=topics,
            ),
            update_contact_topics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncContactsTopicsResourceWithRawResponse:
    """The operations of ``client.contacts.topics``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        contact_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactTopicsResponse]:
        """List the topic subscriptions of a contact.

        Returns one page of topics with the contact's subscription to each. While `has_more` is
        true, pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_contact_topics.build_request(
                contact_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_contact_topics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        contact_id: str,
        *,
        topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[UpdateContactTopicsResponse]:
        """Update the topic subscriptions of a contact.

        Sets the contact's subscription for each topic in the body. Subscriptions to topics that the
        body does not name are left as they are.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            topics: Subscriptions to set, one for each topic.
        """

        return await self._client._request(
            update_contact_topics.build_request(
                contact_id,
                topics=topics,
            ),
            update_contact_topics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncContactsTopicsResource:
    """The operations of ``client.contacts.topics``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncContactsTopicsResourceWithRawResponse(client)

    def list(
        self,
        contact_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[ContactTopic]:
        """List the topic subscriptions of a contact.

        Returns one page of topics with the contact's subscription to each. While `has_more` is
        true, pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactTopicsResponse]:
            return await self._client._request(
                list_contact_topics.build_request(
                    contact_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contact_topics.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def update(
        self,
        contact_id: str,
        *,
        topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateContactTopicsResponse:
        """Update the topic subscriptions of a contact.

        Sets the contact's subscription for each topic in the body. Subscriptions to topics that the
        body does not name are left as they are.

        Args:
            contact_id: Id of the contact, as returned when it was created.
            topics: Subscriptions to set, one for each topic.
        """

        response = await self._client._request(
            update_contact_topics.build_request(
                contact_id,
                topics=topics,
            ),
            update_contact_topics.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


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
        )
        return response.parsed


class SegmentsContactsResourceWithRawResponse:
    """The operations of ``client.segments.contacts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        segment_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactsResponse]:
        """List the contacts in a segment.

        Returns one page of the segment's contacts. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            segment_id: Id of the segment, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_segment_contacts.build_request(
                segment_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_segment_contacts.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SegmentsContactsResource:
    """The operations of ``client.segments.contacts``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = SegmentsContactsResourceWithRawResponse(client)

    def list(
        self,
        segment_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[ContactListItem]:
        """List the contacts in a segment.

        Returns one page of the segment's contacts. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            segment_id: Id of the segment, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactsResponse]:
            return self._client._request(
                list_segment_contacts.build_request(
                    segment_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_segment_contacts.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)


class AsyncSegmentsContactsResourceWithRawResponse:
    """The operations of ``client.segments.contacts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        segment_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactsResponse]:
        """List the contacts in a segment.

        Returns one page of the segment's contacts. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            segment_id: Id of the segment, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_segment_contacts.build_request(
                segment_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_segment_contacts.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSegmentsContactsResource:
    """The operations of ``client.segments.contacts``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncSegmentsContactsResourceWithRawResponse(client)

    def list(
        self,
        segment_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[ContactListItem]:
        """List the contacts in a segment.

        Returns one page of the segment's contacts. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            segment_id: Id of the segment, as returned when it was created.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactsResponse]:
            return await self._client._request(
                list_segment_contacts.build_request(
                    segment_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_segment_contacts.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)


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
            )

        return AsyncPager(fetch, after, before)


class AutomationsRunsResourceWithRawResponse:
    """The operations of ``client.automations.runs``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        automation_id: str,
        *,
        status: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListAutomationRunsResponse]:
        """List the runs of an automation.

        Returns one page of the runs of an automation, optionally only those with one status. The
        items carry no steps, so get a run to see them.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            status: Return only runs with this status, such as `running` or `failed`. The public
                description types this filter as a plain string.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_automation_runs.build_request(
                automation_id,
                status=status,
                limit=limit,
                after=after,
                before=before,
            ),
            list_automation_runs.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        automation_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AutomationRun]:
        """Get a run of an automation.

        Returns one run of an automation with the state of each of its steps.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            run_id: Id of the run, as listed by the automation's runs.
        """

        return self._client._request(
            get_automation_run.build_request(
                automation_id,
                run_id,
            ),
            get_automation_run.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AutomationsRunsResource:
    """The operations of ``client.automations.runs``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = AutomationsRunsResourceWithRawResponse(client)

    def list(
        self,
        automation_id: str,
        *,
        status: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[AutomationRunListItem]:
        """List the runs of an automation.

        Returns one page of the runs of an automation, optionally only those with one status. The
        items carry no steps, so get a run to see them.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            status: Return only runs with this status, such as `running` or `failed`. The public
                description types this filter as a plain string.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListAutomationRunsResponse]:
            return self._client._request(
                list_automation_runs.build_request(
                    automation_id,
                    status=status,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_automation_runs.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def get(
        self,
        automation_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AutomationRun:
        """Get a run of an automation.

        Returns one run of an automation with the state of each of its steps.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            run_id: Id of the run, as listed by the automation's runs.
        """

        response = self._client._request(
            get_automation_run.build_request(
                automation_id,
                run_id,
            ),
            get_automation_run.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncAutomationsRunsResourceWithRawResponse:
    """The operations of ``client.automations.runs``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        automation_id: str,
        *,
        status: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListAutomationRunsResponse]:
        """List the runs of an automation.

        Returns one page of the runs of an automation, optionally only those with one status. The
        items carry no steps, so get a run to see them.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            status: Return only runs with this status, such as `running` or `failed`. The public
                description types this filter as a plain string.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_automation_runs.build_request(
                automation_id,
                status=status,
                limit=limit,
                after=after,
                before=before,
            ),
            list_automation_runs.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        automation_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AutomationRun]:
        """Get a run of an automation.

        Returns one run of an automation with the state of each of its steps.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            run_id: Id of the run, as listed by the automation's runs.
        """

        return await self._client._request(
            get_automation_run.build_request(
                automation_id,
                run_id,
            ),
            get_automation_run.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAutomationsRunsResource:
    """The operations of ``client.automations.runs``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncAutomationsRunsResourceWithRawResponse(client)

    def list(
        self,
        automation_id: str,
        *,
        status: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[AutomationRunListItem]:
        """List the runs of an automation.

        Returns one page of the runs of an automation, optionally only those with one status. The
        items carry no steps, so get a run to see them.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            status: Return only runs with this status, such as `running` or `failed`. The public
                description types this filter as a plain string.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListAutomationRunsResponse]:
            return await self._client._request(
                list_automation_runs.build_request(
                    automation_id,
                    status=status,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_automation_runs.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def get(
        self,
        automation_id: str,
        run_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AutomationRun:
        """Get a run of an automation.

        Returns one run of an automation with the state of each of its steps.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            run_id: Id of the run, as listed by the automation's runs.
        """

        response = await self._client._request(
            get_automation_run.build_request(
                automation_id,
                run_id,
            ),
            get_automation_run.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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

        return self._client._request(
            get_email.build_request(
                email_id,
            ),
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
        scheduled_at: datetime.datetime | str,
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

        return self._client._request(
            cancel_email.build_request(
                email_id,
            ),
            cancel_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        )

    async def get(
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

        return await self._client._request(
            get_email.build_request(
                email_id,
            ),
            get_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        )

    async def cancel(
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

        return await self._client._request(
            cancel_email.build_request(
                email_id,
            ),
            cancel_email.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        )
        return response.parsed


class DomainsResourceWithRawResponse:
    """The operations of ``client.domains``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.claims = DomainsClaimsResourceWithRawResponse(client)

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
    ) -> APIResponse[ListDomainsResponse]:
        """List domains.

        Returns one page of the team's domains, without their DNS records. While `has_more` is true,
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
            list_domains.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_domains.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        region: DomainRegion | Unset = UNSET,
        custom_return_path: str | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tls: DomainTls | Unset = UNSET,
        capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Domain]:
        """Add a domain.

        Adds a domain to the team and returns the DNS records to publish for it. The domain can send
        once those records are verified.

        Args:
            name: Domain name to send from, such as `example.com` or `updates.example.com`.
            region: AWS region that sends the domain's email.
            custom_return_path: Subdomain for the Return-Path address that receives bounces, such as `bounces` for
                `bounces.example.com`.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tls: TLS policy for delivery. With `opportunistic`, the server uses TLS when the
                receiving server offers it and sends without it otherwise. With `enforced`, it does
                not deliver without TLS.
            capabilities: What the domain is used for.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        return self._client._request(
            create_domain.build_request(
                name=name,
                region=region,
                custom_return_path=custom_return_path,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tls=tls,
                capabilities=capabilities,
                tracking_subdomain=tracking_subdomain,
            ),
            create_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Domain]:
        """Get a domain.

        Returns one domain with its settings and the state of each DNS record.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return self._client._request(
            get_domain.build_request(
                domain_id,
            ),
            get_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeletedDomain]:
        """Delete a domain.

        Removes the domain from the team, so it can no longer send or receive email.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return self._client._request(
            delete_domain.build_request(
                domain_id,
            ),
            delete_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        domain_id: str,
        *,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tls: DomainTls | Unset = UNSET,
        capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainReference]:
        """Update a domain.

        Changes the tracking, TLS and capability settings of a domain. Fields that are absent keep
        their current value.

        Args:
            domain_id: Id of the domain, as returned when it was added.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tls: TLS policy for delivery. With `opportunistic`, the server uses TLS when the
                receiving server offers it and sends without it otherwise. With `enforced`, it does
                not deliver without TLS.
            capabilities: What the domain is used for.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        return self._client._request(
            update_domain.build_request(
                domain_id,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tls=tls,
                capabilities=capabilities,
                tracking_subdomain=tracking_subdomain,
            ),
            update_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainReference]:
        """Verify a domain.

        Starts a new check of the domain's DNS records. The response carries only the id, so fetch
        the domain to see the resulting `status`.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return self._client._request(
            verify_domain.build_request(
                domain_id,
            ),
            verify_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DomainsResource:
    """The operations of ``client.domains``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = DomainsResourceWithRawResponse(client)
        self.claims = DomainsClaimsResource(client)

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
    ) -> SyncPage[DomainListItem]:
        """List domains.

        Returns one page of the team's domains, without their DNS records. While `has_more` is true,
        pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListDomainsResponse]:
            return self._client._request(
                list_domains.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_domains.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def create(
        self,
        *,
        name: str,
        region: DomainRegion | Unset = UNSET,
        custom_return_path: str | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tls: DomainTls | Unset = UNSET,
        capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Domain:
        """Add a domain.

        Adds a domain to the team and returns the DNS records to publish for it. The domain can send
        once those records are verified.

        Args:
            name: Domain name to send from, such as `example.com` or `updates.example.com`.
            region: AWS region that sends the domain's email.
            custom_return_path: Subdomain for the Return-Path address that receives bounces, such as `bounces` for
                `bounces.example.com`.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tls: TLS policy for delivery. With `opportunistic`, the server uses TLS when the
                receiving server offers it and sends without it otherwise. With `enforced`, it does
                not deliver without TLS.
            capabilities: What the domain is used for.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        response = self._client._request(
            create_domain.build_request(
                name=name,
                region=region,
                custom_return_path=custom_return_path,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tls=tls,
                capabilities=capabilities,
                tracking_subdomain=tracking_subdomain,
            ),
            create_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Domain:
        """Get a domain.

        Returns one domain with its settings and the state of each DNS record.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = self._client._request(
            get_domain.build_request(
                domain_id,
            ),
            get_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def delete(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeletedDomain:
        """Delete a domain.

        Removes the domain from the team, so it can no longer send or receive email.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = self._client._request(
            delete_domain.build_request(
                domain_id,
            ),
            delete_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def update(
        self,
        domain_id: str,
        *,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tls: DomainTls | Unset = UNSET,
        capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainReference:
        """Update a domain.

        Changes the tracking, TLS and capability settings of a domain. Fields that are absent keep
        their current value.

        Args:
            domain_id: Id of the domain, as returned when it was added.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tls: TLS policy for delivery. With `opportunistic`, the server uses TLS when the
                receiving server offers it and sends without it otherwise. With `enforced`, it does
                not deliver without TLS.
            capabilities: What the domain is used for.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        response = self._client._request(
            update_domain.build_request(
                domain_id,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tls=tls,
                capabilities=capabilities,
                tracking_subdomain=tracking_subdomain,
            ),
            update_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainReference:
        """Verify a domain.

        Starts a new check of the domain's DNS records. The response carries only the id, so fetch
        the domain to see the resulting `status`.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = self._client._request(
            verify_domain.build_request(
                domain_id,
            ),
            verify_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncDomainsResourceWithRawResponse:
    """The operations of ``client.domains``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.claims = AsyncDomainsClaimsResourceWithRawResponse(client)

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
    ) -> APIResponse[ListDomainsResponse]:
        """List domains.

        Returns one page of the team's domains, without their DNS records. While `has_more` is true,
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
            list_domains.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_domains.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        region: DomainRegion | Unset = UNSET,
        custom_return_path: str | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tls: DomainTls | Unset = UNSET,
        capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Domain]:
        """Add a domain.

        Adds a domain to the team and returns the DNS records to publish for it. The domain can send
        once those records are verified.

        Args:
            name: Domain name to send from, such as `example.com` or `updates.example.com`.
            region: AWS region that sends the domain's email.
            custom_return_path: Subdomain for the Return-Path address that receives bounces, such as `bounces` for
                `bounces.example.com`.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tls: TLS policy for delivery. With `opportunistic`, the server uses TLS when the
                receiving server offers it and sends without it otherwise. With `enforced`, it does
                not deliver without TLS.
            capabilities: What the domain is used for.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        return await self._client._request(
            create_domain.build_request(
                name=name,
                region=region,
                custom_return_path=custom_return_path,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tls=tls,
                capabilities=capabilities,
                tracking_subdomain=tracking_subdomain,
            ),
            create_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Domain]:
        """Get a domain.

        Returns one domain with its settings and the state of each DNS record.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return await self._client._request(
            get_domain.build_request(
                domain_id,
            ),
            get_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeletedDomain]:
        """Delete a domain.

        Removes the domain from the team, so it can no longer send or receive email.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return await self._client._request(
            delete_domain.build_request(
                domain_id,
            ),
            delete_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        domain_id: str,
        *,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tls: DomainTls | Unset = UNSET,
        capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainReference]:
        """Update a domain.

        Changes the tracking, TLS and capability settings of a domain. Fields that are absent keep
        their current value.

        Args:
            domain_id: Id of the domain, as returned when it was added.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tls: TLS policy for delivery. With `opportunistic`, the server uses TLS when the
                receiving server offers it and sends without it otherwise. With `enforced`, it does
                not deliver without TLS.
            capabilities: What the domain is used for.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        return await self._client._request(
            update_domain.build_request(
                domain_id,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tls=tls,
                capabilities=capabilities,
                tracking_subdomain=tracking_subdomain,
            ),
            update_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DomainReference]:
        """Verify a domain.

        Starts a new check of the domain's DNS records. The response carries only the id, so fetch
        the domain to see the resulting `status`.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        return await self._client._request(
            verify_domain.build_request(
                domain_id,
            ),
            verify_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDomainsResource:
    """The operations of ``client.domains``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncDomainsResourceWithRawResponse(client)
        self.claims = AsyncDomainsClaimsResource(client)

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
    ) -> AsyncPager[DomainListItem]:
        """List domains.

        Returns one page of the team's domains, without their DNS records. While `has_more` is true,
        pass the `id` of the last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListDomainsResponse]:
            return await self._client._request(
                list_domains.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_domains.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def create(
        self,
        *,
        name: str,
        region: DomainRegion | Unset = UNSET,
        custom_return_path: str | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tls: DomainTls | Unset = UNSET,
        capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Domain:
        """Add a domain.

        Adds a domain to the team and returns the DNS records to publish for it. The domain can send
        once those records are verified.

        Args:
            name: Domain name to send from, such as `example.com` or `updates.example.com`.
            region: AWS region that sends the domain's email.
            custom_return_path: Subdomain for the Return-Path address that receives bounces, such as `bounces` for
                `bounces.example.com`.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tls: TLS policy for delivery. With `opportunistic`, the server uses TLS when the
                receiving server offers it and sends without it otherwise. With `enforced`, it does
                not deliver without TLS.
            capabilities: What the domain is used for.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        response = await self._client._request(
            create_domain.build_request(
                name=name,
                region=region,
                custom_return_path=custom_return_path,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tls=tls,
                capabilities=capabilities,
                tracking_subdomain=tracking_subdomain,
            ),
            create_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Domain:
        """Get a domain.

        Returns one domain with its settings and the state of each DNS record.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = await self._client._request(
            get_domain.build_request(
                domain_id,
            ),
            get_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def delete(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeletedDomain:
        """Delete a domain.

        Removes the domain from the team, so it can no longer send or receive email.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = await self._client._request(
            delete_domain.build_request(
                domain_id,
            ),
            delete_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def update(
        self,
        domain_id: str,
        *,
        open_tracking: bool | Unset = UNSET,
        click_tracking: bool | Unset = UNSET,
        tls: DomainTls | Unset = UNSET,
        capabilities: DomainCapabilities | Mapping[str, Any] | Unset = UNSET,
        tracking_subdomain: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainReference:
        """Update a domain.

        Changes the tracking, TLS and capability settings of a domain. Fields that are absent keep
        their current value.

        Args:
            domain_id: Id of the domain, as returned when it was added.
            open_tracking: Whether to track opens of emails from this domain.
            click_tracking: Whether to track clicks on links in emails from this domain.
            tls: TLS policy for delivery. With `opportunistic`, the server uses TLS when the
                receiving server offers it and sends without it otherwise. With `enforced`, it does
                not deliver without TLS.
            capabilities: What the domain is used for.
            tracking_subdomain: Subdomain that serves the open and click tracking links, such as `links`.
        """

        response = await self._client._request(
            update_domain.build_request(
                domain_id,
                open_tracking=open_tracking,
                click_tracking=click_tracking,
                tls=tls,
                capabilities=capabilities,
                tracking_subdomain=tracking_subdomain,
            ),
            update_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DomainReference:
        """Verify a domain.

        Starts a new check of the domain's DNS records. The response carries only the id, so fetch
        the domain to see the resulting `status`.

        Args:
            domain_id: Id of the domain, as returned when it was added.
        """

        response = await self._client._request(
            verify_domain.build_request(
                domain_id,
            ),
            verify_domain.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


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
        )

    def delete(
        self,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def delete(
        self,
        api_key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


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
        )

    def revoke(
        self,
        oauth_grant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def revoke(
        self,
        oauth_grant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


class ContactsResourceWithRawResponse:
    """The operations of ``client.contacts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.imports = ContactsImportsResourceWithRawResponse(client)
        self.segments = ContactsSegmentsResourceWithRawResponse(client)
        self.topics = ContactsTopicsResourceWithRawResponse(client)

    def list(
        self,
        *,
        segment_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactsResponse]:
        """List contacts.

        Returns one page of the team's contacts, or only the contacts in one segment when
        `segment_id` is set. While `has_more` is true, pass the `id` of the last item in `data` as
        `after` to fetch the next page.

        Args:
            segment_id: Id of a segment. Only contacts in this segment are listed.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_contacts.build_request(
                segment_id=segment_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_contacts.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        properties: CreateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
        segments: Sequence[str] | Unset = UNSET,
        topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]] | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ContactReference]:
        """Create a contact.

        Creates a contact for an email address. The request can also add the contact to segments and
        set its topic subscriptions.

        Args:
            email: Email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
            properties: Values of the team's custom contact properties, keyed by property key.
            segments: Ids of the segments to add the contact to.
            topics: Subscriptions of the contact to topics.
            audience_id: Id of an audience to add the contact to. Audiences are the older way of grouping
                contacts, so new code should use `segments` instead.
        """

        return self._client._request(
            create_contact.build_request(
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
                properties=properties,
                segments=segments,
                topics=topics,
                audience_id=audience_id,
            ),
            create_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Contact]:
        """Get a contact.

        Returns one contact, found by its id or by its email address.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """

        return self._client._request(
            get_contact.build_request(
                id_or_email,
            ),
            get_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeleteContactResponse]:
        """Delete a contact.

        Deletes a contact found by its id or email address. The response names the contact in
        `contact`, as it was given in the path, and has no `id` field.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """

        return self._client._request(
            delete_contact.build_request(
                id_or_email,
            ),
            delete_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        id_or_email: str,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        properties: UpdateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ContactReference]:
        """Update a contact.

        Changes the fields given in the body of a contact found by its id or email address. Fields
        that are absent keep their values.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
            email: New email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
            properties: Values of the team's custom contact properties, keyed by property key.
        """

        return self._client._request(
            update_contact.build_request(
                id_or_email,
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
                properties=properties,
            ),
            update_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ContactsResource:
    """The operations of ``client.contacts``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = ContactsResourceWithRawResponse(client)
        self.imports = ContactsImportsResource(client)
        self.segments = ContactsSegmentsResource(client)
        self.topics = ContactsTopicsResource(client)

    def list(
        self,
        *,
        segment_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[ContactListItem]:
        """List contacts.

        Returns one page of the team's contacts, or only the contacts in one segment when
        `segment_id` is set. While `has_more` is true, pass the `id` of the last item in `data` as
        `after` to fetch the next page.

        Args:
            segment_id: Id of a segment. Only contacts in this segment are listed.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactsResponse]:
            return self._client._request(
                list_contacts.build_request(
                    segment_id=segment_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contacts.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def create(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        properties: CreateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
        segments: Sequence[str] | Unset = UNSET,
        topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]] | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactReference:
        """Create a contact.

        Creates a contact for an email address. The request can also add the contact to segments and
        set its topic subscriptions.

        Args:
            email: Email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
            properties: Values of the team's custom contact properties, keyed by property key.
            segments: Ids of the segments to add the contact to.
            topics: Subscriptions of the contact to topics.
            audience_id: Id of an audience to add the contact to. Audiences are the older way of grouping
                contacts, so new code should use `segments` instead.
        """

        response = self._client._request(
            create_contact.build_request(
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
                properties=properties,
                segments=segments,
                topics=topics,
                audience_id=audience_id,
            ),
            create_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Contact:
        """Get a contact.

        Returns one contact, found by its id or by its email address.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """

        response = self._client._request(
            get_contact.build_request(
                id_or_email,
            ),
            get_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeleteContactResponse:
        """Delete a contact.

        Deletes a contact found by its id or email address. The response names the contact in
        `contact`, as it was given in the path, and has no `id` field.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """

        response = self._client._request(
            delete_contact.build_request(
                id_or_email,
            ),
            delete_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def update(
        self,
        id_or_email: str,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        properties: UpdateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactReference:
        """Update a contact.

        Changes the fields given in the body of a contact found by its id or email address. Fields
        that are absent keep their values.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
            email: New email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
            properties: Values of the team's custom contact properties, keyed by property key.
        """

        response = self._client._request(
            update_contact.build_request(
                id_or_email,
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
                properties=properties,
            ),
            update_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncContactsResourceWithRawResponse:
    """The operations of ``client.contacts``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.imports = AsyncContactsImportsResourceWithRawResponse(client)
        self.segments = AsyncContactsSegmentsResourceWithRawResponse(client)
        self.topics = AsyncContactsTopicsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        segment_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListContactsResponse]:
        """List contacts.

        Returns one page of the team's contacts, or only the contacts in one segment when
        `segment_id` is set. While `has_more` is true, pass the `id` of the last item in `data` as
        `after` to fetch the next page.

        Args:
            segment_id: Id of a segment. Only contacts in this segment are listed.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_contacts.build_request(
                segment_id=segment_id,
                limit=limit,
                after=after,
                before=before,
            ),
            list_contacts.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        properties: CreateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
        segments: Sequence[str] | Unset = UNSET,
        topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]] | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ContactReference]:
        """Create a contact.

        Creates a contact for an email address. The request can also add the contact to segments and
        set its topic subscriptions.

        Args:
            email: Email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
            properties: Values of the team's custom contact properties, keyed by property key.
            segments: Ids of the segments to add the contact to.
            topics: Subscriptions of the contact to topics.
            audience_id: Id of an audience to add the contact to. Audiences are the older way of grouping
                contacts, so new code should use `segments` instead.
        """

        return await self._client._request(
            create_contact.build_request(
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
                properties=properties,
                segments=segments,
                topics=topics,
                audience_id=audience_id,
            ),
            create_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Contact]:
        """Get a contact.

        Returns one contact, found by its id or by its email address.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """

        return await self._client._request(
            get_contact.build_request(
                id_or_email,
            ),
            get_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeleteContactResponse]:
        """Delete a contact.

        Deletes a contact found by its id or email address. The response names the contact in
        `contact`, as it was given in the path, and has no `id` field.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """

        return await self._client._request(
            delete_contact.build_request(
                id_or_email,
            ),
            delete_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        id_or_email: str,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        properties: UpdateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ContactReference]:
        """Update a contact.

        Changes the fields given in the body of a contact found by its id or email address. Fields
        that are absent keep their values.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
            email: New email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
            properties: Values of the team's custom contact properties, keyed by property key.
        """

        return await self._client._request(
            update_contact.build_request(
                id_or_email,
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
                properties=properties,
            ),
            update_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncContactsResource:
    """The operations of ``client.contacts``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncContactsResourceWithRawResponse(client)
        self.imports = AsyncContactsImportsResource(client)
        self.segments = AsyncContactsSegmentsResource(client)
        self.topics = AsyncContactsTopicsResource(client)

    def list(
        self,
        *,
        segment_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[ContactListItem]:
        """List contacts.

        Returns one page of the team's contacts, or only the contacts in one segment when
        `segment_id` is set. While `has_more` is true, pass the `id` of the last item in `data` as
        `after` to fetch the next page.

        Args:
            segment_id: Id of a segment. Only contacts in this segment are listed.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListContactsResponse]:
            return await self._client._request(
                list_contacts.build_request(
                    segment_id=segment_id,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_contacts.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def create(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        properties: CreateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
        segments: Sequence[str] | Unset = UNSET,
        topics: Sequence[ContactTopicSubscriptionInput | Mapping[str, Any]] | Unset = UNSET,
        audience_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactReference:
        """Create a contact.

        Creates a contact for an email address. The request can also add the contact to segments and
        set its topic subscriptions.

        Args:
            email: Email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
            properties: Values of the team's custom contact properties, keyed by property key.
            segments: Ids of the segments to add the contact to.
            topics: Subscriptions of the contact to topics.
            audience_id: Id of an audience to add the contact to. Audiences are the older way of grouping
                contacts, so new code should use `segments` instead.
        """

        response = await self._client._request(
            create_contact.build_request(
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
                properties=properties,
                segments=segments,
                topics=topics,
                audience_id=audience_id,
            ),
            create_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Contact:
        """Get a contact.

        Returns one contact, found by its id or by its email address.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """

        response = await self._client._request(
            get_contact.build_request(
                id_or_email,
            ),
            get_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeleteContactResponse:
        """Delete a contact.

        Deletes a contact found by its id or email address. The response names the contact in
        `contact`, as it was given in the path, and has no `id` field.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
        """

        response = await self._client._request(
            delete_contact.build_request(
                id_or_email,
            ),
            delete_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def update(
        self,
        id_or_email: str,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        unsubscribed: bool | Unset = UNSET,
        properties: UpdateContactRequestProperties | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ContactReference:
        """Update a contact.

        Changes the fields given in the body of a contact found by its id or email address. Fields
        that are absent keep their values.

        Args:
            id_or_email: Id of the contact, or its email address. The server accepts either, and an email
                address is percent-encoded in the path.
            email: New email address of the contact.
            first_name: First name.
            last_name: Last name.
            unsubscribed: Whether the contact is unsubscribed from every broadcast.
            properties: Values of the team's custom contact properties, keyed by property key.
        """

        response = await self._client._request(
            update_contact.build_request(
                id_or_email,
                email=email,
                first_name=first_name,
                last_name=last_name,
                unsubscribed=unsubscribed,
                properties=properties,
            ),
            update_contact.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        )

    def create(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    def get(
        self,
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    def delete(
        self,
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def create(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def get(
        self,
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def delete(
        self,
        audience_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


class SegmentsResourceWithRawResponse:
    """The operations of ``client.segments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.contacts = SegmentsContactsResourceWithRawResponse(client)

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
    ) -> APIResponse[ListSegmentsResponse]:
        """List segments.

        Returns one page of the team's segments. While `has_more` is true, pass the `id` of the last
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
            list_segments.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_segments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        audience_id: str | Unset = UNSET,
        filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[SegmentReference]:
        """Create a segment.

        Creates a segment with the given name. Contacts join it through
        `client.contacts.segments.add` or the `segments` field when they are created.

        Args:
            name: Name of the segment.
            audience_id: Id of the audience that the segment belongs to.
            filter_: Conditions that select the contacts that belong to the segment.
        """

        return self._client._request(
            create_segment.build_request(
                name=name,
                audience_id=audience_id,
                filter_=filter_,
            ),
            create_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Segment]:
        """Get a segment.

        Returns one segment with its name, filter and creation time.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        return self._client._request(
            get_segment.build_request(
                segment_id,
            ),
            get_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeleteSegmentResponse]:
        """Delete a segment.

        Deletes a segment.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        return self._client._request(
            delete_segment.build_request(
                segment_id,
            ),
            delete_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SegmentsResource:
    """The operations of ``client.segments``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = SegmentsResourceWithRawResponse(client)
        self.contacts = SegmentsContactsResource(client)

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
    ) -> SyncPage[SegmentListItem]:
        """List segments.

        Returns one page of the team's segments. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListSegmentsResponse]:
            return self._client._request(
                list_segments.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_segments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def create(
        self,
        *,
        name: str,
        audience_id: str | Unset = UNSET,
        filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SegmentReference:
        """Create a segment.

        Creates a segment with the given name. Contacts join it through
        `client.contacts.segments.add` or the `segments` field when they are created.

        Args:
            name: Name of the segment.
            audience_id: Id of the audience that the segment belongs to.
            filter_: Conditions that select the contacts that belong to the segment.
        """

        response = self._client._request(
            create_segment.build_request(
                name=name,
                audience_id=audience_id,
                filter_=filter_,
            ),
            create_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def get(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Segment:
        """Get a segment.

        Returns one segment with its name, filter and creation time.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        response = self._client._request(
            get_segment.build_request(
                segment_id,
            ),
            get_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeleteSegmentResponse:
        """Delete a segment.

        Deletes a segment.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        response = self._client._request(
            delete_segment.build_request(
                segment_id,
            ),
            delete_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncSegmentsResourceWithRawResponse:
    """The operations of ``client.segments``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.contacts = AsyncSegmentsContactsResourceWithRawResponse(client)

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
    ) -> APIResponse[ListSegmentsResponse]:
        """List segments.

        Returns one page of the team's segments. While `has_more` is true, pass the `id` of the last
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
            list_segments.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_segments.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        audience_id: str | Unset = UNSET,
        filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[SegmentReference]:
        """Create a segment.

        Creates a segment with the given name. Contacts join it through
        `client.contacts.segments.add` or the `segments` field when they are created.

        Args:
            name: Name of the segment.
            audience_id: Id of the audience that the segment belongs to.
            filter_: Conditions that select the contacts that belong to the segment.
        """

        return await self._client._request(
            create_segment.build_request(
                name=name,
                audience_id=audience_id,
                filter_=filter_,
            ),
            create_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Segment]:
        """Get a segment.

        Returns one segment with its name, filter and creation time.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        return await self._client._request(
            get_segment.build_request(
                segment_id,
            ),
            get_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeleteSegmentResponse]:
        """Delete a segment.

        Deletes a segment.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        return await self._client._request(
            delete_segment.build_request(
                segment_id,
            ),
            delete_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSegmentsResource:
    """The operations of ``client.segments``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncSegmentsResourceWithRawResponse(client)
        self.contacts = AsyncSegmentsContactsResource(client)

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
    ) -> AsyncPager[SegmentListItem]:
        """List segments.

        Returns one page of the team's segments. While `has_more` is true, pass the `id` of the last
        item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListSegmentsResponse]:
            return await self._client._request(
                list_segments.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_segments.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def create(
        self,
        *,
        name: str,
        audience_id: str | Unset = UNSET,
        filter_: CreateSegmentRequestFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SegmentReference:
        """Create a segment.

        Creates a segment with the given name. Contacts join it through
        `client.contacts.segments.add` or the `segments` field when they are created.

        Args:
            name: Name of the segment.
            audience_id: Id of the audience that the segment belongs to.
            filter_: Conditions that select the contacts that belong to the segment.
        """

        response = await self._client._request(
            create_segment.build_request(
                name=name,
                audience_id=audience_id,
                filter_=filter_,
            ),
            create_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def get(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Segment:
        """Get a segment.

        Returns one segment with its name, filter and creation time.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        response = await self._client._request(
            get_segment.build_request(
                segment_id,
            ),
            get_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeleteSegmentResponse:
        """Delete a segment.

        Deletes a segment.

        Args:
            segment_id: Id of the segment, as returned when it was created.
        """

        response = await self._client._request(
            delete_segment.build_request(
                segment_id,
            ),
            delete_segment.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class TemplatesResourceWithRawResponse:
    """The operations of ``client.templates``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListTemplatesResponse]:
        """List templates.

        Returns one page of the team's templates. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_templates.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_templates.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        html: str,
        alias: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        text: str | Unset = UNSET,
        variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[TemplateReference]:
        """Create a template.

        Creates a template with status `draft`. It stays a draft until it is published.

        Args:
            name: Name of the template.
            html: HTML body.
            alias: Alternative name for the template, such as `order-shipped`.
            from_: Default sender address for emails that use the template, either `email@example.com`
                or `Name <email@example.com>`.
            subject: Default subject line for emails that use the template.
            reply_to: Default addresses for replies.
            text: Plain-text body.
            variables: Variables that the template's content uses.
        """

        return self._client._request(
            create_template.build_request(
                name=name,
                html=html,
                alias=alias,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                text=text,
                variables=variables,
            ),
            create_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Template]:
        """Get a template.

        Returns one template with its content, variables and publication state.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        return self._client._request(
            get_template.build_request(
                template_id,
            ),
            get_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeleteTemplateResponse]:
        """Delete a template.

        Deletes a template.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        return self._client._request(
            delete_template.build_request(
                template_id,
            ),
            delete_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        alias: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[TemplateReference]:
        """Update a template.

        Changes the fields given in the body of a template. Fields that are absent keep their
        values. On a published template, the changes remain unpublished until the template is
        published again.

        Args:
            template_id: Id of the template, as returned when it was created.
            name: Name of the template.
            alias: Alternative name for the template, such as `order-shipped`.
            from_: Default sender address for emails that use the template, either `email@example.com`
                or `Name <email@example.com>`.
            subject: Default subject line for emails that use the template.
            reply_to: Default addresses for replies.
            html: HTML body.
            text: Plain-text body.
            variables: Variables that the template's content uses.
        """

        return self._client._request(
            update_template.build_request(
                template_id,
                name=name,
                alias=alias,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                html=html,
                text=text,
                variables=variables,
            ),
            update_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def publish(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[TemplateReference]:
        """Publish a template.

        Publishes the template's latest changes, so emails sent with the template use them from now
        on.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        return self._client._request(
            publish_template.build_request(
                template_id,
            ),
            publish_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def duplicate(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[TemplateReference]:
        """Duplicate a template.

        Creates a copy of the template. The response contains the id of the copy, not of the
        original.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        return self._client._request(
            duplicate_template.build_request(
                template_id,
            ),
            duplicate_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class TemplatesResource:
    """The operations of ``client.templates``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = TemplatesResourceWithRawResponse(client)

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
    ) -> SyncPage[TemplateListItem]:
        """List templates.

        Returns one page of the team's templates. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListTemplatesResponse]:
            return self._client._request(
                list_templates.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_templates.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def create(
        self,
        *,
        name: str,
        html: str,
        alias: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        text: str | Unset = UNSET,
        variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateReference:
        """Create a template.

        Creates a template with status `draft`. It stays a draft until it is published.

        Args:
            name: Name of the template.
            html: HTML body.
            alias: Alternative name for the template, such as `order-shipped`.
            from_: Default sender address for emails that use the template, either `email@example.com`
                or `Name <email@example.com>`.
            subject: Default subject line for emails that use the template.
            reply_to: Default addresses for replies.
            text: Plain-text body.
            variables: Variables that the template's content uses.
        """

        response = self._client._request(
            create_template.build_request(
                name=name,
                html=html,
                alias=alias,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                text=text,
                variables=variables,
            ),
            create_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def get(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Template:
        """Get a template.

        Returns one template with its content, variables and publication state.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        response = self._client._request(
            get_template.build_request(
                template_id,
            ),
            get_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def delete(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeleteTemplateResponse:
        """Delete a template.

        Deletes a template.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        response = self._client._request(
            delete_template.build_request(
                template_id,
            ),
            delete_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def update(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        alias: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateReference:
        """Update a template.

        Changes the fields given in the body of a template. Fields that are absent keep their
        values. On a published template, the changes remain unpublished until the template is
        published again.

        Args:
            template_id: Id of the template, as returned when it was created.
            name: Name of the template.
            alias: Alternative name for the template, such as `order-shipped`.
            from_: Default sender address for emails that use the template, either `email@example.com`
                or `Name <email@example.com>`.
            subject: Default subject line for emails that use the template.
            reply_to: Default addresses for replies.
            html: HTML body.
            text: Plain-text body.
            variables: Variables that the template's content uses.
        """

        response = self._client._request(
            update_template.build_request(
                template_id,
                name=name,
                alias=alias,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                html=html,
                text=text,
                variables=variables,
            ),
            update_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def publish(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateReference:
        """Publish a template.

        Publishes the template's latest changes, so emails sent with the template use them from now
        on.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        response = self._client._request(
            publish_template.build_request(
                template_id,
            ),
            publish_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def duplicate(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateReference:
        """Duplicate a template.

        Creates a copy of the template. The response contains the id of the copy, not of the
        original.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        response = self._client._request(
            duplicate_template.build_request(
                template_id,
            ),
            duplicate_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncTemplatesResourceWithRawResponse:
    """The operations of ``client.templates``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListTemplatesResponse]:
        """List templates.

        Returns one page of the team's templates. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_templates.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_templates.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        html: str,
        alias: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        text: str | Unset = UNSET,
        variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[TemplateReference]:
        """Create a template.

        Creates a template with status `draft`. It stays a draft until it is published.

        Args:
            name: Name of the template.
            html: HTML body.
            alias: Alternative name for the template, such as `order-shipped`.
            from_: Default sender address for emails that use the template, either `email@example.com`
                or `Name <email@example.com>`.
            subject: Default subject line for emails that use the template.
            reply_to: Default addresses for replies.
            text: Plain-text body.
            variables: Variables that the template's content uses.
        """

        return await self._client._request(
            create_template.build_request(
                name=name,
                html=html,
                alias=alias,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                text=text,
                variables=variables,
            ),
            create_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Template]:
        """Get a template.

        Returns one template with its content, variables and publication state.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        return await self._client._request(
            get_template.build_request(
                template_id,
            ),
            get_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeleteTemplateResponse]:
        """Delete a template.

        Deletes a template.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        return await self._client._request(
            delete_template.build_request(
                template_id,
            ),
            delete_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        alias: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[TemplateReference]:
        """Update a template.

        Changes the fields given in the body of a template. Fields that are absent keep their
        values. On a published template, the changes remain unpublished until the template is
        published again.

        Args:
            template_id: Id of the template, as returned when it was created.
            name: Name of the template.
            alias: Alternative name for the template, such as `order-shipped`.
            from_: Default sender address for emails that use the template, either `email@example.com`
                or `Name <email@example.com>`.
            subject: Default subject line for emails that use the template.
            reply_to: Default addresses for replies.
            html: HTML body.
            text: Plain-text body.
            variables: Variables that the template's content uses.
        """

        return await self._client._request(
            update_template.build_request(
                template_id,
                name=name,
                alias=alias,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                html=html,
                text=text,
                variables=variables,
            ),
            update_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def publish(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[TemplateReference]:
        """Publish a template.

        Publishes the template's latest changes, so emails sent with the template use them from now
        on.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        return await self._client._request(
            publish_template.build_request(
                template_id,
            ),
            publish_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def duplicate(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[TemplateReference]:
        """Duplicate a template.

        Creates a copy of the template. The response contains the id of the copy, not of the
        original.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        return await self._client._request(
            duplicate_template.build_request(
                template_id,
            ),
            duplicate_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTemplatesResource:
    """The operations of ``client.templates``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncTemplatesResourceWithRawResponse(client)

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
    ) -> AsyncPager[TemplateListItem]:
        """List templates.

        Returns one page of the team's templates. While `has_more` is true, pass the `id` of the
        last item in `data` as `after` to fetch the next page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListTemplatesResponse]:
            return await self._client._request(
                list_templates.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_templates.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def create(
        self,
        *,
        name: str,
        html: str,
        alias: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        text: str | Unset = UNSET,
        variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateReference:
        """Create a template.

        Creates a template with status `draft`. It stays a draft until it is published.

        Args:
            name: Name of the template.
            html: HTML body.
            alias: Alternative name for the template, such as `order-shipped`.
            from_: Default sender address for emails that use the template, either `email@example.com`
                or `Name <email@example.com>`.
            subject: Default subject line for emails that use the template.
            reply_to: Default addresses for replies.
            text: Plain-text body.
            variables: Variables that the template's content uses.
        """

        response = await self._client._request(
            create_template.build_request(
                name=name,
                html=html,
                alias=alias,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                text=text,
                variables=variables,
            ),
            create_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def get(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Template:
        """Get a template.

        Returns one template with its content, variables and publication state.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        response = await self._client._request(
            get_template.build_request(
                template_id,
            ),
            get_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def delete(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeleteTemplateResponse:
        """Delete a template.

        Deletes a template.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        response = await self._client._request(
            delete_template.build_request(
                template_id,
            ),
            delete_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def update(
        self,
        template_id: str,
        *,
        name: str | Unset = UNSET,
        alias: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        reply_to: Sequence[str] | Unset = UNSET,
        html: str | Unset = UNSET,
        text: str | Unset = UNSET,
        variables: Sequence[TemplateVariableInput | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateReference:
        """Update a template.

        Changes the fields given in the body of a template. Fields that are absent keep their
        values. On a published template, the changes remain unpublished until the template is
        published again.

        Args:
            template_id: Id of the template, as returned when it was created.
            name: Name of the template.
            alias: Alternative name for the template, such as `order-shipped`.
            from_: Default sender address for emails that use the template, either `email@example.com`
                or `Name <email@example.com>`.
            subject: Default subject line for emails that use the template.
            reply_to: Default addresses for replies.
            html: HTML body.
            text: Plain-text body.
            variables: Variables that the template's content uses.
        """

        response = await self._client._request(
            update_template.build_request(
                template_id,
                name=name,
                alias=alias,
                from_=from_,
                subject=subject,
                reply_to=reply_to,
                html=html,
                text=text,
                variables=variables,
            ),
            update_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def publish(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateReference:
        """Publish a template.

        Publishes the template's latest changes, so emails sent with the template use them from now
        on.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        response = await self._client._request(
            publish_template.build_request(
                template_id,
            ),
            publish_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def duplicate(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TemplateReference:
        """Duplicate a template.

        Creates a copy of the template. The response contains the id of the copy, not of the
        original.

        Args:
            template_id: Id of the template, as returned when it was created.
        """

        response = await self._client._request(
            duplicate_template.build_request(
                template_id,
            ),
            duplicate_template.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


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
        )

    def get(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    def delete(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    def cancel(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def get(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def delete(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def cancel(
        self,
        broadcast_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


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
        )

    def get(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    def delete(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def get(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def delete(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


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
        )

    def get(
        self,
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    def delete(
        self,
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def get(
        self,
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def delete(
        self,
        topic_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


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
        )

    def get(
        self,
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    def delete(
        self,
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def get(
        self,
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def delete(
        self,
        property_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


class LogsResourceWithRawResponse:
    """The operations of ``client.logs``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListLogsResponse]:
        """List API request logs.

        Returns one page of the API requests made with the team's keys, without their bodies. While
        `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch the next
        page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_logs.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_logs.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        log_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Log]:
        """Get an API request log.

        Returns one logged API request together with its request and response bodies.

        Args:
            log_id: Id of the log entry, as returned when listing logs.
        """

        return self._client._request(
            get_log.build_request(
                log_id,
            ),
            get_log.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class LogsResource:
    """The operations of ``client.logs``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = LogsResourceWithRawResponse(client)

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
    ) -> SyncPage[LogSummary]:
        """List API request logs.

        Returns one page of the API requests made with the team's keys, without their bodies. While
        `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch the next
        page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListLogsResponse]:
            return self._client._request(
                list_logs.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_logs.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def get(
        self,
        log_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Log:
        """Get an API request log.

        Returns one logged API request together with its request and response bodies.

        Args:
            log_id: Id of the log entry, as returned when listing logs.
        """

        response = self._client._request(
            get_log.build_request(
                log_id,
            ),
            get_log.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncLogsResourceWithRawResponse:
    """The operations of ``client.logs``, returning the whole response with its headers and rate limit."""

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
    ) -> APIResponse[ListLogsResponse]:
        """List API request logs.

        Returns one page of the API requests made with the team's keys, without their bodies. While
        `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch the next
        page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_logs.build_request(
                limit=limit,
                after=after,
                before=before,
            ),
            list_logs.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        log_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Log]:
        """Get an API request log.

        Returns one logged API request together with its request and response bodies.

        Args:
            log_id: Id of the log entry, as returned when listing logs.
        """

        return await self._client._request(
            get_log.build_request(
                log_id,
            ),
            get_log.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncLogsResource:
    """The operations of ``client.logs``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncLogsResourceWithRawResponse(client)

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
    ) -> AsyncPager[LogSummary]:
        """List API request logs.

        Returns one page of the API requests made with the team's keys, without their bodies. While
        `has_more` is true, pass the `id` of the last item in `data` as `after` to fetch the next
        page.

        Args:
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListLogsResponse]:
            return await self._client._request(
                list_logs.build_request(
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_logs.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def get(
        self,
        log_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Log:
        """Get an API request log.

        Returns one logged API request together with its request and response bodies.

        Args:
            log_id: Id of the log entry, as returned when listing logs.
        """

        response = await self._client._request(
            get_log.build_request(
                log_id,
            ),
            get_log.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AutomationsResourceWithRawResponse:
    """The operations of ``client.automations``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.runs = AutomationsRunsResourceWithRawResponse(client)

    def list(
        self,
        *,
        status: AutomationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListAutomationsResponse]:
        """List automations.

        Returns one page of the team's automations, optionally only the enabled or only the disabled
        ones. The items carry no steps, so get an automation to see them.

        Args:
            status: Whether an automation runs when it is triggered.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_automations.build_request(
                status=status,
                limit=limit,
                after=after,
                before=before,
            ),
            list_automations.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        steps: Sequence[AutomationStep | Mapping[str, Any]],
        connections: Sequence[AutomationConnection | Mapping[str, Any]],
        status: AutomationStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AutomationReference]:
        """Create an automation.

        Creates an automation from its steps and the connections between them. A new automation is
        `disabled` unless the request sets `status` to `enabled`.

        Args:
            name: Name of the automation.
            steps: Steps of the automation, 1 to 150.
            connections: Connections between the steps, each naming two step keys.
            status: Whether an automation runs when it is triggered.
        """

        return self._client._request(
            create_automation.build_request(
                name=name,
                steps=steps,
                connections=connections,
                status=status,
            ),
            create_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Automation]:
        """Get an automation.

        Returns one automation with its steps and connections.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        return self._client._request(
            get_automation.build_request(
                automation_id,
            ),
            get_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeletedAutomation]:
        """Delete an automation.

        Deletes an automation.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        return self._client._request(
            delete_automation.build_request(
                automation_id,
            ),
            delete_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        automation_id: str,
        *,
        name: str | Unset = UNSET,
        status: AutomationStatus | Unset = UNSET,
        steps: Sequence[AutomationStep | Mapping[str, Any]] | Unset = UNSET,
        connections: Sequence[AutomationConnection | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AutomationReference]:
        """Update an automation.

        Changes the fields given in the request and leaves the others as they are. `steps` and
        `connections`, when given, replace the whole lists.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            name: New name of the automation.
            status: Whether an automation runs when it is triggered.
            steps: New steps, 1 to 150, replacing all current steps.
            connections: New connections, replacing all current connections.
        """

        return self._client._request(
            update_automation.build_request(
                automation_id,
                name=name,
                status=status,
                steps=steps,
                connections=connections,
            ),
            update_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def duplicate(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AutomationReference]:
        """Duplicate an automation.

        Creates a new automation with the name, steps and connections of an existing one, and
        returns the id of the copy.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        return self._client._request(
            duplicate_automation.build_request(
                automation_id,
            ),
            duplicate_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def stop(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[StopAutomationResponse]:
        """Stop an automation.

        Stops an automation. The response carries the automation's status after the request.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        return self._client._request(
            stop_automation.build_request(
                automation_id,
            ),
            stop_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AutomationsResource:
    """The operations of ``client.automations``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = AutomationsResourceWithRawResponse(client)
        self.runs = AutomationsRunsResource(client)

    def list(
        self,
        *,
        status: AutomationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[AutomationListItem]:
        """List automations.

        Returns one page of the team's automations, optionally only the enabled or only the disabled
        ones. The items carry no steps, so get an automation to see them.

        Args:
            status: Whether an automation runs when it is triggered.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListAutomationsResponse]:
            return self._client._request(
                list_automations.build_request(
                    status=status,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_automations.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def create(
        self,
        *,
        name: str,
        steps: Sequence[AutomationStep | Mapping[str, Any]],
        connections: Sequence[AutomationConnection | Mapping[str, Any]],
        status: AutomationStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AutomationReference:
        """Create an automation.

        Creates an automation from its steps and the connections between them. A new automation is
        `disabled` unless the request sets `status` to `enabled`.

        Args:
            name: Name of the automation.
            steps: Steps of the automation, 1 to 150.
            connections: Connections between the steps, each naming two step keys.
            status: Whether an automation runs when it is triggered.
        """

        response = self._client._request(
            create_automation.build_request(
                name=name,
                steps=steps,
                connections=connections,
                status=status,
            ),
            create_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def get(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Automation:
        """Get an automation.

        Returns one automation with its steps and connections.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        response = self._client._request(
            get_automation.build_request(
                automation_id,
            ),
            get_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def delete(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeletedAutomation:
        """Delete an automation.

        Deletes an automation.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        response = self._client._request(
            delete_automation.build_request(
                automation_id,
            ),
            delete_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def update(
        self,
        automation_id: str,
        *,
        name: str | Unset = UNSET,
        status: AutomationStatus | Unset = UNSET,
        steps: Sequence[AutomationStep | Mapping[str, Any]] | Unset = UNSET,
        connections: Sequence[AutomationConnection | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AutomationReference:
        """Update an automation.

        Changes the fields given in the request and leaves the others as they are. `steps` and
        `connections`, when given, replace the whole lists.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            name: New name of the automation.
            status: Whether an automation runs when it is triggered.
            steps: New steps, 1 to 150, replacing all current steps.
            connections: New connections, replacing all current connections.
        """

        response = self._client._request(
            update_automation.build_request(
                automation_id,
                name=name,
                status=status,
                steps=steps,
                connections=connections,
            ),
            update_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def duplicate(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AutomationReference:
        """Duplicate an automation.

        Creates a new automation with the name, steps and connections of an existing one, and
        returns the id of the copy.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        response = self._client._request(
            duplicate_automation.build_request(
                automation_id,
            ),
            duplicate_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def stop(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> StopAutomationResponse:
        """Stop an automation.

        Stops an automation. The response carries the automation's status after the request.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        response = self._client._request(
            stop_automation.build_request(
                automation_id,
            ),
            stop_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncAutomationsResourceWithRawResponse:
    """The operations of ``client.automations``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.runs = AsyncAutomationsRunsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        status: AutomationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListAutomationsResponse]:
        """List automations.

        Returns one page of the team's automations, optionally only the enabled or only the disabled
        ones. The items carry no steps, so get an automation to see them.

        Args:
            status: Whether an automation runs when it is triggered.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_automations.build_request(
                status=status,
                limit=limit,
                after=after,
                before=before,
            ),
            list_automations.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        steps: Sequence[AutomationStep | Mapping[str, Any]],
        connections: Sequence[AutomationConnection | Mapping[str, Any]],
        status: AutomationStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AutomationReference]:
        """Create an automation.

        Creates an automation from its steps and the connections between them. A new automation is
        `disabled` unless the request sets `status` to `enabled`.

        Args:
            name: Name of the automation.
            steps: Steps of the automation, 1 to 150.
            connections: Connections between the steps, each naming two step keys.
            status: Whether an automation runs when it is triggered.
        """

        return await self._client._request(
            create_automation.build_request(
                name=name,
                steps=steps,
                connections=connections,
                status=status,
            ),
            create_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Automation]:
        """Get an automation.

        Returns one automation with its steps and connections.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        return await self._client._request(
            get_automation.build_request(
                automation_id,
            ),
            get_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeletedAutomation]:
        """Delete an automation.

        Deletes an automation.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        return await self._client._request(
            delete_automation.build_request(
                automation_id,
            ),
            delete_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        automation_id: str,
        *,
        name: str | Unset = UNSET,
        status: AutomationStatus | Unset = UNSET,
        steps: Sequence[AutomationStep | Mapping[str, Any]] | Unset = UNSET,
        connections: Sequence[AutomationConnection | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AutomationReference]:
        """Update an automation.

        Changes the fields given in the request and leaves the others as they are. `steps` and
        `connections`, when given, replace the whole lists.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            name: New name of the automation.
            status: Whether an automation runs when it is triggered.
            steps: New steps, 1 to 150, replacing all current steps.
            connections: New connections, replacing all current connections.
        """

        return await self._client._request(
            update_automation.build_request(
                automation_id,
                name=name,
                status=status,
                steps=steps,
                connections=connections,
            ),
            update_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def duplicate(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[AutomationReference]:
        """Duplicate an automation.

        Creates a new automation with the name, steps and connections of an existing one, and
        returns the id of the copy.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        return await self._client._request(
            duplicate_automation.build_request(
                automation_id,
            ),
            duplicate_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def stop(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[StopAutomationResponse]:
        """Stop an automation.

        Stops an automation. The response carries the automation's status after the request.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        return await self._client._request(
            stop_automation.build_request(
                automation_id,
            ),
            stop_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAutomationsResource:
    """The operations of ``client.automations``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncAutomationsResourceWithRawResponse(client)
        self.runs = AsyncAutomationsRunsResource(client)

    def list(
        self,
        *,
        status: AutomationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[AutomationListItem]:
        """List automations.

        Returns one page of the team's automations, optionally only the enabled or only the disabled
        ones. The items carry no steps, so get an automation to see them.

        Args:
            status: Whether an automation runs when it is triggered.
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListAutomationsResponse]:
            return await self._client._request(
                list_automations.build_request(
                    status=status,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_automations.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def create(
        self,
        *,
        name: str,
        steps: Sequence[AutomationStep | Mapping[str, Any]],
        connections: Sequence[AutomationConnection | Mapping[str, Any]],
        status: AutomationStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AutomationReference:
        """Create an automation.

        Creates an automation from its steps and the connections between them. A new automation is
        `disabled` unless the request sets `status` to `enabled`.

        Args:
            name: Name of the automation.
            steps: Steps of the automation, 1 to 150.
            connections: Connections between the steps, each naming two step keys.
            status: Whether an automation runs when it is triggered.
        """

        response = await self._client._request(
            create_automation.build_request(
                name=name,
                steps=steps,
                connections=connections,
                status=status,
            ),
            create_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def get(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Automation:
        """Get an automation.

        Returns one automation with its steps and connections.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        response = await self._client._request(
            get_automation.build_request(
                automation_id,
            ),
            get_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def delete(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeletedAutomation:
        """Delete an automation.

        Deletes an automation.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        response = await self._client._request(
            delete_automation.build_request(
                automation_id,
            ),
            delete_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def update(
        self,
        automation_id: str,
        *,
        name: str | Unset = UNSET,
        status: AutomationStatus | Unset = UNSET,
        steps: Sequence[AutomationStep | Mapping[str, Any]] | Unset = UNSET,
        connections: Sequence[AutomationConnection | Mapping[str, Any]] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AutomationReference:
        """Update an automation.

        Changes the fields given in the request and leaves the others as they are. `steps` and
        `connections`, when given, replace the whole lists.

        Args:
            automation_id: Id of the automation, as returned when it was created.
            name: New name of the automation.
            status: Whether an automation runs when it is triggered.
            steps: New steps, 1 to 150, replacing all current steps.
            connections: New connections, replacing all current connections.
        """

        response = await self._client._request(
            update_automation.build_request(
                automation_id,
                name=name,
                status=status,
                steps=steps,
                connections=connections,
            ),
            update_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def duplicate(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AutomationReference:
        """Duplicate an automation.

        Creates a new automation with the name, steps and connections of an existing one, and
        returns the id of the copy.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        response = await self._client._request(
            duplicate_automation.build_request(
                automation_id,
            ),
            duplicate_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def stop(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> StopAutomationResponse:
        """Stop an automation.

        Stops an automation. The response carries the automation's status after the request.

        Args:
            automation_id: Id of the automation, as returned when it was created.
        """

        response = await self._client._request(
            stop_automation.build_request(
                automation_id,
            ),
            stop_automation.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


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
        )

    def get(
        self,
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    def delete(
        self,
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def get(
        self,
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )

    async def delete(
        self,
        identifier: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        )
        return response.parsed


class SuppressionsResourceWithRawResponse:
    """The operations of ``client.suppressions``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "Resend") -> None:
        self._client = client

    def list(
        self,
        *,
        origin: SuppressionOrigin | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListSuppressionsResponse]:
        """List suppressed email addresses.

        Returns one page of the team's suppression list, optionally only the entries of one origin.

        Args:
            origin: How an address came onto the suppression list: after a `bounce`, after a spam
                `complaint`, or added by hand (`manual`).
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return self._client._request(
            list_suppressions.build_request(
                origin=origin,
                limit=limit,
                after=after,
                before=before,
            ),
            list_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[SuppressionReference]:
        """Suppress an email address.

        Adds one email address to the suppression list by hand, so that Resend stops sending to it.
        The new entry has the origin `manual`.

        Args:
            email: Email address to suppress.
        """

        return self._client._request(
            create_suppression.build_request(
                email=email,
            ),
            create_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add_batch(
        self,
        *,
        emails: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[BatchAddSuppressionsResponse]:
        """Suppress up to 100 email addresses.

        Adds 1 to 100 email addresses to the suppression list in one request, each with the origin
        `manual`.

        Args:
            emails: Addresses to suppress, 1 to 100.
        """

        return self._client._request(
            batch_add_suppressions.build_request(
                emails=emails,
            ),
            batch_add_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def remove_batch(
        self,
        *,
        emails: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[BatchRemoveSuppressionsResponse]:
        """Remove up to 100 suppressions.

        Removes suppressions named by email address, by id, or both, up to 100 of each in one
        request, so that Resend sends to those addresses again.

        Args:
            emails: Suppressed addresses to remove, 1 to 100.
            ids: Ids of the suppressions to remove, 1 to 100.
        """

        return self._client._request(
            batch_remove_suppressions.build_request(
                emails=emails,
                ids=ids,
            ),
            batch_remove_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Suppression]:
        """Get a suppression.

        Returns one entry of the suppression list, looked up by its id or by the suppressed email
        address.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        return self._client._request(
            get_suppression.build_request(
                id_or_email,
            ),
            get_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeletedSuppression]:
        """Remove a suppression.

        Removes one entry from the suppression list, looked up by its id or by the suppressed email
        address, so that Resend sends to that address again.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        return self._client._request(
            delete_suppression.build_request(
                id_or_email,
            ),
            delete_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SuppressionsResource:
    """The operations of ``client.suppressions``, returning the parsed success model."""

    def __init__(self, client: "Resend") -> None:
        self._client = client
        self.with_raw_response = SuppressionsResourceWithRawResponse(client)

    def list(
        self,
        *,
        origin: SuppressionOrigin | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPage[SuppressionListItem]:
        """List suppressed email addresses.

        Returns one page of the team's suppression list, optionally only the entries of one origin.

        Args:
            origin: How an address came onto the suppression list: after a `bounce`, after a spam
                `complaint`, or added by hand (`manual`).
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        def fetch(after: Cursor, before: Cursor) -> APIResponse[ListSuppressionsResponse]:
            return self._client._request(
                list_suppressions.build_request(
                    origin=origin,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_suppressions.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, after, before)

    def create(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SuppressionReference:
        """Suppress an email address.

        Adds one email address to the suppression list by hand, so that Resend stops sending to it.
        The new entry has the origin `manual`.

        Args:
            email: Email address to suppress.
        """

        response = self._client._request(
            create_suppression.build_request(
                email=email,
            ),
            create_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def add_batch(
        self,
        *,
        emails: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BatchAddSuppressionsResponse:
        """Suppress up to 100 email addresses.

        Adds 1 to 100 email addresses to the suppression list in one request, each with the origin
        `manual`.

        Args:
            emails: Addresses to suppress, 1 to 100.
        """

        response = self._client._request(
            batch_add_suppressions.build_request(
                emails=emails,
            ),
            batch_add_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def remove_batch(
        self,
        *,
        emails: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BatchRemoveSuppressionsResponse:
        """Remove up to 100 suppressions.

        Removes suppressions named by email address, by id, or both, up to 100 of each in one
        request, so that Resend sends to those addresses again.

        Args:
            emails: Suppressed addresses to remove, 1 to 100.
            ids: Ids of the suppressions to remove, 1 to 100.
        """

        response = self._client._request(
            batch_remove_suppressions.build_request(
                emails=emails,
                ids=ids,
            ),
            batch_remove_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Suppression:
        """Get a suppression.

        Returns one entry of the suppression list, looked up by its id or by the suppressed email
        address.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        response = self._client._request(
            get_suppression.build_request(
                id_or_email,
            ),
            get_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeletedSuppression:
        """Remove a suppression.

        Removes one entry from the suppression list, looked up by its id or by the suppressed email
        address, so that Resend sends to that address again.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        response = self._client._request(
            delete_suppression.build_request(
                id_or_email,
            ),
            delete_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed


class AsyncSuppressionsResourceWithRawResponse:
    """The operations of ``client.suppressions``, returning the whole response with its headers and rate limit."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client

    async def list(
        self,
        *,
        origin: SuppressionOrigin | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[ListSuppressionsResponse]:
        """List suppressed email addresses.

        Returns one page of the team's suppression list, optionally only the entries of one origin.

        Args:
            origin: How an address came onto the suppression list: after a `bounce`, after a spam
                `complaint`, or added by hand (`manual`).
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        return await self._client._request(
            list_suppressions.build_request(
                origin=origin,
                limit=limit,
                after=after,
                before=before,
            ),
            list_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[SuppressionReference]:
        """Suppress an email address.

        Adds one email address to the suppression list by hand, so that Resend stops sending to it.
        The new entry has the origin `manual`.

        Args:
            email: Email address to suppress.
        """

        return await self._client._request(
            create_suppression.build_request(
                email=email,
            ),
            create_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add_batch(
        self,
        *,
        emails: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[BatchAddSuppressionsResponse]:
        """Suppress up to 100 email addresses.

        Adds 1 to 100 email addresses to the suppression list in one request, each with the origin
        `manual`.

        Args:
            emails: Addresses to suppress, 1 to 100.
        """

        return await self._client._request(
            batch_add_suppressions.build_request(
                emails=emails,
            ),
            batch_add_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def remove_batch(
        self,
        *,
        emails: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[BatchRemoveSuppressionsResponse]:
        """Remove up to 100 suppressions.

        Removes suppressions named by email address, by id, or both, up to 100 of each in one
        request, so that Resend sends to those addresses again.

        Args:
            emails: Suppressed addresses to remove, 1 to 100.
            ids: Ids of the suppressions to remove, 1 to 100.
        """

        return await self._client._request(
            batch_remove_suppressions.build_request(
                emails=emails,
                ids=ids,
            ),
            batch_remove_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[Suppression]:
        """Get a suppression.

        Returns one entry of the suppression list, looked up by its id or by the suppressed email
        address.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        return await self._client._request(
            get_suppression.build_request(
                id_or_email,
            ),
            get_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> APIResponse[DeletedSuppression]:
        """Remove a suppression.

        Removes one entry from the suppression list, looked up by its id or by the suppressed email
        address, so that Resend sends to that address again.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        return await self._client._request(
            delete_suppression.build_request(
                id_or_email,
            ),
            delete_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSuppressionsResource:
    """The operations of ``client.suppressions``, returning the parsed success model."""

    def __init__(self, client: "AsyncResend") -> None:
        self._client = client
        self.with_raw_response = AsyncSuppressionsResourceWithRawResponse(client)

    def list(
        self,
        *,
        origin: SuppressionOrigin | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[SuppressionListItem]:
        """List suppressed email addresses.

        Returns one page of the team's suppression list, optionally only the entries of one origin.

        Args:
            origin: How an address came onto the suppression list: after a `bounce`, after a spam
                `complaint`, or added by hand (`manual`).
            limit: Maximum number of items in the page, from 1 to 100. When it is absent, most list
                endpoints return 20 items, but some older ones return every item.
            after: Id of an item. The page starts with the item that follows it. Never send together
                with `before`.
            before: Id of an item. The page ends with the item that precedes it. Never send together
                with `after`.
        """

        async def fetch(after: Cursor, before: Cursor) -> APIResponse[ListSuppressionsResponse]:
            return await self._client._request(
                list_suppressions.build_request(
                    origin=origin,
                    limit=limit,
                    after=after,
                    before=before,
                ),
                list_suppressions.parse_response,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPager(fetch, after, before)

    async def create(
        self,
        *,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SuppressionReference:
        """Suppress an email address.

        Adds one email address to the suppression list by hand, so that Resend stops sending to it.
        The new entry has the origin `manual`.

        Args:
            email: Email address to suppress.
        """

        response = await self._client._request(
            create_suppression.build_request(
                email=email,
            ),
            create_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def add_batch(
        self,
        *,
        emails: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BatchAddSuppressionsResponse:
        """Suppress up to 100 email addresses.

        Adds 1 to 100 email addresses to the suppression list in one request, each with the origin
        `manual`.

        Args:
            emails: Addresses to suppress, 1 to 100.
        """

        response = await self._client._request(
            batch_add_suppressions.build_request(
                emails=emails,
            ),
            batch_add_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def remove_batch(
        self,
        *,
        emails: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BatchRemoveSuppressionsResponse:
        """Remove up to 100 suppressions.

        Removes suppressions named by email address, by id, or both, up to 100 of each in one
        request, so that Resend sends to those addresses again.

        Args:
            emails: Suppressed addresses to remove, 1 to 100.
            ids: Ids of the suppressions to remove, 1 to 100.
        """

        response = await self._client._request(
            batch_remove_suppressions.build_request(
                emails=emails,
                ids=ids,
            ),
            batch_remove_suppressions.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Suppression:
        """Get a suppression.

        Returns one entry of the suppression list, looked up by its id or by the suppressed email
        address.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        response = await self._client._request(
            get_suppression.build_request(
                id_or_email,
            ),
            get_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

    async def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DeletedSuppression:
        """Remove a suppression.

        Removes one entry from the suppression list, looked up by its id or by the suppressed email
        address, so that Resend sends to that address again.

        Args:
            id_or_email: Id of the suppression, or the suppressed email address. URL-encode an address that
                contains reserved characters such as `+`.
        """

        response = await self._client._request(
            delete_suppression.build_request(
                id_or_email,
            ),
            delete_suppression.parse_response,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return response.parsed

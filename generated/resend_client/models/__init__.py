# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The models of the API's request and response bodies, each imported when first used."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_contact_to_segment_response import AddContactToSegmentResponse
    from .api_key import ApiKey
    from .api_key_permission import ApiKeyPermission
    from .api_key_reference import ApiKeyReference
    from .attachment import Attachment
    from .attachment_content_disposition import AttachmentContentDisposition
    from .audience import Audience
    from .audience_list_item import AudienceListItem
    from .automation import Automation
    from .automation_connection import AutomationConnection
    from .automation_connection_type import AutomationConnectionType
    from .automation_list_item import AutomationListItem
    from .automation_reference import AutomationReference
    from .automation_run import AutomationRun
    from .automation_run_list_item import AutomationRunListItem
    from .automation_run_status import AutomationRunStatus
    from .automation_run_step import AutomationRunStep
    from .automation_run_step_error_type_0 import AutomationRunStepErrorType0
    from .automation_run_step_output_type_0 import AutomationRunStepOutputType0
    from .automation_status import AutomationStatus
    from .automation_step import AutomationStep
    from .automation_step_config import AutomationStepConfig
    from .automation_step_details import AutomationStepDetails
    from .automation_step_details_config import AutomationStepDetailsConfig
    from .automation_step_type import AutomationStepType
    from .batch_add_suppressions_request import BatchAddSuppressionsRequest
    from .batch_add_suppressions_response import BatchAddSuppressionsResponse
    from .batch_email import BatchEmail
    from .batch_email_error import BatchEmailError
    from .batch_email_headers import BatchEmailHeaders
    from .batch_email_result import BatchEmailResult
    from .batch_remove_suppressions_request import BatchRemoveSuppressionsRequest
    from .batch_remove_suppressions_response import BatchRemoveSuppressionsResponse
    from .broadcast import Broadcast
    from .broadcast_bounce_type import BroadcastBounceType
    from .broadcast_clicked_link import BroadcastClickedLink
    from .broadcast_list_item import BroadcastListItem
    from .broadcast_recipient import BroadcastRecipient
    from .broadcast_recipient_link import BroadcastRecipientLink
    from .broadcast_recipient_type import BroadcastRecipientType
    from .broadcast_reference import BroadcastReference
    from .contact import Contact
    from .contact_created_event import ContactCreatedEvent
    from .contact_deleted_event import ContactDeletedEvent
    from .contact_event_data import ContactEventData
    from .contact_import import ContactImport
    from .contact_import_conflict_mode import ContactImportConflictMode
    from .contact_import_counts import ContactImportCounts
    from .contact_import_reference import ContactImportReference
    from .contact_import_status import ContactImportStatus
    from .contact_list_item import ContactListItem
    from .contact_properties import ContactProperties
    from .contact_property import ContactProperty
    from .contact_property_list_item import ContactPropertyListItem
    from .contact_property_reference import ContactPropertyReference
    from .contact_property_type import ContactPropertyType
    from .contact_reference import ContactReference
    from .contact_segment import ContactSegment
    from .contact_topic import ContactTopic
    from .contact_topic_subscription import ContactTopicSubscription
    from .contact_topic_subscription_input import ContactTopicSubscriptionInput
    from .contact_updated_event import ContactUpdatedEvent
    from .create_api_key_request import CreateApiKeyRequest
    from .create_api_key_response import CreateApiKeyResponse
    from .create_audience_contact_request import CreateAudienceContactRequest
    from .create_audience_request import CreateAudienceRequest
    from .create_audience_response import CreateAudienceResponse
    from .create_automation_request import CreateAutomationRequest
    from .create_broadcast_request import CreateBroadcastRequest
    from .create_contact_import_request import CreateContactImportRequest
    from .create_contact_property_request import CreateContactPropertyRequest
    from .create_contact_request import CreateContactRequest
    from .create_contact_request_properties import CreateContactRequestProperties
    from .create_domain_claim_request import CreateDomainClaimRequest
    from .create_domain_request import CreateDomainRequest
    from .create_event_request import CreateEventRequest
    from .create_event_request_schema_type_0 import CreateEventRequestSchemaType0
    from .create_segment_request import CreateSegmentRequest
    from .create_segment_request_filter import CreateSegmentRequestFilter
    from .create_suppression_request import CreateSuppressionRequest
    from .create_template_request import CreateTemplateRequest
    from .create_topic_request import CreateTopicRequest
    from .create_webhook_request import CreateWebhookRequest
    from .create_webhook_response import CreateWebhookResponse
    from .delete_audience_response import DeleteAudienceResponse
    from .delete_contact_response import DeleteContactResponse
    from .delete_segment_response import DeleteSegmentResponse
    from .delete_template_response import DeleteTemplateResponse
    from .deleted_api_key import DeletedApiKey
    from .deleted_automation import DeletedAutomation
    from .deleted_broadcast import DeletedBroadcast
    from .deleted_contact_property import DeletedContactProperty
    from .deleted_domain import DeletedDomain
    from .deleted_event import DeletedEvent
    from .deleted_suppression import DeletedSuppression
    from .deleted_topic import DeletedTopic
    from .deleted_webhook import DeletedWebhook
    from .dns_record_type import DnsRecordType
    from .domain import Domain
    from .domain_capabilities import DomainCapabilities
    from .domain_capability_status import DomainCapabilityStatus
    from .domain_claim import DomainClaim
    from .domain_claim_blocked_reason import DomainClaimBlockedReason
    from .domain_claim_record import DomainClaimRecord
    from .domain_claim_record_type import DomainClaimRecordType
    from .domain_claim_status import DomainClaimStatus
    from .domain_created_event import DomainCreatedEvent
    from .domain_deleted_event import DomainDeletedEvent
    from .domain_event_data import DomainEventData
    from .domain_list_item import DomainListItem
    from .domain_record import DomainRecord
    from .domain_record_purpose import DomainRecordPurpose
    from .domain_record_status import DomainRecordStatus
    from .domain_reference import DomainReference
    from .domain_region import DomainRegion
    from .domain_status import DomainStatus
    from .domain_tls import DomainTls
    from .domain_updated_event import DomainUpdatedEvent
    from .email import Email
    from .email_attachment import EmailAttachment
    from .email_attachment_list_item import EmailAttachmentListItem
    from .email_attachment_summary import EmailAttachmentSummary
    from .email_bounced_event import EmailBouncedEvent
    from .email_bounced_event_data import EmailBouncedEventData
    from .email_clicked_event import EmailClickedEvent
    from .email_clicked_event_data import EmailClickedEventData
    from .email_complained_event import EmailComplainedEvent
    from .email_delivered_event import EmailDeliveredEvent
    from .email_delivery_delayed_event import EmailDeliveryDelayedEvent
    from .email_failed_event import EmailFailedEvent
    from .email_failed_event_data import EmailFailedEventData
    from .email_metric_name import EmailMetricName
    from .email_metrics import EmailMetrics
    from .email_metrics_dimension import EmailMetricsDimension
    from .email_metrics_granularity import EmailMetricsGranularity
    from .email_metrics_row import EmailMetricsRow
    from .email_metrics_totals import EmailMetricsTotals
    from .email_opened_event import EmailOpenedEvent
    from .email_received_event import EmailReceivedEvent
    from .email_received_event_data import EmailReceivedEventData
    from .email_reference import EmailReference
    from .email_scheduled_event import EmailScheduledEvent
    from .email_sent_event import EmailSentEvent
    from .email_suppressed_event import EmailSuppressedEvent
    from .email_suppressed_event_data import EmailSuppressedEventData
    from .email_template_input import EmailTemplateInput
    from .email_template_input_variables import EmailTemplateInputVariables
    from .error_response import ErrorResponse
    from .event import Event
    from .event_list_item import EventListItem
    from .event_list_item_schema_type_0 import EventListItemSchemaType0
    from .event_reference import EventReference
    from .event_schema_type_0 import EventSchemaType0
    from .list_api_keys_response import ListApiKeysResponse
    from .list_audiences_response import ListAudiencesResponse
    from .list_automation_runs_response import ListAutomationRunsResponse
    from .list_automations_response import ListAutomationsResponse
    from .list_broadcast_clicked_links_response import ListBroadcastClickedLinksResponse
    from .list_broadcast_recipients_response import ListBroadcastRecipientsResponse
    from .list_broadcasts_response import ListBroadcastsResponse
    from .list_contact_imports_response import ListContactImportsResponse
    from .list_contact_properties_response import ListContactPropertiesResponse
    from .list_contact_segments_response import ListContactSegmentsResponse
    from .list_contact_topics_response import ListContactTopicsResponse
    from .list_contacts_response import ListContactsResponse
    from .list_domains_response import ListDomainsResponse
    from .list_email_attachments_response import ListEmailAttachmentsResponse
    from .list_emails_response import ListEmailsResponse
    from .list_envelope import ListEnvelope
    from .list_events_response import ListEventsResponse
    from .list_logs_response import ListLogsResponse
    from .list_o_auth_grants_response import ListOAuthGrantsResponse
    from .list_received_emails_response import ListReceivedEmailsResponse
    from .list_segments_response import ListSegmentsResponse
    from .list_suppressions_response import ListSuppressionsResponse
    from .list_templates_response import ListTemplatesResponse
    from .list_topics_response import ListTopicsResponse
    from .list_webhooks_response import ListWebhooksResponse
    from .log import Log
    from .log_http_method import LogHttpMethod
    from .log_request_body_type_0 import LogRequestBodyType0
    from .log_response_body_type_0 import LogResponseBodyType0
    from .log_summary import LogSummary
    from .o_auth_client import OAuthClient
    from .o_auth_grant import OAuthGrant
    from .outbound_email_event_data import OutboundEmailEventData
    from .outbound_email_event_data_tags import OutboundEmailEventDataTags
    from .received_email import ReceivedEmail
    from .received_email_headers_type_0 import ReceivedEmailHeadersType0
    from .received_email_list_item import ReceivedEmailListItem
    from .remove_contact_from_segment_response import RemoveContactFromSegmentResponse
    from .revoke_o_auth_grant_response import RevokeOAuthGrantResponse
    from .segment import Segment
    from .segment_filter import SegmentFilter
    from .segment_list_item import SegmentListItem
    from .segment_reference import SegmentReference
    from .send_batch_emails_response import SendBatchEmailsResponse
    from .send_batch_emails_x_batch_validation import SendBatchEmailsXBatchValidation
    from .send_broadcast_request import SendBroadcastRequest
    from .send_broadcast_response import SendBroadcastResponse
    from .send_email_request import SendEmailRequest
    from .send_email_request_headers import SendEmailRequestHeaders
    from .send_email_response import SendEmailResponse
    from .send_event_request import SendEventRequest
    from .send_event_request_payload import SendEventRequestPayload
    from .send_event_response import SendEventResponse
    from .share_email_request import ShareEmailRequest
    from .share_email_response import ShareEmailResponse
    from .stop_automation_response import StopAutomationResponse
    from .suppression import Suppression
    from .suppression_list_item import SuppressionListItem
    from .suppression_origin import SuppressionOrigin
    from .suppression_reference import SuppressionReference
    from .tag import Tag
    from .template import Template
    from .template_list_item import TemplateListItem
    from .template_reference import TemplateReference
    from .template_status import TemplateStatus
    from .template_variable import TemplateVariable
    from .template_variable_input import TemplateVariableInput
    from .template_variable_object_fallback import TemplateVariableObjectFallback
    from .template_variable_type import TemplateVariableType
    from .topic import Topic
    from .topic_list_item import TopicListItem
    from .topic_reference import TopicReference
    from .topic_subscription import TopicSubscription
    from .topic_visibility import TopicVisibility
    from .update_api_key_request import UpdateApiKeyRequest
    from .update_audience_contact_request import UpdateAudienceContactRequest
    from .update_automation_request import UpdateAutomationRequest
    from .update_broadcast_request import UpdateBroadcastRequest
    from .update_contact_property_request import UpdateContactPropertyRequest
    from .update_contact_request import UpdateContactRequest
    from .update_contact_request_properties import UpdateContactRequestProperties
    from .update_contact_topics_request import UpdateContactTopicsRequest
    from .update_contact_topics_response import UpdateContactTopicsResponse
    from .update_domain_request import UpdateDomainRequest
    from .update_email_request import UpdateEmailRequest
    from .update_event_request import UpdateEventRequest
    from .update_event_request_schema_type_0 import UpdateEventRequestSchemaType0
    from .update_template_request import UpdateTemplateRequest
    from .update_topic_request import UpdateTopicRequest
    from .update_webhook_request import UpdateWebhookRequest
    from .webhook import Webhook
    from .webhook_bounce_sub_type import WebhookBounceSubType
    from .webhook_bounce_type import WebhookBounceType
    from .webhook_domain_record import WebhookDomainRecord
    from .webhook_domain_record_kind import WebhookDomainRecordKind
    from .webhook_domain_record_status import WebhookDomainRecordStatus
    from .webhook_domain_record_type import WebhookDomainRecordType
    from .webhook_domain_region import WebhookDomainRegion
    from .webhook_domain_status import WebhookDomainStatus
    from .webhook_email_header import WebhookEmailHeader
    from .webhook_event_attachment import WebhookEventAttachment
    from .webhook_event_bounce import WebhookEventBounce
    from .webhook_event_click import WebhookEventClick
    from .webhook_event_failed import WebhookEventFailed
    from .webhook_event_suppressed import WebhookEventSuppressed
    from .webhook_event_type import WebhookEventType
    from .webhook_list_item import WebhookListItem
    from .webhook_reference import WebhookReference
    from .webhook_status import WebhookStatus
    from .webhook_suppressed_reason import WebhookSuppressedReason
    from .webhook_suppressed_type import WebhookSuppressedType

# The module that defines each name, relative to this package.
_MODULES = {
    "AddContactToSegmentResponse": "add_contact_to_segment_response",
    "ApiKey": "api_key",
    "ApiKeyPermission": "api_key_permission",
    "ApiKeyReference": "api_key_reference",
    "Attachment": "attachment",
    "AttachmentContentDisposition": "attachment_content_disposition",
    "Audience": "audience",
    "AudienceListItem": "audience_list_item",
    "Automation": "automation",
    "AutomationConnection": "automation_connection",
    "AutomationConnectionType": "automation_connection_type",
    "AutomationListItem": "automation_list_item",
    "AutomationReference": "automation_reference",
    "AutomationRun": "automation_run",
    "AutomationRunListItem": "automation_run_list_item",
    "AutomationRunStatus": "automation_run_status",
    "AutomationRunStep": "automation_run_step",
    "AutomationRunStepErrorType0": "automation_run_step_error_type_0",
    "AutomationRunStepOutputType0": "automation_run_step_output_type_0",
    "AutomationStatus": "automation_status",
    "AutomationStep": "automation_step",
    "AutomationStepConfig": "automation_step_config",
    "AutomationStepDetails": "automation_step_details",
    "AutomationStepDetailsConfig": "automation_step_details_config",
    "AutomationStepType": "automation_step_type",
    "BatchAddSuppressionsRequest": "batch_add_suppressions_request",
    "BatchAddSuppressionsResponse": "batch_add_suppressions_response",
    "BatchEmail": "batch_email",
    "BatchEmailError": "batch_email_error",
    "BatchEmailHeaders": "batch_email_headers",
    "BatchEmailResult": "batch_email_result",
    "BatchRemoveSuppressionsRequest": "batch_remove_suppressions_request",
    "BatchRemoveSuppressionsResponse": "batch_remove_suppressions_response",
    "Broadcast": "broadcast",
    "BroadcastBounceType": "broadcast_bounce_type",
    "BroadcastClickedLink": "broadcast_clicked_link",
    "BroadcastListItem": "broadcast_list_item",
    "BroadcastRecipient": "broadcast_recipient",
    "BroadcastRecipientLink": "broadcast_recipient_link",
    "BroadcastRecipientType": "broadcast_recipient_type",
    "BroadcastReference": "broadcast_reference",
    "Contact": "contact",
    "ContactCreatedEvent": "contact_created_event",
    "ContactDeletedEvent": "contact_deleted_event",
    "ContactEventData": "contact_event_data",
    "ContactImport": "contact_import",
    "ContactImportConflictMode": "contact_import_conflict_mode",
    "ContactImportCounts": "contact_import_counts",
    "ContactImportReference": "contact_import_reference",
    "ContactImportStatus": "contact_import_status",
    "ContactListItem": "contact_list_item",
    "ContactProperties": "contact_properties",
    "ContactProperty": "contact_property",
    "ContactPropertyListItem": "contact_property_list_item",
    "ContactPropertyReference": "contact_property_reference",
    "ContactPropertyType": "contact_property_type",
    "ContactReference": "contact_reference",
    "ContactSegment": "contact_segment",
    "ContactTopic": "contact_topic",
    "ContactTopicSubscription": "contact_topic_subscription",
    "ContactTopicSubscriptionInput": "contact_topic_subscription_input",
    "ContactUpdatedEvent": "contact_updated_event",
    "CreateApiKeyRequest": "create_api_key_request",
    "CreateApiKeyResponse": "create_api_key_response",
    "CreateAudienceContactRequest": "create_audience_contact_request",
    "CreateAudienceRequest": "create_audience_request",
    "CreateAudienceResponse": "create_audience_response",
    "CreateAutomationRequest": "create_automation_request",
    "CreateBroadcastRequest": "create_broadcast_request",
    "CreateContactImportRequest": "create_contact_import_request",
    "CreateContactPropertyRequest": "create_contact_property_request",
    "CreateContactRequest": "create_contact_request",
    "CreateContactRequestProperties": "create_contact_request_properties",
    "CreateDomainClaimRequest": "create_domain_claim_request",
    "CreateDomainRequest": "create_domain_request",
    "CreateEventRequest": "create_event_request",
    "CreateEventRequestSchemaType0": "create_event_request_schema_type_0",
    "CreateSegmentRequest": "create_segment_request",
    "CreateSegmentRequestFilter": "create_segment_request_filter",
    "CreateSuppressionRequest": "create_suppression_request",
    "CreateTemplateRequest": "create_template_request",
    "CreateTopicRequest": "create_topic_request",
    "CreateWebhookRequest": "create_webhook_request",
    "CreateWebhookResponse": "create_webhook_response",
    "DeleteAudienceResponse": "delete_audience_response",
    "DeleteContactResponse": "delete_contact_response",
    "DeleteSegmentResponse": "delete_segment_response",
    "DeleteTemplateResponse": "delete_template_response",
    "DeletedApiKey": "deleted_api_key",
    "DeletedAutomation": "deleted_automation",
    "DeletedBroadcast": "deleted_broadcast",
    "DeletedContactProperty": "deleted_contact_property",
    "DeletedDomain": "deleted_domain",
    "DeletedEvent": "deleted_event",
    "DeletedSuppression": "deleted_suppression",
    "DeletedTopic": "deleted_topic",
    "DeletedWebhook": "deleted_webhook",
    "DnsRecordType": "dns_record_type",
    "Domain": "domain",
    "DomainCapabilities": "domain_capabilities",
    "DomainCapabilityStatus": "domain_capability_status",
    "DomainClaim": "domain_claim",
    "DomainClaimBlockedReason": "domain_claim_blocked_reason",
    "DomainClaimRecord": "domain_claim_record",
    "DomainClaimRecordType": "domain_claim_record_type",
    "DomainClaimStatus": "domain_claim_status",
    "DomainCreatedEvent": "domain_created_event",
    "DomainDeletedEvent": "domain_deleted_event",
    "DomainEventData": "domain_event_data",
    "DomainListItem": "domain_list_item",
    "DomainRecord": "domain_record",
    "DomainRecordPurpose": "domain_record_purpose",
    "DomainRecordStatus": "domain_record_status",
    "DomainReference": "domain_reference",
    "DomainRegion": "domain_region",
    "DomainStatus": "domain_status",
    "DomainTls": "domain_tls",
    "DomainUpdatedEvent": "domain_updated_event",
    "Email": "email",
    "EmailAttachment": "email_attachment",
    "EmailAttachmentListItem": "email_attachment_list_item",
    "EmailAttachmentSummary": "email_attachment_summary",
    "EmailBouncedEvent": "email_bounced_event",
    "EmailBouncedEventData": "email_bounced_event_data",
    "EmailClickedEvent": "email_clicked_event",
    "EmailClickedEventData": "email_clicked_event_data",
    "EmailComplainedEvent": "email_complained_event",
    "EmailDeliveredEvent": "email_delivered_event",
    "EmailDeliveryDelayedEvent": "email_delivery_delayed_event",
    "EmailFailedEvent": "email_failed_event",
    "EmailFailedEventData": "email_failed_event_data",
    "EmailMetricName": "email_metric_name",
    "EmailMetrics": "email_metrics",
    "EmailMetricsDimension": "email_metrics_dimension",
    "EmailMetricsGranularity": "email_metrics_granularity",
    "EmailMetricsRow": "email_metrics_row",
    "EmailMetricsTotals": "email_metrics_totals",
    "EmailOpenedEvent": "email_opened_event",
    "EmailReceivedEvent": "email_received_event",
    "EmailReceivedEventData": "email_received_event_data",
    "EmailReference": "email_reference",
    "EmailScheduledEvent": "email_scheduled_event",
    "EmailSentEvent": "email_sent_event",
    "EmailSuppressedEvent": "email_suppressed_event",
    "EmailSuppressedEventData": "email_suppressed_event_data",
    "EmailTemplateInput": "email_template_input",
    "EmailTemplateInputVariables": "email_template_input_variables",
    "ErrorResponse": "error_response",
    "Event": "event",
    "EventListItem": "event_list_item",
    "EventListItemSchemaType0": "event_list_item_schema_type_0",
    "EventReference": "event_reference",
    "EventSchemaType0": "event_schema_type_0",
    "ListApiKeysResponse": "list_api_keys_response",
    "ListAudiencesResponse": "list_audiences_response",
    "ListAutomationRunsResponse": "list_automation_runs_response",
    "ListAutomationsResponse": "list_automations_response",
    "ListBroadcastClickedLinksResponse": "list_broadcast_clicked_links_response",
    "ListBroadcastRecipientsResponse": "list_broadcast_recipients_response",
    "ListBroadcastsResponse": "list_broadcasts_response",
    "ListContactImportsResponse": "list_contact_imports_response",
    "ListContactPropertiesResponse": "list_contact_properties_response",
    "ListContactSegmentsResponse": "list_contact_segments_response",
    "ListContactTopicsResponse": "list_contact_topics_response",
    "ListContactsResponse": "list_contacts_response",
    "ListDomainsResponse": "list_domains_response",
    "ListEmailAttachmentsResponse": "list_email_attachments_response",
    "ListEmailsResponse": "list_emails_response",
    "ListEnvelope": "list_envelope",
    "ListEventsResponse": "list_events_response",
    "ListLogsResponse": "list_logs_response",
    "ListOAuthGrantsResponse": "list_o_auth_grants_response",
    "ListReceivedEmailsResponse": "list_received_emails_response",
    "ListSegmentsResponse": "list_segments_response",
    "ListSuppressionsResponse": "list_suppressions_response",
    "ListTemplatesResponse": "list_templates_response",
    "ListTopicsResponse": "list_topics_response",
    "ListWebhooksResponse": "list_webhooks_response",
    "Log": "log",
    "LogHttpMethod": "log_http_method",
    "LogRequestBodyType0": "log_request_body_type_0",
    "LogResponseBodyType0": "log_response_body_type_0",
    "LogSummary": "log_summary",
    "OAuthClient": "o_auth_client",
    "OAuthGrant": "o_auth_grant",
    "OutboundEmailEventData": "outbound_email_event_data",
    "OutboundEmailEventDataTags": "outbound_email_event_data_tags",
    "ReceivedEmail": "received_email",
    "ReceivedEmailHeadersType0": "received_email_headers_type_0",
    "ReceivedEmailListItem": "received_email_list_item",
    "RemoveContactFromSegmentResponse": "remove_contact_from_segment_response",
    "RevokeOAuthGrantResponse": "revoke_o_auth_grant_response",
    "Segment": "segment",
    "SegmentFilter": "segment_filter",
    "SegmentListItem": "segment_list_item",
    "SegmentReference": "segment_reference",
    "SendBatchEmailsResponse": "send_batch_emails_response",
    "SendBatchEmailsXBatchValidation": "send_batch_emails_x_batch_validation",
    "SendBroadcastRequest": "send_broadcast_request",
    "SendBroadcastResponse": "send_broadcast_response",
    "SendEmailRequest": "send_email_request",
    "SendEmailRequestHeaders": "send_email_request_headers",
    "SendEmailResponse": "send_email_response",
    "SendEventRequest": "send_event_request",
    "SendEventRequestPayload": "send_event_request_payload",
    "SendEventResponse": "send_event_response",
    "ShareEmailRequest": "share_email_request",
    "ShareEmailResponse": "share_email_response",
    "StopAutomationResponse": "stop_automation_response",
    "Suppression": "suppression",
    "SuppressionListItem": "suppression_list_item",
    "SuppressionOrigin": "suppression_origin",
    "SuppressionReference": "suppression_reference",
    "Tag": "tag",
    "Template": "template",
    "TemplateListItem": "template_list_item",
    "TemplateReference": "template_reference",
    "TemplateStatus": "template_status",
    "TemplateVariable": "template_variable",
    "TemplateVariableInput": "template_variable_input",
    "TemplateVariableObjectFallback": "template_variable_object_fallback",
    "TemplateVariableType": "template_variable_type",
    "Topic": "topic",
    "TopicListItem": "topic_list_item",
    "TopicReference": "topic_reference",
    "TopicSubscription": "topic_subscription",
    "TopicVisibility": "topic_visibility",
    "UpdateApiKeyRequest": "update_api_key_request",
    "UpdateAudienceContactRequest": "update_audience_contact_request",
    "UpdateAutomationRequest": "update_automation_request",
    "UpdateBroadcastRequest": "update_broadcast_request",
    "UpdateContactPropertyRequest": "update_contact_property_request",
    "UpdateContactRequest": "update_contact_request",
    "UpdateContactRequestProperties": "update_contact_request_properties",
    "UpdateContactTopicsRequest": "update_contact_topics_request",
    "UpdateContactTopicsResponse": "update_contact_topics_response",
    "UpdateDomainRequest": "update_domain_request",
    "UpdateEmailRequest": "update_email_request",
    "UpdateEventRequest": "update_event_request",
    "UpdateEventRequestSchemaType0": "update_event_request_schema_type_0",
    "UpdateTemplateRequest": "update_template_request",
    "UpdateTopicRequest": "update_topic_request",
    "UpdateWebhookRequest": "update_webhook_request",
    "Webhook": "webhook",
    "WebhookBounceSubType": "webhook_bounce_sub_type",
    "WebhookBounceType": "webhook_bounce_type",
    "WebhookDomainRecord": "webhook_domain_record",
    "WebhookDomainRecordKind": "webhook_domain_record_kind",
    "WebhookDomainRecordStatus": "webhook_domain_record_status",
    "WebhookDomainRecordType": "webhook_domain_record_type",
    "WebhookDomainRegion": "webhook_domain_region",
    "WebhookDomainStatus": "webhook_domain_status",
    "WebhookEmailHeader": "webhook_email_header",
    "WebhookEventAttachment": "webhook_event_attachment",
    "WebhookEventBounce": "webhook_event_bounce",
    "WebhookEventClick": "webhook_event_click",
    "WebhookEventFailed": "webhook_event_failed",
    "WebhookEventSuppressed": "webhook_event_suppressed",
    "WebhookEventType": "webhook_event_type",
    "WebhookListItem": "webhook_list_item",
    "WebhookReference": "webhook_reference",
    "WebhookStatus": "webhook_status",
    "WebhookSuppressedReason": "webhook_suppressed_reason",
    "WebhookSuppressedType": "webhook_suppressed_type",
}

__all__ = (
    "AddContactToSegmentResponse",
    "ApiKey",
    "ApiKeyPermission",
    "ApiKeyReference",
    "Attachment",
    "AttachmentContentDisposition",
    "Audience",
    "AudienceListItem",
    "Automation",
    "AutomationConnection",
    "AutomationConnectionType",
    "AutomationListItem",
    "AutomationReference",
    "AutomationRun",
    "AutomationRunListItem",
    "AutomationRunStatus",
    "AutomationRunStep",
    "AutomationRunStepErrorType0",
    "AutomationRunStepOutputType0",
    "AutomationStatus",
    "AutomationStep",
    "AutomationStepConfig",
    "AutomationStepDetails",
    "AutomationStepDetailsConfig",
    "AutomationStepType",
    "BatchAddSuppressionsRequest",
    "BatchAddSuppressionsResponse",
    "BatchEmail",
    "BatchEmailError",
    "BatchEmailHeaders",
    "BatchEmailResult",
    "BatchRemoveSuppressionsRequest",
    "BatchRemoveSuppressionsResponse",
    "Broadcast",
    "BroadcastBounceType",
    "BroadcastClickedLink",
    "BroadcastListItem",
    "BroadcastRecipient",
    "BroadcastRecipientLink",
    "BroadcastRecipientType",
    "BroadcastReference",
    "Contact",
    "ContactCreatedEvent",
    "ContactDeletedEvent",
    "ContactEventData",
    "ContactImport",
    "ContactImportConflictMode",
    "ContactImportCounts",
    "ContactImportReference",
    "ContactImportStatus",
    "ContactListItem",
    "ContactProperties",
    "ContactProperty",
    "ContactPropertyListItem",
    "ContactPropertyReference",
    "ContactPropertyType",
    "ContactReference",
    "ContactSegment",
    "ContactTopic",
    "ContactTopicSubscription",
    "ContactTopicSubscriptionInput",
    "ContactUpdatedEvent",
    "CreateApiKeyRequest",
    "CreateApiKeyResponse",
    "CreateAudienceContactRequest",
    "CreateAudienceRequest",
    "CreateAudienceResponse",
    "CreateAutomationRequest",
    "CreateBroadcastRequest",
    "CreateContactImportRequest",
    "CreateContactPropertyRequest",
    "CreateContactRequest",
    "CreateContactRequestProperties",
    "CreateDomainClaimRequest",
    "CreateDomainRequest",
    "CreateEventRequest",
    "CreateEventRequestSchemaType0",
    "CreateSegmentRequest",
    "CreateSegmentRequestFilter",
    "CreateSuppressionRequest",
    "CreateTemplateRequest",
    "CreateTopicRequest",
    "CreateWebhookRequest",
    "CreateWebhookResponse",
    "DeleteAudienceResponse",
    "DeleteContactResponse",
    "DeletedApiKey",
    "DeletedAutomation",
    "DeletedBroadcast",
    "DeletedContactProperty",
    "DeletedDomain",
    "DeletedEvent",
    "DeletedSuppression",
    "DeletedTopic",
    "DeletedWebhook",
    "DeleteSegmentResponse",
    "DeleteTemplateResponse",
    "DnsRecordType",
    "Domain",
    "DomainCapabilities",
    "DomainCapabilityStatus",
    "DomainClaim",
    "DomainClaimBlockedReason",
    "DomainClaimRecord",
    "DomainClaimRecordType",
    "DomainClaimStatus",
    "DomainCreatedEvent",
    "DomainDeletedEvent",
    "DomainEventData",
    "DomainListItem",
    "DomainRecord",
    "DomainRecordPurpose",
    "DomainRecordStatus",
    "DomainReference",
    "DomainRegion",
    "DomainStatus",
    "DomainTls",
    "DomainUpdatedEvent",
    "Email",
    "EmailAttachment",
    "EmailAttachmentListItem",
    "EmailAttachmentSummary",
    "EmailBouncedEvent",
    "EmailBouncedEventData",
    "EmailClickedEvent",
    "EmailClickedEventData",
    "EmailComplainedEvent",
    "EmailDeliveredEvent",
    "EmailDeliveryDelayedEvent",
    "EmailFailedEvent",
    "EmailFailedEventData",
    "EmailMetricName",
    "EmailMetrics",
    "EmailMetricsDimension",
    "EmailMetricsGranularity",
    "EmailMetricsRow",
    "EmailMetricsTotals",
    "EmailOpenedEvent",
    "EmailReceivedEvent",
    "EmailReceivedEventData",
    "EmailReference",
    "EmailScheduledEvent",
    "EmailSentEvent",
    "EmailSuppressedEvent",
    "EmailSuppressedEventData",
    "EmailTemplateInput",
    "EmailTemplateInputVariables",
    "ErrorResponse",
    "Event",
    "EventListItem",
    "EventListItemSchemaType0",
    "EventReference",
    "EventSchemaType0",
    "ListApiKeysResponse",
    "ListAudiencesResponse",
    "ListAutomationRunsResponse",
    "ListAutomationsResponse",
    "ListBroadcastClickedLinksResponse",
    "ListBroadcastRecipientsResponse",
    "ListBroadcastsResponse",
    "ListContactImportsResponse",
    "ListContactPropertiesResponse",
    "ListContactSegmentsResponse",
    "ListContactsResponse",
    "ListContactTopicsResponse",
    "ListDomainsResponse",
    "ListEmailAttachmentsResponse",
    "ListEmailsResponse",
    "ListEnvelope",
    "ListEventsResponse",
    "ListLogsResponse",
    "ListOAuthGrantsResponse",
    "ListReceivedEmailsResponse",
    "ListSegmentsResponse",
    "ListSuppressionsResponse",
    "ListTemplatesResponse",
    "ListTopicsResponse",
    "ListWebhooksResponse",
    "Log",
    "LogHttpMethod",
    "LogRequestBodyType0",
    "LogResponseBodyType0",
    "LogSummary",
    "OAuthClient",
    "OAuthGrant",
    "OutboundEmailEventData",
    "OutboundEmailEventDataTags",
    "ReceivedEmail",
    "ReceivedEmailHeadersType0",
    "ReceivedEmailListItem",
    "RemoveContactFromSegmentResponse",
    "RevokeOAuthGrantResponse",
    "Segment",
    "SegmentFilter",
    "SegmentListItem",
    "SegmentReference",
    "SendBatchEmailsResponse",
    "SendBatchEmailsXBatchValidation",
    "SendBroadcastRequest",
    "SendBroadcastResponse",
    "SendEmailRequest",
    "SendEmailRequestHeaders",
    "SendEmailResponse",
    "SendEventRequest",
    "SendEventRequestPayload",
    "SendEventResponse",
    "ShareEmailRequest",
    "ShareEmailResponse",
    "StopAutomationResponse",
    "Suppression",
    "SuppressionListItem",
    "SuppressionOrigin",
    "SuppressionReference",
    "Tag",
    "Template",
    "TemplateListItem",
    "TemplateReference",
    "TemplateStatus",
    "TemplateVariable",
    "TemplateVariableInput",
    "TemplateVariableObjectFallback",
    "TemplateVariableType",
    "Topic",
    "TopicListItem",
    "TopicReference",
    "TopicSubscription",
    "TopicVisibility",
    "UpdateApiKeyRequest",
    "UpdateAudienceContactRequest",
    "UpdateAutomationRequest",
    "UpdateBroadcastRequest",
    "UpdateContactPropertyRequest",
    "UpdateContactRequest",
    "UpdateContactRequestProperties",
    "UpdateContactTopicsRequest",
    "UpdateContactTopicsResponse",
    "UpdateDomainRequest",
    "UpdateEmailRequest",
    "UpdateEventRequest",
    "UpdateEventRequestSchemaType0",
    "UpdateTemplateRequest",
    "UpdateTopicRequest",
    "UpdateWebhookRequest",
    "Webhook",
    "WebhookBounceSubType",
    "WebhookBounceType",
    "WebhookDomainRecord",
    "WebhookDomainRecordKind",
    "WebhookDomainRecordStatus",
    "WebhookDomainRecordType",
    "WebhookDomainRegion",
    "WebhookDomainStatus",
    "WebhookEmailHeader",
    "WebhookEventAttachment",
    "WebhookEventBounce",
    "WebhookEventClick",
    "WebhookEventFailed",
    "WebhookEventSuppressed",
    "WebhookEventType",
    "WebhookListItem",
    "WebhookReference",
    "WebhookStatus",
    "WebhookSuppressedReason",
    "WebhookSuppressedType",
)


def __getattr__(name: str) -> Any:
    module_name = _MODULES.get(name)
    if module_name is None:
        message = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(message)
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.contacts`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.contacts import (
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
from ..models import (
    AddContactToSegmentResponse,
    Contact,
    ContactImport,
    ContactImportConflictMode,
    ContactImportReference,
    ContactImportStatus,
    ContactListItem,
    ContactReference,
    ContactSegment,
    ContactTopic,
    ContactTopicSubscriptionInput,
    CreateContactRequestProperties,
    DeleteContactResponse,
    ListContactImportsResponse,
    ListContactSegmentsResponse,
    ListContactsResponse,
    ListContactTopicsResponse,
    RemoveContactFromSegmentResponse,
    UpdateContactRequestProperties,
    UpdateContactTopicsResponse,
)
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        import_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        import_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        id_or_email: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.templates`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.templates import (
    create_template,
    delete_template,
    duplicate_template,
    get_template,
    list_templates,
    publish_template,
    update_template,
)
from ..models import (
    DeleteTemplateResponse,
    ListTemplatesResponse,
    Template,
    TemplateListItem,
    TemplateReference,
    TemplateVariableInput,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def publish(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def duplicate(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def publish(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def duplicate(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

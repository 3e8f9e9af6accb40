# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.automations`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.automations import (
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
from ..models import (
    Automation,
    AutomationConnection,
    AutomationListItem,
    AutomationReference,
    AutomationRun,
    AutomationRunListItem,
    AutomationStatus,
    AutomationStep,
    DeletedAutomation,
    ListAutomationRunsResponse,
    ListAutomationsResponse,
    StopAutomationResponse,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def duplicate(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def stop(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def duplicate(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def stop(
        self,
        automation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

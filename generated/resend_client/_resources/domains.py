# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""``client.domains`` and the resources nested in it, with one method per API operation."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPager, Cursor, SyncPage
from .._response import APIResponse
from ..api.domains import (
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
from ..models import (
    DeletedDomain,
    Domain,
    DomainCapabilities,
    DomainClaim,
    DomainListItem,
    DomainReference,
    DomainRegion,
    DomainTls,
    ListDomainsResponse,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncResend, Resend


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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def delete(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def get(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def delete(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )

    async def verify(
        self,
        domain_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
                max_retries=max_retries,
                total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
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
        max_retries: int | None = None,
        total_timeout: float | None | Unset = UNSET,
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
            max_retries=max_retries,
            total_timeout=total_timeout,
        )
        return response.parsed

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.domain_claim_blocked_reason import DomainClaimBlockedReason, check_domain_claim_blocked_reason
from ..models.domain_claim_status import DomainClaimStatus, check_domain_claim_status
from ..models.domain_region import DomainRegion, check_domain_region
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_claim_record import DomainClaimRecord


T = TypeVar("T", bound="DomainClaim")


@_attrs_define
class DomainClaim:
    """Claim on a domain name that is registered with another team."""

    id: str
    """ Id of the claim. """
    object_: str | Unset = UNSET
    """ Resource type, such as `domain_claim`. Treat it as a plain string. """
    name: str | Unset = UNSET
    """ Claimed domain name. """
    status: DomainClaimStatus | Unset = UNSET
    """ State of a domain claim. `completed` means that the domain now belongs to the team, and a `blocked` claim
    comes with a `blocked_reason`. """
    domain_id: None | str | Unset = UNSET
    """ Id of the domain in the team once the claim completes, otherwise null. """
    region: DomainRegion | None | Unset = UNSET
    """ AWS region that will send the domain's email, or null when not set. """
    record: DomainClaimRecord | Unset = UNSET
    """ DNS record that proves control of the claimed domain. """
    blocked_reason: DomainClaimBlockedReason | None | Unset = UNSET
    """ Why the claim is held back, or null when it is not blocked. """
    failure_reason: None | str | Unset = UNSET
    """ Explanation of why the claim failed, or null when it has not failed. """
    created_at: datetime.datetime | Unset = UNSET
    """ Time at which the claim was started. """
    expires_at: datetime.datetime | Unset = UNSET
    """ Time after which an unfinished claim expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, str):
            region = self.region
        else:
            region = self.region

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        blocked_reason: None | str | Unset
        if isinstance(self.blocked_reason, Unset):
            blocked_reason = UNSET
        elif isinstance(self.blocked_reason, str):
            blocked_reason = self.blocked_reason
        else:
            blocked_reason = self.blocked_reason

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.datetime) else self.expires_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if region is not UNSET:
            field_dict["region"] = region
        if record is not UNSET:
            field_dict["record"] = record
        if blocked_reason is not UNSET:
            field_dict["blocked_reason"] = blocked_reason
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_claim_record import DomainClaimRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: DomainClaimStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_domain_claim_status(_status)

        def _parse_domain_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_id = _parse_domain_id(d.pop("domain_id", UNSET))

        def _parse_region(data: object) -> DomainRegion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_type_0 = check_domain_region(data)

                return region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainRegion | None | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        _record = d.pop("record", UNSET)
        record: DomainClaimRecord | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = DomainClaimRecord.from_dict(_record)

        def _parse_blocked_reason(data: object) -> DomainClaimBlockedReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                blocked_reason_type_0 = check_domain_claim_blocked_reason(data)

                return blocked_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainClaimBlockedReason | None | Unset, data)

        blocked_reason = _parse_blocked_reason(d.pop("blocked_reason", UNSET))

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = parse_datetime(_expires_at)

        domain_claim = cls(
            id=id,
            object_=object_,
            name=name,
            status=status,
            domain_id=domain_id,
            region=region,
            record=record,
            blocked_reason=blocked_reason,
            failure_reason=failure_reason,
            created_at=created_at,
            expires_at=expires_at,
        )

        domain_claim.additional_properties = d
        return domain_claim

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..types import repr_of_set_fields  # noqa: E402

DomainClaim.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

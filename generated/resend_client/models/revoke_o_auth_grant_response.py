# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="RevokeOAuthGrantResponse")


@_attrs_define
class RevokeOAuthGrantResponse:
    """Result of revoking an OAuth grant."""

    id: str
    """ Id of the revoked grant. """
    object_: str | Unset = UNSET
    """ Resource type, such as `oauth_grant`. Treat it as a plain string. """
    revoked_at: datetime.datetime | Unset = UNSET
    """ Time at which the grant was revoked. """
    revoked_reason: str | Unset = UNSET
    """ Reason recorded for the revocation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        revoked_at: str | Unset = UNSET
        if not isinstance(self.revoked_at, Unset):
            revoked_at = (
                self.revoked_at.isoformat() if isinstance(self.revoked_at, datetime.datetime) else self.revoked_at
            )

        revoked_reason = self.revoked_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if revoked_reason is not UNSET:
            field_dict["revoked_reason"] = revoked_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        _revoked_at = d.pop("revoked_at", UNSET)
        revoked_at: datetime.datetime | Unset
        if isinstance(_revoked_at, Unset):
            revoked_at = UNSET
        else:
            revoked_at = parse_datetime(_revoked_at)

        revoked_reason = d.pop("revoked_reason", UNSET)

        revoke_o_auth_grant_response = cls(
            id=id,
            object_=object_,
            revoked_at=revoked_at,
            revoked_reason=revoked_reason,
        )

        revoke_o_auth_grant_response.additional_properties = d
        return revoke_o_auth_grant_response

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

RevokeOAuthGrantResponse.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

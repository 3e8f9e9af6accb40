# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_client import OAuthClient


T = TypeVar("T", bound="OAuthGrant")


@_attrs_define
class OAuthGrant:
    """Access that the team granted to an OAuth application."""

    id: str
    """ Id of the grant. """
    client_id: str | Unset = UNSET
    """ OAuth client id of the application. """
    scopes: list[str] | Unset = UNSET
    """ Scopes that the grant allows. """
    created_at: datetime.datetime | Unset = UNSET
    """ Time at which the grant was given. """
    revoked_at: datetime.datetime | None | Unset = UNSET
    """ Time at which the grant was revoked, or null while it is active. """
    revoked_reason: None | str | Unset = UNSET
    """ Reason recorded for the revocation, or null while the grant is active. """
    client: OAuthClient | Unset = UNSET
    """ OAuth application that holds a grant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = (
                self.revoked_at.isoformat() if isinstance(self.revoked_at, datetime.datetime) else self.revoked_at
            )
        else:
            revoked_at = self.revoked_at

        revoked_reason: None | str | Unset
        if isinstance(self.revoked_reason, Unset):
            revoked_reason = UNSET
        else:
            revoked_reason = self.revoked_reason

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if revoked_reason is not UNSET:
            field_dict["revoked_reason"] = revoked_reason
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.o_auth_client import OAuthClient  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("client_id", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        def _parse_revoked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = parse_datetime(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))

        def _parse_revoked_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revoked_reason = _parse_revoked_reason(d.pop("revoked_reason", UNSET))

        _client = d.pop("client", UNSET)
        client: OAuthClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = OAuthClient.from_dict(_client)

        o_auth_grant = cls(
            id=id,
            client_id=client_id,
            scopes=scopes,
            created_at=created_at,
            revoked_at=revoked_at,
            revoked_reason=revoked_reason,
            client=client,
        )

        o_auth_grant.additional_properties = d
        return o_auth_grant

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

OAuthGrant.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

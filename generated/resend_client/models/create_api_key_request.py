# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_permission import ApiKeyPermission, check_api_key_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    """API key to create."""

    name: str
    """ Name that identifies the key in the dashboard and in lists. """
    permission: ApiKeyPermission | Unset = UNSET
    """ What a key may do: `full_access` allows every operation, and `sending_access` allows only sending emails.
    """
    domain_id: str | Unset = UNSET
    """ Id of the only domain that a `sending_access` key may send from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission

        domain_id = self.domain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if permission is not UNSET:
            field_dict["permission"] = permission
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _permission = d.pop("permission", UNSET)
        permission: ApiKeyPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = check_api_key_permission(_permission)

        domain_id = d.pop("domain_id", UNSET)

        create_api_key_request = cls(
            name=name,
            permission=permission,
            domain_id=domain_id,
        )

        create_api_key_request.additional_properties = d
        return create_api_key_request

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

CreateApiKeyRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

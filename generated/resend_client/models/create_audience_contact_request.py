# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAudienceContactRequest")


@_attrs_define
class CreateAudienceContactRequest:
    """Contact to create in an audience."""

    email: str
    """ Email address of the contact. """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    unsubscribed: bool | Unset = UNSET
    """ Whether the contact is unsubscribed from every broadcast. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        unsubscribed = self.unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        unsubscribed = d.pop("unsubscribed", UNSET)

        create_audience_contact_request = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            unsubscribed=unsubscribed,
        )

        create_audience_contact_request.additional_properties = d
        return create_audience_contact_request

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

CreateAudienceContactRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

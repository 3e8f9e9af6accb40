# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteContactResponse")


@_attrs_define
class DeleteContactResponse:
    """Result of deleting a contact. The public API description gives this response an `id` field, but the server sends
    `contact` instead: the id or email address that the request used in the path.

    """

    object_: str | Unset = UNSET
    """ Resource type, such as `contact`. Treat it as a plain string. """
    contact: str | Unset = UNSET
    """ Id or email address of the deleted contact, as given in the path. """
    deleted: bool | Unset = UNSET
    """ Whether the contact was deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        contact = self.contact

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if contact is not UNSET:
            field_dict["contact"] = contact
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        contact = d.pop("contact", UNSET)

        deleted = d.pop("deleted", UNSET)

        delete_contact_response = cls(
            object_=object_,
            contact=contact,
            deleted=deleted,
        )

        delete_contact_response.additional_properties = d
        return delete_contact_response

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

DeleteContactResponse.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

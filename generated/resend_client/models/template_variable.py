# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.template_variable_type import TemplateVariableType, check_template_variable_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_variable_object_fallback import TemplateVariableObjectFallback


T = TypeVar("T", bound="TemplateVariable")


@_attrs_define
class TemplateVariable:
    """Variable of a template, as stored by the server."""

    id: str
    """ Id of the variable. """
    key: str | Unset = UNSET
    """ Name of the variable, as used in the template's content. """
    type_: TemplateVariableType | Unset = UNSET
    """ Type of the values that a template variable takes. """
    fallback_value: bool | float | list[Any] | str | TemplateVariableObjectFallback | Unset = UNSET
    """ Value that a template variable takes when an email gives none. Its JSON type follows the variable's `type`,
    where `list` means a JSON array. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Time of the last change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_variable_object_fallback import TemplateVariableObjectFallback  # noqa: PLC0415

        id = self.id

        key = self.key

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        fallback_value: bool | dict[str, Any] | float | list[Any] | str | Unset
        if isinstance(self.fallback_value, Unset):
            fallback_value = UNSET
        elif isinstance(self.fallback_value, TemplateVariableObjectFallback):
            fallback_value = self.fallback_value.to_dict()
        elif isinstance(self.fallback_value, list):
            fallback_value = self.fallback_value

        else:
            fallback_value = self.fallback_value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fallback_value is not UNSET:
            field_dict["fallback_value"] = fallback_value
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_variable_object_fallback import TemplateVariableObjectFallback  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TemplateVariableType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_template_variable_type(_type_)

        def _parse_fallback_value(
            data: object,
        ) -> bool | float | list[Any] | str | TemplateVariableObjectFallback | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_template_variable_fallback_type_3 = TemplateVariableObjectFallback.from_dict(data)

                return componentsschemas_template_variable_fallback_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_template_variable_fallback_type_4 = cast(list[Any], data)

                return componentsschemas_template_variable_fallback_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | list[Any] | str | TemplateVariableObjectFallback | Unset, data)

        fallback_value = _parse_fallback_value(d.pop("fallback_value", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        template_variable = cls(
            id=id,
            key=key,
            type_=type_,
            fallback_value=fallback_value,
            created_at=created_at,
            updated_at=updated_at,
        )

        template_variable.additional_properties = d
        return template_variable

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

TemplateVariable.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_template_input_variables import EmailTemplateInputVariables


T = TypeVar("T", bound="EmailTemplateInput")


@_attrs_define
class EmailTemplateInput:
    """Stored template to render as the email body."""

    id: str
    """ Id of the template. """
    variables: EmailTemplateInputVariables | Unset = UNSET
    """ Values for the template's variables, keyed by variable name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_template_input_variables import EmailTemplateInputVariables  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _variables = d.pop("variables", UNSET)
        variables: EmailTemplateInputVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = EmailTemplateInputVariables.from_dict(_variables)

        email_template_input = cls(
            id=id,
            variables=variables,
        )

        email_template_input.additional_properties = d
        return email_template_input

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

EmailTemplateInput.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

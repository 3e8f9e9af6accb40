# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_variable_input import TemplateVariableInput


T = TypeVar("T", bound="CreateTemplateRequest")


@_attrs_define
class CreateTemplateRequest:
    """Template to create."""

    name: str
    """ Name of the template. """
    html: str
    """ HTML body. """
    alias: str | Unset = UNSET
    """ Alternative name for the template, such as `order-shipped`. """
    from_: str | Unset = UNSET
    """ Default sender address for emails that use the template, either `email@example.com` or `Name
    <email@example.com>`. """
    subject: str | Unset = UNSET
    """ Default subject line for emails that use the template. """
    reply_to: list[str] | Unset = UNSET
    """ Default addresses for replies. """
    text: str | Unset = UNSET
    """ Plain-text body. """
    variables: list[TemplateVariableInput] | Unset = UNSET
    """ Variables that the template's content uses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        html = self.html

        alias = self.alias

        from_ = self.from_

        subject = self.subject

        reply_to: list[str] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to

        text = self.text

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "html": html,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if text is not UNSET:
            field_dict["text"] = text
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_variable_input import TemplateVariableInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        html = d.pop("html")

        alias = d.pop("alias", UNSET)

        from_ = d.pop("from", UNSET)

        subject = d.pop("subject", UNSET)

        reply_to = cast(list[str], d.pop("reply_to", UNSET))

        text = d.pop("text", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: list[TemplateVariableInput] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = TemplateVariableInput.from_dict(variables_item_data)

                variables.append(variables_item)

        create_template_request = cls(
            name=name,
            html=html,
            alias=alias,
            from_=from_,
            subject=subject,
            reply_to=reply_to,
            text=text,
            variables=variables,
        )

        create_template_request.additional_properties = d
        return create_template_request

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

CreateTemplateRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

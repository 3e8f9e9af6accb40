# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.template_status import TemplateStatus, check_template_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_variable import TemplateVariable


T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """Template as stored by the server."""

    id: str
    """ Id of the template. """
    object_: str | Unset = UNSET
    """ Resource type, such as `template`. Treat it as a plain string. """
    current_version_id: str | Unset = UNSET
    """ Id of the template's current version. """
    name: str | Unset = UNSET
    """ Name of the template. """
    alias: str | Unset = UNSET
    """ Alternative name for the template, such as `order-shipped`. """
    from_: str | Unset = UNSET
    """ Default sender address for emails that use the template. """
    subject: str | Unset = UNSET
    """ Default subject line for emails that use the template. """
    reply_to: list[str] | None | Unset = UNSET
    """ Default addresses for replies, or null when there are none. """
    html: str | Unset = UNSET
    """ HTML body. """
    text: str | Unset = UNSET
    """ Plain-text body. """
    variables: list[TemplateVariable] | Unset = UNSET
    """ Variables that the template's content uses. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Time of the last change. """
    status: TemplateStatus | Unset = UNSET
    """ Publication state of a template. """
    published_at: datetime.datetime | None | Unset = UNSET
    """ Time of the last publication, or null when the template was never published. """
    has_unpublished_versions: bool | Unset = UNSET
    """ Whether the template has changes that are not published yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        current_version_id = self.current_version_id

        name = self.name

        alias = self.alias

        from_ = self.from_

        subject = self.subject

        reply_to: list[str] | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        elif isinstance(self.reply_to, list):
            reply_to = self.reply_to

        else:
            reply_to = self.reply_to

        html = self.html

        text = self.text

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = (
                self.published_at.isoformat() if isinstance(self.published_at, datetime.datetime) else self.published_at
            )
        else:
            published_at = self.published_at

        has_unpublished_versions = self.has_unpublished_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if current_version_id is not UNSET:
            field_dict["current_version_id"] = current_version_id
        if name is not UNSET:
            field_dict["name"] = name
        if alias is not UNSET:
            field_dict["alias"] = alias
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if variables is not UNSET:
            field_dict["variables"] = variables
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if has_unpublished_versions is not UNSET:
            field_dict["has_unpublished_versions"] = has_unpublished_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_variable import TemplateVariable  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        current_version_id = d.pop("current_version_id", UNSET)

        name = d.pop("name", UNSET)

        alias = d.pop("alias", UNSET)

        from_ = d.pop("from", UNSET)

        subject = d.pop("subject", UNSET)

        def _parse_reply_to(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reply_to_type_0 = cast(list[str], data)

                return reply_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        html = d.pop("html", UNSET)

        text = d.pop("text", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: list[TemplateVariable] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = TemplateVariable.from_dict(variables_item_data)

                variables.append(variables_item)

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

        _status = d.pop("status", UNSET)
        status: TemplateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_template_status(_status)

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = parse_datetime(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        has_unpublished_versions = d.pop("has_unpublished_versions", UNSET)

        template = cls(
            id=id,
            object_=object_,
            current_version_id=current_version_id,
            name=name,
            alias=alias,
            from_=from_,
            subject=subject,
            reply_to=reply_to,
            html=html,
            text=text,
            variables=variables,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            published_at=published_at,
            has_unpublished_versions=has_unpublished_versions,
        )

        template.additional_properties = d
        return template

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

Template.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

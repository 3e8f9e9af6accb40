# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_request_schema_type_0 import CreateEventRequestSchemaType0


T = TypeVar("T", bound="CreateEventRequest")


@_attrs_define
class CreateEventRequest:
    """New custom event."""

    name: str
    """ Name of the event, such as `trial.started`. It identifies the event in paths and when sending. """
    schema: CreateEventRequestSchemaType0 | None | Unset = UNSET
    """ Fields that the event's payload carries, as a free-form object, or null for an event without a schema. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_event_request_schema_type_0 import CreateEventRequestSchemaType0  # noqa: PLC0415

        name = self.name

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, CreateEventRequestSchemaType0):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_event_request_schema_type_0 import CreateEventRequestSchemaType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_schema(data: object) -> CreateEventRequestSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = CreateEventRequestSchemaType0.from_dict(data)

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEventRequestSchemaType0 | None | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        create_event_request = cls(
            name=name,
            schema=schema,
        )

        create_event_request.additional_properties = d
        return create_event_request

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

CreateEventRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

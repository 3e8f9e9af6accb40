# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_event_request_schema_type_0 import UpdateEventRequestSchemaType0


T = TypeVar("T", bound="UpdateEventRequest")


@_attrs_define
class UpdateEventRequest:
    """New payload schema of an event."""

    schema: None | UpdateEventRequestSchemaType0
    """ Fields that the event's payload carries, as a free-form object, replacing the current schema. Null removes
    the schema. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_event_request_schema_type_0 import UpdateEventRequestSchemaType0  # noqa: PLC0415

        schema: dict[str, Any] | None
        if isinstance(self.schema, UpdateEventRequestSchemaType0):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_event_request_schema_type_0 import UpdateEventRequestSchemaType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_schema(data: object) -> None | UpdateEventRequestSchemaType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = UpdateEventRequestSchemaType0.from_dict(data)

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateEventRequestSchemaType0, data)

        schema = _parse_schema(d.pop("schema"))

        update_event_request = cls(
            schema=schema,
        )

        update_event_request.additional_properties = d
        return update_event_request

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

UpdateEventRequest.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

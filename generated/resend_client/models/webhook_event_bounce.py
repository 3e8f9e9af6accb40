# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_bounce_sub_type import WebhookBounceSubType, check_webhook_bounce_sub_type
from ..models.webhook_bounce_type import WebhookBounceType, check_webhook_bounce_type

T = TypeVar("T", bound="WebhookEventBounce")


@_attrs_define
class WebhookEventBounce:
    """Details of a bounce."""

    diagnostic_code: list[str]
    """ Diagnostic lines that the receiving mail server returned. """
    message: str
    """ Explanation of the bounce. """
    sub_type: WebhookBounceSubType
    """ Cause of a bounce, as far as the receiving server reported it. """
    type_: WebhookBounceType
    """ Whether a bounce is permanent, temporary (`Transient`) or of unknown kind. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diagnostic_code = self.diagnostic_code

        message = self.message

        sub_type: str = self.sub_type

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diagnosticCode": diagnostic_code,
                "message": message,
                "subType": sub_type,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diagnostic_code = cast(list[str], d.pop("diagnosticCode"))

        message = d.pop("message")

        sub_type = check_webhook_bounce_sub_type(d.pop("subType"))

        type_ = check_webhook_bounce_type(d.pop("type"))

        webhook_event_bounce = cls(
            diagnostic_code=diagnostic_code,
            message=message,
            sub_type=sub_type,
            type_=type_,
        )

        webhook_event_bounce.additional_properties = d
        return webhook_event_bounce

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

WebhookEventBounce.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

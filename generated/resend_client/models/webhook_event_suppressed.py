# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_suppressed_reason import WebhookSuppressedReason, check_webhook_suppressed_reason
from ..models.webhook_suppressed_type import WebhookSuppressedType, check_webhook_suppressed_type

T = TypeVar("T", bound="WebhookEventSuppressed")


@_attrs_define
class WebhookEventSuppressed:
    """Details of a suppressed send."""

    diagnostic_code: list[str]
    """ Diagnostic lines that came with the suppression, often none. """
    message: str
    """ Explanation of the suppression. """
    reason: WebhookSuppressedReason
    """ Why an address is suppressed, either an earlier bounce or an earlier spam complaint. """
    type_: WebhookSuppressedType
    """ Which list suppressed an email, as the sending service reports it. `OnAccountSuppressionList` means the
    team's own suppression list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diagnostic_code = self.diagnostic_code

        message = self.message

        reason: str = self.reason

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diagnosticCode": diagnostic_code,
                "message": message,
                "reason": reason,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diagnostic_code = cast(list[str], d.pop("diagnosticCode"))

        message = d.pop("message")

        reason = check_webhook_suppressed_reason(d.pop("reason"))

        type_ = check_webhook_suppressed_type(d.pop("type"))

        webhook_event_suppressed = cls(
            diagnostic_code=diagnostic_code,
            message=message,
            reason=reason,
            type_=type_,
        )

        webhook_event_suppressed.additional_properties = d
        return webhook_event_suppressed

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

WebhookEventSuppressed.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

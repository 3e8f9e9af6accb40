# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_email_error import BatchEmailError
    from ..models.batch_email_result import BatchEmailResult


T = TypeVar("T", bound="SendBatchEmailsResponse")


@_attrs_define
class SendBatchEmailsResponse:
    """Result of a batch request."""

    data: list[BatchEmailResult]
    """ Emails that were created. """
    errors: list[BatchEmailError] | Unset = UNSET
    """ Rejected emails. Present only in permissive mode. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_email_error import BatchEmailError  # noqa: PLC0415
        from ..models.batch_email_result import BatchEmailResult  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = BatchEmailResult.from_dict(data_item_data)

            data.append(data_item)

        _errors = d.pop("errors", UNSET)
        errors: list[BatchEmailError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BatchEmailError.from_dict(errors_item_data)

                errors.append(errors_item)

        send_batch_emails_response = cls(
            data=data,
            errors=errors,
        )

        send_batch_emails_response.additional_properties = d
        return send_batch_emails_response

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

SendBatchEmailsResponse.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.log_http_method import LogHttpMethod, check_log_http_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogSummary")


@_attrs_define
class LogSummary:
    """Logged API request in a list, without its bodies."""

    id: str
    """ Id of the log entry. """
    created_at: datetime.datetime | Unset = UNSET
    """ Time at which the request was received. """
    endpoint: str | Unset = UNSET
    """ Path of the request, such as `/emails`. """
    method: LogHttpMethod | Unset = UNSET
    """ HTTP method of a logged API request. """
    response_status: int | Unset = UNSET
    """ HTTP status code of the response. """
    user_agent: None | str | Unset = UNSET
    """ User-Agent header of the request, or null when it had none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        endpoint = self.endpoint

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        response_status = self.response_status

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if method is not UNSET:
            field_dict["method"] = method
        if response_status is not UNSET:
            field_dict["response_status"] = response_status
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        endpoint = d.pop("endpoint", UNSET)

        _method = d.pop("method", UNSET)
        method: LogHttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_log_http_method(_method)

        response_status = d.pop("response_status", UNSET)

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        log_summary = cls(
            id=id,
            created_at=created_at,
            endpoint=endpoint,
            method=method,
            response_status=response_status,
            user_agent=user_agent,
        )

        log_summary.additional_properties = d
        return log_summary

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

LogSummary.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

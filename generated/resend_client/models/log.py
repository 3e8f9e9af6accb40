# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from ..models.log_http_method import LogHttpMethod, check_log_http_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_request_body_type_0 import LogRequestBodyType0
    from ..models.log_response_body_type_0 import LogResponseBodyType0


T = TypeVar("T", bound="Log")


@_attrs_define
class Log:
    """Logged API request with its request and response bodies."""

    id: str
    """ Id of the log entry. """
    object_: str | Unset = UNSET
    """ Resource type, such as `log`. Treat it as a plain string. """
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
    request_body: LogRequestBodyType0 | None | Unset = UNSET
    """ JSON body of the request, or null when it had none. """
    response_body: LogResponseBodyType0 | None | Unset = UNSET
    """ JSON body of the response, or null when it had none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_request_body_type_0 import LogRequestBodyType0  # noqa: PLC0415
        from ..models.log_response_body_type_0 import LogResponseBodyType0  # noqa: PLC0415

        id = self.id

        object_ = self.object_

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

        request_body: dict[str, Any] | None | Unset
        if isinstance(self.request_body, Unset):
            request_body = UNSET
        elif isinstance(self.request_body, LogRequestBodyType0):
            request_body = self.request_body.to_dict()
        else:
            request_body = self.request_body

        response_body: dict[str, Any] | None | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        elif isinstance(self.response_body, LogResponseBodyType0):
            response_body = self.response_body.to_dict()
        else:
            response_body = self.response_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
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
        if request_body is not UNSET:
            field_dict["request_body"] = request_body
        if response_body is not UNSET:
            field_dict["response_body"] = response_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_request_body_type_0 import LogRequestBodyType0  # noqa: PLC0415
        from ..models.log_response_body_type_0 import LogResponseBodyType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

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

        def _parse_request_body(data: object) -> LogRequestBodyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_body_type_0 = LogRequestBodyType0.from_dict(data)

                return request_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogRequestBodyType0 | None | Unset, data)

        request_body = _parse_request_body(d.pop("request_body", UNSET))

        def _parse_response_body(data: object) -> LogResponseBodyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_body_type_0 = LogResponseBodyType0.from_dict(data)

                return response_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogResponseBodyType0 | None | Unset, data)

        response_body = _parse_response_body(d.pop("response_body", UNSET))

        log = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            endpoint=endpoint,
            method=method,
            response_status=response_status,
            user_agent=user_agent,
            request_body=request_body,
            response_body=response_body,
        )

        log.additional_properties = d
        return log

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

Log.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]

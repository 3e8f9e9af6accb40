# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""The request an endpoint module builds, before the client adds authentication and options."""

import datetime
import io
import os
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import IO, Any, NamedTuple

from ._errors import InvalidRequestError
from .types import File, RequestFiles, Unset


class PreparedRequest(NamedTuple):
    """Method, path, query, headers and body of one API call.

    The body is JSON in ``json_body``, or ``multipart/form-data`` parts in ``files``.
    """

    method: str
    path: str
    params: Mapping[str, Any] = MappingProxyType({})
    headers: Mapping[str, str] = MappingProxyType({})
    has_body: bool = False
    json_body: Any = None
    files: RequestFiles | None = None


def to_json(value: Any) -> Any:
    """Convert generated models, mappings and sequences into plain JSON values.

    Models keep only the fields that were set, and mapping entries set to ``UNSET`` are dropped,
    so nothing the caller left out is sent.
    """
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "to_dict"):
        return to_json(value.to_dict())
    if isinstance(value, Mapping):
        return {_key(key): to_json(item) for key, item in value.items() if not isinstance(item, Unset)}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            message = (
                f"naive datetime {value.isoformat()} has no time zone, so the API would read it as UTC; "
                "pass an aware one, such as datetime.now(timezone.utc) + timedelta(hours=1)"
            )
            raise InvalidRequestError(message)
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()

    message = f"cannot send a value of type {type(value).__name__} as JSON"
    if isinstance(value, (bytes, bytearray)):
        message += "; encode binary content such as attachments as base64 text first"
    raise InvalidRequestError(message)


def query_list(name: str, values: Sequence[Any]) -> list[Any]:
    """Return the values of a repeated query parameter, refusing one string given for the list."""
    if isinstance(values, (str, bytes)):
        message = f"{name} takes a list of values, got the single string {values!r}; wrap it in a list"
        raise InvalidRequestError(message)
    return list(values)


def as_file(name: str, value: File | bytes | IO[bytes]) -> File:
    """Return an upload as a ``File``; raw bytes and binary file objects are wrapped in one."""
    if isinstance(value, File):
        return value
    if isinstance(value, (bytes, bytearray)):
        return File(payload=io.BytesIO(value), file_name=name)
    if hasattr(value, "read"):
        file_name = os.path.basename(str(getattr(value, "name", ""))) or name
        return File(payload=value, file_name=file_name)
    message = f"{name} must be bytes, a binary file object or a File, got {type(value).__name__}"
    raise InvalidRequestError(message)


def new_idempotency_key() -> str:
    """Return a fresh idempotency key for a send that the caller gave none."""
    import uuid  # only calls that send email need it

    return str(uuid.uuid4())


def require_path_parameter(name: str, value: str) -> str:
    """Return a path parameter, raising when it would make the path name another resource.

    Percent-encoding keeps ``/`` and ``?`` inside the segment, but an empty segment, ``.`` or
    ``..`` would still change the path after URL normalization.
    """
    if not isinstance(value, str) or value in ("", ".", ".."):
        message = f"{name} must be a non-empty string other than '.' and '..', got {value!r}"
        raise InvalidRequestError(message)
    return value


def _key(key: Any) -> str:
    if not isinstance(key, str):
        message = f"JSON object keys must be strings, got {type(key).__name__}"
        raise InvalidRequestError(message)
    return key

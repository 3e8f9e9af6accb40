# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Shared types of the generated models: the ``UNSET`` marker and file uploads."""

from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from attrs import AttrsInstance


class Unset:
    """Type of ``UNSET``, the value of every field and argument that was not given."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
"""Content that httpx accepts for one file of a multipart request."""

FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
"""A file as httpx takes it: (file name, content, content type[, headers])."""

RequestFiles = list[tuple[str, FileTypes]]


class File:
    """A file to upload in a multipart/form-data request."""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(self, payload: IO[bytes], file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return f"File(file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def to_tuple(self) -> FileTypes:
        """Return the file in the tuple form that httpx takes."""
        return self.file_name, self.payload, self.mime_type


def repr_of_set_fields(model: "AttrsInstance") -> str:
    """Return a model's repr with only the fields that are set, and the unknown ones if any."""
    from attrs import fields  # models load attrs anyway; the package itself does not need it

    parts = [
        f"{attribute.name}={_short_repr(value)}"
        for attribute in fields(type(model))
        if attribute.name != "additional_properties" and not isinstance(value := getattr(model, attribute.name), Unset)
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


# Longer strings, such as an attachment's base64 content, show their start and their length.
REPR_STRING_LIMIT = 120


def _short_repr(value: object) -> str:
    if isinstance(value, str) and len(value) > REPR_STRING_LIMIT:
        return f"{value[:40]!r}... ({len(value)} characters)"
    return repr(value)


__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Unset", "repr_of_set_fields"]

# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Attachments built from bytes or a file, with the base64 encoding and content type done here."""

import base64
import mimetypes
import os

from ._errors import InvalidRequestError
from .models import Attachment
from .types import UNSET

DEFAULT_CONTENT_TYPE = "application/octet-stream"


def attachment_from_bytes(
    data: bytes, filename: str, *, content_type: str | None = None, content_id: str | None = None
) -> Attachment:
    """Return an attachment of ``data``, shown to the recipient as ``filename``.

    The content type is guessed from the file name when not given. Set ``content_id`` to show an
    image inline, where the HTML body refers to it as ``cid:<content_id>``.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        message = f"attachment data must be bytes, got {type(data).__name__}"
        raise InvalidRequestError(message)
    if not isinstance(filename, str) or not filename:
        raise InvalidRequestError("an attachment needs a non-empty filename")
    guessed, _encoding = mimetypes.guess_type(filename)
    return Attachment(
        content=base64.b64encode(bytes(data)).decode("ascii"),
        filename=filename,
        content_type=content_type or guessed or DEFAULT_CONTENT_TYPE,
        content_id=UNSET if content_id is None else content_id,
    )


def attachment_from_path(
    path: str | os.PathLike[str],
    *,
    filename: str | None = None,
    content_type: str | None = None,
    content_id: str | None = None,
) -> Attachment:
    """Return an attachment of the file at ``path``, named after the file unless ``filename`` is given."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as error:
        message = f"cannot read the attachment {os.fspath(path)!r}: {error.strerror or error}"
        raise InvalidRequestError(message) from error
    name = filename or os.path.basename(os.fspath(path))
    return attachment_from_bytes(data, name, content_type=content_type, content_id=content_id)

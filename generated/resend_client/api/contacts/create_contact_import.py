# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Import contacts from a file: POST /contacts/imports."""

from typing import IO

import httpx

from ..._request import PreparedRequest, as_file
from ...models import ContactImportConflictMode, ContactImportReference, CreateContactImportRequest
from ...types import UNSET, File, Unset


def build_request(
    *,
    file: File | bytes | IO[bytes],
    column_map: str | Unset = UNSET,
    on_conflict: ContactImportConflictMode | Unset = UNSET,
    segments: str | Unset = UNSET,
    topics: str | Unset = UNSET,
) -> PreparedRequest:
    """Build the request without sending it."""
    form = CreateContactImportRequest(
        file=as_file("file", file),
        column_map=column_map,
        on_conflict=on_conflict,
        segments=segments,
        topics=topics,
    )

    return PreparedRequest(
        method="POST",
        path="/contacts/imports",
        has_body=True,
        files=form.to_multipart(),
    )


def parse_response(response: httpx.Response) -> ContactImportReference:
    """Parse a 2xx response into the documented model."""
    response_201 = ContactImportReference.from_dict(response.json())

    return response_201

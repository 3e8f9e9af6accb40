"""The request as the sandbox received it, which tests read from ``Sandbox.requests``."""

from dataclasses import dataclass


@dataclass(frozen=True)
class RecordedRequest:
    """One received HTTP request.

    ``path`` is percent-decoded and has no query string. ``query`` keeps the first value of a
    repeated parameter. ``headers`` has lower-case names, and repeated headers are joined with
    ``", "``.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

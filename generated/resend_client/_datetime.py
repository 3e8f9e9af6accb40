# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

"""Parsing of the timestamps in API responses.

The API sends ISO 8601 with ``T`` and ``Z`` as well as forms such as
``2025-10-08 03:24:02.123456+00``. The standard library's parser reads both; python-dateutil,
imported only when it is needed, reads what the standard library rejects.
"""

import datetime
from typing import cast


def parse_datetime(value: str) -> datetime.datetime:
    """Return the timestamp as a ``datetime``.

    A value that neither parser understands is kept as the string the API sent, so an
    unexpected format never makes a whole response unreadable.
    """
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        pass

    from dateutil import parser  # type: ignore[import-untyped]

    try:
        return cast(datetime.datetime, parser.parse(value))
    except (TypeError, ValueError, OverflowError):
        return cast(datetime.datetime, value)

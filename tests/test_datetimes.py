"""Timestamps in responses: every form the API sends parses, and nothing unexpected breaks a model."""

import datetime
import subprocess
import sys

import pytest
from resend_client._datetime import parse_datetime
from resend_client.models import Email

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-10-08T03:24:02Z", datetime.datetime(2025, 10, 8, 3, 24, 2, tzinfo=UTC)),
        ("2025-10-08T03:24:02.52Z", datetime.datetime(2025, 10, 8, 3, 24, 2, 520000, tzinfo=UTC)),
        ("2025-10-08 03:24:02.123456+00", datetime.datetime(2025, 10, 8, 3, 24, 2, 123456, tzinfo=UTC)),
        ("2025-10-08 03:24:02.12345+00", datetime.datetime(2025, 10, 8, 3, 24, 2, 123450, tzinfo=UTC)),
        ("Wed, 08 Oct 2025 03:24:02 GMT", datetime.datetime(2025, 10, 8, 3, 24, 2, tzinfo=UTC)),
    ],
)
def test_api_forms_parse(raw: str, expected: datetime.datetime) -> None:
    assert parse_datetime(raw) == expected


def test_unreadable_timestamp_stays_a_string() -> None:
    assert parse_datetime("soon-ish") == "soon-ish"


def test_model_with_unreadable_timestamp_round_trips() -> None:
    data = {"object": "email", "id": "e1", "to": ["a@example.com"], "from": "b@example.com", "subject": "Hi"}

    email = Email.from_dict({**data, "created_at": "not a time"})

    assert email.to_dict()["created_at"] == "not a time"


def test_dateutil_imported_only_when_needed() -> None:
    script = (
        "import sys\n"
        "from resend_client._datetime import parse_datetime\n"
        "parse_datetime('2025-10-08 03:24:02.123456+00')\n"
        "print('dateutil' in sys.modules)\n"
        "parse_datetime('Wed, 08 Oct 2025 03:24:02 GMT')\n"
        "print('dateutil' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)

    assert result.stdout.split() == ["False", "True"]

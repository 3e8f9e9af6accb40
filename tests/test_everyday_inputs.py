"""Attachments from bytes and files, send times as datetimes, and readable model reprs."""

import base64
import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from resend_client import InvalidRequestError, Resend, attachment_from_bytes, attachment_from_path
from resend_client.models import Attachment, Contact, Email

from tests.sandbox import Sandbox

API_KEY = "re_everyday_inputs_key"
SENDER = "Acme <onboarding@resend.dev>"
RECIPIENT = "delivered@resend.dev"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(api_keys=(API_KEY,), rate_limit=None) as server:
        yield server


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Resend]:
    with Resend(API_KEY, base_url=sandbox.base_url) as resend:
        yield resend


def test_attachment_from_bytes_guesses_type() -> None:
    attachment = attachment_from_bytes(b"%PDF-1.7 invoice", "invoice.pdf")

    assert base64.b64decode(attachment.content) == b"%PDF-1.7 invoice"
    assert (attachment.filename, attachment.content_type) == ("invoice.pdf", "application/pdf")


def test_attachment_from_path_reads_the_file(tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    report.write_bytes(b"day,sent\n1,42\n")

    attachment = attachment_from_path(report, content_id="chart")

    assert base64.b64decode(attachment.content) == b"day,sent\n1,42\n"
    assert (attachment.filename, attachment.content_type, attachment.content_id) == ("report.csv", "text/csv", "chart")


def test_unknown_extension_falls_back_to_octet_stream() -> None:
    assert attachment_from_bytes(b"\x00", "blob.zzz-unknown").content_type == "application/octet-stream"


def test_missing_attachment_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="cannot read the attachment .*missing.pdf.*No such file"):
        attachment_from_path(tmp_path / "missing.pdf")


def test_attachment_from_a_file_is_delivered(client: Resend, sandbox: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("Remember the meeting.")

    sent = client.emails.send(
        from_=SENDER,
        to=RECIPIENT,
        subject="Notes",
        text="Attached.",
        attachments=[attachment_from_path(tmp_path / "notes.txt"), attachment_from_bytes(b"x", "x.txt")],
    )

    stored = next(request for request in sandbox.requests if request.path == "/emails" and request.method == "POST")
    assert sent.id
    assert b'"filename":"notes.txt"' in stored.body
    assert b'"content_type":"text/plain"' in stored.body


def test_aware_datetime_schedules_the_email(client: Resend) -> None:
    when = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=2))) + datetime.timedelta(days=1)

    sent = client.emails.send(from_=SENDER, to=RECIPIENT, subject="Later", text="x", scheduled_at=when)
    email = client.emails.get(sent.id)

    assert isinstance(email.scheduled_at, datetime.datetime)
    assert abs(email.scheduled_at - when) < datetime.timedelta(seconds=1)


def test_string_forms_of_the_send_time_still_work(client: Resend) -> None:
    sent = client.emails.send(from_=SENDER, to=RECIPIENT, subject="Later", text="x", scheduled_at="in 2 hours")
    moved = client.emails.update(sent.id, scheduled_at="2031-01-01T09:00:00Z")

    assert moved.id == sent.id


def test_naive_datetime_is_refused_before_sending(client: Resend, sandbox: Sandbox) -> None:
    received = len(sandbox.requests)

    with pytest.raises(InvalidRequestError, match="naive datetime 2030-01-01T09:00:00 has no time zone"):
        client.emails.send(
            from_=SENDER, to=RECIPIENT, subject="Later", text="x", scheduled_at=datetime.datetime(2030, 1, 1, 9)
        )

    assert len(sandbox.requests) == received


def test_repr_lists_only_the_fields_that_are_set() -> None:
    contact = Contact.from_dict({"id": "c1", "email": "a@example.com", "first_name": None, "plan": "pro"})

    assert repr(contact) == (
        "Contact(id='c1', email='a@example.com', first_name=None, additional_properties={'plan': 'pro'})"
    )
    assert repr(Attachment(filename="a.txt")) == "Attachment(filename='a.txt')"
    assert "UNSET" not in repr(
        Email.from_dict(
            {
                "id": "e1",
                "to": [],
                "from": "a@b.c",
                "subject": "s",
                "object": "email",
                "created_at": "2025-10-08T03:24:02Z",
            }
        )
    )


def test_repr_shortens_long_content() -> None:
    attachment = attachment_from_bytes(b"x" * 600, "big.bin")

    assert repr(attachment) == (
        "Attachment(content='eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4'... (800 characters), "
        "filename='big.bin', content_type='application/octet-stream')"
    )

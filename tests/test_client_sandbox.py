"""The generated client against the local sandbox: real requests, validation, limits and idempotency."""

import base64
import datetime
from collections.abc import Iterator

import pytest
from resend_client import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Resend,
    UnprocessableEntityError,
)
from resend_client.models import Tag
from resend_client.types import Unset

from tests.sandbox import Sandbox

API_KEY = "re_sandbox_client_tests"
OTHER_TEAM_KEY = "re_sandbox_other_team"
SENDER = "Acme <onboarding@resend.dev>"
RECIPIENT = "delivered@resend.dev"


class FakeClock:
    """Monotonic seconds that only move when a test advances them."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(api_keys=(API_KEY, OTHER_TEAM_KEY), rate_limit=2, window_seconds=1.0, clock=clock) as server:
        yield server


@pytest.fixture
def unlimited_sandbox() -> Iterator[Sandbox]:
    with Sandbox(api_keys=(API_KEY,), rate_limit=None) as server:
        yield server


@pytest.fixture
def client(unlimited_sandbox: Sandbox) -> Iterator[Resend]:
    with Resend(API_KEY, base_url=unlimited_sandbox.base_url, timeout=10) as resend:
        yield resend


def test_sent_email_can_be_fetched(client: Resend, unlimited_sandbox: Sandbox) -> None:
    attachment = base64.b64encode(b"receipt").decode()

    sent = client.emails.send(
        from_=SENDER,
        to=[RECIPIENT],
        subject="Receipt",
        html="<p>Thanks</p>",
        tags=[Tag(name="category", value="receipt")],
        attachments=[{"filename": "receipt.txt", "content": attachment}],
    )
    fetched = client.emails.get(sent.id)

    assert fetched.id == sent.id
    assert fetched.subject == "Receipt"
    assert fetched.to == [RECIPIENT]
    assert fetched.from_ == SENDER
    assert fetched.html == "<p>Thanks</p>"
    stored = unlimited_sandbox.emails(API_KEY)
    assert len(stored) == 1
    assert stored[0]["tags"] == [{"name": "category", "value": "receipt"}]


def test_list_pages_through_sent_emails(client: Resend) -> None:
    ids = [client.emails.send(from_=SENDER, to=RECIPIENT, subject=f"n{i}", text="x").id for i in range(3)]

    first = client.emails.list(limit=2)
    second = client.emails.list(limit=2, after=first.data[-1].id)

    assert first.has_more is True
    assert second.has_more is False
    assert [email.id for email in first.data + second.data] == list(reversed(ids))


def test_scheduled_email_can_be_rescheduled_and_cancelled(client: Resend) -> None:
    sent = client.emails.send(
        from_=SENDER, to=RECIPIENT, subject="Later", text="x", scheduled_at="2030-01-01T10:00:00Z"
    )

    rescheduled = client.emails.update(sent.id, scheduled_at="2030-01-02T10:00:00Z")
    cancelled = client.emails.cancel(sent.id)

    assert rescheduled.id == sent.id
    assert cancelled.id == sent.id
    assert client.emails.get(sent.id).last_event == "canceled"


def test_batch_send_returns_one_id_per_email(client: Resend, unlimited_sandbox: Sandbox) -> None:
    result = client.emails.send_batch(
        emails=[
            {"from": SENDER, "to": RECIPIENT, "subject": "One", "text": "1"},
            {"from": SENDER, "to": [RECIPIENT], "subject": "Two", "html": "<b>2</b>"},
        ]
    )

    assert len(result.data) == 2
    assert {item.id for item in result.data} == {email["id"] for email in unlimited_sandbox.emails(API_KEY)}


def test_validation_error_names_the_field(client: Resend, unlimited_sandbox: Sandbox) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client.emails.send(from_=SENDER, to=[], subject="Nobody", text="x")

    assert caught.value.code == "validation_error"
    assert "`to`" in caught.value.message
    assert unlimited_sandbox.emails(API_KEY) == []


def test_invalid_limit_is_rejected(client: Resend) -> None:
    with pytest.raises(UnprocessableEntityError, match="limit"):
        client.emails.list(limit=500)


def test_unknown_email_raises_not_found(client: Resend) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.emails.get("00000000-0000-4000-8000-000000000000")

    assert caught.value.code == "not_found"


def test_unknown_key_raises_permission_denied(unlimited_sandbox: Sandbox) -> None:
    with (
        Resend("re_not_a_sandbox_key", base_url=unlimited_sandbox.base_url) as resend,
        pytest.raises(PermissionDeniedError) as caught,
    ):
        resend.emails.list()

    assert caught.value.code == "invalid_api_key"


def test_missing_authorization_raises_authentication_error(client: Resend) -> None:
    with pytest.raises(AuthenticationError) as caught:
        client.emails.list(extra_headers={"Authorization": ""})

    assert caught.value.code == "missing_api_key"


def test_same_idempotency_key_sends_once(client: Resend, unlimited_sandbox: Sandbox) -> None:
    first = client.emails.send(from_=SENDER, to=RECIPIENT, subject="Once", text="x", idempotency_key="order-1")
    again = client.emails.send(from_=SENDER, to=RECIPIENT, subject="Once", text="x", idempotency_key="order-1")

    assert again.id == first.id
    assert unlimited_sandbox.delivery_count(API_KEY, "order-1") == 1
    assert len(unlimited_sandbox.emails(API_KEY)) == 1


def test_reused_idempotency_key_with_new_payload_conflicts(client: Resend, unlimited_sandbox: Sandbox) -> None:
    client.emails.send(from_=SENDER, to=RECIPIENT, subject="First", text="x", idempotency_key="order-2")

    with pytest.raises(ConflictError) as caught:
        client.emails.send(from_=SENDER, to=RECIPIENT, subject="Second", text="x", idempotency_key="order-2")

    assert caught.value.code == "invalid_idempotent_request"
    assert unlimited_sandbox.delivery_count(API_KEY, "order-2") == 1


def test_rate_limit_headers_count_down(sandbox: Sandbox) -> None:
    with Resend(API_KEY, base_url=sandbox.base_url) as resend:
        first = resend.emails.with_raw_response.list()
        second = resend.emails.with_raw_response.list()

    assert first.rate_limit.limit == 2
    assert first.rate_limit.remaining == 1
    assert second.rate_limit.remaining == 0
    assert first.rate_limit.policy == "2;w=1"
    assert first.rate_limit.reset is not None and first.rate_limit.reset >= 1


def test_exceeding_the_limit_raises_rate_limit_error(sandbox: Sandbox, clock: FakeClock) -> None:
    with Resend(API_KEY, base_url=sandbox.base_url) as resend:
        resend.emails.list()
        resend.emails.list()
        with pytest.raises(RateLimitError) as caught:
            resend.emails.list()

        clock.now += 1.0
        after_window = resend.emails.with_raw_response.list()

    assert caught.value.code == "rate_limit_exceeded"
    assert caught.value.rate_limit.retry_after is not None and caught.value.rate_limit.retry_after >= 1
    assert caught.value.rate_limit.remaining == 0
    assert after_window.rate_limit.remaining == 1


def test_teams_have_separate_limits(sandbox: Sandbox) -> None:
    with Resend(API_KEY, base_url=sandbox.base_url) as team, Resend(OTHER_TEAM_KEY, base_url=sandbox.base_url) as other:
        team.emails.list()
        team.emails.list()

        other_page = other.emails.with_raw_response.list()

    assert other_page.rate_limit.remaining == 1


@pytest.mark.parametrize(
    ("fields", "field_name"),
    [
        ({"from_": "not-an-address", "to": RECIPIENT, "subject": "Hi"}, "from"),
        ({"from_": SENDER, "to": "", "subject": "Hi"}, "to"),
        ({"from_": SENDER, "to": [""], "subject": "Hi"}, "to"),
        ({"from_": SENDER, "to": RECIPIENT, "subject": ""}, "subject"),
    ],
)
def test_malformed_fields_are_rejected(
    client: Resend, unlimited_sandbox: Sandbox, fields: dict[str, str], field_name: str
) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client.emails.send(**fields, text="x")  # type: ignore[arg-type]

    assert f"`{field_name}`" in caught.value.message
    assert unlimited_sandbox.emails(API_KEY) == []


def test_email_without_body_is_rejected(client: Resend, unlimited_sandbox: Sandbox) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client.emails.send(from_=SENDER, to=RECIPIENT, subject="Empty")

    assert caught.value.code == "missing_required_field"
    assert caught.value.message == "Missing `html`, `text` or `template` field."
    assert unlimited_sandbox.emails(API_KEY) == []


def test_attachment_without_content_or_path_is_rejected(client: Resend, unlimited_sandbox: Sandbox) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client.emails.send(from_=SENDER, to=RECIPIENT, subject="File", text="x", attachments=[{"filename": "a.txt"}])

    assert caught.value.message == "Missing `content` or `path` field in `attachments[0]`."
    assert unlimited_sandbox.emails(API_KEY) == []


def test_permissive_batch_lists_email_without_body(client: Resend, unlimited_sandbox: Sandbox) -> None:
    result = client.emails.send_batch(
        emails=[
            {"from": SENDER, "to": RECIPIENT, "subject": "One", "text": "1"},
            {"from": SENDER, "to": RECIPIENT, "subject": "Two"},
        ],
        x_batch_validation="permissive",
    )

    assert len(result.data) == 1
    assert not isinstance(result.errors, Unset)
    assert [(error.index, error.message) for error in result.errors] == [
        (1, "Missing `html`, `text` or `template` field.")
    ]
    assert len(unlimited_sandbox.emails(API_KEY)) == 1


@pytest.mark.parametrize(
    ("scheduled_at", "expected"),
    [
        ("2001-01-01T00:00:00Z", "must be in the future"),
        ("tomorrow-ish", "is not a time"),
        ("2030-02-30T00:00:00Z", "is not a time"),
        ("", "`scheduled_at`"),
    ],
)
def test_unusable_send_time_is_rejected(
    client: Resend, unlimited_sandbox: Sandbox, scheduled_at: str, expected: str
) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client.emails.send(from_=SENDER, to=RECIPIENT, subject="Later", text="x", scheduled_at=scheduled_at)

    assert expected in caught.value.message
    assert unlimited_sandbox.emails(API_KEY) == []


def test_relative_send_time_is_scheduled(client: Resend) -> None:
    sent = client.emails.send(from_=SENDER, to=RECIPIENT, subject="Later", text="x", scheduled_at="in 1 hour")

    email = client.emails.get(sent.id)

    assert email.last_event == "scheduled"
    assert isinstance(email.scheduled_at, datetime.datetime)
    later = email.scheduled_at - datetime.datetime.now(datetime.UTC)
    assert datetime.timedelta(minutes=59) < later <= datetime.timedelta(hours=1)


def test_rescheduling_into_the_past_is_rejected(client: Resend) -> None:
    sent = client.emails.send(from_=SENDER, to=RECIPIENT, subject="Later", text="x", scheduled_at="in 2 days")

    with pytest.raises(UnprocessableEntityError, match="must be in the future"):
        client.emails.update(sent.id, scheduled_at="2001-01-01T00:00:00Z")


def test_email_header_with_line_break_is_rejected(client: Resend, unlimited_sandbox: Sandbox) -> None:
    with pytest.raises(UnprocessableEntityError, match="headers"):
        client.emails.send(
            from_=SENDER, to=RECIPIENT, subject="Hi", text="x", headers={"X-Note": "a\r\nBcc: other@example.com"}
        )

    assert unlimited_sandbox.emails(API_KEY) == []


def test_attachment_content_must_be_base64(client: Resend, unlimited_sandbox: Sandbox) -> None:
    with pytest.raises(UnprocessableEntityError, match="attachments"):
        client.emails.send(
            from_=SENDER,
            to=RECIPIENT,
            subject="File",
            text="x",
            attachments=[{"filename": "a.txt", "content": "not base64!!"}],
        )

    assert unlimited_sandbox.emails(API_KEY) == []

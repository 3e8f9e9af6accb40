"""Every Emails call over a real loopback socket: what goes on the wire and what comes back."""

import base64
import datetime

import pytest
from resend_client import Resend
from resend_client.models import Attachment, BatchEmail, Email, EmailReference, Tag

from tests.conftest import TEST_API_KEY
from tests.scripted_server import ScriptedServer, json_reply

EMAIL_ID = "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"
SECOND_ID = "9d5c8a3e-1b7f-4c26-8e0a-5f3b2d1c4a6e"
SENDER = "Acme <onboarding@resend.dev>"

STORED_EMAIL = {
    "object": "email",
    "id": EMAIL_ID,
    "to": ["delivered@resend.dev"],
    "from": SENDER,
    "created_at": "2025-10-08 03:24:02.123456+00",
    "subject": "Hello",
    "html": "<p>Hi</p>",
    "text": None,
    "bcc": None,
    "cc": None,
    "reply_to": None,
    "last_event": "delivered",
}


def test_send_posts_json_field_names(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}))

    sent = client.emails.send(from_=SENDER, to=["delivered@resend.dev"], subject="Hello", html="<p>Hi</p>")

    request = scripted.requests[0]
    assert sent.id == EMAIL_ID
    assert request.method == "POST"
    assert request.path == "/emails"
    assert request.json() == {
        "from": SENDER,
        "to": ["delivered@resend.dev"],
        "subject": "Hello",
        "html": "<p>Hi</p>",
    }


def test_send_leaves_unset_fields_out(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}))

    client.emails.send(from_=SENDER, to="delivered@resend.dev", subject="Hello", text="plain")

    body = scripted.requests[0].json()
    assert set(body) == {"from", "to", "subject", "text"}


def test_send_without_a_key_gets_a_generated_one(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}), json_reply(200, {"id": EMAIL_ID}))

    client.emails.send(from_=SENDER, to="delivered@resend.dev", subject="Hello", text="plain")
    client.emails.send(from_=SENDER, to="delivered@resend.dev", subject="Hello", text="plain")

    first, second = (request.headers["idempotency-key"] for request in scripted.requests)
    assert len(first) == 36
    assert first != second


def test_given_idempotency_key_is_sent_as_is(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}))

    client.emails.send(from_=SENDER, to="a@example.com", subject="Hi", text="x", idempotency_key="order-1042")

    assert scripted.requests[0].headers["idempotency-key"] == "order-1042"


@pytest.mark.parametrize(
    "recipients",
    ["delivered@resend.dev", ["delivered@resend.dev"], ["a@example.com", "b@example.com"]],
)
def test_send_keeps_to_as_given(client: Resend, scripted: ScriptedServer, recipients: str | list[str]) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}))

    client.emails.send(from_=SENDER, to=recipients, subject="Hello", text="plain")

    assert scripted.requests[0].json()["to"] == recipients


def test_send_accepts_models_and_dicts_for_nested_values(client: Resend, scripted: ScriptedServer) -> None:
    content = base64.b64encode(b"invoice total: 42").decode()
    scripted.queue(json_reply(200, {"id": EMAIL_ID}))

    client.emails.send(
        from_=SENDER,
        to=["delivered@resend.dev"],
        subject="Invoice",
        text="Attached.",
        attachments=[Attachment(filename="invoice.txt", content=content)],
        tags=[Tag(name="category", value="invoice"), {"name": "plan", "value": "pro"}],
        headers={"X-Entity-Ref-ID": "123"},
        cc=("copy@example.com",),
    )

    body = scripted.requests[0].json()
    assert body["attachments"] == [{"filename": "invoice.txt", "content": content}]
    assert body["tags"] == [{"name": "category", "value": "invoice"}, {"name": "plan", "value": "pro"}]
    assert body["headers"] == {"X-Entity-Ref-ID": "123"}
    assert body["cc"] == ["copy@example.com"]


def test_send_sends_idempotency_key_header(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}))

    client.emails.send(from_=SENDER, to="delivered@resend.dev", subject="Hi", text="x", idempotency_key="order-77")

    assert scripted.requests[0].headers["idempotency-key"] == "order-77"


def test_every_request_carries_auth_and_user_agent(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}))

    client.emails.send(from_=SENDER, to="delivered@resend.dev", subject="Hi", text="x")

    headers = scripted.requests[0].headers
    assert headers["authorization"] == f"Bearer {TEST_API_KEY}"
    assert headers["user-agent"].startswith("resend-client-python/")
    assert headers["content-type"] == "application/json"
    assert headers["accept"] == "application/json"


def test_send_batch_posts_the_array(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"data": [{"id": EMAIL_ID}, {"id": SECOND_ID}]}))

    result = client.emails.send_batch(
        emails=[
            BatchEmail(from_=SENDER, to="a@example.com", subject="One", text="1"),
            {"from": SENDER, "to": ["b@example.com"], "subject": "Two", "html": "<b>2</b>"},
        ],
        idempotency_key="batch-1",
        x_batch_validation="permissive",
    )

    request = scripted.requests[0]
    assert request.path == "/emails/batch"
    assert request.json() == [
        {"from": SENDER, "to": "a@example.com", "subject": "One", "text": "1"},
        {"from": SENDER, "to": ["b@example.com"], "subject": "Two", "html": "<b>2</b>"},
    ]
    assert request.headers["idempotency-key"] == "batch-1"
    assert request.headers["x-batch-validation"] == "permissive"
    assert [item.id for item in result.data] == [EMAIL_ID, SECOND_ID]


def test_list_sends_pagination_query(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "list", "has_more": True, "data": [STORED_EMAIL]}))

    page = client.emails.list(limit=1, after=SECOND_ID)

    request = scripted.requests[0]
    assert request.method == "GET"
    assert request.path == "/emails"
    assert request.query == {"limit": ["1"], "after": [SECOND_ID]}
    assert request.body == b""
    assert "content-type" not in request.headers
    assert page.has_more is True
    assert isinstance(page.data[0], Email)
    assert page.data[0].from_ == SENDER


def test_list_without_arguments_sends_no_query(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "list", "has_more": False, "data": []}))

    page = client.emails.list()

    assert scripted.requests[0].query == {}
    assert page.data == []


def test_get_parses_email(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {**STORED_EMAIL, "brand_new_field": 1}))

    email = client.emails.get(EMAIL_ID)

    assert scripted.requests[0].path == f"/emails/{EMAIL_ID}"
    assert email.id == EMAIL_ID
    assert email.created_at == datetime.datetime(2025, 10, 8, 3, 24, 2, 123456, tzinfo=datetime.UTC)
    assert email.text is None
    assert email.last_event == "delivered"
    assert email.additional_properties == {"brand_new_field": 1}


def test_path_parameter_is_percent_encoded(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, STORED_EMAIL))

    client.emails.get("../domains/x?y")

    assert scripted.requests[0].path == "/emails/..%2Fdomains%2Fx%3Fy"


def test_update_sends_scheduled_at(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "email", "id": EMAIL_ID}))

    result = client.emails.update(EMAIL_ID, scheduled_at="2026-12-24T09:00:00Z")

    request = scripted.requests[0]
    assert request.method == "PATCH"
    assert request.path == f"/emails/{EMAIL_ID}"
    assert request.json() == {"scheduled_at": "2026-12-24T09:00:00Z"}
    assert isinstance(result, EmailReference)
    assert result.id == EMAIL_ID


def test_cancel_posts_without_body(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "email", "id": EMAIL_ID}))

    result = client.emails.cancel(EMAIL_ID)

    request = scripted.requests[0]
    assert request.method == "POST"
    assert request.path == f"/emails/{EMAIL_ID}/cancel"
    assert request.body == b""
    assert result.object_ == "email"


def test_extra_options_reach_the_wire(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}))

    client.emails.send(
        from_=SENDER,
        to="delivered@resend.dev",
        subject="Hi",
        text="x",
        extra_headers={"X-Trace": "abc"},
        extra_query={"debug": "1"},
        extra_body={"topic_id": "t-1"},
        timeout=3.5,
    )

    request = scripted.requests[0]
    assert request.headers["x-trace"] == "abc"
    assert request.query == {"debug": ["1"]}
    assert request.json()["topic_id"] == "t-1"


def test_raw_response_has_rate_limit(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"id": EMAIL_ID}, headers={"ratelimit-remaining": "0"}))

    raw = client.emails.with_raw_response.send(from_=SENDER, to="delivered@resend.dev", subject="Hi", text="x")

    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.rate_limit.limit == 2
    assert raw.rate_limit.remaining == 0
    assert raw.rate_limit.reset == 1
    assert raw.rate_limit.policy == "2;w=1"
    assert raw.rate_limit.retry_after is None
    assert raw.parsed.id == EMAIL_ID


def test_every_operation_has_a_raw_twin(client: Resend) -> None:
    for name in ("send", "send_batch", "list", "get", "update", "cancel"):
        assert callable(getattr(client.emails, name))
        assert callable(getattr(client.emails.with_raw_response, name))


def test_repr_leaves_out_unset_fields(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "email", "id": EMAIL_ID}))

    result = client.emails.cancel(EMAIL_ID)

    assert repr(result) == f"EmailReference(object_='email', id='{EMAIL_ID}')"
    assert "UNSET" not in repr(Email(object_="email", id="x", to=[], from_="a", created_at="t", subject="s"))

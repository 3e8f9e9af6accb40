"""Tests of the sandbox server over a real loopback socket, with plain httpx.

Every 2xx response that a test client receives is validated against ``openapi/resend.yaml`` with
openapi-core, through a response hook on the client.
"""

import contextlib
import json
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tests.sandbox import Sandbox

REPOSITORY = Path(__file__).resolve().parents[1]
DESCRIPTION = OpenAPI.from_file_path(str(REPOSITORY / "openapi" / "resend.yaml"))
# Responses are validated as if they came from the described server, which the sandbox replaces.
DESCRIBED_SERVER = "https://api.resend.com"

KEY = "re_test_key"
OTHER_KEY = "re_other_key"
EMAIL = {
    "from": "Acme <onboarding@resend.dev>",
    "to": ["delivered@resend.dev"],
    "subject": "Your order has shipped",
    "text": "Your order #1042 has shipped.",
}
SCHEDULED_EMAIL = {**EMAIL, "scheduled_at": "2030-01-01T10:00:00Z"}
RATE_LIMIT_HEADERS = ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "ratelimit-policy")
RFC3339_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$")
# Bounds the waits on threads and processes, so a broken sandbox fails a test instead of hanging it.
WAIT_SECONDS = 10


class FakeClock:
    """Monotonic clock that moves only when a test advances it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class _CoreRequest:
    def __init__(self, request: httpx.Request) -> None:
        self.host_url = DESCRIBED_SERVER
        self.path = request.url.path
        self.method = request.method.lower()
        self.body: bytes | None = request.content
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(dict(request.headers)),
        )


class _CoreResponse:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(dict(response.headers))
        self.content_type = response.headers.get("content-type", "")
        self.data: bytes | None = response.content


def description_errors(response: httpx.Response) -> list[str]:
    """List the ways a response differs from the description."""
    result = DESCRIPTION.unmarshal_response(_CoreRequest(response.request), _CoreResponse(response))
    return [f"{error}: {error.__cause__}" for error in result.errors]


def check_success(response: httpx.Response) -> None:
    response.read()
    if response.is_success:
        errors = description_errors(response)
        assert not errors, f"{response.request.method} {response.request.url.path}: {errors}"


def make_client(sandbox: Sandbox, api_key: str | None = KEY) -> httpx.Client:
    headers = {"authorization": f"Bearer {api_key}"} if api_key is not None else {}
    return httpx.Client(
        base_url=sandbox.base_url, headers=headers, timeout=WAIT_SECONDS, event_hooks={"response": [check_success]}
    )


def assert_error(response: httpx.Response, status: int, name: str) -> str:
    """Check that the response is the API's error body with this status and name; return its message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    body = response.json()
    assert set(body) == {"statusCode", "message", "name"}
    assert body["statusCode"] == status
    assert body["name"] == name
    assert isinstance(body["message"], str)
    return str(body["message"])


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(api_keys=(KEY, OTHER_KEY), rate_limit=None, clock=clock) as running:
        yield running


@pytest.fixture
def limited(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(api_keys=(KEY, OTHER_KEY), rate_limit=2, window_seconds=1.0, clock=clock) as running:
        yield running


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with make_client(sandbox) as client:
        yield client


def send(client: httpx.Client, email: dict[str, Any] | None = None, **headers: str) -> httpx.Response:
    return client.post("/emails", json=EMAIL if email is None else email, headers=headers)


# Authentication


def test_missing_key_gets_401(sandbox: Sandbox) -> None:
    with make_client(sandbox, api_key=None) as client:
        response = send(client)

    assert_error(response, 401, "missing_api_key")
    assert sandbox.emails(KEY) == []


def test_non_bearer_authorization_gets_401(sandbox: Sandbox) -> None:
    with make_client(sandbox, api_key=None) as client:
        response = client.get("/emails", headers={"authorization": f"Basic {KEY}"})

    assert_error(response, 401, "missing_api_key")


def test_unknown_key_gets_403(sandbox: Sandbox) -> None:
    with make_client(sandbox, api_key="re_unknown") as client:
        response = send(client)

    assert_error(response, 403, "invalid_api_key")
    assert sandbox.emails(KEY) == []


def test_auth_is_checked_before_validation(sandbox: Sandbox) -> None:
    with make_client(sandbox, api_key=None) as client:
        response = client.post("/emails", content=b"not json", headers={"content-type": "application/json"})

    assert_error(response, 401, "missing_api_key")


# Validation


def test_missing_to_gets_422_naming_field(api: httpx.Client) -> None:
    email = {name: value for name, value in EMAIL.items() if name != "to"}

    message = assert_error(send(api, email), 422, "missing_required_field")

    assert message == "Missing `to` field."


def test_invalid_nested_field_is_named(api: httpx.Client) -> None:
    email = {**EMAIL, "tags": [{"name": "has space", "value": "x"}]}

    message = assert_error(send(api, email), 422, "validation_error")

    assert "`tags[0].name`" in message


def test_empty_recipient_list_gets_422(api: httpx.Client) -> None:
    message = assert_error(send(api, {**EMAIL, "to": []}), 422, "validation_error")

    assert "`to`" in message


@pytest.mark.parametrize("limit", ["0", "101", "ten"])
def test_limit_out_of_range_gets_422(api: httpx.Client, limit: str) -> None:
    message = assert_error(api.get("/emails", params={"limit": limit}), 422, "validation_error")

    assert message.startswith("Invalid `limit` parameter: ")


def test_after_with_before_gets_422(api: httpx.Client) -> None:
    first = send(api).json()["id"]
    second = send(api).json()["id"]

    response = api.get("/emails", params={"after": first, "before": second})

    message = assert_error(response, 422, "validation_error")
    assert "`after`" in message
    assert "`before`" in message


def test_non_json_body_gets_400(api: httpx.Client, sandbox: Sandbox) -> None:
    response = api.post("/emails", content=b"{not json", headers={"content-type": "application/json"})

    assert_error(response, 400, "validation_error")
    assert sandbox.emails(KEY) == []


def test_form_body_gets_400(api: httpx.Client) -> None:
    response = api.post("/emails", data={"to": "delivered@resend.dev"})

    message = assert_error(response, 400, "validation_error")
    assert "`content-type`" in message


def test_empty_body_gets_422(api: httpx.Client) -> None:
    response = api.post("/emails", headers={"content-type": "application/json"})

    assert_error(response, 422, "missing_required_field")


def test_unknown_path_gets_404(api: httpx.Client) -> None:
    assert_error(api.get("/newsletters"), 404, "not_found")


def test_wrong_method_gets_405(api: httpx.Client) -> None:
    response = api.delete("/emails")

    assert_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET, POST"


# Rate limiting


def _ok(client: httpx.Client) -> httpx.Response:
    return client.get("/emails")


def _no_key(client: httpx.Client) -> httpx.Response:
    return client.get("/emails", headers={"authorization": ""})


def _unknown_key(client: httpx.Client) -> httpx.Response:
    return client.get("/emails", headers={"authorization": "Bearer re_unknown"})


def _unknown_path(client: httpx.Client) -> httpx.Response:
    return client.get("/newsletters")


def _wrong_method(client: httpx.Client) -> httpx.Response:
    return client.put("/emails")


def _invalid_field(client: httpx.Client) -> httpx.Response:
    return client.post("/emails", json={"from": "a@example.com"})


def _not_json(client: httpx.Client) -> httpx.Response:
    return client.post("/emails", content=b"{", headers={"content-type": "application/json"})


def _unknown_email(client: httpx.Client) -> httpx.Response:
    return client.get("/emails/4ef9a417-02e9-4d39-ad75-9611e0fcc33c")


def _idempotency_conflict(client: httpx.Client) -> httpx.Response:
    send(client, **{"Idempotency-Key": "conflict"})
    return send(client, {**EMAIL, "subject": "Changed"}, **{"Idempotency-Key": "conflict"})


def _past_limit(client: httpx.Client) -> httpx.Response:
    _ok(client)
    _ok(client)
    return _ok(client)


@pytest.mark.parametrize(
    ("make_request", "status"),
    [
        (_ok, 200),
        (_no_key, 401),
        (_unknown_key, 403),
        (_unknown_path, 404),
        (_unknown_email, 404),
        (_wrong_method, 405),
        (_invalid_field, 422),
        (_not_json, 400),
        (_idempotency_conflict, 409),
        (_past_limit, 429),
    ],
)
def test_rate_limit_headers_on_every_response(
    limited: Sandbox, make_request: Callable[[httpx.Client], httpx.Response], status: int
) -> None:
    with make_client(limited) as client:
        response = make_request(client)

    assert response.status_code == status
    for name in RATE_LIMIT_HEADERS:
        assert name in response.headers, name
    assert response.headers["ratelimit-limit"] == "2"
    assert response.headers["ratelimit-policy"] == "2;w=1"
    assert 0 <= int(response.headers["ratelimit-remaining"]) <= 2
    assert int(response.headers["ratelimit-reset"]) >= 1


def test_past_limit_gets_429_with_retry_after(limited: Sandbox) -> None:
    with make_client(limited) as client:
        first, second, third = _ok(client), _ok(client), _ok(client)

    assert first.headers["ratelimit-remaining"] == "1"
    assert second.headers["ratelimit-remaining"] == "0"
    message = assert_error(third, 429, "rate_limit_exceeded")
    assert "2 requests per second" in message
    assert third.headers["retry-after"] == "1"
    assert third.headers["ratelimit-remaining"] == "0"
    assert third.headers["ratelimit-reset"] == "1"


def test_window_recovers_after_reset(limited: Sandbox, clock: FakeClock) -> None:
    with make_client(limited) as client:
        _past_limit(client)
        clock.advance(0.5)
        still_limited = _ok(client)
        clock.advance(0.5)
        recovered = _ok(client)

    assert_error(still_limited, 429, "rate_limit_exceeded")
    assert recovered.status_code == 200
    assert recovered.headers["ratelimit-remaining"] == "1"


def test_rejected_requests_do_not_count(limited: Sandbox, clock: FakeClock) -> None:
    with make_client(limited) as client:
        _ok(client)
        _ok(client)
        rejected = [_ok(client) for _ in range(3)]
        clock.advance(1.0)
        after_window = [_ok(client), _ok(client)]

    assert [response.status_code for response in rejected] == [429, 429, 429]
    assert [response.status_code for response in after_window] == [200, 200]
    assert after_window[1].headers["ratelimit-remaining"] == "0"


def test_ratelimit_reset_counts_down(clock: FakeClock) -> None:
    with (
        Sandbox(api_keys=(KEY,), rate_limit=5, window_seconds=10, clock=clock) as sandbox,
        make_client(sandbox) as client,
    ):
        at_start = _ok(client)
        clock.advance(3.5)
        later = _ok(client)
        clock.advance(6.4)
        at_end = _ok(client)

    assert at_start.headers["ratelimit-policy"] == "5;w=10"
    assert at_start.headers["ratelimit-reset"] == "10"
    assert later.headers["ratelimit-reset"] == "7"
    assert at_end.headers["ratelimit-reset"] == "1"
    assert at_end.headers["ratelimit-remaining"] == "2"


def test_windows_are_independent_per_key(limited: Sandbox) -> None:
    with make_client(limited) as client, make_client(limited, OTHER_KEY) as other:
        assert _past_limit(client).status_code == 429
        response = _ok(other)

    assert response.status_code == 200
    assert response.headers["ratelimit-remaining"] == "1"


def test_requests_without_valid_key_not_counted(limited: Sandbox) -> None:
    with make_client(limited) as client:
        rejected = [_no_key(client), _unknown_key(client), _no_key(client)]
        response = _ok(client)

    assert [r.status_code for r in rejected] == [401, 403, 401]
    assert all(r.headers["ratelimit-remaining"] == "2" for r in rejected)
    assert response.headers["ratelimit-remaining"] == "1"


def test_rate_limit_none_disables_limit(api: httpx.Client) -> None:
    responses = [_ok(api) for _ in range(5)]

    assert [response.status_code for response in responses] == [200] * 5
    assert not any(name in responses[-1].headers for name in RATE_LIMIT_HEADERS)


# Idempotency


def test_idempotent_replay_returns_first_result(api: httpx.Client, sandbox: Sandbox) -> None:
    first = send(api, **{"Idempotency-Key": "order-1042"})
    # Same payload, different key order and spacing.
    replay = api.post(
        "/emails",
        content=json.dumps(dict(reversed(EMAIL.items())), indent=2).encode(),
        headers={"content-type": "application/json", "Idempotency-Key": "order-1042"},
    )

    assert first.status_code == 200
    assert replay.status_code == 200
    assert replay.json() == first.json()
    assert sandbox.delivery_count(KEY, "order-1042") == 1
    assert len(sandbox.emails(KEY)) == 1


def test_reused_key_other_payload_gets_409(api: httpx.Client, sandbox: Sandbox) -> None:
    send(api, **{"Idempotency-Key": "order-1042"})

    response = send(api, {**EMAIL, "subject": "Another subject"}, **{"Idempotency-Key": "order-1042"})

    assert_error(response, 409, "invalid_idempotent_request")
    assert sandbox.delivery_count(KEY, "order-1042") == 1
    assert len(sandbox.emails(KEY)) == 1


def test_idempotency_keys_scoped_per_api_key(sandbox: Sandbox) -> None:
    with make_client(sandbox) as client, make_client(sandbox, OTHER_KEY) as other:
        first = send(client, **{"Idempotency-Key": "shared"})
        second = send(other, {**EMAIL, "subject": "Other team"}, **{"Idempotency-Key": "shared"})

    assert first.status_code == 200
    assert second.status_code == 200
    assert first.json()["id"] != second.json()["id"]
    assert sandbox.delivery_count(KEY, "shared") == 1
    assert sandbox.delivery_count(OTHER_KEY, "shared") == 1


def test_concurrent_same_key_gets_409(sandbox: Sandbox) -> None:
    entered = threading.Event()
    release = threading.Event()

    def hold_send() -> None:
        entered.set()
        release.wait(WAIT_SECONDS)

    sandbox.send_hook = hold_send
    results: dict[str, httpx.Response] = {}

    def send_first() -> None:
        with make_client(sandbox) as client:
            results["first"] = send(client, **{"Idempotency-Key": "in-flight"})

    first_thread = threading.Thread(target=send_first)
    first_thread.start()
    try:
        assert entered.wait(WAIT_SECONDS), "the first request never reached the send"
        with make_client(sandbox) as client:
            second = send(client, **{"Idempotency-Key": "in-flight"})
    finally:
        release.set()
        first_thread.join(WAIT_SECONDS)

    assert_error(second, 409, "concurrent_idempotent_requests")
    assert results["first"].status_code == 200
    assert sandbox.delivery_count(KEY, "in-flight") == 1


@pytest.mark.parametrize("key", ["", "k" * 257])
def test_invalid_idempotency_key_gets_400(api: httpx.Client, sandbox: Sandbox, key: str) -> None:
    response = send(api, **{"Idempotency-Key": key})

    message = assert_error(response, 400, "invalid_idempotency_key")
    assert "`Idempotency-Key`" in message
    assert sandbox.emails(KEY) == []


def test_256_character_idempotency_key_accepted(api: httpx.Client, sandbox: Sandbox) -> None:
    response = send(api, **{"Idempotency-Key": "k" * 256})

    assert response.status_code == 200
    assert sandbox.delivery_count(KEY, "k" * 256) == 1


def test_invalid_request_leaves_key_unused(api: httpx.Client, sandbox: Sandbox) -> None:
    invalid = send(api, {"from": EMAIL["from"], "subject": "No recipient"}, **{"Idempotency-Key": "retry-me"})
    fixed = send(api, **{"Idempotency-Key": "retry-me"})

    assert_error(invalid, 422, "missing_required_field")
    assert fixed.status_code == 200
    assert sandbox.delivery_count(KEY, "retry-me") == 1


def test_idempotent_batch_replay(api: httpx.Client, sandbox: Sandbox) -> None:
    emails = [EMAIL, {**EMAIL, "subject": "Second"}]

    first = api.post("/emails/batch", json=emails, headers={"Idempotency-Key": "batch-1"})
    replay = api.post("/emails/batch", json=emails, headers={"Idempotency-Key": "batch-1"})

    assert first.status_code == 200
    assert replay.json() == first.json()
    assert sandbox.delivery_count(KEY, "batch-1") == 1
    assert len(sandbox.emails(KEY)) == 2


def test_idempotency_key_expires_after_24_hours(api: httpx.Client, sandbox: Sandbox, clock: FakeClock) -> None:
    first = send(api, **{"Idempotency-Key": "daily"})
    clock.advance(24 * 60 * 60)
    second = send(api, **{"Idempotency-Key": "daily"})

    assert second.status_code == 200
    assert second.json()["id"] != first.json()["id"]
    assert sandbox.delivery_count(KEY, "daily") == 2


# Emails


def test_sent_email_can_be_fetched(api: httpx.Client) -> None:
    email_id = send(api, {**EMAIL, "cc": "team@example.com"}).json()["id"]

    email = api.get(f"/emails/{email_id}").json()

    assert email["object"] == "email"
    assert email["id"] == email_id
    assert email["to"] == EMAIL["to"]
    assert email["cc"] == ["team@example.com"]
    assert email["bcc"] is None
    assert email["text"] == EMAIL["text"]
    assert email["html"] is None
    assert email["last_event"] == "delivered"
    assert email["scheduled_at"] is None
    assert RFC3339_TIMESTAMP.match(email["created_at"]), email["created_at"]


def test_scheduled_email_has_scheduled_last_event(api: httpx.Client) -> None:
    email_id = send(api, SCHEDULED_EMAIL).json()["id"]

    email = api.get(f"/emails/{email_id}").json()

    assert email["last_event"] == "scheduled"
    assert email["scheduled_at"] == "2030-01-01T10:00:00+00:00"


def test_unknown_email_gets_404(api: httpx.Client) -> None:
    assert_error(_unknown_email(api), 404, "not_found")


def test_emails_are_separate_per_key(sandbox: Sandbox) -> None:
    with make_client(sandbox) as client, make_client(sandbox, OTHER_KEY) as other:
        email_id = send(client).json()["id"]
        fetched = other.get(f"/emails/{email_id}")
        listed = other.get("/emails").json()

    assert_error(fetched, 404, "not_found")
    assert listed["data"] == []
    assert sandbox.emails(OTHER_KEY) == []
    assert [email["id"] for email in sandbox.emails(KEY)] == [email_id]


def test_sandbox_emails_keep_request_fields(api: httpx.Client, sandbox: Sandbox) -> None:
    tags = [{"name": "category", "value": "invoice"}]
    send(api, {**EMAIL, "tags": tags, "headers": {"X-Entity-Ref-ID": "1042"}})

    (stored,) = sandbox.emails(KEY)

    assert stored["tags"] == tags
    assert stored["headers"] == {"X-Entity-Ref-ID": "1042"}
    assert stored["subject"] == EMAIL["subject"]


def test_list_is_newest_first(api: httpx.Client) -> None:
    ids = [send(api).json()["id"] for _ in range(3)]

    listed = api.get("/emails").json()

    assert listed["object"] == "list"
    assert listed["has_more"] is False
    assert [email["id"] for email in listed["data"]] == list(reversed(ids))
    assert "html" not in listed["data"][0]


def test_list_paginates_with_after(api: httpx.Client) -> None:
    newest_first = list(reversed([send(api).json()["id"] for _ in range(5)]))

    first = api.get("/emails", params={"limit": 2}).json()
    second = api.get("/emails", params={"limit": 2, "after": first["data"][-1]["id"]}).json()
    third = api.get("/emails", params={"limit": 2, "after": second["data"][-1]["id"]}).json()

    assert [email["id"] for email in first["data"]] == newest_first[0:2]
    assert first["has_more"] is True
    assert [email["id"] for email in second["data"]] == newest_first[2:4]
    assert second["has_more"] is True
    assert [email["id"] for email in third["data"]] == newest_first[4:5]
    assert third["has_more"] is False


def test_list_paginates_with_before(api: httpx.Client) -> None:
    newest_first = list(reversed([send(api).json()["id"] for _ in range(5)]))

    page = api.get("/emails", params={"limit": 2, "before": newest_first[3]}).json()
    start = api.get("/emails", params={"limit": 2, "before": newest_first[2]}).json()

    assert [email["id"] for email in page["data"]] == newest_first[1:3]
    assert page["has_more"] is True
    assert [email["id"] for email in start["data"]] == newest_first[0:2]
    assert start["has_more"] is False


def test_list_default_limit_is_20(api: httpx.Client) -> None:
    for _ in range(21):
        send(api)

    listed = api.get("/emails").json()

    assert len(listed["data"]) == 20
    assert listed["has_more"] is True


def test_list_unknown_cursor_gets_422(api: httpx.Client) -> None:
    response = api.get("/emails", params={"after": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"})

    message = assert_error(response, 422, "validation_error")
    assert "`after`" in message


def test_reschedule_scheduled_email(api: httpx.Client) -> None:
    email_id = send(api, SCHEDULED_EMAIL).json()["id"]

    response = api.patch(f"/emails/{email_id}", json={"scheduled_at": "2030-02-01T08:30:00Z"})
    email = api.get(f"/emails/{email_id}").json()

    assert response.json() == {"object": "email", "id": email_id}
    assert email["scheduled_at"] == "2030-02-01T08:30:00+00:00"
    assert email["last_event"] == "scheduled"


def test_reschedule_delivered_email_gets_422(api: httpx.Client) -> None:
    email_id = send(api).json()["id"]

    response = api.patch(f"/emails/{email_id}", json={"scheduled_at": "2030-02-01T08:30:00Z"})

    message = assert_error(response, 422, "validation_error")
    assert "scheduled" in message


def test_reschedule_without_scheduled_at_gets_422(api: httpx.Client) -> None:
    email_id = send(api, SCHEDULED_EMAIL).json()["id"]

    message = assert_error(api.patch(f"/emails/{email_id}", json={}), 422, "missing_required_field")

    assert message == "Missing `scheduled_at` field."


def test_reschedule_unknown_email_gets_404(api: httpx.Client) -> None:
    response = api.patch("/emails/4ef9a417-02e9-4d39-ad75-9611e0fcc33c", json={"scheduled_at": "2030-02-01T08:30:00Z"})

    assert_error(response, 404, "not_found")


def test_cancel_scheduled_email(api: httpx.Client) -> None:
    email_id = send(api, SCHEDULED_EMAIL).json()["id"]

    response = api.post(f"/emails/{email_id}/cancel")
    email = api.get(f"/emails/{email_id}").json()

    assert response.json() == {"object": "email", "id": email_id}
    assert email["last_event"] == "canceled"


def test_canceled_email_cannot_change_again(api: httpx.Client) -> None:
    email_id = send(api, SCHEDULED_EMAIL).json()["id"]
    api.post(f"/emails/{email_id}/cancel")

    cancel_again = api.post(f"/emails/{email_id}/cancel")
    reschedule = api.patch(f"/emails/{email_id}", json={"scheduled_at": "2030-02-01T08:30:00Z"})

    assert_error(cancel_again, 422, "validation_error")
    assert_error(reschedule, 422, "validation_error")


def test_cancel_delivered_email_gets_422(api: httpx.Client) -> None:
    email_id = send(api).json()["id"]

    assert_error(api.post(f"/emails/{email_id}/cancel"), 422, "validation_error")
    assert api.get(f"/emails/{email_id}").json()["last_event"] == "delivered"


# Batch sending


def test_batch_sends_every_email(api: httpx.Client, sandbox: Sandbox) -> None:
    response = api.post("/emails/batch", json=[EMAIL, {**EMAIL, "subject": "Second"}])

    body = response.json()
    assert response.status_code == 200
    assert "errors" not in body
    assert [item["id"] for item in body["data"]] == [email["id"] for email in sandbox.emails(KEY)]
    assert [email["subject"] for email in sandbox.emails(KEY)] == [EMAIL["subject"], "Second"]


def test_strict_batch_rejects_whole_batch(api: httpx.Client, sandbox: Sandbox) -> None:
    invalid = {"from": EMAIL["from"], "subject": "No recipient"}

    response = api.post("/emails/batch", json=[EMAIL, invalid], headers={"x-batch-validation": "strict"})

    message = assert_error(response, 422, "missing_required_field")
    assert message == "Missing `to` field in the email at index 1."
    assert sandbox.emails(KEY) == []


def test_permissive_batch_skips_invalid_emails(api: httpx.Client, sandbox: Sandbox) -> None:
    emails = [{"from": EMAIL["from"], "subject": "No recipient"}, EMAIL, {**EMAIL, "to": []}]

    response = api.post("/emails/batch", json=emails, headers={"x-batch-validation": "permissive"})

    body = response.json()
    assert response.status_code == 200
    assert [item["id"] for item in body["data"]] == [email["id"] for email in sandbox.emails(KEY)]
    assert len(body["data"]) == 1
    assert [error["index"] for error in body["errors"]] == [0, 2]
    assert body["errors"][0]["message"] == "Missing `to` field."
    assert "`to`" in body["errors"][1]["message"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("attachments", [{"filename": "a.txt", "content": "YQ=="}]), ("scheduled_at", "2030-01-01T10:00:00Z")],
)
def test_batch_rejects_field(api: httpx.Client, sandbox: Sandbox, field: str, value: object) -> None:
    emails = [EMAIL, {**EMAIL, field: value}]

    strict = api.post("/emails/batch", json=emails)
    permissive = api.post("/emails/batch", json=emails, headers={"x-batch-validation": "permissive"})

    assert f"`{field}`" in assert_error(strict, 422, "validation_error")
    assert permissive.status_code == 200
    assert [error["index"] for error in permissive.json()["errors"]] == [1]
    assert len(sandbox.emails(KEY)) == 1


def test_invalid_batch_validation_header_gets_422(api: httpx.Client) -> None:
    response = api.post("/emails/batch", json=[EMAIL], headers={"x-batch-validation": "lenient"})

    message = assert_error(response, 422, "validation_error")
    assert "`x-batch-validation`" in message


def test_empty_batch_gets_422(api: httpx.Client) -> None:
    response = api.post("/emails/batch", json=[], headers={"x-batch-validation": "permissive"})

    assert_error(response, 422, "validation_error")


# Description checks


def test_success_checker_catches_invalid_response(sandbox: Sandbox) -> None:
    request = httpx.Request("POST", f"{sandbox.base_url}/emails", json=EMAIL)
    valid = httpx.Response(200, json={"id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"}, request=request)
    invalid = httpx.Response(200, json={"id": 42}, request=request)

    assert description_errors(valid) == []
    assert description_errors(invalid) != []


# Test API of the sandbox


def test_requests_are_recorded(api: httpx.Client, sandbox: Sandbox) -> None:
    api.get("/emails", params={"limit": 5}, headers={"X-Trace": "abc"})
    send(api)

    listed, sent = sandbox.requests

    assert (listed.method, listed.path, listed.query) == ("GET", "/emails", {"limit": "5"})
    assert listed.headers["x-trace"] == "abc"
    assert listed.headers["authorization"] == f"Bearer {KEY}"
    assert sent.method == "POST"
    assert json.loads(sent.body) == EMAIL


def test_reset_forgets_state(limited: Sandbox) -> None:
    with make_client(limited) as client:
        send(client, **{"Idempotency-Key": "before-reset"})
        assert _ok(client).headers["ratelimit-remaining"] == "0"
        limited.reset()
        after_reset = _ok(client)

    assert after_reset.headers["ratelimit-remaining"] == "1"
    assert limited.delivery_count(KEY, "before-reset") == 0
    assert limited.emails(KEY) == []
    assert [request.method for request in limited.requests] == ["GET"]


def test_stop_closes_socket(clock: FakeClock) -> None:
    with Sandbox(api_keys=(KEY,), clock=clock) as sandbox:
        port = int(sandbox.base_url.rsplit(":", 1)[1])

    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=WAIT_SECONDS).close()
    with pytest.raises(RuntimeError):
        _ = sandbox.base_url


@pytest.mark.parametrize(
    "settings",
    [
        {"api_keys": ()},
        {"api_keys": "re_single_string"},
        {"api_keys": ("",)},
        {"rate_limit": 0},
        {"window_seconds": 0},
    ],
)
def test_invalid_settings_raise(settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Sandbox(**settings)


def test_inspecting_unknown_api_key_raises(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError):
        sandbox.emails("re_unknown")
    with pytest.raises(ValueError):
        sandbox.delivery_count("re_unknown", "any")


def test_request_log_has_no_key_or_body(api: httpx.Client, caplog: pytest.LogCaptureFixture) -> None:
    secret_subject = "subject-that-must-not-be-logged"

    with caplog.at_level("INFO", logger="tests.sandbox"):
        send(api, {**EMAIL, "subject": secret_subject})

    messages = [record.getMessage() for record in caplog.records]
    assert messages == ["POST /emails 200"]
    assert not any(KEY in message or secret_subject in message for message in messages)


def test_server_makes_no_outbound_connections(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    hosts: list[str] = []
    original_connect = socket.socket.connect
    original_getaddrinfo = socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: Any) -> None:
        hosts.append(str(address[0]))
        if address[0] != "127.0.0.1":
            raise OSError(f"outbound connection to {address!r} blocked by the test")
        original_connect(self, address)

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        hosts.append(str(host))
        if host not in ("127.0.0.1", "localhost"):
            raise OSError(f"name lookup of {host!r} blocked by the test")
        return original_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    email = {**EMAIL, "attachments": [{"filename": "invoice.pdf", "path": "https://example.com/invoice.pdf"}]}

    with Sandbox(api_keys=(KEY,), rate_limit=None, clock=clock) as sandbox, make_client(sandbox) as client:
        response = send(client, email)

    assert response.status_code == 200
    assert sandbox.emails(KEY)[0]["attachments"] == email["attachments"]
    assert hosts, "the guard saw no connection at all"
    assert set(hosts) <= {"127.0.0.1", "localhost"}, hosts


# Command line


@contextlib.contextmanager
def running_cli(arguments: list[str], stop_signal: int = signal.SIGTERM) -> Iterator[tuple[str, list[str]]]:
    """Run ``python -m tests.sandbox`` and yield its base URL and an output list filled when it stops.

    The output list gets the exit code as text, then stdout and stderr.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.sandbox", *arguments],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Kill a sandbox that never prints its banner, so the test cannot hang on readline().
    watchdog = threading.Timer(WAIT_SECONDS, process.kill)
    watchdog.start()
    output: list[str] = []
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        watchdog.cancel()
        match = re.search(r"http://127\.0\.0\.1:\d+", banner)
        assert match, banner
        yield match.group(0), output
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.send_signal(stop_signal)
        try:
            stdout, stderr = process.communicate(timeout=WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
        output.extend([str(process.returncode), banner + stdout, stderr])


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_cli_serves_until_signal(stop_signal: int) -> None:
    secret_key = "re_cli_5ecret_key_value"
    arguments = ["--port", "0", "--api-key", secret_key, "--rate-limit", "3", "--window", "2"]

    with running_cli(arguments, stop_signal) as (base_url, output):
        response = httpx.get(f"{base_url}/emails", headers={"authorization": f"Bearer {secret_key}"})

    returncode, stdout, stderr = output
    assert returncode == "0", stderr
    assert response.status_code == 200
    assert response.headers["ratelimit-policy"] == "3;w=2"
    assert "1 API key (re_cli...)" in stdout
    assert secret_key not in stdout + stderr
    assert "GET /emails 200" in stderr


def test_cli_uses_default_key_and_limit() -> None:
    with running_cli(["--port", "0"]) as (base_url, output):
        response = httpx.get(f"{base_url}/emails", headers={"authorization": "Bearer re_sandbox_key"})

    assert output[0] == "0", output[2]
    assert response.status_code == 200
    assert response.headers["ratelimit-policy"] == "2;w=1"


def test_cli_port_in_use_exits_1(sandbox: Sandbox) -> None:
    port = sandbox.base_url.rsplit(":", 1)[1]

    result = subprocess.run(
        [sys.executable, "-m", "tests.sandbox", "--port", port],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
    )

    assert result.returncode == 1
    assert f"Failed to listen on 127.0.0.1:{port}" in result.stderr

"""Error responses and transport failures become the documented exceptions."""

import threading

import httpx
import pytest
import resend_client
from resend_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    Resend,
    ResendError,
    UnprocessableEntityError,
)
from resend_client._client import TRANSPORT_ERRORS, translate_transport_error
from resend_client._request import PreparedRequest

from tests.conftest import TEST_API_KEY
from tests.scripted_server import Reply, ScriptedServer, error_reply, json_reply

EMAIL_ID = "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"

ERROR_TABLE = [
    (400, "invalid_idempotency_key", BadRequestError),
    (400, "validation_error", BadRequestError),
    (401, "missing_api_key", AuthenticationError),
    (401, "restricted_api_key", AuthenticationError),
    (403, "invalid_api_key", PermissionDeniedError),
    (403, "validation_error", PermissionDeniedError),
    (404, "not_found", NotFoundError),
    (405, "method_not_allowed", MethodNotAllowedError),
    (409, "invalid_idempotent_request", ConflictError),
    (409, "concurrent_idempotent_requests", ConflictError),
    (422, "missing_required_field", UnprocessableEntityError),
    (422, "invalid_attachment", UnprocessableEntityError),
    (422, "a_name_invented_tomorrow", UnprocessableEntityError),
    (429, "rate_limit_exceeded", RateLimitError),
    (429, "daily_quota_exceeded", QuotaExceededError),
    (429, "monthly_quota_exceeded", QuotaExceededError),
    (429, "a_name_invented_tomorrow", RateLimitError),
    (451, "security_error", APIStatusError),
    (500, "application_error", InternalServerError),
    (500, "internal_server_error", InternalServerError),
    (502, "bad_gateway", InternalServerError),
    (418, "teapot", APIStatusError),
]


@pytest.mark.parametrize(("status", "name", "expected_class"), ERROR_TABLE)
def test_status_and_name_pick_the_class(
    client: Resend, scripted: ScriptedServer, status: int, name: str, expected_class: type[APIStatusError]
) -> None:
    scripted.queue(error_reply(status, name, "Something about the request."))

    with pytest.raises(APIStatusError) as caught:
        client.emails.get(EMAIL_ID)

    error = caught.value
    assert type(error) is expected_class
    assert error.status_code == status
    assert error.code == name
    assert error.message == "Something about the request."
    assert str(error) == f"{status} {name}: Something about the request."
    assert error.body == {"statusCode": status, "message": "Something about the request.", "name": name}
    assert error.rate_limit.limit == 2
    assert error.headers["ratelimit-policy"] == "2;w=1"
    assert error.response.status_code == status


def test_quota_error_is_not_a_rate_limit_error() -> None:
    assert not issubclass(QuotaExceededError, RateLimitError)
    assert not issubclass(RateLimitError, QuotaExceededError)
    assert issubclass(QuotaExceededError, APIStatusError)


def test_status_decides_class_even_with_foreign_name(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(error_reply(404, "rate_limit_exceeded", "misleading name"))

    with pytest.raises(NotFoundError):
        client.emails.get(EMAIL_ID)


def test_rate_limit_error_carries_retry_after(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(error_reply(429, "rate_limit_exceeded", "Too many requests.", {"retry-after": "3"}))

    with pytest.raises(RateLimitError) as caught:
        client.emails.list()

    assert caught.value.rate_limit.retry_after == 3


def test_html_error_page_named_by_title(client: Resend, scripted: ScriptedServer) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "<p>upstream down</p>" * 50 + "</body></html>"
    scripted.queue(Reply(status=502, body=page.encode(), headers={"content-type": "text/html"}))

    with pytest.raises(InternalServerError) as caught:
        client.emails.get(EMAIL_ID)

    error = caught.value
    assert error.code is None
    assert error.message == "an HTML page titled '502 Bad Gateway', not the API's JSON"
    assert str(error) == "502: an HTML page titled '502 Bad Gateway', not the API's JSON"
    assert error.body == page


def test_untitled_html_page_gives_its_text(client: Resend, scripted: ScriptedServer) -> None:
    page = "<!DOCTYPE html><html><body>" + "<p>upstream down</p>" * 50 + "</body></html>"
    scripted.queue(Reply(status=503, body=page.encode(), headers={"content-type": "text/html"}))

    with pytest.raises(InternalServerError) as caught:
        client.emails.get(EMAIL_ID)

    assert caught.value.message.startswith("an HTML page, not the API's JSON: upstream down upstream down")
    assert caught.value.message.endswith("...")


def test_empty_error_body_gives_class(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(Reply(status=503, body=b""))

    with pytest.raises(InternalServerError) as caught:
        client.emails.get(EMAIL_ID)

    assert caught.value.message == "(empty body)"
    assert str(caught.value) == "503: (empty body)"
    assert caught.value.body is None
    assert caught.value.code is None


def test_foreign_json_error_body_gives_class(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(403, {"error": {"reason": "blocked"}}))

    with pytest.raises(PermissionDeniedError) as caught:
        client.emails.get(EMAIL_ID)

    assert caught.value.code is None
    assert "blocked" in caught.value.message


def test_null_status_code_in_body_is_accepted(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(422, {"statusCode": None, "message": "Invalid `to` field.", "name": "invalid_parameter"}))

    with pytest.raises(UnprocessableEntityError) as caught:
        client.emails.send(from_="a@example.com", to="x", subject="s", text="t")

    assert caught.value.code == "invalid_parameter"


def test_redirect_is_an_error_not_followed(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(Reply(status=307, headers={"location": "https://elsewhere.example/emails"}))

    with pytest.raises(APIStatusError) as caught:
        client.emails.list()

    assert caught.value.status_code == 307
    assert "redirect to https://elsewhere.example/emails was not followed" in caught.value.message
    assert len(scripted.requests) == 1


def test_malformed_success_body_raises_validation_error(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(Reply(status=200, body=b"<html>maintenance</html>", headers={"content-type": "text/html"}))

    with pytest.raises(APIResponseValidationError) as caught:
        client.emails.get(EMAIL_ID)

    assert caught.value.status_code == 200
    assert isinstance(caught.value.__cause__, ValueError)


def test_success_body_missing_required_field_raises(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "email"}))

    with pytest.raises(APIResponseValidationError, match="does not match the documented model: missing field 'id'"):
        client.emails.cancel(EMAIL_ID)


def test_dropped_connection_raises_connection_error(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(Reply(drop=True))

    with pytest.raises(APIConnectionError) as caught:
        client.emails.get(EMAIL_ID)

    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.TransportError)


def test_slow_server_raises_timeout_error(scripted: ScriptedServer) -> None:
    release = threading.Event()
    scripted.queue(Reply(status=200, body=b"{}", delay_event=release))

    with Resend("re_key", base_url=scripted.base_url, timeout=0.2, max_retries=0) as resend:
        try:
            with pytest.raises(APITimeoutError) as caught:
                resend.emails.get(EMAIL_ID)
        finally:
            release.set()

    assert isinstance(caught.value, APIConnectionError)
    assert "timed out" in caught.value.message


def test_refused_connection_raises_connection_error() -> None:
    with Resend("re_key", base_url="http://127.0.0.1:9") as resend, pytest.raises(APIConnectionError):
        resend.emails.list()


def test_every_httpx_request_error_is_translated() -> None:
    request = PreparedRequest(method="GET", path="/emails")
    pending = [httpx.RequestError]
    seen: set[type[httpx.RequestError]] = set()
    while pending:
        error_class = pending.pop()
        if error_class in seen:
            continue
        seen.add(error_class)
        pending.extend(error_class.__subclasses__())

        translated = translate_transport_error(error_class("boom"), request)

        assert isinstance(translated, APIConnectionError), error_class
        expects_timeout = issubclass(error_class, httpx.TimeoutException)
        assert isinstance(translated, APITimeoutError) == expects_timeout, error_class
    assert len(seen) > 10
    assert TRANSPORT_ERRORS[0][0] is httpx.TimeoutException


def test_error_module_exports_each_documented_class() -> None:
    documented = {
        400: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        405: MethodNotAllowedError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: RateLimitError,
    }
    for status, error_class in documented.items():
        assert resend_client._errors.error_class_for(status, None) is error_class
        assert issubclass(error_class, ResendError)


def test_extra_body_on_array_body_is_rejected(client: Resend, scripted: ScriptedServer) -> None:
    with pytest.raises(InvalidRequestError, match="JSON object body"):
        client.emails.send_batch(emails=[], extra_body={"x": 1})

    assert scripted.requests == []


def test_bytes_attachment_content_is_rejected_before_sending(client: Resend, scripted: ScriptedServer) -> None:
    with pytest.raises(InvalidRequestError, match="base64") as caught:
        client.emails.send(
            from_="a@example.com",
            to="b@example.com",
            subject="s",
            text="t",
            attachments=[{"filename": "a.pdf", "content": b"%PDF"}],
        )

    assert isinstance(caught.value, ValueError)
    assert scripted.requests == []


@pytest.mark.parametrize("email_id", ["", ".", ".."])
def test_path_changing_id_is_rejected(client: Resend, scripted: ScriptedServer, email_id: str) -> None:
    with pytest.raises(InvalidRequestError, match="email_id"):
        client.emails.get(email_id)

    assert scripted.requests == []


def test_error_body_masks_echoed_key(client: Resend, scripted: ScriptedServer) -> None:
    echoed = {"statusCode": 400, "name": "validation_error", "message": f"bad {TEST_API_KEY}", "seen": [TEST_API_KEY]}
    scripted.queue(json_reply(400, echoed))

    with pytest.raises(BadRequestError) as caught:
        client.emails.list()

    assert TEST_API_KEY not in repr(caught.value.body)
    assert caught.value.body["seen"] == ["[redacted]"]

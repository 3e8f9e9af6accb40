"""Webhook signature verification and signing, against signatures this file computes itself.

The expected signatures come from hmac, hashlib and base64 directly (and one from the openssl
command line), never from ``webhooks.sign``, so a mistake shared by ``sign`` and ``verify``
cannot hide.
"""

import base64
import email.message
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import resend_client
from resend_client import (
    WEBHOOK_EVENT_MODELS,
    ResendError,
    WebhookPayloadError,
    WebhookVerificationError,
    models,
    webhooks,
)

from tests.description import document

KEY = b"resend-client webhook test key!!"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"a key of another webhook endpoint").decode()

MESSAGE_ID = "msg_2tYCs3ifmzEuJwSp4GQpRgmNWpR"
TIMESTAMP = 1_760_000_000
BODY = (
    '{"type":"contact.deleted","created_at":"2025-10-09T03:24:02.000Z","data":'
    '{"id":"e169aa45-1ecf-4183-9955-b1499d5701d3","email":"jane@example.com","unsubscribed":false,'
    '"created_at":"2025-10-08T03:24:02.000Z","updated_at":"2025-10-09T03:24:02.000Z"}}'
)

# The signature of BODY under KEY, MESSAGE_ID and TIMESTAMP, computed with OpenSSL 3.0.19:
# printf '%s' "$MESSAGE_ID.$TIMESTAMP.$BODY" \
#     | openssl dgst -sha256 -mac HMAC -macopt hexkey:<KEY in hex> -binary | base64
OPENSSL_SIGNATURE = "63Vz4Loh+Ao2HWQZeQc/3byxLa738xS6McOqGPw3/GU="


def reference_signature(
    body: str | bytes, *, key: bytes = KEY, message_id: str = MESSAGE_ID, timestamp: int | str = TIMESTAMP
) -> str:
    """Return the v1 signature of ``body``, computed with the standard library only."""
    raw = body.encode() if isinstance(body, str) else body
    digest = hmac.new(key, f"{message_id}.{timestamp}.".encode() + raw, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def signed_headers(
    body: str | bytes = BODY, *, message_id: str = MESSAGE_ID, timestamp: int | str = TIMESTAMP, **overrides: str
) -> dict[str, str]:
    """Headers of a delivery of ``body``, with any header replaced by ``overrides`` (``svix_id=...``)."""
    headers = {
        "svix-id": message_id,
        "svix-timestamp": str(timestamp),
        "svix-signature": f"v1,{reference_signature(body, message_id=message_id, timestamp=timestamp)}",
    }
    headers.update({name.replace("_", "-"): value for name, value in overrides.items()})
    return headers


def verify(body: str | bytes = BODY, headers: Any = None, secret: str = SECRET, **options: Any) -> Any:
    """Call ``webhooks.verify`` with the clock at TIMESTAMP unless ``now`` is given."""
    options.setdefault("now", TIMESTAMP)
    return webhooks.verify(body, signed_headers(body) if headers is None else headers, secret, **options)


def assert_secret_not_quoted(error: BaseException) -> None:
    key_text = SECRET.removeprefix("whsec_")
    for message in (str(error), str(error.__cause__ or "")):
        assert SECRET not in message
        assert key_text not in message


def test_reference_signature_matches_openssl() -> None:
    assert reference_signature(BODY) == OPENSSL_SIGNATURE


def test_verify_returns_typed_event() -> None:
    headers = {"svix-id": MESSAGE_ID, "svix-timestamp": str(TIMESTAMP), "svix-signature": f"v1,{OPENSSL_SIGNATURE}"}

    event = webhooks.verify(BODY, headers, SECRET, now=TIMESTAMP)

    assert type(event) is models.ContactDeletedEvent
    assert event.type_ == "contact.deleted"
    assert event.data.email == "jane@example.com"


def test_package_exposes_webhooks_module() -> None:
    assert resend_client.webhooks is webhooks
    assert webhooks.WebhookVerificationError is resend_client.WebhookVerificationError


@pytest.mark.parametrize("body", [BODY, BODY.encode()], ids=["str", "bytes"])
def test_body_verifies_as_str_and_bytes(body: str | bytes) -> None:
    assert type(verify(body)) is models.ContactDeletedEvent


def test_str_body_signed_as_utf8() -> None:
    body = BODY.replace("jane@example.com", "jöns@exämple.com")
    headers = signed_headers(body.encode("utf-8"))

    assert verify(body, headers).data.email == "jöns@exämple.com"
    assert verify(body.encode("utf-8"), headers).data.email == "jöns@exämple.com"


@pytest.mark.parametrize("spell", [str.lower, str.upper, str.title], ids=["lower", "upper", "title"])
def test_header_names_match_in_any_case(spell: Any) -> None:
    headers = {spell(name): value for name, value in signed_headers().items()}

    assert type(verify(headers=headers)) is models.ContactDeletedEvent


def test_headers_accepted_as_httpx_headers() -> None:
    headers = httpx.Headers({name.upper(): value for name, value in signed_headers().items()})

    assert type(verify(headers=headers)) is models.ContactDeletedEvent


def test_headers_accepted_as_pairs() -> None:
    pairs = [(name.title(), value) for name, value in signed_headers().items()]

    assert type(verify(headers=pairs)) is models.ContactDeletedEvent
    assert type(verify(headers=iter(pairs))) is models.ContactDeletedEvent


def test_headers_accepted_as_asgi_byte_pairs() -> None:
    pairs = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in signed_headers().items()]

    assert type(verify(headers=pairs)) is models.ContactDeletedEvent


def test_headers_accepted_as_email_message() -> None:
    message = email.message.Message()
    for name, value in signed_headers().items():
        message[name.title()] = value

    assert type(verify(headers=message)) is models.ContactDeletedEvent


def test_header_values_stripped() -> None:
    headers = {name: f"  {value} " for name, value in signed_headers().items()}

    assert type(verify(headers=headers)) is models.ContactDeletedEvent


@pytest.mark.parametrize("position", [0, 1, 2])
def test_any_signature_may_match(position: int) -> None:
    entries = [
        f"v1,{reference_signature(BODY, key=b'rotated-out key')}",
        f"v1,{reference_signature(BODY, key=b'another old key')}",
    ]
    entries.insert(position, f"v1,{reference_signature(BODY)}")
    headers = signed_headers(svix_signature=" ".join(entries))

    assert type(verify(headers=headers)) is models.ContactDeletedEvent


def test_other_signature_versions_skipped() -> None:
    signature = reference_signature(BODY)
    headers = signed_headers(svix_signature=f"v1a,{signature} garbage v2,xyz v1,{signature}")

    assert type(verify(headers=headers)) is models.ContactDeletedEvent


@pytest.mark.parametrize("right_first", [True, False])
def test_repeated_signature_headers_combined(right_first: bool) -> None:
    wrong = f"v1,{reference_signature(BODY, key=b'wrong key')}"
    right = f"v1,{reference_signature(BODY)}"
    first, second = (right, wrong) if right_first else (wrong, right)
    pairs = [("svix-id", MESSAGE_ID), ("svix-timestamp", str(TIMESTAMP)), ("svix-signature", first)]
    pairs.append(("Svix-Signature", second))

    assert type(verify(headers=pairs)) is models.ContactDeletedEvent
    assert type(verify(headers=httpx.Headers(pairs))) is models.ContactDeletedEvent


def test_repeated_identical_id_accepted() -> None:
    pairs = [*signed_headers().items(), ("SVIX-ID", MESSAGE_ID)]

    assert type(verify(headers=pairs)) is models.ContactDeletedEvent


def test_timestamp_signed_as_sent() -> None:
    headers = signed_headers(timestamp=f"00{TIMESTAMP}")

    assert type(verify(headers=headers)) is models.ContactDeletedEvent


UNPARSEABLE_BODIES = [
    ("{not json", "the signature is valid, but the payload is not a known event: .* not valid JSON"),
    (b"\x80\x81 not utf-8", "the signature is valid, but the payload is not a known event: .* not valid JSON"),
    ("[1, 2]", "the signature is valid, but .* must be a JSON object, got list"),
    ('{"created_at": "2025-10-08T03:24:02Z", "data": {}}', "the signature is valid, but .* has no `type` field"),
    (
        '{"type": "email.teleported", "created_at": "2025-10-08T03:24:02Z", "data": {}}',
        "the signature is valid, but .* unknown webhook event type 'email.teleported'",
    ),
    (
        '{"type": "email.sent", "created_at": "2025-10-08T03:24:02Z"}',
        "the signature is valid, but .* email.sent payload does not match its model",
    ),
]


@pytest.mark.parametrize(("body", "reason"), UNPARSEABLE_BODIES)
def test_signed_unparseable_body_rejected(body: str | bytes, reason: str) -> None:
    with pytest.raises(WebhookVerificationError, match=reason) as caught:
        verify(body)

    assert isinstance(caught.value.__cause__, WebhookPayloadError)
    assert not isinstance(caught.value.__cause__, WebhookVerificationError)


def rejected_headers() -> list[tuple[str, dict[str, str] | list[tuple[str, str]], str]]:
    """Cases of headers that must fail verification of BODY: (id, headers, reason)."""
    valid = signed_headers()
    without = {name: {key: value for key, value in valid.items() if key != name} for name in valid}
    return [
        ("no headers", {}, "the svix-id header is missing"),
        ("no svix-id", without["svix-id"], "the svix-id header is missing"),
        ("no svix-timestamp", without["svix-timestamp"], "the svix-timestamp header is missing"),
        ("no svix-signature", without["svix-signature"], "the svix-signature header is missing"),
        ("empty svix-id", signed_headers(svix_id=""), "the svix-id header is empty"),
        ("blank svix-timestamp", signed_headers(svix_timestamp="  "), "the svix-timestamp header is empty"),
        ("empty svix-signature", signed_headers(svix_signature=""), "has no entry of the form 'v1,"),
        ("bare signature", signed_headers(svix_signature=reference_signature(BODY)), "no entry of the form 'v1,"),
        ("v1a only", signed_headers(svix_signature=f"v1a,{reference_signature(BODY)}"), "no entry of the form"),
        ("other key", signed_headers(svix_signature=f"v1,{reference_signature(BODY, key=b'x')}"), "no signature"),
        ("other id", signed_headers(svix_id="msg_other"), "no signature in the svix-signature header matches"),
        (
            "other timestamp",
            signed_headers(svix_timestamp=str(TIMESTAMP + 1)),
            "no signature in the svix-signature header matches",
        ),
        ("truncated signature", signed_headers(svix_signature=valid["svix-signature"][:-2]), "no signature"),
        ("signature of id.timestamp only", signed_headers(svix_signature=f"v1,{reference_signature('')}"), "no sig"),
        ("lone surrogate in signature", signed_headers(svix_signature="v1,\udcff"), "no signature"),
        ("lone surrogate in svix-id", signed_headers(svix_id="msg_\udcff"), "no signature"),
        (
            "conflicting svix-id",
            [*valid.items(), ("svix-id", "msg_other")],
            "the svix-id header appears 2 times with different values",
        ),
        (
            "conflicting svix-timestamp",
            [*valid.items(), ("Svix-Timestamp", str(TIMESTAMP - 1))],
            "the svix-timestamp header appears 2 times with different values",
        ),
    ]


@pytest.mark.parametrize(
    ("headers", "reason"), [case[1:] for case in rejected_headers()], ids=[case[0] for case in rejected_headers()]
)
def test_invalid_headers_are_rejected(headers: dict[str, str] | list[tuple[str, str]], reason: str) -> None:
    with pytest.raises(WebhookVerificationError, match=reason) as caught:
        verify(headers=headers)

    assert_secret_not_quoted(caught.value)


def test_tampered_body_is_rejected() -> None:
    tampered = BODY.replace("jane@example.com", "mallory@example.com")

    with pytest.raises(WebhookVerificationError, match="no signature in the svix-signature header matches"):
        verify(tampered, signed_headers(BODY))


def test_reserialised_body_is_rejected() -> None:
    reserialised = json.dumps(json.loads(BODY))

    with pytest.raises(WebhookVerificationError, match="body is passed exactly as received"):
        verify(reserialised, signed_headers(BODY))


def test_signature_of_other_secret_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="Check that the secret belongs to this webhook endpoint"):
        verify(secret=OTHER_SECRET)


@pytest.mark.parametrize("timestamp", ["abc", "1.5", "-5", "+1760000000", "1e9", "0x68e7", "１７６", "1" * 19])
def test_non_numeric_timestamp_is_rejected(timestamp: str) -> None:
    headers = signed_headers(timestamp=timestamp)

    with pytest.raises(WebhookVerificationError, match="is not a Unix time in whole seconds"):
        verify(headers=headers)


@pytest.mark.parametrize(
    ("offset", "accepted"),
    [(0, True), (-300, True), (300, True), (-300.001, False), (300.001, False), (-301, False), (301, False)],
)
def test_default_tolerance_both_ways(offset: float, accepted: bool) -> None:
    now = TIMESTAMP + offset

    if accepted:
        assert type(verify(now=now)) is models.ContactDeletedEvent
    else:
        with pytest.raises(WebhookVerificationError, match="more than the tolerance of 300 seconds"):
            verify(now=now)


def test_stale_timestamp_names_replay() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(now=TIMESTAMP + 3600)

    assert str(caught.value) == (
        "the svix-timestamp header is 3600 seconds in the past, more than the tolerance of 300 seconds. "
        "The delivery may be a replay, or this server's clock is ahead"
    )


def test_future_timestamp_names_clock() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(now=TIMESTAMP - 300.5)

    assert str(caught.value) == (
        "the svix-timestamp header is 300.5 seconds in the future, more than the tolerance of 300 seconds. "
        "This server's clock may be behind"
    )


@pytest.mark.parametrize(("tolerance", "offset", "accepted"), [(0, 0, True), (0, 1, False), (0, -1, False)])
def test_custom_tolerance_applies(tolerance: float, offset: float, accepted: bool) -> None:
    if accepted:
        assert type(verify(now=TIMESTAMP + offset, tolerance=tolerance)) is models.ContactDeletedEvent
    else:
        with pytest.raises(WebhookVerificationError, match="more than the tolerance of 0 seconds"):
            verify(now=TIMESTAMP + offset, tolerance=tolerance)


def test_wide_tolerance_accepts_old_delivery() -> None:
    assert type(verify(now=TIMESTAMP + 86_400, tolerance=86_400)) is models.ContactDeletedEvent


def test_signed_stale_delivery_rejected() -> None:
    headers = signed_headers(timestamp=TIMESTAMP - 3600)

    with pytest.raises(WebhookVerificationError, match="3600 seconds in the past"):
        verify(headers=headers)


@pytest.mark.parametrize(
    ("secret", "reason"),
    [
        (SECRET.removeprefix("whsec_"), "must start with 'whsec_'"),
        ("WHSEC_" + SECRET.removeprefix("whsec_"), "must start with 'whsec_'"),
        ("", "must start with 'whsec_'"),
        ("whsec_", "has no key after 'whsec_'"),
        ("whsec_not base64!", "is not valid base64 after 'whsec_'"),
        ("whsec_" + base64.b64encode(KEY).decode().rstrip("="), "is not valid base64 after 'whsec_'"),
        ("whsec_" + base64.urlsafe_b64encode(b"\xfb\xff" * 8).decode(), "is not valid base64 after 'whsec_'"),
        ("whsec_kéy=", "is not valid base64 after 'whsec_'"),
        (SECRET + "\n", "has whitespace around it"),
        ("whsec_ " + SECRET.removeprefix("whsec_"), "has whitespace around it"),
    ],
    ids=[
        "no prefix",
        "upper-case prefix",
        "empty",
        "prefix only",
        "not base64",
        "missing padding",
        "url-safe alphabet",
        "non-ascii",
        "trailing newline",
        "space after prefix",
    ],
)
def test_malformed_secret_is_rejected(secret: str, reason: str) -> None:
    with pytest.raises(WebhookVerificationError, match=reason) as caught:
        verify(secret=secret)

    assert_secret_not_quoted(caught.value)
    key_text = secret.removeprefix("whsec_").strip()
    if key_text:
        assert key_text not in str(caught.value)


def test_secret_checked_before_headers() -> None:
    with pytest.raises(WebhookVerificationError, match="must start with 'whsec_'"):
        verify(headers={}, secret="not-a-secret")


def test_verification_error_bases() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(headers={})

    assert isinstance(caught.value, WebhookPayloadError)
    assert isinstance(caught.value, ResendError)
    assert isinstance(caught.value, ValueError)
    assert repr(type(caught.value)) == "<class 'resend_client.WebhookVerificationError'>"


def test_no_failure_quotes_the_secret() -> None:
    failures: list[dict[str, Any]] = [
        {"headers": {}},
        {"headers": signed_headers(svix_signature="v1,AAAA")},
        {"now": TIMESTAMP + 10_000},
        {"body": "{not json", "headers": signed_headers("{not json")},
        {"secret": SECRET + " "},
        {"secret": SECRET + "!"},
    ]
    for options in failures:
        with pytest.raises(WebhookVerificationError) as caught:
            verify(**options)

        assert_secret_not_quoted(caught.value)


def test_decoded_payload_type_error() -> None:
    with pytest.raises(TypeError, match="raw request body as bytes or str, got dict"):
        webhooks.verify(json.loads(BODY), signed_headers(), SECRET, now=TIMESTAMP)


@pytest.mark.parametrize("tolerance", [-1, float("nan")])
def test_invalid_tolerance_value_error(tolerance: float) -> None:
    with pytest.raises(ValueError, match="tolerance must be a number of seconds of 0 or more"):
        verify(tolerance=tolerance)


@pytest.mark.parametrize("now", [float("nan"), float("inf")])
def test_non_finite_now_value_error(now: float) -> None:
    with pytest.raises(ValueError, match="now must be a finite Unix time"):
        verify(now=now)


def test_sign_matches_reference_signature() -> None:
    headers = webhooks.sign(BODY, SECRET, msg_id=MESSAGE_ID, timestamp=TIMESTAMP)

    assert headers == {
        "svix-id": MESSAGE_ID,
        "svix-timestamp": "1760000000",
        "svix-signature": f"v1,{OPENSSL_SIGNATURE}",
    }


@pytest.mark.parametrize("body", [BODY, BODY.encode()], ids=["str", "bytes"])
def test_sign_output_verifies(body: str | bytes) -> None:
    headers = webhooks.sign(body, SECRET, timestamp=TIMESTAMP)

    assert type(webhooks.verify(body, headers, SECRET, now=TIMESTAMP)) is models.ContactDeletedEvent


def test_sign_other_secret_fails() -> None:
    headers = webhooks.sign(BODY, OTHER_SECRET, timestamp=TIMESTAMP)

    with pytest.raises(WebhookVerificationError, match="no signature"):
        webhooks.verify(BODY, headers, SECRET, now=TIMESTAMP)


def test_sign_default_message_ids() -> None:
    first = webhooks.sign(BODY, SECRET)
    second = webhooks.sign(BODY, SECRET)

    assert first["svix-id"].startswith("msg_")
    assert first["svix-id"] != second["svix-id"]
    assert first["svix-timestamp"].isdigit()
    assert webhooks.verify(BODY, first, SECRET, now=int(first["svix-timestamp"])).type_ == "contact.deleted"


@pytest.mark.parametrize("msg_id", ["", " msg_1", "msg_1\r\nx-injected: 1", "msg\t1"])
def test_sign_rejects_unusable_message_id(msg_id: str) -> None:
    with pytest.raises(ValueError, match="msg_id must be a non-empty header value"):
        webhooks.sign(BODY, SECRET, msg_id=msg_id, timestamp=TIMESTAMP)


def test_sign_rejects_negative_timestamp() -> None:
    with pytest.raises(ValueError, match="timestamp must be Unix seconds of 0 or more"):
        webhooks.sign(BODY, SECRET, timestamp=-1)


def test_sign_rejects_malformed_secret() -> None:
    with pytest.raises(WebhookVerificationError, match="must start with 'whsec_'"):
        webhooks.sign(BODY, "secret")


def description_webhook_examples() -> list[tuple[str, str, Any]]:
    """Every example delivery of the description's ``webhooks`` section: (event type, name, payload)."""
    cases = []
    for event_type, path_item in sorted(document()["webhooks"].items()):
        content = path_item["post"]["requestBody"]["content"]["application/json"]
        for name, example in content["examples"].items():
            cases.append((event_type, name, example["value"]))
    return cases


@pytest.mark.parametrize(
    ("event_type", "payload"),
    [(case[0], case[2]) for case in description_webhook_examples()],
    ids=[f"{case[0]}-{case[1]}" for case in description_webhook_examples()],
)
def test_description_examples_verify(event_type: str, payload: Any) -> None:
    body = json.dumps(payload, indent=2).encode()
    headers = signed_headers(body, message_id=f"msg_{event_type}")

    event = verify(body, headers)

    assert type(event) is WEBHOOK_EVENT_MODELS[event_type]
    assert event.type_ == event_type
    with pytest.raises(WebhookVerificationError, match="no signature"):
        verify(json.dumps(payload).encode(), headers)


class Receiver(BaseHTTPRequestHandler):
    """A webhook endpoint on http.server that answers 204 to verified deliveries and 400 to the rest."""

    events: list[Any]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        try:
            event = webhooks.verify(body, self.headers, SECRET, now=TIMESTAMP)
        except WebhookVerificationError as error:
            self.send_response(400)
            self.end_headers()
            self.wfile.write(str(error).encode())
            return
        self.events.append(event)
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[Any]]]:
    events: list[Any] = []
    handler = type("RecordingReceiver", (Receiver,), {"events": events})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/webhooks/resend", events
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_http_server_receiver_over_loopback(receiver: tuple[str, list[Any]]) -> None:
    url, events = receiver
    headers = {name.title(): value for name, value in signed_headers().items()}

    accepted = httpx.post(url, content=BODY.encode(), headers={**headers, "content-type": "application/json"})
    forged = httpx.post(url, content=BODY.replace("jane", "eve").encode(), headers=headers)

    assert accepted.status_code == 204
    assert [event.data.email for event in events] == ["jane@example.com"]
    assert forged.status_code == 400
    assert "no signature in the svix-signature header matches" in forged.text

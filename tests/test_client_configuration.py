"""Client construction, transport settings, the public surface, and keeping the API key secret."""

import logging
import subprocess
import sys

import httpx
import pytest
import resend_client
from resend_client import ConfigurationError, InvalidRequestError, Resend, ResendError, UnprocessableEntityError

from tests.conftest import TEST_API_KEY
from tests.scripted_server import Reply, ScriptedServer, error_reply, json_reply

EMAIL_ID = "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"

PUBLIC_NAMES = {
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPager",
    "AsyncResend",
    "AsyncPacer",
    "AsyncRedisPacer",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "MethodNotAllowedError",
    "NotFoundError",
    "Pacer",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimit",
    "RateLimitError",
    "RedisPacer",
    "Resend",
    "ResendError",
    "SyncPage",
    "RetryPolicy",
    "UNSET",
    "UnprocessableEntityError",
    "Unset",
    "WEBHOOK_EVENT_MODELS",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    "attachment_from_bytes",
    "attachment_from_path",
    "parse_webhook_event",
}


def test_public_names_are_exactly_the_exports() -> None:
    assert set(resend_client.__all__) == PUBLIC_NAMES
    assert resend_client.__all__ == sorted(resend_client.__all__)
    for name in resend_client.__all__:
        assert hasattr(resend_client, name)


def test_public_classes_name_the_package() -> None:
    assert resend_client.RateLimitError.__module__ == "resend_client"
    assert resend_client.RateLimit.__module__ == "resend_client"
    assert repr(resend_client.RateLimitError) == "<class 'resend_client.RateLimitError'>"


def test_missing_key_raises_naming_the_variable() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Resend()

    assert isinstance(caught.value, ResendError)
    assert isinstance(caught.value, ValueError)
    assert "RESEND_API_KEY" in str(caught.value)


def test_blank_key_counts_as_missing() -> None:
    with pytest.raises(ConfigurationError, match="RESEND_API_KEY"):
        Resend("   ")


def test_key_comes_from_environment(monkeypatch: pytest.MonkeyPatch, scripted: ScriptedServer) -> None:
    monkeypatch.setenv("RESEND_API_KEY", "re_from_environment")
    scripted.queue(json_reply(200, {"object": "list", "has_more": False, "data": []}))

    with Resend(base_url=scripted.base_url) as resend:
        resend.emails.list()

    assert scripted.requests[0].headers["authorization"] == "Bearer re_from_environment"


def test_key_with_newline_is_rejected_without_quoting_it() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Resend("re_abc\ndef")

    assert "re_abc" not in str(caught.value)


def test_default_base_url_is_the_api() -> None:
    assert Resend("re_key").base_url == "https://api.resend.com"


@pytest.mark.parametrize("variable", ["RESEND_BASE_URL", "RESEND_API_URL"])
def test_base_url_comes_from_environment(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    monkeypatch.setenv(variable, "https://proxy.example.com/resend/")

    assert Resend("re_key").base_url == "https://proxy.example.com/resend"


def test_own_variable_wins_over_official_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESEND_API_URL", "https://official.example.com")
    monkeypatch.setenv("RESEND_BASE_URL", "https://ours.example.com")

    assert Resend("re_key").base_url == "https://ours.example.com"


@pytest.mark.parametrize(
    "url",
    ["http://api.resend.com", "http://10.0.0.5:8080", "http://localhost.example.com", "http://[::2]:80"],
)
def test_plain_http_is_refused_for_remote_hosts(url: str) -> None:
    with pytest.raises(ConfigurationError, match="https://") as caught:
        Resend("re_key", base_url=url)

    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "url",
    ["http://localhost:8025", "http://127.0.0.1:8025", "http://127.4.5.6", "http://[::1]:8025", "https://x.example"],
)
def test_plain_http_is_allowed_for_loopback(url: str) -> None:
    assert Resend("re_key", base_url=url).base_url == url


@pytest.mark.parametrize("url", ["ftp://example.com", "api.resend.com", "https://", "https://x.example/?a=1"])
def test_unusable_base_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        Resend("re_key", base_url=url)


def test_base_url_path_prefix_is_kept(scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "list", "has_more": False, "data": []}))

    with Resend("re_key", base_url=f"{scripted.base_url}/prefix/") as resend:
        resend.emails.list()

    assert scripted.requests[0].path == "/prefix/emails"


def test_default_timeout_is_finite() -> None:
    timeout = Resend("re_key").timeout

    assert timeout.read is not None and 0 < timeout.read < 600
    assert timeout.connect is not None and 0 < timeout.connect < 600


def test_timeout_accepts_seconds_and_httpx_timeout() -> None:
    assert Resend("re_key", timeout=3).timeout == httpx.Timeout(3.0)
    custom = httpx.Timeout(5.0, connect=1.0)
    assert Resend("re_key", timeout=custom).timeout is custom


@pytest.mark.parametrize("timeout", [0, -1, float("inf"), float("nan"), "10", True])
def test_bad_timeout_is_refused(timeout: object) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        Resend("re_key", timeout=timeout)  # type: ignore[arg-type]


def test_http_client_is_created_on_first_use(scripted: ScriptedServer) -> None:
    resend = Resend("re_key", base_url=scripted.base_url)

    assert resend._http_client is None
    scripted.queue(json_reply(200, {"object": "list", "has_more": False, "data": []}))
    resend.emails.list()
    assert isinstance(resend._http_client, httpx.Client)
    resend.close()
    assert resend._http_client is None


def test_own_http_client_is_used_and_left_open(scripted: ScriptedServer) -> None:
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    scripted.queue(json_reply(200, {"object": "list", "has_more": False, "data": []}))

    with Resend("re_key", base_url=scripted.base_url, http_client=own) as resend:
        resend.emails.list()

    assert seen == ["/emails"]
    assert not own.is_closed
    own.close()


def test_http_client_of_wrong_type_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="httpx.Client"):
        Resend("re_key", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_repr_hides_the_key() -> None:
    resend = Resend(TEST_API_KEY)

    assert TEST_API_KEY not in repr(resend)
    assert TEST_API_KEY not in str(resend)
    assert "api.resend.com" in repr(resend)


def test_echoed_key_is_masked(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(error_reply(422, "validation_error", f"header was Bearer {TEST_API_KEY}"))

    with pytest.raises(UnprocessableEntityError) as caught:
        client.emails.get(EMAIL_ID)

    assert TEST_API_KEY not in str(caught.value)
    assert TEST_API_KEY not in repr(caught.value)
    assert "[redacted]" in caught.value.message


def test_key_never_reaches_a_log_record(
    client: Resend, scripted: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    scripted.queue(
        json_reply(200, {"id": EMAIL_ID}),
        error_reply(401, "restricted_api_key", "This key can only send emails."),
    )

    client.emails.send(
        from_="a@example.com",
        to="b@example.com",
        subject=TEST_API_KEY,
        text="t",
        extra_headers={"X-Echo": TEST_API_KEY},
        extra_query={"echo": TEST_API_KEY},
    )
    with pytest.raises(ResendError):
        client.emails.get(EMAIL_ID)

    package_records = [record for record in caplog.records if record.name.startswith("resend_client")]
    assert len(package_records) == 2
    for record in caplog.records:
        assert TEST_API_KEY not in record.getMessage()
        assert TEST_API_KEY not in repr(record.args)


def test_one_debug_line_per_request(client: Resend, scripted: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="resend_client")
    scripted.queue(json_reply(200, {"object": "list", "has_more": False, "data": []}))

    client.emails.list()

    messages = [record.getMessage() for record in caplog.records if record.name == "resend_client"]
    assert len(messages) == 1
    assert messages[0].startswith("GET /emails -> 200 in ")


def test_version_is_sent_in_user_agent(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "list", "has_more": False, "data": []}))

    client.emails.list()

    assert scripted.requests[0].headers["user-agent"] == f"resend-client-python/{resend_client.__version__}"


def test_base_url_password_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="user name or password") as caught:
        Resend("re_key", base_url="https://user:hunter2secret@proxy.example")

    assert "hunter2secret" not in str(caught.value)


@pytest.mark.parametrize("url", ["https://exa mple.com", "https://proxy.example:99999"])
def test_malformed_host_or_port_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="not a valid URL"):
        Resend("re_key", base_url=url)


def test_base_url_accepts_httpx_url() -> None:
    assert Resend("re_key", base_url=httpx.URL("https://proxy.example/")).base_url == "https://proxy.example"


@pytest.mark.parametrize("url", [123, b"https://x.example"])
def test_base_url_of_wrong_type_is_refused(url: object) -> None:
    with pytest.raises(ConfigurationError, match="string or an httpx.URL"):
        Resend("re_key", base_url=url)  # type: ignore[arg-type]


def test_httpx_timeout_with_negative_phase_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"timeout\.connect"):
        Resend("re_key", timeout=httpx.Timeout(5.0, connect=-1.0))


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Note": "café"},
        {"X-Note": "a\r\nInjected: 1"},
        {"X-Note": "nul\0"},
        {"X-Note": "secret-value "},
        {"X-Note": " secret-value"},
    ],
)
def test_unsendable_header_value_is_rejected(client: Resend, scripted: ScriptedServer, headers: dict[str, str]) -> None:
    with pytest.raises(InvalidRequestError, match="X-Note") as caught:
        client.emails.list(extra_headers=headers)

    assert headers["X-Note"] not in str(caught.value)
    assert scripted.requests == []


def test_non_ascii_idempotency_key_is_rejected(client: Resend, scripted: ScriptedServer) -> None:
    with pytest.raises(InvalidRequestError, match="Idempotency-Key"):
        client.emails.send(from_="a@example.com", to="b@example.com", subject="s", text="t", idempotency_key="clé")

    assert scripted.requests == []


def test_short_key_does_not_garble_other_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    Resend("e")

    logging.getLogger("httpx").info("unrelated message about the weather")

    assert caplog.records[-1].getMessage() == "unrelated message about the weather"


@pytest.mark.parametrize("name", ["X Note", "", "X-Nöte", "X:Note"])
def test_invalid_header_name_is_rejected(client: Resend, scripted: ScriptedServer, name: str) -> None:
    with pytest.raises(InvalidRequestError, match="invalid header name"):
        client.emails.list(extra_headers={name: "a"})

    assert scripted.requests == []


def test_non_string_header_name_is_rejected(client: Resend, scripted: ScriptedServer) -> None:
    with pytest.raises(InvalidRequestError, match="invalid header name 1"):
        client.emails.list(extra_headers={1: "a"})  # type: ignore[dict-item]

    assert scripted.requests == []


def test_idempotency_key_with_trailing_space_is_rejected(client: Resend, scripted: ScriptedServer) -> None:
    with pytest.raises(InvalidRequestError, match="Idempotency-Key"):
        client.emails.send(from_="a@example.com", to="b@example.com", subject="s", text="t", idempotency_key="k ")

    assert scripted.requests == []


def test_empty_and_inner_space_header_values_are_sent(client: Resend, scripted: ScriptedServer) -> None:
    scripted.queue(json_reply(200, {"object": "list", "has_more": False, "data": []}))

    client.emails.list(extra_headers={"X-Empty": "", "X-Words": "two\twords here"})

    assert scripted.requests[0].headers["x-empty"] == ""
    assert scripted.requests[0].headers["x-words"] == "two\twords here"


def test_key_cut_by_excerpt_is_still_masked(client: Resend, scripted: ScriptedServer) -> None:
    page = "<html>" + "x" * 160 + f" Authorization: Bearer {TEST_API_KEY} " + "y" * 100 + "</html>"
    scripted.queue(Reply(status=502, body=page.encode(), headers={"content-type": "text/html"}))

    with pytest.raises(ResendError) as caught:
        client.emails.list()

    assert TEST_API_KEY[:12] not in str(caught.value)
    assert "Bearer [redacted]" in str(caught.value)


def test_import_and_construction_load_no_resources_or_models() -> None:
    script = (
        "import sys\n"
        "import resend_client\n"
        "resend_client.Resend('re_import_check_key', base_url='http://127.0.0.1:9')\n"
        "resend_client.AsyncResend('re_import_check_key', base_url='http://127.0.0.1:9')\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()

    heavy = [name for name in loaded if name.startswith(("resend_client.api", "resend_client._resources", "attr"))]
    models = [name for name in loaded if name.startswith("resend_client.models.")]
    assert heavy == []
    assert models == []
    assert "dateutil" not in loaded


def test_resources_load_on_first_use() -> None:
    script = (
        "import sys\n"
        "import resend_client\n"
        "client = resend_client.Resend('re_import_check_key', base_url='http://127.0.0.1:9')\n"
        "client.domains.claims\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()

    resources = [name for name in loaded if name.startswith("resend_client._resources.")]
    assert resources == ["resend_client._resources.domains"]
    assert "resend_client.models.email" not in loaded

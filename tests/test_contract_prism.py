"""The generated client against Prism: every operation sent as the description documents it.

Prism validates each request against openapi/resend.yaml and lists the problems in the
``sl-violations`` header. It responds with the description's response examples, or with data
generated from the schemas. Each operation is called through the facade with arguments from
tests/operation_calls.py, once per documented success example and once with generated data.
Every request must pass without a violation, and every response must parse into its model.
"""

import dataclasses
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier
from resend_client import APIStatusError, Resend
from resend_client.types import UNSET

from generator import paths
from generator.document import iter_operations, load_description, resolve
from generator.generate import load_config
from tests.operation_calls import (
    OperationCall,
    SuccessResponse,
    invoke,
    iter_operation_calls,
)
from tests.prism_server import PRISM_EXECUTABLE, PrismServer, read_violations

API_KEY = "re_contract_test_key"
RATE_LIMIT_HEADERS = {
    "ratelimit-limit": "limit",
    "ratelimit-remaining": "remaining",
    "ratelimit-reset": "reset",
    "ratelimit-policy": "policy",
}

DOCUMENT = load_description(paths.DESCRIPTION)
CALLS = list(iter_operation_calls(DOCUMENT))
CALLS_WITH_OPTIONAL_PARAMETERS = list(iter_operation_calls(DOCUMENT, optional_parameters=True))


def response_variants(call: OperationCall) -> Iterator[tuple[SuccessResponse, str, str]]:
    """Yield each success response with a ``Prefer`` header value that selects it, and a test id.

    Prism responds with the named example, or with data generated from the schema for
    ``dynamic=true``. A response without examples is also requested plainly by its status,
    and Prism then builds the body from the schema's defaults.
    """
    for response in call.success_responses:
        code = [f"code={response.status}"] if response.status.isdecimal() else []
        for example in response.example_names:
            yield response, ", ".join([*code, f"example={example}"]), f"{response.status}-{example}"
        if response.model_name is not None:
            yield response, ", ".join([*code, "dynamic=true"]), f"{response.status}-dynamic"
        if not response.example_names:
            yield response, ", ".join(code), f"{response.status}-static"


def contract_cases() -> Iterator[Any]:
    for call, optional_call in zip(CALLS, CALLS_WITH_OPTIONAL_PARAMETERS, strict=True):
        for response, prefer, variant in response_variants(call):
            yield pytest.param(call, response, prefer, id=f"{call.operation_id}-{variant}")
        if optional_call.kwargs != call.kwargs:
            response, prefer, _variant = next(response_variants(optional_call))
            yield pytest.param(optional_call, response, prefer, id=f"{call.operation_id}-optional-parameters")


@pytest.fixture(scope="module")
def prism_executable() -> Path:
    if PRISM_EXECUTABLE.exists():
        return PRISM_EXECUTABLE
    if os.environ.get("CI"):
        pytest.fail(f"Prism is not installed at {PRISM_EXECUTABLE}; run `make prism` (npm ci in contract/)")
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed, so Prism cannot run; install Node.js 18.20 or newer with npm")
    pytest.fail(f"Prism is not installed at {PRISM_EXECUTABLE}; run `make prism` (npm ci in contract/)")


@pytest.fixture(scope="module")
def prism(prism_executable: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with PrismServer(paths.DESCRIPTION, log_path, prism_executable) as server:
        yield server


@pytest.fixture(scope="module")
def client(prism: PrismServer) -> Iterator[Resend]:
    with Resend(API_KEY, base_url=prism.base_url, timeout=30) as resend:
        yield resend


def describe_failure(prism: PrismServer, summary: str) -> str:
    return f"{summary}\n--- Prism log, last lines ---\n{prism.log_tail()}"


def test_calls_cover_every_described_operation() -> None:
    described = [operation["operationId"] for _path, _method, operation, _ in iter_operations(DOCUMENT)]
    cases = {case.values[0].operation_id for case in contract_cases()}

    assert len(CALLS) == len(described)
    assert [call.operation_id for call in CALLS] == described
    assert cases == set(described)


@pytest.mark.parametrize(("call", "response", "prefer"), list(contract_cases()))
def test_operation_passes_prism_validation(
    client: Resend, prism: PrismServer, call: OperationCall, response: SuccessResponse, prefer: str
) -> None:
    if call.skip_reason is not None:
        pytest.skip(f"{call.facade_path}: {call.skip_reason}")

    options = {"extra_headers": {"Prefer": prefer}} if prefer else {}
    # The failure is raised outside the except block, so pytest does not print the chained error.
    failure = None
    try:
        raw = invoke(client, call, raw=True, **options)
    except APIStatusError as error:
        failure = (
            f"{call.facade_path} got {error.status_code} from Prism instead of {response.status}.\n"
            f"Violations: {read_violations(error.headers)}\nBody: {error.body}"
        )
    if failure is not None:
        pytest.fail(describe_failure(prism, failure))

    violations = read_violations(raw.headers)
    assert violations == [], describe_failure(prism, f"{call.facade_path} sent a request that Prism rejects")
    if response.status.isdecimal():
        assert raw.status_code == int(response.status)
    if response.model is None:
        assert raw.parsed is None
    else:
        assert isinstance(raw.parsed, response.model), f"{call.facade_path} parsed into {type(raw.parsed)}"
    for header, field in RATE_LIMIT_HEADERS.items():
        if header in raw.headers:
            assert getattr(raw.rate_limit, field) is not None, f"{header}: {raw.headers[header]!r} was not parsed"


def first_required_body_field(call: OperationCall) -> tuple[str, str, dict[str, Any]] | None:
    """Return the JSON name, keyword argument and schema of the first required field of a JSON-object body."""
    operation = DOCUMENT["paths"][call.path][call.http_method.lower()]
    if "requestBody" not in operation or call.skip_reason is not None:
        return None
    media_type = resolve(DOCUMENT, operation["requestBody"])["content"]["application/json"]
    schema = resolve(DOCUMENT, media_type["schema"])
    field_prefix = load_config().field_prefix
    for name in schema.get("required", []):
        argument = str(PythonIdentifier(name, field_prefix))
        if argument in call.kwargs and name in schema.get("properties", {}):
            return name, argument, resolve(DOCUMENT, schema["properties"][name])
    return None


def value_of_another_type(schema: dict[str, Any]) -> Any:
    """Return a JSON value whose type the field's schema (or its oneOf or anyOf members) does not allow."""
    allowed: set[str] = set()
    for member in [schema, *schema.get("oneOf", []), *schema.get("anyOf", [])]:
        types = resolve(DOCUMENT, member).get("type", [])
        allowed |= {types} if isinstance(types, str) else set(types)
    if "number" in allowed:
        allowed.add("integer")

    candidates: list[tuple[str, Any]] = [
        ("object", {"unexpected": True}),
        ("integer", 12345),
        ("string", "unexpected"),
        ("boolean", True),
    ]
    return next(value for json_type, value in candidates if json_type not in allowed)


@pytest.fixture(scope="module")
def body_call() -> tuple[OperationCall, str, str, dict[str, Any]]:
    for call in CALLS:
        field = first_required_body_field(call)
        if field is not None:
            return call, *field
    pytest.skip("no operation has a JSON-object request body with a required field to break")


@pytest.mark.parametrize("breakage", ["missing", "wrong_type"])
def test_invalid_request_is_reported(
    client: Resend, prism: PrismServer, body_call: tuple[OperationCall, str, str, dict[str, Any]], breakage: str
) -> None:
    call, name, argument, schema = body_call
    if breakage == "missing":
        # Fields set to UNSET are left out of the JSON body.
        broken = dataclasses.replace(call, kwargs={**call.kwargs, argument: UNSET})
        options: dict[str, Any] = {}
    else:
        broken = call
        options = {"extra_body": {name: value_of_another_type(schema)}}

    with pytest.raises(APIStatusError) as raised:
        invoke(client, broken, raw=True, **options)

    violations = read_violations(raised.value.headers)
    locations = [violation["location"] for violation in violations]
    assert any(location[:2] == ["request", "body"] for location in locations), describe_failure(
        prism, f"no body violation reported for {call.facade_path} with {breakage} {name!r}: {violations}"
    )
    assert any(name in violation["message"] or name in violation["location"] for violation in violations), (
        describe_failure(prism, f"no violation names {name!r}: {violations}")
    )

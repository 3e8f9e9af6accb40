"""The calls that tests/operation_calls.py builds from the description fit the generated facade."""

import copy
import inspect
import json
import types
import typing
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from openapi_python_client.parser import GeneratorData
from resend_client import Resend

from generator import naming, paths
from generator.document import iter_operations, load_description, resolve
from generator.generate import load_config
from tests.operation_calls import (
    OperationCall,
    OperationCallError,
    invoke,
    iter_operation_calls,
)

DOCUMENT = load_description(paths.DESCRIPTION)


class CapturedRequest(Exception):
    """Raised by the mock transport to stop the client once the request is recorded."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(f"{request.method} {request.url}")
        self.request = request


def capture_request(call: OperationCall) -> httpx.Request:
    def handler(request: httpx.Request) -> httpx.Response:
        raise CapturedRequest(request)

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http_client,
        Resend("re_test_operation_calls", base_url="http://127.0.0.1:9", http_client=http_client) as client,
        pytest.raises(CapturedRequest) as captured,
    ):
        invoke(client, call)
    return captured.value.request


def facade_method(call: OperationCall, *, raw: bool) -> Any:
    resource: Any = Resend("re_test_operation_calls", base_url="http://127.0.0.1:9")
    for attribute in call.resource_path:
        resource = getattr(resource, attribute)
    if raw:
        resource = resource.with_raw_response
    return getattr(resource, call.method_name)


def first_body_example(operation: dict[str, Any]) -> Any:
    content = resolve(DOCUMENT, operation["requestBody"])["content"]
    media_type = content.get("application/json") or content["multipart/form-data"]
    return next(iter(media_type["examples"].values()))["value"]


def wire_text(value: Any) -> str:
    """Return a parameter value as it appears in a query string or header, where booleans are lowercase."""
    return json.dumps(value) if isinstance(value, bool) else str(value)


def find_call(document: dict[str, Any], operation_id: str) -> OperationCall:
    return next(call for call in iter_operation_calls(document) if call.operation_id == operation_id)


def find_operation(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(
        operation
        for _path, _method, operation, _ in iter_operations(document)
        if operation["operationId"] == operation_id
    )


def test_every_operation_has_one_call() -> None:
    described = [operation["operationId"] for _path, _method, operation, _ in iter_operations(DOCUMENT)]

    calls = [call.operation_id for call in iter_operation_calls(DOCUMENT)]

    assert calls == described


@pytest.mark.parametrize("optional_parameters", [False, True], ids=["required", "optional"])
def test_arguments_bind_to_facade_methods(optional_parameters: bool) -> None:
    for call in iter_operation_calls(DOCUMENT, optional_parameters=optional_parameters):
        if call.skip_reason is not None:
            continue
        for raw in (False, True):
            signature = inspect.signature(facade_method(call, raw=raw))
            try:
                signature.bind(*call.args, **call.kwargs)
            except TypeError as error:
                pytest.fail(f"{call.facade_path}: {error}")


def test_success_models_match_facade_annotation() -> None:
    for call in iter_operation_calls(DOCUMENT):
        # The raw twin returns APIResponse[model]; the plain method may return a page instead.
        (annotation,) = typing.get_args(inspect.signature(facade_method(call, raw=True)).return_annotation)
        annotated = set(typing.get_args(annotation)) if isinstance(annotation, types.UnionType) else {annotation}
        assert annotated == {response.model for response in call.success_responses}, call.facade_path


def test_invoke_sends_documented_method_path_and_body() -> None:
    operations = {operation["operationId"]: operation for _path, _method, operation, _ in iter_operations(DOCUMENT)}

    for call in iter_operation_calls(DOCUMENT):
        if call.skip_reason is not None:
            continue
        request = capture_request(call)

        path = call.path
        for value in call.args:
            path = path.replace(path[path.index("{") : path.index("}") + 1], quote(value, safe=""), 1)
        assert (request.method, request.url.raw_path.decode().partition("?")[0]) == (call.http_method, path)
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            for value in first_body_example(operations[call.operation_id]).values():
                assert value.encode() in request.content, call.facade_path
        elif "requestBody" in operations[call.operation_id]:
            assert json.loads(request.content) == first_body_example(operations[call.operation_id]), call.facade_path


def test_optional_parameters_are_sent_when_asked() -> None:
    calls = {call.operation_id: call for call in iter_operation_calls(DOCUMENT, optional_parameters=True)}
    parameters = [
        (operation["operationId"], parameter)
        for _path, _method, operation, operation_parameters in iter_operations(DOCUMENT)
        for parameter in operation_parameters
        if parameter["in"] in ("query", "header") and "example" in parameter
    ]

    for operation_id, parameter in parameters:
        request = capture_request(calls[operation_id])
        sent = request.url.params if parameter["in"] == "query" else request.headers
        example = parameter["example"]
        expected = [wire_text(item) for item in (example if isinstance(example, list) else [example])]
        assert sent.get_list(parameter["name"]) == expected, (operation_id, parameter["name"])


def test_multipart_file_field_is_built_as_bytes() -> None:
    call = find_call(DOCUMENT, "create_contact_import")

    assert call.skip_reason is None
    assert isinstance(call.kwargs["file"], bytes)
    assert call.kwargs["file"].startswith(b"email,")


def test_body_without_example_is_reported() -> None:
    document = copy.deepcopy(DOCUMENT)
    del find_operation(document, "update_email")["requestBody"]["content"]["application/json"]["examples"]

    with pytest.raises(OperationCallError, match="update_email: the required JSON request body has no example"):
        list(iter_operation_calls(document))


@pytest.mark.parametrize("title", [None, "Cancellation"])
def test_inline_response_model_named_like_generator(title: str | None) -> None:
    document = copy.deepcopy(DOCUMENT)
    media_type = find_operation(document, "cancel_email")["responses"]["200"]["content"]["application/json"]
    media_type["schema"] = copy.deepcopy(DOCUMENT["components"]["schemas"]["EmailReference"])
    if title is not None:
        media_type["schema"]["title"] = title
    openapi = GeneratorData.from_dict(document, config=load_config())
    assert isinstance(openapi, GeneratorData)
    endpoint = next(
        endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        if endpoint.name == "cancel_email"
    )

    call = find_call(document, "cancel_email")

    generated = naming.success_type(endpoint)
    assert call.success_responses[0].model_name == generated

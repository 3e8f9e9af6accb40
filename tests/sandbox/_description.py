"""The OpenAPI description read through openapi-core: routing, request checks and response checks.

Request errors from openapi-core are translated here, in one place, into the API's error names.
"""

import functools
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from jsonschema_path import SchemaPath
from openapi_core import OpenAPI
from openapi_core.casting.schemas.exceptions import CastError
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.paths.exceptions import OperationNotFound, PathError
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import (
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._errors import ApiError
from ._request import RecordedRequest

DESCRIPTION_PATH = Path(__file__).resolve().parents[2] / "openapi" / "resend.yaml"

IDEMPOTENCY_HEADER = "Idempotency-Key"
BATCH_VALIDATION_HEADER = "x-batch-validation"
# The description states that the server uses strict mode when the header is absent, but its
# schema has no default.
DEFAULT_BATCH_VALIDATION = "strict"

MISSING_API_KEY_MESSAGE = "Missing API key. Send it as `Authorization: Bearer re_xxxxxxxxx`."

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@runtime_checkable
class _SchemaError(Protocol):
    """The parts of a jsonschema ``ValidationError`` that this module reads, since jsonschema ships no type hints."""

    message: str
    validator: str
    validator_value: Any
    instance: Any
    absolute_path: Sequence[str | int]
    context: Sequence[Any]


@dataclass(frozen=True)
class Operation:
    """Operation of the description that a request matched."""

    operation_id: str
    has_body: bool
    takes_idempotency_key: bool
    is_batch: bool
    success_status: int
    success_example: Any


@dataclass(frozen=True)
class ValidRequest:
    """Request that passed validation, with its parameters converted to their schema types.

    ``rejected`` lists the batch emails that permissive mode skips, as (index, message) pairs.
    """

    operation: Operation
    path_params: dict[str, Any]
    query_params: dict[str, Any]
    header_params: dict[str, Any]
    body: Any
    rejected: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _BodyProblem:
    """One invalid field of a request body, with the index of its batch email when there is one."""

    index: int | None
    name: str
    field_path: list[str | int]
    detail: str

    def to_error(self, where: str = "") -> ApiError:
        field_name = _format_field(self.field_path)
        if self.name == "missing_required_field" and self.detail:
            inside = f" in `{field_name}`" if self.field_path else ""
            return ApiError(422, self.name, f"Missing {self.detail} field{inside}{where}.")
        if self.name == "missing_required_field":
            return ApiError(422, self.name, f"Missing `{field_name}` field{where}.")
        if not self.field_path:
            subject = "request body" if self.index is None else "email"
            return ApiError(422, self.name, f"Invalid {subject}{where}: {self.detail}.")
        return ApiError(422, self.name, f"Invalid `{field_name}` field{where}: {self.detail}.")


class _OpenAPIRequest:
    """A received request in the shape openapi-core reads."""

    def __init__(self, request: RecordedRequest, host_url: str) -> None:
        self.host_url = host_url
        self.path = request.path
        self.method = request.method.lower()
        self.body: bytes | None = request.body
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.query),
            header=Headers(request.headers),
        )


class _OpenAPIResponse:
    """A response of the sandbox in the shape openapi-core reads."""

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status_code = status
        self.headers = Headers(headers)
        self.content_type = headers.get("content-type", "")
        self.data: bytes | None = body


class Description:
    """The OpenAPI description that routes, validates and checks everything the sandbox does."""

    def __init__(self, path: Path) -> None:
        self._openapi = OpenAPI.from_file_path(str(path))
        spec = self._openapi.spec
        self._finder = APICallPathFinder(spec)
        # The sandbox replaces the described server, so requests are matched as if sent there.
        self._host_url = (spec / "servers" / 0 / "url").read_str()
        # openapi-core does not document thread safety, and the server handles requests in threads.
        self._lock = threading.Lock()

        self.email_fields = frozenset(_property_names(spec, "Email"))
        self.operation_ids = frozenset(_operation_ids(spec))
        self.batch_excluded_fields = sorted(
            set(_property_names(spec, "SendEmailRequest")) - set(_property_names(spec, "BatchEmail"))
        )

    def find_operation(self, request: RecordedRequest) -> Operation:
        """Match the request to an operation, or raise 404 for an unknown path and 405 for a wrong method."""
        url = self._host_url + request.path
        with self._lock:
            try:
                found = self._finder.find(request.method.lower(), url)
            except OperationNotFound as exc:
                allowed = ", ".join(self._allowed_methods(url))
                message = f"Method {request.method} is not allowed for `{request.path}`."
                raise ApiError(405, "method_not_allowed", message, {"allow": allowed}) from exc
            except PathError as exc:
                raise ApiError(404, "not_found", f"Path `{request.path}` not found.") from exc

        operation = found.operation
        parameters = {
            ((parameter / "name").read_str(), (parameter / "in").read_str())
            for parameter in operation.get("parameters", [])
        }
        status, example = _success_example(operation)
        return Operation(
            operation_id=(operation / "operationId").read_str(),
            has_body="requestBody" in operation,
            takes_idempotency_key=(IDEMPOTENCY_HEADER, "header") in parameters,
            is_batch=(BATCH_VALIDATION_HEADER, "header") in parameters,
            success_status=status,
            success_example=example,
        )

    def validate(self, request: RecordedRequest, operation: Operation) -> ValidRequest:
        """Validate the request against its operation, or raise the first problem as an API error."""
        with self._lock:
            result = self._openapi.unmarshal_request(_OpenAPIRequest(request, self._host_url))

        body_errors: list[RequestBodyValidationError] = []
        for error in result.errors:
            if isinstance(error, RequestBodyValidationError):
                body_errors.append(error)
            else:
                raise _parameter_error(error)

        schema_errors: list[_SchemaError] = []
        for error in body_errors:
            found = _schema_errors_of(error)
            if found is None:
                raise _body_error(error)
            # openapi-core reads a multipart file part as bytes, which a `format: binary` string
            # schema then calls the wrong type, although the part is exactly what it describes.
            schema_errors.extend(
                error for error in found if not (isinstance(error.instance, bytes) and error.validator == "type")
            )
        # A body that failed to parse was rejected above, so this parse succeeds.
        is_json = request.headers.get("content-type", "").startswith("application/json")
        body = json.loads(request.body) if operation.has_body and request.body and is_json else None

        rejected: list[tuple[int, str]] = []
        if operation.is_batch:
            mode = result.parameters.header.get(BATCH_VALIDATION_HEADER, DEFAULT_BATCH_VALIDATION)
            rejected = self._check_batch(body, schema_errors, strict=mode == "strict")
        elif schema_errors:
            raise _first_problem(_body_problem(error, batch=False) for error in schema_errors).to_error()

        return ValidRequest(
            operation=operation,
            path_params=dict(result.parameters.path),
            query_params=dict(result.parameters.query),
            header_params=dict(result.parameters.header),
            body=body,
            rejected=rejected,
        )

    def response_errors(self, request: RecordedRequest, status: int, headers: dict[str, str], body: bytes) -> list[str]:
        """List the ways a response differs from what the description documents for it."""
        with self._lock:
            result = self._openapi.unmarshal_response(
                _OpenAPIRequest(request, self._host_url), _OpenAPIResponse(status, headers, body)
            )
        return [_explain_response_error(error) for error in result.errors]

    def _allowed_methods(self, url: str) -> list[str]:
        allowed = []
        for method in _HTTP_METHODS:
            try:
                self._finder.find(method, url)
            except PathError:
                continue
            allowed.append(method.upper())
        return allowed

    def _check_batch(self, body: Any, schema_errors: list[_SchemaError], *, strict: bool) -> list[tuple[int, str]]:
        """Find the invalid emails of a batch: raise in strict mode, list them in permissive mode."""
        problems = [_body_problem(error, batch=True) for error in schema_errors]
        if isinstance(body, list):
            for index, email in enumerate(body):
                if not isinstance(email, dict):
                    continue
                for name in self.batch_excluded_fields:
                    if name in email:
                        detail = f"batch emails cannot have `{name}`"
                        problems.append(_BodyProblem(index, "validation_error", [name], detail))

        whole_body = [problem for problem in problems if problem.index is None]
        if whole_body:
            raise _first_problem(whole_body).to_error()
        if strict and problems:
            first = _first_problem(problems)
            raise first.to_error(f" in the email at index {first.index}")

        by_index: dict[int, list[_BodyProblem]] = {}
        for problem in problems:
            if problem.index is not None:
                by_index.setdefault(problem.index, []).append(problem)
        return [(index, _first_problem(found).to_error().message) for index, found in sorted(by_index.items())]


@functools.cache
def load_description(path: Path = DESCRIPTION_PATH) -> Description:
    """Load and check the description once per process, so that every sandbox shares it."""
    return Description(path)


def _success_example(operation: SchemaPath) -> tuple[int, Any]:
    """Return the first documented 2xx status and the first example of its JSON body."""
    for status in (operation / "responses").str_keys():
        if not str(status).startswith("2"):
            continue
        content = operation / "responses" / status / "content" / "application/json"
        examples = content / "examples"
        for name in examples.str_keys():
            return int(status), (examples / name / "value").read_value()
        return int(status), None
    return 200, None


def _operation_ids(spec: SchemaPath) -> list[str]:
    operation_ids = []
    for path in (spec / "paths").str_keys():
        for method in (spec / "paths" / path).str_keys():
            if method in _HTTP_METHODS:
                operation_ids.append((spec / "paths" / path / method / "operationId").read_str())
    return operation_ids


def _property_names(spec: SchemaPath, schema_name: str) -> list[str]:
    properties = spec / "components" / "schemas" / schema_name / "properties"
    return list(properties.str_keys())


def _parameter_error(error: Exception) -> ApiError:
    if isinstance(error, SecurityValidationError):
        return ApiError(401, "missing_api_key", MISSING_API_KEY_MESSAGE)
    if not isinstance(error, ParameterValidationError):
        return ApiError(422, "validation_error", f"Invalid request: {error}.")

    noun = "header" if error.location == "header" else "parameter"
    if isinstance(error, MissingRequiredParameter):
        return ApiError(422, "missing_required_field", f"Missing `{error.name}` {noun}.")

    if error.name.lower() == IDEMPOTENCY_HEADER.lower():
        status, name = 400, "invalid_idempotency_key"
    else:
        status, name = 422, "validation_error"

    cause = error.__cause__
    schema_errors = _schema_errors_of(error)
    if schema_errors:
        detail = _explain_schema_error(schema_errors[0])
    elif isinstance(cause, CastError):
        detail = f"{cause.value!r} is not of type '{cause.type}'"
    else:
        detail = str(cause or error)
    return ApiError(status, name, f"Invalid `{error.name}` {noun}: {detail}.")


def _body_error(error: RequestBodyValidationError) -> ApiError:
    """Translate a body error that is not about the body's fields."""
    cause = error.__cause__
    if isinstance(error, MissingRequiredRequestBody):
        return ApiError(422, "missing_required_field", "Missing request body.")
    if isinstance(cause, MediaTypeDeserializeError):
        return ApiError(400, "validation_error", "The request body is not valid JSON.")
    if isinstance(cause, MediaTypeNotFound):
        content_type = cause.mimetype or "none"
        message = f"Invalid `content-type` header: {content_type} is not supported. Send the body as application/json."
        return ApiError(400, "validation_error", message)
    return ApiError(422, "validation_error", f"Invalid request body: {cause or error}.")


def _schema_errors_of(error: Exception) -> list[_SchemaError] | None:
    """Return the jsonschema errors behind an openapi-core error, or None when it has none."""
    found = getattr(error.__cause__, "schema_errors", None)
    if found is None:
        return None
    return [schema_error for schema_error in found if isinstance(schema_error, _SchemaError)]


def _body_problem(error: _SchemaError, *, batch: bool) -> _BodyProblem:
    path = list(error.absolute_path)
    index = None
    if batch and path and isinstance(path[0], int):
        index, path = path[0], path[1:]

    if error.validator == "required":
        return _BodyProblem(index, "missing_required_field", [*path, _missing_property(error)], "")
    alternatives = _required_alternatives(error)
    if alternatives:
        names = [f"`{name}`" for name in alternatives]
        detail = f"{', '.join(names[:-1])} or {names[-1]}"
        return _BodyProblem(index, "missing_required_field", path, detail)
    return _BodyProblem(index, "validation_error", path, _explain_schema_error(error))


def _required_alternatives(error: _SchemaError) -> list[str]:
    """Return the field names of an "at least one of" rule that the body broke, or an empty list.

    The description writes that rule as ``not: {not: {anyOf: [{required: [...]}, ...]}}``.
    """
    if error.validator != "not" or not isinstance(error.validator_value, dict):
        return []
    inner = error.validator_value.get("not")
    if not isinstance(inner, dict) or not isinstance(inner.get("anyOf"), list):
        return []

    names: list[str] = []
    for alternative in inner["anyOf"]:
        if not isinstance(alternative, dict) or set(alternative) != {"required"}:
            return []
        names.extend(str(name) for name in alternative["required"])
    return names


def _first_problem(problems: Iterable[_BodyProblem]) -> _BodyProblem:
    """Pick the problem to report: the first email, and a missing field before an invalid one."""

    def rank(problem: _BodyProblem) -> tuple[int, bool]:
        index = -1 if problem.index is None else problem.index
        return index, problem.name != "missing_required_field"

    return min(problems, key=rank)


def _missing_property(error: _SchemaError) -> str:
    present = error.instance if isinstance(error.instance, dict) else {}
    for name in error.validator_value:
        if name not in present:
            return str(name)
    return str(error.validator_value[0])


def _explain_schema_error(error: _SchemaError) -> str:
    # A failed oneOf explains itself through its alternatives; the one that failed on something
    # other than the type is the alternative the client meant.
    for alternative in error.context:
        if isinstance(alternative, _SchemaError) and alternative.validator != "type":
            return _explain_schema_error(alternative)

    # jsonschema quotes the whole value in these messages, which can be long.
    size = error.validator_value
    if error.validator == "minLength":
        return "the value is empty" if size == 1 else f"the value is shorter than the minimum of {size} characters"
    if error.validator == "maxLength":
        return f"the value is longer than the maximum of {size} characters"
    if error.validator == "maxItems":
        return f"the list has more than the maximum of {size} items"
    return error.message


def _format_field(path: Sequence[str | int]) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def _explain_response_error(error: Exception) -> str:
    details = [
        f"{_format_field(list(schema_error.absolute_path)) or 'body'}: {schema_error.message}"
        for schema_error in getattr(error.__cause__, "schema_errors", None) or []
        if isinstance(schema_error, _SchemaError)
    ]
    return f"{error} ({'; '.join(details)})" if details else str(error)

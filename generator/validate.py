"""Validation of the OpenAPI description: the OpenAPI 3.1 schema first, then the project's rules.

Every problem is collected and reported together, each naming the operation or component it
concerns, so one run shows everything that needs fixing.
"""

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi_document
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator import naming
from generator.document import iter_operations, load_description, resolve

OPERATION_ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
RATE_LIMIT_HEADERS = ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "ratelimit-policy")
IDEMPOTENCY_HEADER = "idempotency-key"
DOCUMENT_URI = "urn:resend-client:openapi"


def validate_description(path: Path) -> list[str]:
    """Return every problem found in the description; an empty list means it is valid."""
    document = load_description(path)

    try:
        validate_openapi_document(document)
    except OpenAPIValidationError as error:
        return [f"OpenAPI schema: {error.message}"]

    problems = list(_check_operations(document))
    problems.extend(_check_examples(document))
    if not problems:
        problems.extend(_check_facade_names(document))
    return problems


def _check_facade_names(document: dict[str, Any]) -> Iterator[str]:
    try:
        naming.operation_method_names(document)
        naming.body_argument_names(document)
        naming.deprecation_messages(document)
    except naming.NamingError as error:
        yield str(error)


def _check_operations(document: dict[str, Any]) -> Iterator[str]:
    declared_tags = {tag["name"] for tag in document.get("tags", [])}
    seen_operation_ids: dict[str, str] = {}

    for path, method, operation, parameters in iter_operations(document):
        operation_id = operation.get("operationId")
        where = f"{operation_id or '(no operationId)'} ({method.upper()} {path})"

        if not operation_id:
            yield f"{where}: missing operationId"
        elif not OPERATION_ID_PATTERN.match(operation_id):
            yield f"{where}: operationId must be snake_case"
        elif operation_id in seen_operation_ids:
            yield f"{where}: operationId already used by {seen_operation_ids[operation_id]}"
        else:
            seen_operation_ids[operation_id] = f"{method.upper()} {path}"

        tags = operation.get("tags", [])
        if len(tags) != 1:
            yield f"{where}: expected exactly one tag, found {len(tags)}"
        for tag in tags:
            if tag not in declared_tags:
                yield f"{where}: tag {tag!r} is not declared in the top-level tags"
        if not operation.get("summary"):
            yield f"{where}: missing summary"

        responses = operation.get("responses", {})
        for status in _required_error_statuses(operation, parameters):
            if status not in responses:
                yield f"{where}: missing {status} response"
        if not any(str(status).startswith("2") for status in responses):
            yield f"{where}: no success response"

        for status, response in responses.items():
            yield from _check_response_headers(where, str(status), resolve(document, response))


def _required_error_statuses(operation: dict[str, Any], parameters: list[dict[str, Any]]) -> list[str]:
    statuses = ["401", "403", "429", "5XX"]
    if any(parameter.get("in") == "path" for parameter in parameters):
        statuses.append("404")
    if "requestBody" in operation:
        statuses.extend(["400", "422"])
    if any(
        parameter.get("in") == "header" and parameter.get("name", "").lower() == IDEMPOTENCY_HEADER
        for parameter in parameters
    ):
        statuses.append("409")
    return statuses


def _check_response_headers(where: str, status: str, response: dict[str, Any]) -> Iterator[str]:
    header_names = {name.lower() for name in response.get("headers", {})}
    for header in RATE_LIMIT_HEADERS:
        if header not in header_names:
            yield f"{where}: {status} response lacks the {header} header"
    if status == "429" and "retry-after" not in header_names:
        yield f"{where}: 429 response lacks the retry-after header"


def _check_examples(document: dict[str, Any]) -> Iterator[str]:
    registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, DRAFT202012.create_resource(document))
    for pointer, schema_pointer, example_name, value in _iter_examples(document, document, ""):
        schema_reference = f"{DOCUMENT_URI}#{quote(schema_pointer, safe='/~')}"
        validator = Draft202012Validator(
            {"$ref": schema_reference},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        for error in validator.iter_errors(value):
            location = "/".join(str(part) for part in error.absolute_path) or "(root)"
            yield f"example {example_name!r} at {pointer}: {location}: {error.message}"


def _iter_examples(document: dict[str, Any], node: Any, pointer: str) -> Iterator[tuple[str, str, str, Any]]:
    """Yield (where, schema pointer, example name, value) for every example next to a schema.

    Media types, parameters and headers carry ``example`` or named ``examples`` beside a
    ``schema``; schema objects themselves may carry a JSON Schema ``examples`` list.
    """
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _iter_examples(document, item, f"{pointer}/{index}")
        return
    if not isinstance(node, dict):
        return

    if "schema" in node and isinstance(node["schema"], dict):
        schema_pointer = f"{pointer}/schema"
        if "example" in node:
            yield pointer, schema_pointer, "example", node["example"]
        for name, example in node.get("examples", {}).items():
            example = resolve(document, example)
            if "value" in example:
                yield f"{pointer}/examples/{name}", schema_pointer, name, example["value"]

    for key, child in node.items():
        escaped = str(key).replace("~", "~0").replace("/", "~1")
        if key == "examples" and isinstance(child, list) and _is_schema(node):
            for index, value in enumerate(child):
                yield f"{pointer}/examples/{index}", pointer, f"examples[{index}]", value
        elif key not in ("example", "examples"):
            yield from _iter_examples(document, child, f"{pointer}/{escaped}")


def _is_schema(node: dict[str, Any]) -> bool:
    return any(keyword in node for keyword in ("type", "properties", "oneOf", "anyOf", "allOf", "items", "$ref"))

"""Calls of every described operation through the resource facade, built from the description's examples.

Each ``OperationCall`` names the facade method (``client.<resource path>.<method>``, decided by
``generator.naming``) and contains its arguments. Path parameters are positional. Query and header
parameters are keyword arguments: the required ones always, and with ``optional_parameters``
also every optional one that has an example. A JSON-object request body is spread into one
keyword argument per field, named as the facade names them (``from`` becomes ``from_``), with
the values of the body's first named example. Any other JSON body, such as an array, is one
keyword argument named by ``naming.body_argument_names``.

Each call also lists the operation's success responses with the name of the class in
``resend_client.models`` that each one parses into.
"""

import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import resend_client.models
from openapi_python_client.config import Config
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import PythonIdentifier, pascal_case
from resend_client import Resend

from generator import naming
from generator.document import iter_operations, resolve
from generator.generate import load_config

JSON_CONTENT_TYPE = "application/json"
MULTIPART_CONTENT_TYPE = "multipart/form-data"

# Parameter locations that the facade takes as keyword arguments; cookies are not sent at all.
KEYWORD_PARAMETER_LOCATIONS = ("query", "header")

PATH_TEMPLATE_PATTERN = re.compile(r"{([^}]+)}")


class OperationCallError(ValueError):
    """The description lacks something that a call of the operation needs, such as an example."""


@dataclass(frozen=True)
class SuccessResponse:
    """One documented 2xx response of an operation."""

    status: str
    """The status as the description writes it, such as ``200`` or ``2XX``."""

    model_name: str | None
    """Name of the class in ``resend_client.models`` that the body parses into; None without a body."""

    example_names: tuple[str, ...]
    """Names of the response's JSON examples, in the description's order."""

    @property
    def model(self) -> type | None:
        """The class in ``resend_client.models`` named by ``model_name``."""
        if self.model_name is None:
            return None
        model: type = getattr(resend_client.models, self.model_name)
        return model


@dataclass(frozen=True)
class OperationCall:
    """A call of one operation through the facade, with arguments taken from the description."""

    operation_id: str
    http_method: str
    path: str
    resource_path: tuple[str, ...]
    method_name: str
    args: tuple[str, ...]
    kwargs: Mapping[str, Any]
    success_responses: tuple[SuccessResponse, ...]
    skip_reason: str | None = None
    """Why the call cannot be made yet; the arguments are then incomplete."""

    @property
    def facade_path(self) -> str:
        """The method as a caller writes it, such as ``client.emails.send``."""
        return ".".join(("client", *self.resource_path, self.method_name))


def iter_operation_calls(document: dict[str, Any], *, optional_parameters: bool = False) -> Iterator[OperationCall]:
    """Yield one call per operation, in the order of the description.

    Raises ``OperationCallError`` for an operation that cannot be called from its description,
    such as a required parameter or request body without an example.
    """
    config = load_config()
    resource_paths = naming.operation_resource_paths(document)
    method_names = naming.operation_method_names(document)
    body_names = naming.body_argument_names(document)

    for path, http_method, operation, parameters in iter_operations(document):
        operation_id = operation["operationId"]
        args, kwargs = _parameter_arguments(document, operation_id, path, parameters, config, optional_parameters)

        skip_reason = None
        if "requestBody" in operation:
            request_body = resolve(document, operation["requestBody"])
            body_kwargs, skip_reason = _body_arguments(
                document, operation_id, request_body, body_names[operation_id], config
            )
            kwargs.update(body_kwargs)

        yield OperationCall(
            operation_id=operation_id,
            http_method=http_method.upper(),
            path=path,
            resource_path=resource_paths[operation_id],
            method_name=method_names[operation_id],
            args=args,
            kwargs=kwargs,
            success_responses=_success_responses(document, operation_id, operation, config),
            skip_reason=skip_reason,
        )


def invoke(client: Resend, call: OperationCall, *, raw: bool = False, **options: Any) -> Any:
    """Send the call through the client's facade and return what the method returns.

    With ``raw``, the method's twin under ``with_raw_response`` is called, which returns the
    whole ``APIResponse``. ``options`` are the request options that every method takes, such
    as ``extra_headers`` or ``extra_body``.
    """
    if call.skip_reason is not None:
        message = f"{call.operation_id} cannot be called: {call.skip_reason}"
        raise OperationCallError(message)

    resource: Any = client
    for attribute in call.resource_path:
        resource = getattr(resource, attribute)
    if raw:
        resource = resource.with_raw_response
    method = getattr(resource, call.method_name)
    # Deprecated operations are still called; their warning is tested on its own.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return method(*call.args, **call.kwargs, **options)


def _parameter_arguments(
    document: dict[str, Any],
    operation_id: str,
    path: str,
    parameters: list[dict[str, Any]],
    config: Config,
    optional_parameters: bool,
) -> tuple[tuple[str, ...], dict[str, Any]]:
    # An operation-level parameter overrides a path-level one with the same name and location,
    # and iter_operations lists the path-level ones first.
    effective = {(parameter["name"], parameter["in"]): parameter for parameter in parameters}

    path_values: dict[str, str] = {}
    kwargs: dict[str, Any] = {}
    for (name, location), parameter in effective.items():
        included = parameter.get("required") or (optional_parameters and _has_example(parameter))
        if location == "path":
            path_values[name] = str(_parameter_value(document, operation_id, parameter))
        elif location in KEYWORD_PARAMETER_LOCATIONS and included:
            kwargs[str(PythonIdentifier(name, config.field_prefix))] = _parameter_value(
                document, operation_id, parameter
            )

    # The facade takes path parameters in the order in which they appear in the path.
    args = tuple(path_values[name] for name in PATH_TEMPLATE_PATTERN.findall(path))
    return args, kwargs


def _has_example(parameter: dict[str, Any]) -> bool:
    schema = parameter.get("schema", {})
    return "example" in parameter or bool(parameter.get("examples")) or "example" in schema or "examples" in schema


def _parameter_value(document: dict[str, Any], operation_id: str, parameter: dict[str, Any]) -> Any:
    """Pick a parameter's value: its example, else its schema's example, first enum value or default."""
    if "example" in parameter:
        return parameter["example"]
    for example in parameter.get("examples", {}).values():
        example = resolve(document, example)
        if "value" in example:
            return example["value"]

    schema = parameter.get("schema", {})
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]

    message = (
        f"{operation_id}: parameter {parameter['name']!r} ({parameter['in']}) has no example, enum or default; "
        "add an example to it"
    )
    raise OperationCallError(message)


def _body_arguments(
    document: dict[str, Any],
    operation_id: str,
    request_body: dict[str, Any],
    body_name: str,
    config: Config,
) -> tuple[dict[str, Any], str | None]:
    """Return the keyword arguments of the request body, or a reason why it cannot be built yet."""
    content = request_body.get("content", {})
    if MULTIPART_CONTENT_TYPE in content and JSON_CONTENT_TYPE not in content:
        return _form_arguments(document, operation_id, content[MULTIPART_CONTENT_TYPE], config), None
    if JSON_CONTENT_TYPE not in content:
        content_types = ", ".join(content) or "none"
        return {}, f"only JSON and multipart request bodies are built from examples, and this one has {content_types}"

    media_type = content[JSON_CONTENT_TYPE]
    example = _first_example(document, media_type)
    if example is None:
        if not request_body.get("required"):
            return {}, None
        message = f"{operation_id}: the required JSON request body has no example; add a named example to it"
        raise OperationCallError(message)

    fields = _object_fields(document, media_type.get("schema", {}))
    if fields is None:
        return {body_name: example[1]}, None

    name, value = example
    if not isinstance(value, dict):
        message = f"{operation_id}: request body example {name!r} is not a JSON object, but the schema is"
        raise OperationCallError(message)
    undeclared = sorted(set(value) - fields)
    if undeclared:
        message = (
            f"{operation_id}: request body example {name!r} has fields that the schema does not declare, "
            f"so the facade has no argument for them: {', '.join(undeclared)}"
        )
        raise OperationCallError(message)
    return {str(PythonIdentifier(field, config.field_prefix)): item for field, item in value.items()}, None


def _form_arguments(
    document: dict[str, Any], operation_id: str, media_type: dict[str, Any], config: Config
) -> dict[str, Any]:
    """Return the keyword arguments of a multipart body; file fields get the example's text as bytes."""
    example = _first_example(document, media_type)
    if example is None:
        message = f"{operation_id}: the multipart request body has no example; add a named example to it"
        raise OperationCallError(message)
    schema = resolve(document, media_type.get("schema", {}))
    properties = schema.get("properties", {})
    kwargs: dict[str, Any] = {}
    for field, value in example[1].items():
        is_file = resolve(document, properties.get(field, {})).get("format") == "binary"
        kwargs[str(PythonIdentifier(field, config.field_prefix))] = value.encode() if is_file else value
    return kwargs


def _first_example(document: dict[str, Any], media_type: dict[str, Any]) -> tuple[str, Any] | None:
    """Return the name and value of a media type's first named example, else of its single example."""
    for name, example in media_type.get("examples", {}).items():
        example = resolve(document, example)
        if "value" in example:
            return name, example["value"]
    if "example" in media_type:
        return "example", media_type["example"]
    return None


def _object_fields(document: dict[str, Any], schema: dict[str, Any]) -> set[str] | None:
    """Return the field names of an object schema that declares properties, else None.

    The facade spreads a body into keyword arguments only when its model has fields
    (``naming.body_fields``), and openapi-python-client merges the members of ``allOf`` into
    one model.
    """
    schema = resolve(document, schema)
    fields = set(schema.get("properties", {}))
    for member in schema.get("allOf", []):
        fields |= _object_fields(document, member) or set()
    return fields or None


def _success_responses(
    document: dict[str, Any], operation_id: str, operation: dict[str, Any], config: Config
) -> tuple[SuccessResponse, ...]:
    responses: list[SuccessResponse] = []
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        response = resolve(document, response)
        media_type = response.get("content", {}).get(JSON_CONTENT_TYPE)
        if media_type is None:
            responses.append(SuccessResponse(str(status), None, ()))
            continue
        responses.append(
            SuccessResponse(
                status=str(status),
                model_name=_model_name(document, operation_id, str(status), media_type.get("schema", {}), config),
                example_names=tuple(media_type.get("examples", {})),
            )
        )
    return tuple(sorted(responses, key=lambda response: response.status))


def _model_name(
    document: dict[str, Any], operation_id: str, status: str, schema: dict[str, Any], config: Config
) -> str:
    """Return the class that openapi-python-client generates for a success response schema.

    A ``$ref`` gives the class of the referenced schema's name. An inline object is named as in
    openapi-python-client 0.29.1: by its ``title`` while ``use_path_prefixes_for_title_model_names``
    is off, else by the operationId followed by the title or ``response_<status>``.
    """
    resolved = resolve(document, schema)
    types = resolved.get("type", "object")
    if "object" not in ([types] if isinstance(types, str) else types) or not {"properties", "allOf"} & resolved.keys():
        message = (
            f"{operation_id}: the {status} response is not an object schema with properties, "
            "so it has no model class to check"
        )
        raise OperationCallError(message)

    title = resolved.get("title")
    if "$ref" in schema:
        class_string = schema["$ref"]
    elif title and not config.use_path_prefixes_for_title_model_names:
        class_string = title
    else:
        class_string = pascal_case(operation_id) + pascal_case(title or f"response_{status}")
    return str(Class.from_string(string=class_string, config=config).name)

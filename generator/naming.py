"""Names and type strings that the templates take from the description and the parsed endpoints.

Each operation belongs to a resource of the facade: its tag in snake case (``Emails`` gives
``client.emails``), or the dotted path in ``x-resource`` for a nested one (``contacts.segments``
gives ``client.contacts.segments``). The method is named after the operationId minus the words
of the resource path, so ``send_email`` under ``Emails`` becomes ``client.emails.send``. An
operation may set ``x-method-name`` to choose another name, and a request body that is not a
JSON object (the batch send takes an array) is passed as one keyword argument named by
``x-body-name``.
"""

import dataclasses
import keyword
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import Response
from openapi_python_client.schema.untrusted_string import UntrustedString

from generator.document import iter_operations, resolve

DEFAULT_BODY_ARGUMENT = "body"

# Keyword arguments that every facade method takes; a body field with one of these names would
# be shadowed, so generation stops instead.
RESERVED_ARGUMENTS = {
    "extra_headers",
    "extra_query",
    "extra_body",
    "timeout",
    "max_retries",
    "total_timeout",
    "self",
}

# Attributes that every resource class has, which a method of the same name would hide.
RESERVED_METHOD_NAMES = {"with_raw_response"}


class NamingError(ValueError):
    """The description requests a facade name that cannot be generated."""


def resource_path(operation: dict[str, Any]) -> tuple[str, ...]:
    """Return the attribute path of the operation's resource, such as ``("contacts", "segments")``."""
    dotted = operation.get("x-resource") or strings.snake_case(operation["tags"][0])
    return tuple(dotted.split("."))


def operation_resource_paths(document: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Map each operationId to the attribute path of its resource."""
    paths: dict[str, tuple[str, ...]] = {}
    for _path, _method, operation, _parameters in iter_operations(document):
        resource = resource_path(operation)
        for part in resource:
            if not _is_public_identifier(part) or part in RESERVED_METHOD_NAMES:
                message = (
                    f"{operation['operationId']}: resource path {'.'.join(resource)!r} has an unusable part {part!r}"
                )
                raise NamingError(message)
        paths[operation["operationId"]] = resource
    return paths


def operation_method_names(document: dict[str, Any]) -> dict[str, str]:
    """Map each operationId to the name of its method on the resource facade."""
    names: dict[str, str] = {}
    owners: dict[tuple[tuple[str, ...], str], str] = {}
    resources = operation_resource_paths(document)
    sub_resources = {
        resource[:depth] + (resource[depth],) for resource in resources.values() for depth in range(len(resource))
    }

    for _path, _method, operation, _parameters in iter_operations(document):
        operation_id = operation["operationId"]
        resource = resources[operation_id]
        name = operation.get("x-method-name") or method_name_for(operation_id, " ".join(resource))
        attribute = "client." + ".".join((*resource, name))

        if not _is_public_identifier(name) or name in RESERVED_METHOD_NAMES:
            message = (
                f"{operation_id}: {name!r} cannot be a method name, because it is not a public Python "
                "identifier or is reserved. Set x-method-name to another name."
            )
            raise NamingError(message)
        if (*resource, name) in sub_resources:
            message = f"{operation_id}: {attribute} is already a nested resource. Set x-method-name to another name."
            raise NamingError(message)
        if (resource, name) in owners:
            message = (
                f"{operation_id} and {owners[resource, name]} would both become {attribute}. "
                "Set x-method-name on one of them."
            )
            raise NamingError(message)
        owners[resource, name] = operation_id
        names[operation_id] = name
    return names


def _is_public_identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")


def method_name_for(operation_id: str, tag: str) -> str:
    """Drop the words of the tag or resource path (plural or singular) from an operationId."""
    tag_words = {word.lower() for word in tag.replace("-", " ").replace("_", " ").split()}
    tag_words |= {word[:-1] for word in tag_words if word.endswith("s")}
    remaining = [word for word in operation_id.split("_") if word not in tag_words]
    return "_".join(remaining) or operation_id


def body_argument_names(document: dict[str, Any]) -> dict[str, str]:
    """Map each operationId whose body is not a JSON object to its keyword argument name."""
    names: dict[str, str] = {}
    for _path, _method, operation, _parameters in iter_operations(document):
        if "requestBody" not in operation:
            continue
        request_body = resolve(document, operation["requestBody"])
        name = request_body.get("x-body-name", DEFAULT_BODY_ARGUMENT)
        if name in RESERVED_ARGUMENTS:
            message = f"{operation['operationId']}: x-body-name {name!r} is a reserved keyword argument"
            raise NamingError(message)
        names[operation["operationId"]] = name
    return names


def parameter_descriptions(document: dict[str, Any], field_prefix: str) -> dict[str, dict[str, str]]:
    """Map each operationId to its parameters' descriptions, keyed by Python name.

    The stock parser keeps only a parameter's schema description, and the description writes
    them on the parameter itself.
    """
    descriptions: dict[str, dict[str, str]] = {}
    for _path, _method, operation, parameters in iter_operations(document):
        descriptions[operation["operationId"]] = {
            str(strings.PythonIdentifier(parameter["name"], field_prefix)): " ".join(parameter["description"].split())
            for parameter in parameters
            if parameter.get("description")
        }
    return descriptions


def input_type(prop: PropertyProtocol) -> str:
    """Return the annotation for an argument that accepts this property's value.

    Nested models also accept plain mappings, and arrays accept any sequence. The annotation
    never contains ``list``, because a facade method named ``list`` would shadow it in the class.
    """
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name} | Mapping[str, Any]"
    if isinstance(prop, FileProperty):
        return "File | bytes | IO[bytes]"
    if isinstance(prop, ListProperty):
        return f"Sequence[{input_type(prop.inner_property)}]"
    if isinstance(prop, UnionProperty):
        members: list[str] = []
        for inner in prop.inner_properties:
            for member in input_type(inner).split(" | "):
                if member not in members:
                    members.append(member)
        return " | ".join(members)
    return prop.get_type_string(no_optional=True).as_unembedded_code()


def page_item_type(endpoint: Endpoint) -> str | None:
    """Return the item class of a paginated list operation, or None for any other operation.

    A list operation takes the ``after`` cursor and returns one model whose ``data`` is an
    array of models.
    """
    if not any(parameter.name == "after" for parameter in endpoint.query_parameters):
        return None
    responses = success_responses(endpoint)
    if len(responses) != 1 or not isinstance(responses[0].prop, ModelProperty):
        return None
    model = responses[0].prop
    for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
        if prop.name == "data" and isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            return str(prop.inner_property.class_info.name)
    return None


def is_idempotency_key(prop: PropertyProtocol) -> bool:
    """Tell whether the parameter is the ``Idempotency-Key`` header."""
    return _plain_name(prop.name).lower() == "idempotency-key"


def is_multipart(endpoint: Endpoint) -> bool:
    """Tell whether the endpoint sends its body as ``multipart/form-data``."""
    return len(endpoint.bodies) == 1 and endpoint.bodies[0].body_type == "files"


def is_file_property(prop: PropertyProtocol) -> bool:
    """Tell whether the property is a file upload."""
    return isinstance(prop, FileProperty)


def is_list_property(prop: PropertyProtocol) -> bool:
    """Tell whether the property is an array, which a query string sends as repeated parameters."""
    return isinstance(prop, ListProperty)


def success_responses(endpoint: Endpoint) -> list[Response]:
    """Return the endpoint's documented 2xx responses."""
    return [
        response
        for response in endpoint.responses.patterns
        if response.status_code.range is not None and 200 <= response.status_code.range[0] <= 299
    ]


def success_type(endpoint: Endpoint) -> str:
    """Return the type that the endpoint's success responses parse into."""
    types: list[str] = []
    for response in success_responses(endpoint):
        type_string = response.prop.get_type_string().as_unembedded_code()
        if type_string not in types:
            types.append(type_string)
    return " | ".join(types) or "None"


def body_fields(endpoint: Endpoint) -> list[PropertyProtocol]:
    """Return the fields of a JSON-object or multipart body, required ones first; empty for any other body.

    Raises when a field's Python name collides with a parameter of the operation or with a
    keyword argument that every method takes.
    """
    if len(endpoint.bodies) != 1 or endpoint.bodies[0].body_type not in ("json", "files"):
        return []
    model = endpoint.bodies[0].prop
    if not isinstance(model, ModelProperty):
        return []

    fields: list[PropertyProtocol] = [*(model.required_properties or []), *(model.optional_properties or [])]
    parameters = [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
    unavailable = RESERVED_ARGUMENTS | {parameter.python_name for parameter in parameters}
    for field in fields:
        if field.python_name in unavailable:
            message = (
                f"{endpoint.name}: body field {field.python_name!r} has the same Python name as a parameter "
                "or as a keyword argument that every method takes. Rename one of them."
            )
            raise NamingError(message)
    return fields


def find_untyped_operations(openapi: GeneratorData) -> list[str]:
    """List request bodies and success responses that the generator typed as ``Any``.

    openapi-python-client gives up on some schemas (an ``anyOf`` of ``required`` lists, for
    one) without a warning and falls back to ``Any``, which would silently drop the model.
    """
    problems: list[str] = []
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                if _is_untyped(body.prop):
                    problems.append(f"{endpoint.name}: the request body was generated as Any, so its model is lost")
            for response in success_responses(endpoint):
                if _is_untyped(response.prop):
                    status = response.status_code.pattern
                    problems.append(
                        f"{endpoint.name}: the {status} response was generated as Any, so its model is lost"
                    )
    return problems


def _is_untyped(prop: PropertyProtocol) -> bool:
    if isinstance(prop, AnyProperty):
        return True
    if isinstance(prop, UnionProperty):
        return any(_is_untyped(inner) for inner in prop.inner_properties)
    if isinstance(prop, ListProperty):
        return _is_untyped(prop.inner_property)
    return False


@dataclasses.dataclass
class ResourceNode:
    """One resource class of the facade: its attribute path, operations and nested resources."""

    path: tuple[str, ...]
    endpoints: list[Endpoint] = dataclasses.field(default_factory=list)
    children: list[str] = dataclasses.field(default_factory=list)

    @property
    def class_name(self) -> str:
        return "".join(strings.pascal_case(part) for part in self.path) + "Resource"

    @property
    def nested(self) -> list[tuple[str, str]]:
        """Return (attribute, class name) of each nested resource."""
        return [(child, ResourceNode((*self.path, child)).class_name) for child in self.children]

    @property
    def attribute(self) -> str:
        return "client." + ".".join(self.path)


def resource_tree(document: dict[str, Any], openapi: GeneratorData) -> list[ResourceNode]:
    """Return every resource class of the facade, nested ones before the classes that hold them."""
    endpoints = {
        str(endpoint.name): endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    nodes: dict[tuple[str, ...], ResourceNode] = {}
    for operation_id, path in operation_resource_paths(document).items():
        for depth in range(1, len(path) + 1):
            prefix = path[:depth]
            if prefix not in nodes:
                nodes[prefix] = ResourceNode(prefix)
                if depth > 1:
                    nodes[prefix[:-1]].children.append(prefix[-1])
        nodes[path].endpoints.append(endpoints[operation_id])
    return sorted(nodes.values(), key=lambda node: -len(node.path))


def resource_modules(tree: list[ResourceNode]) -> dict[str, list[ResourceNode]]:
    """Group the resource classes by top-level resource, nested ones before their holders."""
    modules: dict[str, list[ResourceNode]] = {}
    for node in tree:
        modules.setdefault(node.path[0], []).append(node)
    return modules


def deprecation_messages(document: dict[str, Any]) -> dict[str, str]:
    """Map each operationId marked ``deprecated: true`` to the warning its method emits.

    ``x-replaced-by`` names the facade method to use instead, such as ``contacts.create``.
    """
    resources = operation_resource_paths(document)
    names = operation_method_names(document)
    methods = {".".join((*resources[operation_id], name)) for operation_id, name in names.items()}
    messages: dict[str, str] = {}
    for _path, _method, operation, _parameters in iter_operations(document):
        if not operation.get("deprecated"):
            continue
        operation_id = operation["operationId"]
        message = f"client.{'.'.join((*resources[operation_id], names[operation_id]))} calls a deprecated endpoint"
        if replacement := operation.get("x-replaced-by"):
            if replacement not in methods:
                raise NamingError(f"{operation_id}: x-replaced-by names client.{replacement}, which does not exist")
            message += f"; use client.{replacement} instead"
        messages[operation_id] = message
    return messages


def webhook_events(document: dict[str, Any], openapi: GeneratorData) -> list[tuple[str, str]]:
    """Return (event type, model class name) for each entry of the description's ``webhooks``.

    Each entry's request body refers to a schema in ``components/schemas``, which the generator
    has turned into a model.
    """
    # The parser names each model by its JSON pointer, such as /components/schemas/Email.
    class_names = {_plain_name(model.name): str(model.class_info.name) for model in openapi.models}
    events: list[tuple[str, str]] = []
    for event_type, path_item in (document.get("webhooks") or {}).items():
        schema = path_item["post"]["requestBody"]["content"]["application/json"]["schema"]
        schema_name = schema.get("$ref", "").removeprefix("#")
        if schema_name not in class_names:
            message = f"webhook {event_type}: the request body must refer to a schema in components/schemas"
            raise NamingError(message)
        events.append((event_type, class_names[schema_name]))
    return events


def _plain_name(name: object) -> str:
    """Return a name the parser took from the document as plain text, for comparisons only.

    The parser wraps such names so that they cannot reach generated code unescaped.
    """
    return name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)

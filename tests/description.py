"""The OpenAPI description as plain data, for tests that walk every operation or schema."""

import copy
import functools
from collections.abc import Iterator
from typing import Any

from generator import paths
from generator.document import iter_operations, load_description, resolve

SCHEMA_PREFIX = "#/components/schemas/"


@functools.cache
def document() -> dict[str, Any]:
    return load_description(paths.DESCRIPTION)


def success_schema_names() -> list[str]:
    """Names of the schemas that 2xx responses and webhook deliveries refer to, each once."""
    names: list[str] = []
    for schema in _success_schemas():
        name = schema.get("$ref", "").removeprefix(SCHEMA_PREFIX)
        if name and name not in names:
            names.append(name)
    return names


def inline_schema(name: str) -> dict[str, Any]:
    """Return the named schema with every ``$ref`` replaced by a copy of its target."""
    return _inline(document()["components"]["schemas"][name])


def _inline(node: Any) -> Any:
    if isinstance(node, list):
        return [_inline(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = copy.deepcopy(resolve(document(), {"$ref": node["$ref"]}))
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return _inline({**target, **siblings})
    return {key: _inline(value) for key, value in node.items()}


def _success_schemas() -> Iterator[dict[str, Any]]:
    for _path, _method, operation, _parameters in iter_operations(document()):
        for status, response in operation["responses"].items():
            if str(status).startswith("2"):
                content = resolve(document(), response).get("content", {})
                if "application/json" in content:
                    yield content["application/json"]["schema"]
    for path_item in (document().get("webhooks") or {}).values():
        yield path_item["post"]["requestBody"]["content"]["application/json"]["schema"]

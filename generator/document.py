"""Reading the OpenAPI description as plain data: loading, ``$ref`` lookup and the operations."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_description(path: Path) -> dict[str, Any]:
    """Read the description as plain Python data."""
    return parse_description(path.read_text(encoding="utf-8"), str(path))


def parse_description(text: str, where: str) -> dict[str, Any]:
    """Parse the text of a description. ``where`` names its source in error messages."""
    document = YAML(typ="safe").load(text)
    if not isinstance(document, dict):
        message = f"{where}: expected a YAML mapping at the top level"
        raise ValueError(message)
    return document


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` pointers until a node without one is reached."""
    while isinstance(node, dict) and "$ref" in node:
        node = _lookup(document, node["$ref"])
    return node


def _lookup(document: dict[str, Any], reference: str) -> Any:
    if not reference.startswith("#/"):
        message = f"only local references are supported, not {reference!r}"
        raise ValueError(message)
    node: Any = document
    for token in reference[2:].split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """Yield path, method, operation and its resolved parameters (path-level ones included)."""
    for path, path_item in document.get("paths", {}).items():
        shared_parameters = path_item.get("parameters", [])
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            parameters = [resolve(document, p) for p in [*shared_parameters, *operation.get("parameters", [])]]
            yield path, method, operation, parameters

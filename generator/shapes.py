"""Schemas of the description folded into the facts that a generated client depends on.

The description spreads one value's schema over ``$ref`` pointers, ``allOf`` parts (list
envelopes) and ``anyOf``/``oneOf`` unions (``null`` for nullable values, alternatives such as a
string or a list of strings). ``shape_of`` folds all of them into one ``Shape``: the JSON types
the value may have, its enum, format and validation keywords, and the shapes of its properties,
array items and map values. Two descriptions that say the same thing in different ways give
equal shapes, so the differ compares meaning rather than layout.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from generator.document import resolve

JSON_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})

# Validation keywords by the JSON type they apply to. A lower bound narrows the accepted values
# when it rises and an upper bound when it falls. The others narrow when they appear or change.
LOWER_BOUNDS = {
    "minLength": "string",
    "minimum": "number",
    "exclusiveMinimum": "number",
    "minItems": "array",
    "minProperties": "object",
}
UPPER_BOUNDS = {
    "maxLength": "string",
    "maximum": "number",
    "exclusiveMaximum": "number",
    "maxItems": "array",
    "maxProperties": "object",
}
OTHER_CONSTRAINTS = {"pattern": "string", "multipleOf": "number", "uniqueItems": "array"}
CONSTRAINT_TYPES = {**LOWER_BOUNDS, **UPPER_BOUNDS, **OTHER_CONSTRAINTS}

# Schemas nested deeper than this are not followed. Real descriptions nest far less deeply.
MAX_DEPTH = 32


@dataclass
class Shape:
    """The values that one schema allows, with references, ``allOf`` and unions folded in.

    ``types`` always lists ``integer`` beside ``number``, because every number schema accepts
    integers; an empty schema allows every JSON type. Enum values are kept as JSON text so
    that values of any type compare and sort alike.
    """

    types: frozenset[str] = JSON_TYPES
    enum: frozenset[str] | None = None
    format: str | None = None
    constraints: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, "Shape"] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: "Shape | None" = None
    values: "Shape | None" = None
    deprecated: bool = False
    default: str | None = None
    recursive_reference: str | None = None

    def describe_types(self) -> str:
        """Return the types as text such as ``string | null``, or ``any``."""
        if self.types == JSON_TYPES:
            return "any"
        if not self.types:
            return "nothing"
        names = sorted(self.types - {"integer"} if "number" in self.types else self.types)
        return " | ".join(names)


def shape_of(document: dict[str, Any], schema: Any) -> Shape:
    """Fold ``schema``, a schema object of ``document`` or ``None`` for no schema, into a ``Shape``."""
    return _fold(document, schema, frozenset(), 0)


def json_text(value: Any) -> str:
    """Return ``value`` as compact JSON with sorted keys, for comparing and printing values."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _fold(document: dict[str, Any], schema: Any, expanding: frozenset[str], depth: int) -> Shape:
    if schema is None or schema is True:
        return Shape()
    if schema is False:
        return Shape(types=frozenset())
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return Shape()

    if "$ref" in schema:
        reference = schema["$ref"]
        # A schema that contains itself, such as a tree node, is compared by name below this point.
        if reference in expanding:
            return Shape(recursive_reference=reference)
        target = _fold(document, resolve(document, {"$ref": reference}), expanding | {reference}, depth + 1)
        siblings = {key: value for key, value in schema.items() if key != "$ref"}
        if not siblings:
            return target
        return _intersect([target, _fold(document, siblings, expanding, depth + 1)])

    parts = [_own_shape(document, schema, expanding, depth)]
    parts.extend(_fold(document, part, expanding, depth + 1) for part in schema.get("allOf", []))
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            members = [_fold(document, member, expanding, depth + 1) for member in schema[keyword]]
            parts.append(_unite(members))
    return _intersect(parts)


def _own_shape(document: dict[str, Any], schema: dict[str, Any], expanding: frozenset[str], depth: int) -> Shape:
    """Read the keywords written on the schema itself, leaving out allOf, anyOf and oneOf."""
    enum: frozenset[str] | None = None
    if "const" in schema:
        enum = frozenset({json_text(schema["const"])})
    elif isinstance(schema.get("enum"), list):
        enum = frozenset(json_text(value) for value in schema["enum"])

    types = _declared_types(schema)
    if schema.get("nullable") is True:
        types = types | {"null"}

    properties = {
        name: _fold(document, child, expanding, depth + 1) for name, child in schema.get("properties", {}).items()
    }
    items = _fold(document, schema["items"], expanding, depth + 1) if "items" in schema else None
    additional = schema.get("additionalProperties")
    values = _fold(document, additional, expanding, depth + 1) if isinstance(additional, dict) else None

    return Shape(
        types=_with_integer(types),
        enum=enum,
        format=schema.get("format"),
        constraints={keyword: schema[keyword] for keyword in CONSTRAINT_TYPES if keyword in schema},
        properties=properties,
        required=frozenset(schema.get("required", [])),
        items=items,
        values=values,
        deprecated=schema.get("deprecated") is True,
        default=json_text(schema["default"]) if "default" in schema else None,
    )


def _declared_types(schema: dict[str, Any]) -> frozenset[str]:
    """Return the schema's ``type``, or the type that its other keywords imply.

    In JSON Schema, ``properties`` or ``items`` without a ``type`` only constrain objects or
    arrays. Descriptions write them to mean "an object" or "an array", so here they imply it.
    """
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(str(name) for name in declared)
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        return frozenset({"object"})
    if "items" in schema:
        return frozenset({"array"})
    values = [schema["const"]] if "const" in schema else schema.get("enum")
    if isinstance(values, list):
        return frozenset(_json_type(value) for value in values)
    return JSON_TYPES


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _with_integer(types: frozenset[str]) -> frozenset[str]:
    return types | {"integer"} if "number" in types else types


def _intersect(parts: list[Shape]) -> Shape:
    """Combine shapes that all apply at once, as the parts of an ``allOf`` do."""
    result = parts[0]
    for part in parts[1:]:
        properties = dict(result.properties)
        for name, child in part.properties.items():
            properties[name] = _intersect([properties[name], child]) if name in properties else child
        result = Shape(
            types=result.types & part.types,
            enum=_pick_enum(result.enum, part.enum),
            format=result.format or part.format,
            constraints=_tighter_constraints(result.constraints, part.constraints),
            properties=properties,
            required=result.required | part.required,
            items=_intersect_optional(result.items, part.items),
            values=_intersect_optional(result.values, part.values),
            deprecated=result.deprecated or part.deprecated,
            default=result.default if result.default is not None else part.default,
            recursive_reference=result.recursive_reference or part.recursive_reference,
        )
    return result


def _pick_enum(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    if first is None:
        return second
    if second is None:
        return first
    return first & second


def _intersect_optional(first: Shape | None, second: Shape | None) -> Shape | None:
    if first is None or second is None:
        return first or second
    return _intersect([first, second])


def _tighter_constraints(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    merged = dict(first)
    for keyword, value in second.items():
        if keyword not in merged or not _is_number(value) or not _is_number(merged[keyword]):
            merged[keyword] = value
        elif keyword in LOWER_BOUNDS:
            merged[keyword] = max(merged[keyword], value)
        elif keyword in UPPER_BOUNDS:
            merged[keyword] = min(merged[keyword], value)
    return merged


def _unite(members: list[Shape]) -> Shape:
    """Combine the alternatives of an ``anyOf`` or ``oneOf``: a value may match any one of them."""
    if not members:
        return Shape()

    # A `null` alternative only makes the value nullable, because it has no enum, fields or items.
    valued = [member for member in members if member.types - {"null"}] or members
    enums = [member.enum for member in valued if member.enum is not None]
    objects = [member for member in valued if "object" in member.types]
    arrays = [member for member in valued if "array" in member.types]
    formats = {member.format for member in valued}

    properties: dict[str, Shape] = {}
    for member in objects:
        for name, child in member.properties.items():
            properties[name] = _unite([properties[name], child]) if name in properties else child

    # An alternative without `items` or `additionalProperties` allows any element, so the union
    # does too. None stands for that, because uniting empty shapes would recurse without end.
    items = None
    if arrays and all(member.items is not None for member in arrays):
        items = _unite([member.items for member in arrays if member.items is not None])
    values = None
    if objects and all(member.values is not None for member in objects):
        values = _unite([member.values for member in objects if member.values is not None])

    return Shape(
        types=frozenset().union(*(member.types for member in members)),
        enum=frozenset().union(*enums) if len(enums) == len(valued) else None,
        format=formats.pop() if len(formats) == 1 else None,
        constraints=_looser_constraints(valued),
        properties=properties,
        required=frozenset.intersection(*(member.required for member in objects)) if objects else frozenset(),
        items=items,
        values=values,
        deprecated=all(member.deprecated for member in members),
        recursive_reference=None,
    )


def _looser_constraints(members: list[Shape]) -> dict[str, Any]:
    """Keep a keyword only when every alternative of the type it applies to has it, at its loosest."""
    merged: dict[str, Any] = {}
    for keyword, applies_to in CONSTRAINT_TYPES.items():
        relevant = [member for member in members if applies_to in member.types]
        if not relevant or any(keyword not in member.constraints for member in relevant):
            continue
        values = [member.constraints[keyword] for member in relevant]
        if keyword in LOWER_BOUNDS and all(_is_number(value) for value in values):
            merged[keyword] = min(values)
        elif keyword in UPPER_BOUNDS and all(_is_number(value) for value in values):
            merged[keyword] = max(values)
        elif all(value == values[0] for value in values):
            merged[keyword] = values[0]
    return merged


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)

"""The API-level difference between two versions of the description, for reviewing a regeneration.

Operations are matched by operationId, then by method and path. For each pair, the differ
compares the client method, the parameters, the request body and the success responses field
by field (nested fields too), and the documented error statuses. Each change is marked breaking
or compatible for code that uses the generated client.

The caller sends parameters and request fields, so these changes are breaking there: a removed
parameter or field (its keyword argument disappears), a new or newly required one, and a
narrowed type, enum or validation keyword. Widening them is compatible.

The caller reads response fields, so these changes are breaking there: a removed field, a field
that became optional (it may now be ``UNSET``) and a widened type. Enum changes are compatible,
because the generated model keeps a value outside its enum as a plain string. New fields and
narrowed types are compatible, and so are changed validation keywords, because the client does
not check response values against them.

On both sides, a format change that changes the Python type (``date-time``, ``date``, ``uuid``,
``binary``) is breaking. A new success status is breaking, since the method's return type gains
a member. New or removed error statuses are compatible, because the client raises an exception
chosen by the status whether or not the description documents it. Deprecation is compatible
and reported.
"""

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from generator import naming
from generator.document import iter_operations, resolve
from generator.shapes import CONSTRAINT_TYPES, LOWER_BOUNDS, UPPER_BOUNDS, Shape, json_text, shape_of

Side = Literal["request", "response"]

# Formats that openapi-python-client turns into another Python type than str.
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})


class Direction(enum.Enum):
    """Direction in which a change moves the set of values that a schema allows."""

    NARROWED = "narrowed"
    WIDENED = "widened"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    """One API change: what changed, how, and whether it breaks code that uses the client."""

    subject: str
    message: str
    breaking: bool

    def describe(self) -> str:
        """Return the change as one line such as ``request field `to`: removed``."""
        return f"{self.subject}: {self.message}"


@dataclass(frozen=True)
class Operation:
    """An operation of one description, with its resolved parameters and client method."""

    operation_id: str | None
    method: str
    path: str
    node: dict[str, Any]
    parameters: list[dict[str, Any]]
    client_method: str | None

    @property
    def endpoint(self) -> str:
        """Return the method and path, such as ``POST /emails``."""
        return f"{self.method.upper()} {self.path}"

    @property
    def label(self) -> str:
        """Return the heading of the operation in reports."""
        details = ", ".join(part for part in (self.endpoint, self.client_method) if part)
        return f"{self.operation_id or self.endpoint} ({details})"


@dataclass
class OperationDiff:
    """The changes of one operation, in the order the differ found them."""

    operation: Operation
    changes: list[Change]


@dataclass
class ApiDiff:
    """Every change between two descriptions, grouped by operation."""

    old_version: str | None
    new_version: str | None
    operations: list[OperationDiff] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        """Return the changes of all operations."""
        return [change for operation in self.operations for change in operation.changes]

    @property
    def breaking(self) -> list[Change]:
        """Return the breaking changes."""
        return [change for change in self.changes if change.breaking]

    @property
    def compatible(self) -> list[Change]:
        """Return the compatible changes."""
        return [change for change in self.changes if not change.breaking]


def diff_descriptions(old: dict[str, Any], new: dict[str, Any]) -> ApiDiff:
    """Compare two descriptions. An empty ``old`` makes every operation of ``new`` an added one."""
    result = ApiDiff(old_version=_info_version(old), new_version=_info_version(new))
    old_operations = _operations(old)
    new_operations = _operations(new)

    for old_operation, new_operation in _match(old_operations, new_operations):
        if old_operation is not None and new_operation is not None:
            changes = list(_compare_operations(old, new, old_operation, new_operation))
            if changes:
                result.operations.append(OperationDiff(new_operation, changes))
        elif new_operation is not None:
            summary = new_operation.node.get("summary")
            message = f"added ({summary})" if summary else "added"
            result.operations.append(OperationDiff(new_operation, [Change("operation", message, breaking=False)]))
        elif old_operation is not None:
            result.operations.append(OperationDiff(old_operation, [Change("operation", "removed", breaking=True)]))
    return result


def _info_version(document: dict[str, Any]) -> str | None:
    version = document.get("info", {}).get("version")
    return str(version) if version is not None else None


def _operations(document: dict[str, Any]) -> list[Operation]:
    client_methods = _client_methods(document)
    return [
        Operation(
            operation_id=node.get("operationId"),
            method=method,
            path=path,
            node=node,
            parameters=parameters,
            client_method=client_methods.get(node.get("operationId", "")),
        )
        for path, method, node, parameters in iter_operations(document)
    ]


def _client_methods(document: dict[str, Any]) -> dict[str, str]:
    """Map each operationId to its client method, such as ``client.emails.send``."""
    try:
        resources = naming.operation_resource_paths(document)
        names = naming.operation_method_names(document)
    except (naming.NamingError, KeyError, IndexError):
        # An older description may break the naming rules or lack tags. The diff then still
        # works, but it cannot report renamed methods.
        return {}
    return {
        operation_id: "client." + ".".join((*resources[operation_id], name)) for operation_id, name in names.items()
    }


def _match(old: list[Operation], new: list[Operation]) -> Iterator[tuple[Operation | None, Operation | None]]:
    """Pair operations by operationId, then by method and path. The rest are added or removed.

    Pairs come in the order of ``new``, followed by the removed operations in their old order.
    """
    unmatched = list(old)
    partners: dict[int, Operation] = {}
    matchers: list[Callable[[Operation, Operation], bool]] = [
        lambda before, after: before.operation_id is not None and before.operation_id == after.operation_id,
        lambda before, after: before.endpoint == after.endpoint,
    ]
    for matches in matchers:
        for index, operation in enumerate(new):
            if index in partners:
                continue
            partner = next((candidate for candidate in unmatched if matches(candidate, operation)), None)
            if partner is not None:
                unmatched.remove(partner)
                partners[index] = partner

    for index, operation in enumerate(new):
        partner = partners.get(index)
        yield partner, operation
    for operation in unmatched:
        yield operation, None


def _compare_operations(
    old_document: dict[str, Any], new_document: dict[str, Any], old: Operation, new: Operation
) -> Iterator[Change]:
    if old.operation_id != new.operation_id:
        message = f"renamed from `{old.operation_id}` to `{new.operation_id}`"
        yield Change("operationId", message, breaking=False)
    if old.endpoint != new.endpoint:
        yield Change("operation", f"moved from {old.endpoint} to {new.endpoint}", breaking=False)
    if old.client_method and new.client_method and old.client_method != new.client_method:
        yield Change("client method", f"renamed from `{old.client_method}` to `{new.client_method}`", breaking=True)
    yield from _compare_deprecation("operation", old.node, new.node)

    yield from _compare_parameters(old_document, new_document, old.parameters, new.parameters)
    yield from _compare_request_bodies(old_document, new_document, old.node, new.node)
    yield from _compare_responses(old_document, new_document, old.node, new.node)


def _compare_deprecation(subject: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    was, now = old.get("deprecated") is True, new.get("deprecated") is True
    if now and not was:
        yield Change(subject, "now deprecated", breaking=False)
    elif was and not now:
        yield Change(subject, "no longer deprecated", breaking=False)


def _compare_parameters(
    old_document: dict[str, Any],
    new_document: dict[str, Any],
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
) -> Iterator[Change]:
    old_by_key = {_parameter_key(parameter): parameter for parameter in old}
    new_by_key = {_parameter_key(parameter): parameter for parameter in new}

    for key in _ordered_union(old_by_key, new_by_key):
        before, after = old_by_key.get(key), new_by_key.get(key)
        location, name = key[0], str((after or before or {}).get("name"))
        subject = f"{location} parameter `{name}`"
        yield from _compare_presence(subject, before, after)
        if before is None or after is None:
            continue

        yield from _compare_deprecation(subject, before, after)

        old_shape = shape_of(old_document, _parameter_schema(before))
        new_shape = shape_of(new_document, _parameter_schema(after))
        yield from _compare_shapes(old_shape, new_shape, "request", _parameter_subject(location, name), "")


def _compare_presence(subject: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> Iterator[Change]:
    """Compare whether a parameter or request body exists and is required; the caller sends both."""
    if before is None and after is not None:
        required = after.get("required") is True
        yield Change(subject, "added, required" if required else "added, optional", breaking=required)
    elif after is None and before is not None:
        yield Change(subject, "removed", breaking=True)
    elif before is not None and after is not None:
        was, now = before.get("required") is True, after.get("required") is True
        if now and not was:
            yield Change(subject, "now required", breaking=True)
        elif was and not now:
            yield Change(subject, "now optional", breaking=False)


def _parameter_subject(location: str, name: str) -> Callable[[str], str]:
    def subject(path: str) -> str:
        return f"{location} parameter `{name}{path}`"

    return subject


def _parameter_key(parameter: dict[str, Any]) -> tuple[str, str]:
    location = str(parameter.get("in", ""))
    name = str(parameter.get("name", ""))
    # HTTP header names are case-insensitive, so `Idempotency-Key` and `idempotency-key` are one.
    return location, name.lower() if location == "header" else name


def _parameter_schema(parameter: dict[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    return _first_schema(parameter.get("content", {}))


def _compare_request_bodies(
    old_document: dict[str, Any], new_document: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> Iterator[Change]:
    subject = "request body"
    before = resolve(old_document, old["requestBody"]) if "requestBody" in old else None
    after = resolve(new_document, new["requestBody"]) if "requestBody" in new else None
    yield from _compare_presence(subject, before, after)
    if before is None or after is None:
        return

    old_content, new_content = before.get("content", {}), after.get("content", {})
    yield from _compare_media_types(subject, old_content, new_content, "request")

    old_shape = shape_of(old_document, _json_schema(old_content))
    new_shape = shape_of(new_document, _json_schema(new_content))
    old_name = before.get("x-body-name", naming.DEFAULT_BODY_ARGUMENT)
    new_name = after.get("x-body-name", naming.DEFAULT_BODY_ARGUMENT)
    # Only a body that is not a JSON object is passed as one keyword argument with this name.
    if old_name != new_name and new_shape.types != frozenset({"object"}):
        yield Change(subject, f"keyword argument renamed from `{old_name}` to `{new_name}`", breaking=True)
    yield from _compare_shapes(old_shape, new_shape, "request", _field_subject("request"), "")


def _compare_responses(
    old_document: dict[str, Any], new_document: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> Iterator[Change]:
    old_responses = {str(status): response for status, response in old.get("responses", {}).items()}
    new_responses = {str(status): response for status, response in new.get("responses", {}).items()}

    for status in _ordered_union(old_responses, new_responses):
        success = status.startswith("2")
        subject = f"{status} response" if success else f"error response {status}"
        if status not in old_responses:
            yield Change(subject, "added", breaking=success)
        elif status not in new_responses:
            yield Change(subject, "removed", breaking=False)
        elif success:
            before = resolve(old_document, old_responses[status])
            after = resolve(new_document, new_responses[status])
            yield from _compare_success_bodies(old_document, new_document, status, before, after)


def _compare_success_bodies(
    old_document: dict[str, Any],
    new_document: dict[str, Any],
    status: str,
    before: dict[str, Any],
    after: dict[str, Any],
) -> Iterator[Change]:
    subject = f"{status} response body"
    old_content, new_content = before.get("content", {}), after.get("content", {})
    if old_content and not new_content:
        yield Change(subject, "removed", breaking=True)
        return
    if new_content and not old_content:
        yield Change(subject, "added", breaking=False)
        return

    yield from _compare_media_types(subject, old_content, new_content, "response")

    old_shape = shape_of(old_document, _json_schema(old_content))
    new_shape = shape_of(new_document, _json_schema(new_content))
    yield from _compare_shapes(old_shape, new_shape, "response", _field_subject(f"{status} response"), "")


def _compare_media_types(
    subject: str, old_content: dict[str, Any], new_content: dict[str, Any], side: Side
) -> Iterator[Change]:
    """Compare the media types of a body like the values of a field.

    The caller picks one of a request's media types, so removing one narrows the request. The
    server picks the media type of a response, so adding one that the client may not parse widens it.
    """
    for media_type in _ordered_union(old_content, new_content):
        if media_type not in new_content:
            breaking = _value_change_breaks(side, Direction.NARROWED)
            yield Change(subject, f"media type {media_type} removed", breaking=breaking)
        elif media_type not in old_content:
            breaking = _value_change_breaks(side, Direction.WIDENED)
            yield Change(subject, f"media type {media_type} added", breaking=breaking)


def _json_schema(content: dict[str, Any]) -> Any:
    """Return the schema of the JSON media type, or of the first one when none is JSON."""
    for media_type, media in content.items():
        if media_type == "application/json" or media_type.endswith("+json"):
            return media.get("schema")
    return _first_schema(content)


def _first_schema(content: dict[str, Any]) -> Any:
    for media in content.values():
        return media.get("schema")
    return None


def _field_subject(kind: str) -> Callable[[str], str]:
    def subject(path: str) -> str:
        if not path:
            return f"{kind} body"
        if path == "[]":
            return f"{kind} body items"
        return f"{kind} field `{path}`"

    return subject


def _ordered_union(first: dict[Any, Any], second: dict[Any, Any]) -> list[Any]:
    """Return the keys of ``second`` in order, then the keys that only ``first`` has."""
    return [*second, *(key for key in first if key not in second)]


def _compare_shapes(
    old: Shape, new: Shape, side: Side, subject_of: Callable[[str], str], path: str
) -> Iterator[Change]:
    """Compare two shapes of the same place, then their properties, items and map values."""
    # A schema that contains itself is compared once, at its first appearance.
    if old.recursive_reference or new.recursive_reference:
        return
    subject = subject_of(path)

    yield from _compare_types(old, new, side, subject)
    yield from _compare_formats(old, new, side, subject)
    yield from _compare_enums(old, new, side, subject)
    yield from _compare_constraints(old, new, side, subject)
    yield from _compare_deprecation(subject, {"deprecated": old.deprecated}, {"deprecated": new.deprecated})
    if side == "request" and old.default != new.default:
        message = f"default changed from {old.default or 'none'} to {new.default or 'none'}"
        yield Change(subject, message, breaking=False)

    if "object" in old.types and "object" in new.types:
        yield from _compare_properties(old, new, side, subject_of, path)
        if old.values is not None or new.values is not None:
            values_path = f"{path}.*" if path else "*"
            yield from _compare_shapes(old.values or Shape(), new.values or Shape(), side, subject_of, values_path)
    # A missing `items` allows any element, and two of them have nothing below to compare.
    if "array" in old.types and "array" in new.types and (old.items is not None or new.items is not None):
        yield from _compare_shapes(old.items or Shape(), new.items or Shape(), side, subject_of, f"{path}[]")


def _compare_properties(
    old: Shape, new: Shape, side: Side, subject_of: Callable[[str], str], path: str
) -> Iterator[Change]:
    for name in _ordered_union(old.properties, new.properties):
        child_path = f"{path}.{name}" if path else name
        subject = subject_of(child_path)
        if name not in old.properties:
            required = name in new.required
            if side == "request":
                yield Change(subject, "added, required" if required else "added, optional", breaking=required)
            else:
                yield Change(subject, "added" if required else "added, optional", breaking=False)
            continue
        if name not in new.properties:
            yield Change(subject, "removed", breaking=True)
            continue

        was, now = name in old.required, name in new.required
        if now and not was:
            yield Change(subject, "now required", breaking=side == "request")
        elif was and not now:
            message = "now optional" if side == "request" else "now optional, so it may be UNSET"
            yield Change(subject, message, breaking=side == "response")
        yield from _compare_shapes(old.properties[name], new.properties[name], side, subject_of, child_path)


def _compare_types(old: Shape, new: Shape, side: Side, subject: str) -> Iterator[Change]:
    removed, added = old.types - new.types, new.types - old.types
    if not removed and not added:
        return
    direction = _direction(narrows=bool(removed), widens=bool(added))
    message = f"type {direction.value} from {old.describe_types()} to {new.describe_types()}"
    yield Change(subject, message, breaking=_value_change_breaks(side, direction))


def _compare_formats(old: Shape, new: Shape, side: Side, subject: str) -> Iterator[Change]:
    if old.format == new.format:
        return
    if old.format is None:
        message, direction = f"format {new.format} added", Direction.NARROWED
    elif new.format is None:
        message, direction = f"format {old.format} removed", Direction.WIDENED
    else:
        message, direction = f"format changed from {old.format} to {new.format}", Direction.CHANGED

    if {old.format, new.format} & TYPED_FORMATS:
        yield Change(subject, f"{message}, which changes the Python type", breaking=True)
    else:
        yield Change(subject, message, breaking=_constraint_change_breaks(side, direction))


def _compare_enums(old: Shape, new: Shape, side: Side, subject: str) -> Iterator[Change]:
    if old.enum == new.enum:
        return
    if old.enum is None and new.enum is not None:
        message, direction = f"now limited to the values {_values(new.enum)}", Direction.NARROWED
    elif new.enum is None and old.enum is not None:
        message, direction = "no longer limited to a list of values", Direction.WIDENED
    else:
        assert old.enum is not None and new.enum is not None
        added, removed = new.enum - old.enum, old.enum - new.enum
        parts = [f"{_values(added)} added" if added else "", f"{_values(removed)} removed" if removed else ""]
        message = "enum values " + " and ".join(part for part in parts if part)
        direction = _direction(narrows=bool(removed), widens=bool(added))
    # Response enums are open: the model keeps a value it does not list as a plain string.
    yield Change(subject, message, breaking=side == "request" and direction is not Direction.WIDENED)


def _direction(*, narrows: bool, widens: bool) -> Direction:
    if narrows and widens:
        return Direction.CHANGED
    return Direction.NARROWED if narrows else Direction.WIDENED


def _values(values: frozenset[str]) -> str:
    return ", ".join(sorted(values))


def _compare_constraints(old: Shape, new: Shape, side: Side, subject: str) -> Iterator[Change]:
    for keyword in CONSTRAINT_TYPES:
        before, after = _constraint(old, keyword), _constraint(new, keyword)
        if before == after:
            continue
        direction, message = _describe_constraint_change(keyword, before, after)
        # In a union such as "a string or a list of strings", name the alternative it applies to.
        if len(new.types - {"null", "integer"}) > 1:
            message += f" for {CONSTRAINT_TYPES[keyword]} values"
        yield Change(subject, message, breaking=_constraint_change_breaks(side, direction))


def _constraint(shape: Shape, keyword: str) -> Any:
    value = shape.constraints.get(keyword)
    # `uniqueItems: false` allows the same values as leaving the keyword out.
    return None if value is False else value


def _describe_constraint_change(keyword: str, before: Any, after: Any) -> tuple[Direction, str]:
    if before is None:
        return Direction.NARROWED, f"{keyword} {_show(after)} added"
    if after is None:
        return Direction.WIDENED, f"{keyword} {_show(before)} removed"

    numeric = all(isinstance(value, int | float) and not isinstance(value, bool) for value in (before, after))
    if numeric and keyword in LOWER_BOUNDS | UPPER_BOUNDS:
        raised = after > before
        verb = "raised" if raised else "lowered"
        narrowed = raised if keyword in LOWER_BOUNDS else not raised
        direction = Direction.NARROWED if narrowed else Direction.WIDENED
        return direction, f"{keyword} {verb} from {_show(before)} to {_show(after)}"
    return Direction.CHANGED, f"{keyword} changed from {_show(before)} to {_show(after)}"


def _show(value: Any) -> str:
    """Return a keyword's value for a message: strings such as patterns in backticks, as written."""
    return f"`{value}`" if isinstance(value, str) else json_text(value)


def _value_change_breaks(side: Side, direction: Direction) -> bool:
    """Return whether a change of the allowed types or enum values breaks callers on ``side``."""
    if direction is Direction.CHANGED:
        return True
    if side == "request":
        return direction is Direction.NARROWED
    return direction is Direction.WIDENED


def _constraint_change_breaks(side: Side, direction: Direction) -> bool:
    """Return whether a changed validation keyword breaks callers on ``side``.

    A changed pattern may narrow or widen what a request may send, so it counts as narrowed.
    Responses are never checked against these keywords by the client.
    """
    return side == "request" and direction is not Direction.WIDENED


def summarize(diff: ApiDiff) -> str:
    """Return one sentence that counts the changes, such as ``1 breaking and 2 compatible changes``."""
    if not diff.changes:
        return "No API changes."
    operations = len(diff.operations)
    counts = f"{len(diff.breaking)} breaking and {len(diff.compatible)} compatible"
    noun = "change" if len(diff.changes) == 1 else "changes"
    where = "operation" if operations == 1 else "operations"
    return f"{counts} {noun} in {operations} {where}."


def format_changes(diff: ApiDiff) -> list[str]:
    """Return the report lines: a heading per changed operation and one line per change below it."""
    lines: list[str] = []
    for operation in diff.operations:
        lines.append(operation.operation.label)
        for change in operation.changes:
            marker = "breaking  " if change.breaking else "compatible"
            lines.append(f"  {marker}  {change.describe()}")
        lines.append("")
    return lines

"""api-diff on small before-and-after descriptions: one kind of change per test."""

import copy
from pathlib import Path
from typing import Any

import pytest

from generator import release
from generator.__main__ import main as generator_main
from generator.api_diff import ApiDiff, diff_descriptions
from tests.tiny_repository import TinyRepository


def tiny_description() -> dict[str, Any]:
    """Return a description with one list and one send operation, built from components like the real one."""
    error = {"description": "Error.", "content": {"application/json": {"schema": {"type": "object"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1.0.0"},
        "tags": [{"name": "Emails"}],
        "paths": {
            "/emails": {
                "get": {
                    "operationId": "list_emails",
                    "tags": ["Emails"],
                    "summary": "List emails",
                    "parameters": [{"$ref": "#/components/parameters/PageLimit"}],
                    "responses": {
                        "200": {
                            "description": "A page.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/ListEmailsResponse"}}
                            },
                        },
                        "429": {"$ref": "#/components/responses/TooManyRequests"},
                    },
                },
                "post": {
                    "operationId": "send_email",
                    "tags": ["Emails"],
                    "summary": "Send an email",
                    "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SendRequest"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "Sent.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Email"}}},
                        },
                        "422": {"$ref": "#/components/responses/UnprocessableEntity"},
                        "429": {"$ref": "#/components/responses/TooManyRequests"},
                    },
                },
            }
        },
        "components": {
            "parameters": {
                "PageLimit": {
                    "name": "limit",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                },
                "IdempotencyKey": {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": False,
                    "schema": {"type": "string", "maxLength": 256},
                },
            },
            "responses": {"UnprocessableEntity": error, "TooManyRequests": error},
            "schemas": {
                "SendRequest": {
                    "type": "object",
                    "required": ["from", "to"],
                    "properties": {
                        "from": {"type": "string"},
                        "to": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
                        "subject": {"type": "string", "minLength": 1},
                        "attachments": {"type": "array", "items": {"$ref": "#/components/schemas/Attachment"}},
                        "priority": {"type": "string", "enum": ["low", "high"]},
                    },
                },
                "Attachment": {
                    "type": "object",
                    "properties": {"filename": {"type": "string"}, "content": {"type": "string"}},
                },
                "Email": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["queued", "sent"]},
                        "subject": {"type": "string"},
                        "html": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    },
                },
                "ListEnvelope": {
                    "type": "object",
                    "required": ["object", "data"],
                    "properties": {"object": {"type": "string"}, "data": {"type": "array", "items": {}}},
                },
                "ListEmailsResponse": {
                    "allOf": [
                        {"$ref": "#/components/schemas/ListEnvelope"},
                        {"properties": {"data": {"items": {"$ref": "#/components/schemas/Email"}}}},
                    ]
                },
            },
        },
    }


@pytest.fixture
def old() -> dict[str, Any]:
    return tiny_description()


@pytest.fixture
def new() -> dict[str, Any]:
    return tiny_description()


def lines(diff: ApiDiff, operation_id: str | None = None) -> list[str]:
    """Return the changes, of one operation or of all, as ``operationId: breaking|compatible: text``."""
    return [
        f"{entry.operation.operation_id}: {'breaking' if change.breaking else 'compatible'}: {change.describe()}"
        for entry in diff.operations
        for change in entry.changes
        if operation_id in (None, entry.operation.operation_id)
    ]


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = document["components"]["schemas"]
    return result


def send(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = document["paths"]["/emails"]["post"]
    return result


def test_identical_descriptions_have_no_changes(old: dict[str, Any], new: dict[str, Any]) -> None:
    diff = diff_descriptions(old, new)

    assert diff.operations == []
    assert diff.breaking == []


def test_inlined_reference_is_no_change(old: dict[str, Any], new: dict[str, Any]) -> None:
    request = send(new)["requestBody"]["content"]["application/json"]
    request["schema"] = copy.deepcopy(schemas(new)["SendRequest"])
    request["schema"]["properties"]["attachments"]["items"] = copy.deepcopy(schemas(new)["Attachment"])

    assert lines(diff_descriptions(old, new)) == []


def test_nullable_written_as_type_list_is_no_change(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["Email"]["properties"]["html"] = {"type": ["string", "null"]}

    assert lines(diff_descriptions(old, new)) == []


def test_added_operation_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["paths"]["/emails/{email_id}"] = {
        "get": {"operationId": "get_email", "tags": ["Emails"], "summary": "Get an email", "responses": {}}
    }

    diff = diff_descriptions(old, new)

    assert lines(diff) == ["get_email: compatible: operation: added (Get an email)"]
    assert diff.operations[0].operation.label == "get_email (GET /emails/{email_id}, client.emails.get)"


def test_removed_operation_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del new["paths"]["/emails"]["get"]

    assert lines(diff_descriptions(old, new)) == ["list_emails: breaking: operation: removed"]


def test_empty_description_adds_every_operation(new: dict[str, Any]) -> None:
    diff = diff_descriptions({}, new)

    assert [entry.operation.operation_id for entry in diff.operations] == ["list_emails", "send_email"]
    assert diff.breaking == []
    assert diff.old_version is None


def test_renamed_operation_id_renames_client_method(old: dict[str, Any], new: dict[str, Any]) -> None:
    send(new)["operationId"] = "deliver_email"

    assert lines(diff_descriptions(old, new)) == [
        "deliver_email: compatible: operationId: renamed from `send_email` to `deliver_email`",
        "deliver_email: breaking: client method: renamed from `client.emails.send` to `client.emails.deliver`",
    ]


def test_method_name_override_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    send(new)["x-method-name"] = "create"

    assert lines(diff_descriptions(old, new)) == [
        "send_email: breaking: client method: renamed from `client.emails.send` to `client.emails.create`"
    ]


def test_moved_operation_keeps_its_method(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["paths"]["/mail"] = {"post": new["paths"]["/emails"].pop("post")}

    assert lines(diff_descriptions(old, new)) == [
        "send_email: compatible: operation: moved from POST /emails to POST /mail"
    ]


def test_deprecated_operation_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    send(new)["deprecated"] = True

    assert lines(diff_descriptions(old, new)) == ["send_email: compatible: operation: now deprecated"]


def test_added_optional_parameter_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["paths"]["/emails"]["get"]["parameters"].append({"name": "after", "in": "query", "schema": {"type": "string"}})

    assert lines(diff_descriptions(old, new)) == ["list_emails: compatible: query parameter `after`: added, optional"]


def test_added_required_parameter_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["paths"]["/emails"]["get"]["parameters"].append(
        {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}}
    )

    assert lines(diff_descriptions(old, new)) == ["list_emails: breaking: query parameter `team`: added, required"]


def test_removed_parameter_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["paths"]["/emails"]["get"]["parameters"] = []

    assert lines(diff_descriptions(old, new)) == ["list_emails: breaking: query parameter `limit`: removed"]


def test_parameter_required_change_is_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    old["components"]["parameters"]["IdempotencyKey"]["required"] = True
    new["components"]["parameters"]["PageLimit"]["required"] = True

    assert lines(diff_descriptions(old, new)) == [
        "list_emails: breaking: query parameter `limit`: now required",
        "send_email: compatible: header parameter `Idempotency-Key`: now optional",
    ]


def test_header_parameter_name_case_is_no_change(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["components"]["parameters"]["IdempotencyKey"]["name"] = "idempotency-key"

    assert lines(diff_descriptions(old, new)) == []


def test_parameter_bounds_are_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["components"]["parameters"]["PageLimit"]["schema"] = {"type": "integer", "minimum": 0, "maximum": 50}

    assert lines(diff_descriptions(old, new)) == [
        "list_emails: compatible: query parameter `limit`: minimum lowered from 1 to 0",
        "list_emails: breaking: query parameter `limit`: maximum lowered from 100 to 50",
    ]


def test_parameter_type_widened_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["components"]["parameters"]["PageLimit"]["schema"]["type"] = "number"

    assert lines(diff_descriptions(old, new)) == [
        "list_emails: compatible: query parameter `limit`: type widened from integer to number"
    ]


def test_added_optional_request_field_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["text"] = {"type": "string"}

    assert lines(diff_descriptions(old, new)) == ["send_email: compatible: request field `text`: added, optional"]


def test_added_required_request_field_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["text"] = {"type": "string"}
    schemas(new)["SendRequest"]["required"].append("text")

    diff = diff_descriptions(old, new)

    assert lines(diff) == ["send_email: breaking: request field `text`: added, required"]
    assert len(diff.breaking) == 1


def test_removed_request_field_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del schemas(new)["SendRequest"]["properties"]["subject"]

    assert lines(diff_descriptions(old, new)) == ["send_email: breaking: request field `subject`: removed"]


def test_request_field_required_change_is_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["required"] = ["from", "subject"]

    assert lines(diff_descriptions(old, new)) == [
        "send_email: compatible: request field `to`: now optional",
        "send_email: breaking: request field `subject`: now required",
    ]


def test_narrowed_request_type_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["to"] = {"type": "array", "items": {"type": "string"}}

    assert lines(diff_descriptions(old, new)) == [
        "send_email: breaking: request field `to`: type narrowed from array | string to array"
    ]


def test_widened_request_type_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["subject"] = {"type": ["string", "null"], "minLength": 1}

    assert lines(diff_descriptions(old, new)) == [
        "send_email: compatible: request field `subject`: type widened from string to null | string"
    ]


def test_changed_request_type_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["from"] = {"type": "integer"}

    assert lines(diff_descriptions(old, new)) == [
        "send_email: breaking: request field `from`: type changed from string to integer"
    ]


def test_request_enum_change_is_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    priority = schemas(new)["SendRequest"]["properties"]["priority"]
    priority["enum"] = ["low", "high", "urgent"]
    widened = lines(diff_descriptions(old, new))
    priority["enum"] = ["high"]
    narrowed = lines(diff_descriptions(old, new))
    priority["enum"] = ["high", "urgent"]
    changed = lines(diff_descriptions(old, new))

    assert widened == ['send_email: compatible: request field `priority`: enum values "urgent" added']
    assert narrowed == ['send_email: breaking: request field `priority`: enum values "low" removed']
    assert changed == ['send_email: breaking: request field `priority`: enum values "urgent" added and "low" removed']


def test_request_enum_added_or_dropped_is_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["subject"]["enum"] = ["Hello"]
    del schemas(new)["SendRequest"]["properties"]["priority"]["enum"]

    assert lines(diff_descriptions(old, new)) == [
        'send_email: breaking: request field `subject`: now limited to the values "Hello"',
        "send_email: compatible: request field `priority`: no longer limited to a list of values",
    ]


def test_nested_request_field_names_its_path(old: dict[str, Any], new: dict[str, Any]) -> None:
    attachment = schemas(new)["Attachment"]
    attachment["properties"]["content_type"] = {"type": "string"}
    attachment["required"] = ["content_type"]

    assert lines(diff_descriptions(old, new)) == [
        "send_email: breaking: request field `attachments[].content_type`: added, required"
    ]


def test_request_pattern_change_is_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["from"]["pattern"] = "@"
    del schemas(new)["SendRequest"]["properties"]["subject"]["minLength"]

    assert lines(diff_descriptions(old, new)) == [
        "send_email: breaking: request field `from`: pattern `@` added",
        "send_email: compatible: request field `subject`: minLength 1 removed",
    ]


def test_constraint_in_union_names_its_alternative(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["to"]["oneOf"][1]["maxItems"] = 50

    assert lines(diff_descriptions(old, new)) == [
        "send_email: breaking: request field `to`: maxItems 50 added for array values"
    ]


def test_typed_format_change_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["subject"]["format"] = "date-time"
    schemas(new)["Email"]["properties"]["subject"]["format"] = "date-time"

    assert lines(diff_descriptions(old, new)) == [
        "list_emails: breaking: 200 response field `data[].subject`: format date-time added, "
        "which changes the Python type",
        "send_email: breaking: request field `subject`: format date-time added, which changes the Python type",
        "send_email: breaking: 200 response field `subject`: format date-time added, which changes the Python type",
    ]


def test_untyped_format_is_a_constraint(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["from"]["format"] = "email"

    assert lines(diff_descriptions(old, new)) == ["send_email: breaking: request field `from`: format email added"]


def test_deprecated_request_field_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["SendRequest"]["properties"]["priority"]["deprecated"] = True

    assert lines(diff_descriptions(old, new)) == ["send_email: compatible: request field `priority`: now deprecated"]


def test_request_default_change_is_reported(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["components"]["parameters"]["PageLimit"]["schema"]["default"] = 20

    assert lines(diff_descriptions(old, new)) == [
        "list_emails: compatible: query parameter `limit`: default changed from none to 20"
    ]


def test_request_body_presence_is_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    del send(new)["requestBody"]
    new["paths"]["/emails"]["get"]["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}

    assert lines(diff_descriptions(old, new)) == [
        "list_emails: compatible: request body: added, optional",
        "send_email: breaking: request body: removed",
    ]


def test_request_media_type_removed_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    content = send(new)["requestBody"]["content"]
    content["multipart/form-data"] = content.pop("application/json")

    assert lines(diff_descriptions(old, new)) == [
        "send_email: compatible: request body: media type multipart/form-data added",
        "send_email: breaking: request body: media type application/json removed",
    ]


def test_array_body_fields_are_compared_per_item(old: dict[str, Any], new: dict[str, Any]) -> None:
    for document in (old, new):
        send(document)["requestBody"]["content"]["application/json"]["schema"] = {
            "type": "array",
            "items": {"$ref": "#/components/schemas/SendRequest"},
        }
    del schemas(new)["SendRequest"]["properties"]["priority"]

    assert lines(diff_descriptions(old, new)) == ["send_email: breaking: request field `[].priority`: removed"]


def test_added_response_field_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["Email"]["properties"]["tags"] = {"type": "array", "items": {"type": "string"}}

    assert lines(diff_descriptions(old, new)) == [
        "list_emails: compatible: 200 response field `data[].tags`: added, optional",
        "send_email: compatible: 200 response field `tags`: added, optional",
    ]


def test_removed_response_field_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del schemas(new)["Email"]["properties"]["subject"]

    diff = diff_descriptions(old, new)

    assert lines(diff) == [
        "list_emails: breaking: 200 response field `data[].subject`: removed",
        "send_email: breaking: 200 response field `subject`: removed",
    ]


def test_response_field_required_change_is_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["Email"]["required"] = ["status", "subject"]

    assert lines(diff_descriptions(old, new))[:2] == [
        "list_emails: breaking: 200 response field `data[].id`: now optional, so it may be UNSET",
        "list_emails: compatible: 200 response field `data[].subject`: now required",
    ]


def test_nullable_response_field_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["Email"]["properties"]["id"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    schemas(new)["Email"]["properties"]["html"] = {"type": "string"}

    assert lines(diff_descriptions(old, new), "send_email") == [
        "send_email: breaking: 200 response field `id`: type widened from string to null | string",
        "send_email: compatible: 200 response field `html`: type narrowed from null | string to string",
    ]


def test_response_enum_change_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    status = schemas(new)["Email"]["properties"]["status"]
    status["enum"] = ["queued", "sent", "bounced"]
    widened = lines(diff_descriptions(old, new), "send_email")
    status["enum"] = ["sent"]
    narrowed = lines(diff_descriptions(old, new), "send_email")

    assert widened == ['send_email: compatible: 200 response field `status`: enum values "bounced" added']
    assert narrowed == ['send_email: compatible: 200 response field `status`: enum values "queued" removed']


def test_response_constraint_change_is_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["Email"]["properties"]["subject"]["maxLength"] = 998

    assert lines(diff_descriptions(old, new), "send_email") == [
        "send_email: compatible: 200 response field `subject`: maxLength 998 added"
    ]


def test_list_envelope_items_are_compared(old: dict[str, Any], new: dict[str, Any]) -> None:
    schemas(new)["ListEmailsResponse"]["allOf"][1]["properties"]["data"]["items"] = {"type": "object"}
    schemas(new)["ListEnvelope"]["properties"]["has_more"] = {"type": "boolean"}

    assert lines(diff_descriptions(old, new)) == [
        "list_emails: breaking: 200 response field `data[].id`: removed",
        "list_emails: breaking: 200 response field `data[].status`: removed",
        "list_emails: breaking: 200 response field `data[].subject`: removed",
        "list_emails: breaking: 200 response field `data[].html`: removed",
        "list_emails: compatible: 200 response field `has_more`: added, optional",
    ]


def test_success_status_change_is_directed(old: dict[str, Any], new: dict[str, Any]) -> None:
    responses = send(new)["responses"]
    responses["202"] = responses.pop("200")

    assert lines(diff_descriptions(old, new)) == [
        "send_email: breaking: 202 response: added",
        "send_email: compatible: 200 response: removed",
    ]


def test_response_body_removed_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del send(new)["responses"]["200"]["content"]

    assert lines(diff_descriptions(old, new)) == ["send_email: breaking: 200 response body: removed"]


def test_response_media_type_added_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    content = send(new)["responses"]["200"]["content"]
    content["text/csv"] = {"schema": {"type": "string"}}

    assert lines(diff_descriptions(old, new)) == ["send_email: breaking: 200 response body: media type text/csv added"]


def test_error_status_changes_are_compatible(old: dict[str, Any], new: dict[str, Any]) -> None:
    responses = send(new)["responses"]
    responses["409"] = {"$ref": "#/components/responses/UnprocessableEntity"}
    del responses["429"]

    diff = diff_descriptions(old, new)

    assert lines(diff) == [
        "send_email: compatible: error response 409: added",
        "send_email: compatible: error response 429: removed",
    ]
    assert diff.breaking == []


def test_recursive_schema_is_compared_without_looping(old: dict[str, Any], new: dict[str, Any]) -> None:
    for document in (old, new):
        schemas(document)["Email"]["properties"]["reply"] = {"$ref": "#/components/schemas/Email"}
    schemas(new)["Email"]["properties"]["thread_id"] = {"type": "string"}

    assert lines(diff_descriptions(old, new), "send_email") == [
        "send_email: compatible: 200 response field `thread_id`: added, optional"
    ]


def test_union_with_unconstrained_alternative(old: dict[str, Any], new: dict[str, Any]) -> None:
    for document in (old, new):
        schemas(document)["Email"]["properties"]["meta"] = {
            "oneOf": [{}, {"type": "array", "items": {"type": "string"}}, {"type": "object"}]
        }
    schemas(new)["Email"]["properties"]["meta"]["oneOf"][1]["items"] = {"type": "integer"}

    assert lines(diff_descriptions(old, new)) == []


def test_info_versions_are_kept(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["info"]["version"] = "1.1.0"

    diff = diff_descriptions(old, new)

    assert (diff.old_version, diff.new_version) == ("1.0.0", "1.1.0")
    assert diff.operations == []


@pytest.fixture
def repository(tmp_path: Path) -> TinyRepository:
    """A repository whose first commit contains the tiny description."""
    repository = TinyRepository(tmp_path / "repository")
    repository.write_description(tiny_description())
    repository.commit("Describe the tiny API")
    return repository


def test_command_exits_zero_for_compatible_change(
    repository: TinyRepository, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tiny_description()
    schemas(document)["SendRequest"]["properties"]["text"] = {"type": "string"}
    repository.write_description(document)

    status = release.run_api_diff("HEAD", root=repository.root)

    output = capsys.readouterr().out.splitlines()
    assert status == 0
    assert output == [
        "openapi/resend.yaml at HEAD (info.version 1.0.0) against the working tree (info.version 1.0.0)",
        "",
        "send_email (POST /emails, client.emails.send)",
        "  compatible  request field `text`: added, optional",
        "",
        "0 breaking and 1 compatible change in 1 operation.",
    ]


def test_command_exits_one_for_breaking_change(repository: TinyRepository, capsys: pytest.CaptureFixture[str]) -> None:
    document = tiny_description()
    del document["paths"]["/emails"]["get"]
    document["info"]["version"] = "2.0.0"
    repository.write_description(document)

    status = release.run_api_diff("HEAD", root=repository.root)

    output = capsys.readouterr().out
    assert status == 1
    assert "(info.version 1.0.0) against the working tree (info.version 2.0.0)" in output
    assert "  breaking    operation: removed\n" in output
    assert output.endswith("1 breaking and 0 compatible change in 1 operation.\n")


def test_command_reads_description_at_older_commit(repository: TinyRepository) -> None:
    first = repository.git("rev-parse", "HEAD")
    document = tiny_description()
    del schemas(document)["Email"]["properties"]["subject"]
    repository.write_description(document)
    repository.commit("Drop the subject from responses")

    assert release.run_api_diff(first, root=repository.root) == 1
    assert release.run_api_diff("HEAD", root=repository.root) == 0


def test_command_exits_two_for_unknown_ref(repository: TinyRepository, capsys: pytest.CaptureFixture[str]) -> None:
    status = release.run_api_diff("no-such-branch", root=repository.root)

    assert status == 2
    assert (
        capsys.readouterr().err
        == "api-diff: 'no-such-branch' does not name a commit. Give a tag, a branch or a commit hash.\n"
    )


def test_command_exits_two_outside_git(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = release.run_api_diff("HEAD", root=tmp_path)

    assert status == 2
    assert "is not a git checkout" in capsys.readouterr().err


def test_command_exits_two_for_unparsable_description(
    repository: TinyRepository, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository.root / release.DESCRIPTION).write_text("paths: [unclosed\n")

    status = release.run_api_diff("HEAD", root=repository.root)

    assert status == 2
    assert capsys.readouterr().err.startswith("api-diff: openapi/resend.yaml is not valid YAML")


def test_command_counts_everything_added_before_description(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repository = TinyRepository(tmp_path / "repository")
    repository.commit("Start without a description")
    repository.write_description(tiny_description())

    status = release.run_api_diff("HEAD", root=repository.root)

    output = capsys.readouterr().out
    assert status == 0
    assert output.startswith("openapi/resend.yaml does not exist at HEAD, so every operation counts as added.\n")
    assert "  compatible  operation: added (Send an email)\n" in output


def test_command_line_requires_base(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        generator_main(["api-diff"])

    assert raised.value.code == 2
    assert "--base" in capsys.readouterr().err

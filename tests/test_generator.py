"""The generator driver: description rules, naming, reproducible output and the golden-record check."""

import copy
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator import generate, naming, paths
from generator.document import load_description
from generator.validate import validate_description


def write_description(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "resend.yaml"
    YAML(typ="safe").dump(document, path)
    return path


@pytest.fixture
def document() -> dict[str, Any]:
    return copy.deepcopy(load_description(paths.DESCRIPTION))


def test_committed_description_is_valid() -> None:
    assert validate_description(paths.DESCRIPTION) == []


def test_broken_example_is_reported_with_its_place(tmp_path: Path, document: dict[str, Any]) -> None:
    examples = document["paths"]["/emails"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    first_name = next(iter(examples))
    del examples[first_name]["value"]["to"]

    problems = validate_description(write_description(tmp_path, document))

    assert len(problems) == 1
    assert first_name in problems[0]
    assert "'to' is a required property" in problems[0]


def test_wrongly_typed_header_example_is_reported(tmp_path: Path, document: dict[str, Any]) -> None:
    document["components"]["headers"]["RateLimitLimit"]["example"] = "two"

    problems = validate_description(write_description(tmp_path, document))

    assert any("RateLimitLimit" in problem and "'two'" in problem for problem in problems)


def test_missing_error_response_names_the_operation(tmp_path: Path, document: dict[str, Any]) -> None:
    del document["paths"]["/emails"]["post"]["responses"]["409"]
    del document["paths"]["/emails/{email_id}"]["get"]["responses"]["404"]

    problems = validate_description(write_description(tmp_path, document))

    assert "send_email (POST /emails): missing 409 response" in problems
    assert "get_email (GET /emails/{email_id}): missing 404 response" in problems
    assert len(problems) == 2


def test_missing_rate_limit_header_is_reported(tmp_path: Path, document: dict[str, Any]) -> None:
    success = document["paths"]["/emails"]["get"]["responses"]["200"]
    del success["headers"]["ratelimit-policy"]

    problems = validate_description(write_description(tmp_path, document))

    assert problems == ["list_emails (GET /emails): 200 response lacks the ratelimit-policy header"]


def test_operation_rules_are_reported_together(tmp_path: Path, document: dict[str, Any]) -> None:
    operation = document["paths"]["/emails/{email_id}/cancel"]["post"]
    operation["operationId"] = "cancelEmail"
    del operation["summary"]
    operation["tags"] = ["Mail"]

    problems = validate_description(write_description(tmp_path, document))

    where = "cancelEmail (POST /emails/{email_id}/cancel)"
    assert f"{where}: operationId must be snake_case" in problems
    assert f"{where}: missing summary" in problems
    assert f"{where}: tag 'Mail' is not declared in the top-level tags" in problems


def test_openapi_schema_violation_is_reported(tmp_path: Path, document: dict[str, Any]) -> None:
    document["paths"]["/emails"]["post"]["responses"] = "none"

    problems = validate_description(write_description(tmp_path, document))

    assert len(problems) == 1
    assert problems[0].startswith("OpenAPI schema:")


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("send_email", "Emails", "send"),
        ("send_batch_emails", "Emails", "send_batch"),
        ("list_emails", "Emails", "list"),
        ("add_contact_to_segment", "Contacts", "add_to_segment"),
        ("verify_domain", "Domains", "verify"),
        ("emails", "Emails", "emails"),
    ],
)
def test_method_name_drops_tag_words(operation_id: str, tag: str, expected: str) -> None:
    assert naming.method_name_for(operation_id, tag) == expected


def test_clashing_method_names_are_refused(document: dict[str, Any]) -> None:
    document["paths"]["/emails/{email_id}/cancel"]["post"]["x-method-name"] = "get"

    with pytest.raises(naming.NamingError, match="emails.get"):
        naming.operation_method_names(document)


def test_generation_is_byte_identical(tmp_path: Path) -> None:
    generate.generate_into(tmp_path / "first")
    generate.generate_into(tmp_path / "second")

    assert generate._diff_trees(tmp_path / "first", tmp_path / "second") == ""
    assert not list((tmp_path / "first").rglob("__pycache__"))
    assert not list((tmp_path / "first").rglob(".ruff_cache"))


def test_every_generated_file_carries_the_notice(tmp_path: Path) -> None:
    generate.generate_into(tmp_path / "out")

    files = [path for path in (tmp_path / "out").rglob("*") if path.is_file()]
    assert len(files) > 20
    for path in files:
        head = path.read_text(encoding="utf-8")[:300]
        assert generate.GENERATED_NOTICE in head, path
        assert "make generate" in head, path


def test_committed_generated_tree_is_up_to_date() -> None:
    assert generate.compare_with_fresh_generation() == ""


def test_check_shows_a_diff_for_an_edited_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy_of_generated = tmp_path / "generated"
    shutil.copytree(paths.GENERATED, copy_of_generated, ignore=shutil.ignore_patterns("__pycache__"))
    edited = copy_of_generated / "resend_client" / "_constants.py"
    edited.write_text(edited.read_text() + "EDITED_BY_HAND = True\n")
    (copy_of_generated / "resend_client" / "stray.py").write_text("x = 1\n")
    monkeypatch.setattr(paths, "GENERATED", copy_of_generated)

    difference = generate.compare_with_fresh_generation()

    assert "-EDITED_BY_HAND = True" in difference
    assert "generated/resend_client/_constants.py (committed)" in difference
    assert "generated/resend_client/stray.py: not produced by the generator" in difference


def test_silently_dropped_model_fails_generation(
    tmp_path: Path, document: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    request_schema = document["components"]["schemas"]["SendEmailRequest"]
    request_schema["anyOf"] = [{"required": ["html"]}, {"required": ["text"]}]
    monkeypatch.setattr(paths, "DESCRIPTION", write_description(tmp_path, document))

    with pytest.raises(generate.GenerationError, match="send_email: the request body was generated as Any"):
        generate.generate_into(tmp_path / "out")


def test_clashing_method_names_stop_generation(
    tmp_path: Path, document: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    document["paths"]["/emails/{email_id}/cancel"]["post"]["x-method-name"] = "get"
    monkeypatch.setattr(paths, "DESCRIPTION", write_description(tmp_path, document))

    with pytest.raises(generate.GenerationError, match="cancel_email and get_email would both become"):
        generate.generate_into(tmp_path / "out")


@pytest.mark.parametrize("method_name", ["with_raw_response", "_client", "class", "share-it"])
def test_unusable_method_name_is_reported(tmp_path: Path, document: dict[str, Any], method_name: str) -> None:
    document["paths"]["/emails/{email_id}/cancel"]["post"]["x-method-name"] = method_name

    problems = validate_description(write_description(tmp_path, document))

    assert len(problems) == 1
    assert problems[0].startswith(f"cancel_email: {method_name!r} cannot be a method name")


def test_body_field_named_like_path_parameter_stops_generation(
    tmp_path: Path, document: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    request_schema = document["components"]["schemas"]["UpdateEmailRequest"]
    request_schema["properties"]["email_id"] = {"type": "string"}
    monkeypatch.setattr(paths, "DESCRIPTION", write_description(tmp_path, document))

    with pytest.raises(generate.GenerationError, match="body field 'email_id' has the same Python name"):
        generate.generate_into(tmp_path / "out")


def test_regenerate_writes_only_changed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "generated"
    shutil.copytree(paths.GENERATED, target, ignore=shutil.ignore_patterns("__pycache__"))
    edited = target / "resend_client" / "_constants.py"
    original = edited.read_bytes()
    edited.write_text("EDITED = True\n")
    stray = target / "resend_client" / "stray" / "module.py"
    stray.parent.mkdir()
    stray.write_text("x = 1\n")
    untouched = target / "pyproject.toml"
    os.utime(untouched, (1_000_000_000, 1_000_000_000))
    monkeypatch.setattr(paths, "GENERATED", target)

    generate.regenerate()

    assert edited.read_bytes() == original
    assert not stray.parent.exists()
    assert untouched.stat().st_mtime == 1_000_000_000
    assert generate._diff_trees(target, paths.ROOT / "generated") == ""

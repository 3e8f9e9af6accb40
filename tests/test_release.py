"""The package version's single source, the version check against api-diff, and changelog entries."""

import re
import tomllib
from pathlib import Path

import pytest
import resend_client
from packaging.version import Version

from generator import paths, release
from generator.api_diff import ApiDiff, Change, Operation, OperationDiff
from tests.test_api_diff import schemas, tiny_description
from tests.tiny_repository import TinyRepository


def test_generated_package_carries_config_version() -> None:
    version = release.read_package_version(paths.ROOT)
    pyproject = tomllib.loads((paths.GENERATED / "pyproject.toml").read_text(encoding="utf-8"))

    assert pyproject["project"]["version"] == str(version)
    assert resend_client.__version__ == str(version)


def test_version_is_written_nowhere_else() -> None:
    version = str(release.read_package_version(paths.ROOT))
    # A hard-coded copy is a quoted literal, such as `__version__ = "1.2.3"` or an expected value.
    literal = re.compile(rf"[\"']{re.escape(version)}[\"']")
    # The release tests set versions of their own throwaway repositories, not of this package.
    own_versions = {"test_release.py", "test_api_diff.py", "tiny_repository.py"}
    sources = [paths.ROOT / "Makefile", paths.ROOT / "pyproject.toml"]
    for folder in ("generator", "templates", "tests", "demo", "bench"):
        sources.extend(path for path in (paths.ROOT / folder).rglob("*.*") if "__pycache__" not in path.parts)

    copies = [
        path.relative_to(paths.ROOT).as_posix()
        for path in sources
        if path.name not in own_versions and literal.search(path.read_text(encoding="utf-8", errors="replace"))
    ]

    assert copies == []


@pytest.mark.parametrize(
    ("config_text", "expected"),
    [
        ("package_version_override: 0.2.0\n", "0.2.0"),
        ("package_version_override: '1.10'\n", "1.10"),
        ("package_version_override: 1.0.0rc1\n", "1.0.0rc1"),
    ],
)
def test_package_version_is_read(config_text: str, expected: str) -> None:
    assert release.parse_package_version(config_text, "config") == Version(expected)


@pytest.mark.parametrize(
    ("config_text", "message"),
    [
        ("project_name_override: resend-client\n", "package_version_override is missing or not a string"),
        ("package_version_override: 1.10\n", "package_version_override is missing or not a string"),
        ("package_version_override: soon\n", "'soon' is not a valid version"),
        ("package_version_override: [\n", "config is not valid YAML"),
    ],
)
def test_unusable_package_version_is_rejected(config_text: str, message: str) -> None:
    with pytest.raises(release.ReleaseError, match=message):
        release.parse_package_version(config_text, "config")


def diff_with(*, breaking: int = 0, compatible: int = 0) -> ApiDiff:
    operation = Operation("send_email", "post", "/emails", {}, [], "client.emails.send")
    changes = [Change("request field `a`", "removed", breaking=True) for _ in range(breaking)]
    changes += [Change("request field `b`", "added, optional", breaking=False) for _ in range(compatible)]
    return ApiDiff("1.0.0", "1.0.0", [OperationDiff(operation, changes)] if changes else [])


@pytest.mark.parametrize(
    ("old", "new", "breaking", "compatible", "accepted"),
    [
        ("0.1.0", "0.1.0", 0, 0, True),
        ("0.1.0", "0.1.0", 0, 1, False),
        ("0.1.0", "0.1.1", 0, 1, True),
        ("0.1.0", "0.1.1", 1, 0, False),
        ("0.1.0", "0.2.0", 1, 3, True),
        ("0.1.0", "0.2.0rc1", 1, 0, True),
        ("0.1.0", "1.0.0", 1, 0, True),
        ("1.2.3", "1.3.0", 1, 0, False),
        ("1.2.3", "2.0.0", 1, 0, True),
        ("1.2.3", "1.2.4", 0, 2, True),
        ("0.2.0", "0.1.9", 0, 0, False),
    ],
)
def test_version_bump_is_checked(old: str, new: str, breaking: int, compatible: int, accepted: bool) -> None:
    problem = release.check_version(Version(old), Version(new), diff_with(breaking=breaking, compatible=compatible))

    assert (problem is None) is accepted, problem


def test_too_small_bump_names_needed_version() -> None:
    below_one = release.check_version(Version("0.3.1"), Version("0.3.2"), diff_with(breaking=2))
    above_one = release.check_version(Version("2.1.0"), Version("2.1.0"), diff_with(compatible=1))

    assert below_one == (
        "the API has 2 breaking changes, so the package needs a minor bump below 1.0: version 0.4.0 or later, "
        "but generator/config.yaml sets 0.3.2"
    )
    assert above_one == (
        "the API has 1 compatible change, so the package needs a version after 2.1.0, such as 2.1.1, "
        "but generator/config.yaml sets 2.1.0"
    )


@pytest.fixture
def repository(tmp_path: Path) -> TinyRepository:
    """A repository at version 0.1.0 with the tiny description and a changelog entry."""
    repository = TinyRepository(tmp_path / "repository")
    repository.write_description(tiny_description())
    repository.write_version("0.1.0")
    repository.write_changelog("0.1.0")
    repository.commit("Release 0.1.0")
    return repository


def break_tiny_api(repository: TinyRepository) -> None:
    document = tiny_description()
    del schemas(document)["Email"]["properties"]["subject"]
    repository.write_description(document)


def test_default_base_is_newest_release_tag(repository: TinyRepository) -> None:
    repository.git("tag", "v0.1.0")
    repository.commit("Later work")

    base = release.find_default_base(repository.root, Version("0.1.0"))

    assert base == release.Base("v0.1.0", "the newest release tag")


def test_default_base_is_last_older_commit(repository: TinyRepository) -> None:
    last_old = repository.commit("More work at 0.1.0")
    repository.write_version("0.2.0")
    repository.commit("Bump to 0.2.0")
    repository.commit("Work at 0.2.0")

    base = release.find_default_base(repository.root, Version("0.2.0"))

    assert base is not None
    assert base.ref == last_old[:12]
    assert "before version 0.2.0" in base.reason


def test_default_base_is_head_for_uncommitted_bump(repository: TinyRepository) -> None:
    head = repository.git("rev-parse", "HEAD")
    repository.write_version("0.2.0")

    base = release.find_default_base(repository.root, Version("0.2.0"))

    assert base is not None
    assert base.ref == head[:12]


def test_default_base_is_missing_with_one_version(repository: TinyRepository) -> None:
    repository.commit("More work at 0.1.0")

    assert release.find_default_base(repository.root, Version("0.1.0")) is None


def test_check_skips_visibly_without_base(repository: TinyRepository, capsys: pytest.CaptureFixture[str]) -> None:
    break_tiny_api(repository)

    status = release.run_version_check(None, root=repository.root)

    output = capsys.readouterr().out
    assert status == 0
    assert "version-check: skipped the API comparison, because no release tag v*" in output
    assert "version-check: OK, CHANGELOG.md has an entry for this version" in output


def test_check_skips_outside_git(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "generator").mkdir()
    (tmp_path / release.CONFIG).write_text("package_version_override: 0.1.0\n")
    (tmp_path / release.CHANGELOG).write_text("# Changelog\n\n## 0.1.0\n")

    status = release.run_version_check(None, root=tmp_path)

    assert status == 0
    assert "skipped the API comparison" in capsys.readouterr().out


def test_check_fails_breaking_change_without_bump(
    repository: TinyRepository, capsys: pytest.CaptureFixture[str]
) -> None:
    repository.git("tag", "v0.1.0")
    break_tiny_api(repository)
    repository.write_version("0.1.1")
    repository.write_changelog("0.1.1", "0.1.0")

    status = release.run_version_check(None, root=repository.root)

    captured = capsys.readouterr()
    assert status == 1
    assert "version-check: 0.1.0 at v0.1.0 (the newest release tag), 0.1.1 in the working tree" in captured.out
    assert "version-check: 2 breaking and 0 compatible changes in 2 operations." in captured.out
    assert "  breaking    200 response field `subject`: removed" in captured.err
    assert captured.err.endswith(
        "version-check failed: the API has 2 breaking changes, so the package needs a minor bump below 1.0: "
        "version 0.2.0 or later, but generator/config.yaml sets 0.1.1. "
        "Raise package_version_override in generator/config.yaml.\n"
    )


def test_check_accepts_minor_bump_when_breaking(repository: TinyRepository, capsys: pytest.CaptureFixture[str]) -> None:
    break_tiny_api(repository)
    repository.write_version("0.2.0")
    repository.write_changelog("0.2.0", "0.1.0")

    status = release.run_version_check(None, root=repository.root)

    assert status == 0
    assert capsys.readouterr().out.endswith("version-check: OK, CHANGELOG.md has an entry for this version\n")


def test_check_fails_unbumped_compatible_change(repository: TinyRepository) -> None:
    repository.git("tag", "v0.1.0")
    document = tiny_description()
    schemas(document)["Email"]["properties"]["text"] = {"type": "string"}
    repository.write_description(document)

    assert release.run_version_check(None, root=repository.root) == 1


def test_check_fails_without_changelog_entry(repository: TinyRepository, capsys: pytest.CaptureFixture[str]) -> None:
    repository.write_version("0.1.1")

    status = release.run_version_check(None, root=repository.root)

    assert status == 1
    assert "version-check failed: CHANGELOG.md has no entry for 0.1.1." in capsys.readouterr().err


def test_check_exits_two_for_unknown_base(repository: TinyRepository, capsys: pytest.CaptureFixture[str]) -> None:
    status = release.run_version_check("v9.9.9", root=repository.root)

    assert status == 2
    assert "'v9.9.9' does not name a commit" in capsys.readouterr().err


def test_changelog_entry_lists_breaking_changes_first(repository: TinyRepository) -> None:
    document = tiny_description()
    del schemas(document)["SendRequest"]["properties"]["priority"]
    schemas(document)["Email"]["properties"]["text"] = {"type": "string"}
    document["info"]["version"] = "1.1.0"
    repository.write_description(document)

    entry = release.changelog_entry(Version("0.2.0"), release.compare_with(repository.root, release.Base("HEAD")))

    assert entry.splitlines() == [
        "## 0.2.0",
        "",
        "API description version 1.0.0 -> 1.1.0.",
        "",
        "### Breaking changes",
        "",
        "- send_email (POST /emails, client.emails.send): request field `priority`: removed",
        "",
        "### Compatible changes",
        "",
        "- list_emails (GET /emails, client.emails.list): 200 response field `data[].text`: added, optional",
        "- send_email (POST /emails, client.emails.send): 200 response field `text`: added, optional",
    ]


def test_changelog_write_inserts_above_newest_entry(
    repository: TinyRepository, capsys: pytest.CaptureFixture[str]
) -> None:
    break_tiny_api(repository)
    repository.write_version("0.2.0")

    status = release.run_changelog(None, write=True, root=repository.root)

    text = (repository.root / release.CHANGELOG).read_text()
    assert status == 0
    assert text.startswith("# Changelog\n\nIntroduction.\n\n## 0.2.0\n\n### Breaking changes\n\n")
    assert text.endswith("`subject`: removed\n\n## 0.1.0\n\nChanges.\n")
    assert "CHANGELOG.md: added the entry for 0.2.0" in capsys.readouterr().out
    assert release.run_version_check(None, root=repository.root) == 0


def test_changelog_write_keeps_existing_entry(repository: TinyRepository, capsys: pytest.CaptureFixture[str]) -> None:
    status = release.run_changelog("HEAD", write=True, root=repository.root)

    assert status == 1
    assert "already has an entry for 0.1.0" in capsys.readouterr().err


def test_changelog_prints_entry_without_changes(repository: TinyRepository, capsys: pytest.CaptureFixture[str]) -> None:
    status = release.run_changelog("HEAD", write=False, root=repository.root)

    assert status == 0
    assert capsys.readouterr().out == "## 0.1.0\n\nNo API changes.\n"


def test_committed_changelog_has_current_version() -> None:
    version = release.read_package_version(paths.ROOT)

    assert release.has_changelog_entry(paths.CHANGELOG.read_text(encoding="utf-8"), version)

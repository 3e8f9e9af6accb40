"""Release commands: the API changes since a git ref, the version check and changelog entries.

The package version is written in one place, ``package_version_override`` in
generator/config.yaml, and the templates copy it into generated/pyproject.toml and
``resend_client.__version__``. It is independent of the description's ``info.version``, which
versions the API rather than the client.

A breaking API change needs a major bump, or a minor bump while the version is below 1.0. A
compatible change needs any bump. Without ``--base``, the version check compares with the
newest release tag (``v1.2.3``) reachable from HEAD, else with the last commit at another
package version, and skips with a message when neither exists.
"""

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator import api_diff, history, paths
from generator.document import parse_description

VERSION_KEY = "package_version_override"
DESCRIPTION = paths.DESCRIPTION.relative_to(paths.ROOT).as_posix()
CONFIG = paths.CONFIG.relative_to(paths.ROOT).as_posix()
CHANGELOG = paths.CHANGELOG.relative_to(paths.ROOT).as_posix()
WORKING_TREE = "the working tree"


class ReleaseError(Exception):
    """A command cannot run as called: an unknown ref, or a file that cannot be read."""


@dataclass(frozen=True)
class Base:
    """The git ref to compare with, and why it was chosen."""

    ref: str
    reason: str = "given with --base"


@dataclass(frozen=True)
class Comparison:
    """The API changes between the description at a base and in the working tree."""

    base: Base
    diff: api_diff.ApiDiff
    base_has_description: bool

    def heading(self) -> str:
        """Return the first line of a report, naming both sides and their API versions."""
        if not self.base_has_description:
            return f"{DESCRIPTION} does not exist at {self.base.ref}, so every operation counts as added."
        old, new = self.diff.old_version or "none", self.diff.new_version or "none"
        return f"{DESCRIPTION} at {self.base.ref} (info.version {old}) against {WORKING_TREE} (info.version {new})"


def parse_package_version(config_text: str, where: str) -> Version:
    """Read the package version from the text of generator/config.yaml."""
    try:
        config = YAML(typ="safe").load(config_text)
    except YAMLError as error:
        message = f"{where} is not valid YAML: {error}"
        raise ReleaseError(message) from error

    value = config.get(VERSION_KEY) if isinstance(config, dict) else None
    # YAML reads an unquoted 1.10 as the number 1.1, so only a string is trusted as a version.
    if not isinstance(value, str):
        message = f"{where}: {VERSION_KEY} is missing or not a string. Set it to a version such as 1.2.3."
        raise ReleaseError(message)
    try:
        return Version(value)
    except InvalidVersion as error:
        message = f"{where}: {VERSION_KEY} {value!r} is not a valid version"
        raise ReleaseError(message) from error


def read_package_version(root: Path) -> Version:
    """Return the package version in the working tree's generator/config.yaml."""
    return parse_package_version(_read_working_file(root, CONFIG), CONFIG)


def compare_with(root: Path, base: Base) -> Comparison:
    """Compare the description at ``base`` with the one in the working tree."""
    commit = history.resolve_commit(root, base.ref)
    old_text = history.read_file_at(root, commit, DESCRIPTION)
    old = _parse_description(old_text, f"{DESCRIPTION} at {base.ref}") if old_text is not None else {}
    new = _parse_description(_read_working_file(root, DESCRIPTION), DESCRIPTION)
    return Comparison(base, api_diff.diff_descriptions(old, new), base_has_description=old_text is not None)


def find_default_base(root: Path, current: Version) -> Base | None:
    """Return the newest release tag, else the last commit at another package version, else None."""
    tag = history.latest_release_tag(root)
    if tag is not None:
        return Base(tag, "the newest release tag")

    def has_current_version(config_text: str | None) -> bool:
        if config_text is None:
            return False
        try:
            return parse_package_version(config_text, CONFIG) == current
        except ReleaseError:
            return False

    commit = history.last_commit_before(root, CONFIG, has_current_version)
    if commit is None:
        return None
    return Base(commit[:12], f"the last commit before version {current}, since no release tag v* exists")


def check_version(old: Version, new: Version, diff: api_diff.ApiDiff) -> str | None:
    """Return why ``new`` is not a large enough bump over ``old`` for ``diff``, or None when it is."""
    if new < old:
        return f"the package version went down from {old} to {new}"

    if diff.breaking:
        count = _count(len(diff.breaking), "breaking change")
        if old.major == 0:
            enough = (new.major, new.minor) > (0, old.minor)
            needed = f"a minor bump below 1.0: version 0.{old.minor + 1}.0 or later"
        else:
            enough = new.major > old.major
            needed = f"a major bump: version {old.major + 1}.0.0 or later"
    else:
        count = _count(len(diff.changes), "compatible change")
        enough = not diff.changes or new > old
        needed = f"a version after {old}, such as {old.major}.{old.minor}.{old.micro + 1}"

    if enough:
        return None
    return f"the API has {count}, so the package needs {needed}, but {CONFIG} sets {new}"


def changelog_entry(version: Version, comparison: Comparison) -> str:
    """Return a CHANGELOG.md entry for ``version`` that lists the API changes, breaking ones first."""
    diff = comparison.diff
    lines = [f"## {version}", ""]
    if comparison.base_has_description and diff.old_version != diff.new_version:
        lines += [f"API description version {diff.old_version or 'none'} -> {diff.new_version or 'none'}.", ""]
    if not diff.changes:
        lines += ["No API changes.", ""]

    sections = [("Breaking changes", True), ("Compatible changes", False)]
    for title, breaking in sections:
        entries = [
            f"- {operation.operation.label}: {change.describe()}"
            for operation in diff.operations
            for change in operation.changes
            if change.breaking == breaking
        ]
        if entries:
            lines += [f"### {title}", "", *entries, ""]
    return "\n".join(lines)


def has_changelog_entry(changelog_text: str, version: Version) -> bool:
    """Return whether the changelog has a ``## <version>`` heading."""
    pattern = rf"^## \[?{re.escape(str(version))}\]?(\s|$)"
    return re.search(pattern, changelog_text, flags=re.MULTILINE) is not None


def insert_changelog_entry(changelog_text: str, entry: str) -> str:
    """Insert ``entry`` above the newest entry, below the file's introduction."""
    match = re.search(r"^## ", changelog_text, flags=re.MULTILINE)
    position = match.start() if match else len(changelog_text)
    before = changelog_text[:position].rstrip("\n")
    after = changelog_text[position:]
    return f"{before}\n\n{entry.rstrip()}\n" + (f"\n{after}" if after else "")


def run_api_diff(base_ref: str, root: Path = paths.ROOT) -> int:
    """Print the API changes since ``base_ref`` and return 1 if one is breaking, 2 if it cannot compare, else 0."""
    try:
        comparison = compare_with(root, Base(base_ref))
    except (history.HistoryError, ReleaseError) as error:
        print(f"api-diff: {error}", file=sys.stderr)
        return 2

    print(comparison.heading())
    print()
    for line in api_diff.format_changes(comparison.diff):
        print(line)
    print(api_diff.summarize(comparison.diff))
    return 1 if comparison.diff.breaking else 0


def run_version_check(base_ref: str | None, root: Path = paths.ROOT) -> int:
    """Check the version bump against the API changes and the changelog, and return 0, 1 or 2 as api-diff does."""
    try:
        current = read_package_version(root)
        changelog_problem = _find_changelog_problem(root, current)
        base = _choose_base(root, current, base_ref)
        if base is None:
            print(
                f"version-check: skipped the API comparison, because no release tag v* and no commit with "
                f"a package version other than {current} exists. Pass a ref with `make version-check BASE=<ref>`."
            )
            return _report_changelog_problem(changelog_problem)
        old = _read_base_version(root, base)
        comparison = compare_with(root, base)
    except (history.HistoryError, ReleaseError) as error:
        print(f"version-check: {error}", file=sys.stderr)
        return 2

    print(f"version-check: {old} at {base.ref} ({base.reason}), {current} in {WORKING_TREE}")
    print(f"version-check: {api_diff.summarize(comparison.diff)}")
    problem = check_version(old, current, comparison.diff)
    if problem is not None:
        for line in api_diff.format_changes(comparison.diff):
            print(line, file=sys.stderr)
        print(f"version-check failed: {problem}. Raise {VERSION_KEY} in {CONFIG}.", file=sys.stderr)
        return 1
    return _report_changelog_problem(changelog_problem)


def run_changelog(base_ref: str | None, write: bool, root: Path = paths.ROOT) -> int:
    """Print the entry for the current version, or insert it into CHANGELOG.md, and return 0, 1 or 2."""
    try:
        current = read_package_version(root)
        base = _choose_base(root, current, base_ref)
        if base is None:
            message = "no release tag v* and no commit with another package version exists. Pass --base REF."
            raise ReleaseError(message)
        entry = changelog_entry(current, compare_with(root, base))
    except (history.HistoryError, ReleaseError) as error:
        print(f"changelog: {error}", file=sys.stderr)
        return 2

    if not write:
        print(entry, end="")
        return 0

    changelog_path = root / CHANGELOG
    text = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else "# Changelog\n"
    if has_changelog_entry(text, current):
        print(f"changelog: {CHANGELOG} already has an entry for {current}. Edit that entry by hand.", file=sys.stderr)
        return 1
    changelog_path.write_text(insert_changelog_entry(text, entry), encoding="utf-8")
    print(f"{CHANGELOG}: added the entry for {current}, compared with {base.ref}; review its wording")
    return 0


def _choose_base(root: Path, current: Version, base_ref: str | None) -> Base | None:
    if base_ref is not None:
        return Base(base_ref)
    try:
        return find_default_base(root, current)
    except history.HistoryError:
        return None


def _read_base_version(root: Path, base: Base) -> Version:
    commit = history.resolve_commit(root, base.ref)
    config_text = history.read_file_at(root, commit, CONFIG)
    if config_text is None:
        message = f"{CONFIG} does not exist at {base.ref}, so its package version is unknown"
        raise ReleaseError(message)
    return parse_package_version(config_text, f"{CONFIG} at {base.ref}")


def _find_changelog_problem(root: Path, current: Version) -> str | None:
    changelog_path = root / CHANGELOG
    text = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else ""
    if has_changelog_entry(text, current):
        return None
    return (
        f"{CHANGELOG} has no entry for {current}. Draft one with `make changelog`, or "
        "`python -m generator changelog --base <ref> --write`"
    )


def _report_changelog_problem(problem: str | None) -> int:
    if problem is None:
        print(f"version-check: OK, {CHANGELOG} has an entry for this version")
        return 0
    print(f"version-check failed: {problem}", file=sys.stderr)
    return 1


def _read_working_file(root: Path, relative: str) -> str:
    try:
        return (root / relative).read_text(encoding="utf-8")
    except OSError as error:
        message = f"cannot read {relative}: {error.strerror}"
        raise ReleaseError(message) from error


def _parse_description(text: str, where: str) -> dict[str, Any]:
    try:
        return parse_description(text, where)
    except YAMLError as error:
        message = f"{where} is not valid YAML: {error}"
        raise ReleaseError(message) from error
    except ValueError as error:
        raise ReleaseError(str(error)) from error


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

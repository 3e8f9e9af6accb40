"""Release commands: the API changes of the description since a git ref."""

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError

from generator import api_diff, history, paths
from generator.document import parse_description

DESCRIPTION = paths.DESCRIPTION.relative_to(paths.ROOT).as_posix()
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


def compare_with(root: Path, base: Base) -> Comparison:
    """Compare the description at ``base`` with the one in the working tree."""
    commit = history.resolve_commit(root, base.ref)
    old_text = history.read_file_at(root, commit, DESCRIPTION)
    old = _parse_description(old_text, f"{DESCRIPTION} at {base.ref}") if old_text is not None else {}
    new = _parse_description(_read_working_file(root, DESCRIPTION), DESCRIPTION)
    return Comparison(base, api_diff.diff_descriptions(old, new), base_has_description=old_text is not None)


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

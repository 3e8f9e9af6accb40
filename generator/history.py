"""Reading the repository's files as they were at a git ref, and finding the last release."""

import subprocess
from collections.abc import Callable
from pathlib import Path

# Release tags are the package version after a "v", such as v1.2.3.
RELEASE_TAG_PATTERN = "v[0-9]*"


class HistoryError(Exception):
    """Git is missing, the folder is not a git checkout, or a ref does not name a commit."""


def resolve_commit(root: Path, ref: str) -> str:
    """Return the full hash of the commit that ``ref`` names in the repository at ``root``."""
    completed = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    if completed.returncode != 0:
        if _git(root, "rev-parse", "--git-dir").returncode != 0:
            message = f"{root} is not a git checkout, so {ref!r} cannot be read"
        else:
            message = f"{ref!r} does not name a commit. Give a tag, a branch or a commit hash."
        raise HistoryError(message)
    return completed.stdout.strip()


def read_file_at(root: Path, commit: str, relative: str) -> str | None:
    """Return the text of ``relative`` (a path below ``root``) at ``commit``, or None if it did not exist."""
    completed = _git(root, "show", f"{commit}:./{relative}")
    if completed.returncode != 0:
        return None
    return completed.stdout


def latest_release_tag(root: Path) -> str | None:
    """Return the newest release tag reachable from HEAD, or None when there is none."""
    completed = _git(root, "describe", "--tags", "--abbrev=0", "--match", RELEASE_TAG_PATTERN, "HEAD")
    if completed.returncode != 0:
        return None
    return completed.stdout.strip() or None


def last_commit_before(root: Path, relative: str, is_current: Callable[[str | None], bool]) -> str | None:
    """Return the newest commit whose ``relative`` file does not pass ``is_current``, or None.

    ``is_current`` gets the file's text at a commit, or None where the file did not exist. Only
    the commits on HEAD's first-parent line that change the file are read, because the newest
    commit of an older state is the parent of the commit that replaced it.
    """
    if _git(root, "rev-parse", "--verify", "--quiet", "HEAD").returncode != 0:
        return None
    if not is_current(read_file_at(root, "HEAD", relative)):
        return resolve_commit(root, "HEAD")

    completed = _git(root, "log", "--first-parent", "--format=%H", "HEAD", "--", relative)
    newer: str | None = None
    for commit in completed.stdout.split():
        if newer is not None and not is_current(read_file_at(root, commit, relative)):
            return resolve_commit(root, f"{newer}^")
        newer = commit
    return None


def _git(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", "-C", str(root), *arguments], capture_output=True, text=True, check=False)
    except FileNotFoundError as error:
        message = "git is not installed, so the description cannot be read at a git ref"
        raise HistoryError(message) from error

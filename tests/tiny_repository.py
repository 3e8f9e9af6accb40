"""A throwaway git repository laid out like this one, for tests that read files at git refs."""

import subprocess
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from generator import release

# Set per command, so the tests need no git identity on the machine that runs them.
IDENTITY = ("-c", "user.name=Release Test", "-c", "user.email=release-test@example.com", "-c", "commit.gpgsign=false")


class TinyRepository:
    """A git repository in a temporary folder with a description, a config and a changelog."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "--quiet")

    def git(self, *arguments: str) -> str:
        """Run git in the repository and return its output, failing the test when git fails."""
        completed = subprocess.run(
            ["git", "-C", str(self.root), *IDENTITY, *arguments], capture_output=True, text=True, check=False
        )
        assert completed.returncode == 0, completed.stderr
        return completed.stdout.strip()

    def write_description(self, document: dict[str, Any]) -> None:
        path = self.root / release.DESCRIPTION
        path.parent.mkdir(parents=True, exist_ok=True)
        YAML(typ="safe").dump(document, path)

    def write_version(self, version: str) -> None:
        path = self.root / release.CONFIG
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"project_name_override: resend-client\n{release.VERSION_KEY}: {version}\n")

    def write_changelog(self, *versions: str) -> None:
        entries = "".join(f"\n## {version}\n\nChanges.\n" for version in versions)
        (self.root / release.CHANGELOG).write_text(f"# Changelog\n\nIntroduction.\n{entries}")

    def commit(self, message: str) -> str:
        """Commit every file and return the commit's hash."""
        self.git("add", "--all")
        self.git("commit", "--quiet", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD")

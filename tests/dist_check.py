"""The steps of `make dist`: build the sdist and wheel of generated/, check them, smoke-test the wheel.

The wheel is installed, with its dependencies only, into a new virtual environment in a temporary
folder. There ``wheel_smoke.py`` sends an email to a sandbox started on 127.0.0.1 and provokes a
validation error. tests/test_wheel.py runs the same steps on distributions built into a
temporary folder.

    python -m tests.dist_check [--outdir generated/dist]
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import venv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import paths, release
from tests.sandbox import Sandbox

SMOKE_SCRIPT = Path(__file__).with_name("wheel_smoke.py")
API_KEY = "re_wheel_smoke_key"
SMOKE_TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class SmokeRun:
    """The smoke script's result and the emails that the sandbox stored meanwhile."""

    completed: subprocess.CompletedProcess[str]
    stored: list[dict[str, Any]]


def build_distributions(source: Path, outdir: Path) -> list[Path]:
    """Build the sdist, then the wheel from it, into ``outdir`` and return the paths of both.

    Earlier distributions of the package in ``outdir`` are removed first, so only the current
    version remains there.
    """
    for stale in outdir.glob("resend_client-*"):
        stale.unlink()
    subprocess.run([sys.executable, "-m", "build", "--quiet", "--outdir", str(outdir), str(source)], check=True)
    return sorted(outdir.glob("resend_client-*"))


def check_metadata(distributions: list[Path]) -> subprocess.CompletedProcess[str]:
    """Run ``twine check --strict`` on the distributions and return its result."""
    command = [sys.executable, "-m", "twine", "check", "--strict", *map(str, distributions)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def find_wheel(distributions: list[Path]) -> Path:
    """Return the one wheel among ``distributions``."""
    wheels = [path for path in distributions if path.suffix == ".whl"]
    if len(wheels) != 1:
        message = f"expected one wheel, found {len(wheels)}: {[path.name for path in wheels]}"
        raise RuntimeError(message)
    return wheels[0]


def create_environment(wheel: Path, environment: Path) -> Path:
    """Create a virtual environment at ``environment`` and install the wheel with its dependencies."""
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    return environment


def run_smoke(environment: Path, workdir: Path) -> SmokeRun:
    """Run the smoke script in ``environment`` against a new sandbox, from a copy in ``workdir``.

    Python runs in isolated mode from ``workdir``, so it imports the installed wheel and nothing
    from the repository.
    """
    script = workdir / SMOKE_SCRIPT.name
    shutil.copy(SMOKE_SCRIPT, script)
    python = environment / "bin" / "python"

    with Sandbox(api_keys=(API_KEY,), rate_limit=None) as sandbox:
        completed = subprocess.run(
            [str(python), "-I", str(script), sandbox.base_url, API_KEY],
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT_SECONDS,
            check=False,
        )
        stored = sandbox.emails(API_KEY)
    return SmokeRun(completed, stored)


def smoke_problems(run: SmokeRun, environment: Path) -> list[str]:
    """List what the smoke run got wrong. An empty list means that the installed wheel works."""
    if run.completed.returncode != 0:
        return [f"the smoke script exited with {run.completed.returncode}: {run.completed.stderr.strip()}"]

    # Padding keeps a short output from raising IndexError, so it is reported line by line.
    lines = run.completed.stdout.splitlines() + [""] * 4
    stored_id = run.stored[0]["id"] if run.stored else "(no email stored)"
    expected = {
        1: f"version: {release.read_package_version(paths.ROOT)}",
        2: f"sent: {stored_id}",
        3: "error: UnprocessableEntityError 422 validation_error",
    }
    problems = [f"expected {line!r}, got {lines[index]!r}" for index, line in expected.items() if lines[index] != line]
    if not lines[0].startswith(f"package: {environment}"):
        problems.append(f"resend_client was imported from outside the new environment: {lines[0]!r}")
    if len(run.stored) != 1:
        problems.append(f"the sandbox stored {len(run.stored)} emails instead of 1")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.dist_check", description=__doc__.splitlines()[0])
    parser.add_argument("--outdir", type=Path, default=paths.GENERATED / "dist", help="folder for the distributions")
    arguments = parser.parse_args(argv)

    try:
        distributions = build_distributions(paths.GENERATED, arguments.outdir)
    except subprocess.CalledProcessError as error:
        print(f"dist: python -m build failed with exit status {error.returncode}", file=sys.stderr)
        return 1
    checked = check_metadata(distributions)
    print(checked.stdout, end="")
    if checked.returncode != 0:
        print(f"dist: twine check failed:\n{checked.stderr}", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="resend-dist-") as scratch:
        try:
            environment = create_environment(find_wheel(distributions), Path(scratch) / "venv")
        except subprocess.CalledProcessError as error:
            print(f"dist: installing the wheel failed with exit status {error.returncode}", file=sys.stderr)
            return 1
        run = run_smoke(environment, Path(scratch))
        problems = smoke_problems(run, environment)
    print(run.completed.stdout, end="")
    if problems:
        for problem in problems:
            print(f"dist: {problem}", file=sys.stderr)
        return 1

    names = " and ".join(path.name for path in distributions)
    print(f"dist: {names} in {arguments.outdir} are built, checked and smoke-tested")
    return 0


if __name__ == "__main__":
    sys.exit(main())

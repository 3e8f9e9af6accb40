"""The wheel built from generated/ works where users install it: a fresh virtual environment."""

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from generator import paths
from tests.sandbox import Sandbox

SMOKE_SCRIPT = Path(__file__).with_name("wheel_smoke.py")
API_KEY = "re_wheel_smoke_key"


@pytest.fixture(scope="module")
def wheel_environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel and install it, with its dependencies only, into a new virtual environment."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(paths.GENERATED, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build"))

    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(root / "dist"), str(source)],
        check=True,
    )
    wheels = list((root / "dist").glob("resend_client-*.whl"))
    assert len(wheels) == 1

    environment = root / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheels[0])], check=True)
    return environment


def test_wheel_contains_typing_marker(wheel_environment: Path) -> None:
    markers = list(wheel_environment.glob("lib/python*/site-packages/resend_client/py.typed"))

    assert len(markers) == 1


def test_wheel_sends_email_and_raises_typed_error(wheel_environment: Path, tmp_path: Path) -> None:
    script = tmp_path / "smoke.py"
    shutil.copy(SMOKE_SCRIPT, script)
    python = wheel_environment / "bin" / "python"

    with Sandbox(api_keys=(API_KEY,), rate_limit=None) as sandbox:
        completed = subprocess.run(
            [str(python), "-I", str(script), sandbox.base_url, API_KEY],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        stored = sandbox.emails(API_KEY)

    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert lines[0].startswith(f"package: {wheel_environment}")
    assert lines[2] == f"sent: {stored[0]['id']}"
    assert lines[3] == "error: UnprocessableEntityError 422 validation_error"
    assert len(stored) == 1

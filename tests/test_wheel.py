"""The distributions built from generated/ carry valid metadata, and the wheel works where users
install it: a fresh virtual environment."""

from email.parser import Parser
from pathlib import Path
from zipfile import ZipFile

import pytest

from generator import paths
from tests import dist_check


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Build the sdist and the wheel as `make dist` does, into a temporary folder."""
    return dist_check.build_distributions(paths.GENERATED, tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def wheel_environment(distributions: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Install the wheel, with its dependencies only, into a new virtual environment."""
    return dist_check.create_environment(
        dist_check.find_wheel(distributions), tmp_path_factory.mktemp("wheel") / "venv"
    )


def test_distributions_pass_twine_check(distributions: list[Path]) -> None:
    checked = dist_check.check_metadata(distributions)

    assert sorted(path.suffix for path in distributions) == [".gz", ".whl"]
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_wheel_metadata_is_complete(distributions: list[Path]) -> None:
    wheel = dist_check.find_wheel(distributions)
    with ZipFile(wheel) as archive:
        metadata_name = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
        license_files = [name for name in archive.namelist() if name.endswith(".dist-info/licenses/LICENSE")]

    assert metadata["License-Expression"] == "MIT"
    assert len(license_files) == 1
    assert metadata["Requires-Python"] == ">=3.11"
    assert "Homepage, https://github.com/resend-client/resend-client" in metadata.get_all("Project-URL", [])
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])
    assert metadata["Description-Content-Type"] == "text/markdown"


def test_wheel_contains_typing_marker(wheel_environment: Path) -> None:
    markers = list(wheel_environment.glob("lib/python*/site-packages/resend_client/py.typed"))

    assert len(markers) == 1


def test_wheel_sends_email_and_raises_typed_error(wheel_environment: Path, tmp_path: Path) -> None:
    run = dist_check.run_smoke(wheel_environment, tmp_path)

    assert dist_check.smoke_problems(run, wheel_environment) == []
    assert len(run.stored) == 1

"""Locations of the generator's inputs and output, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESCRIPTION = ROOT / "openapi" / "resend.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "templates"
RUNTIME_TEMPLATES = TEMPLATES / "runtime"
GENERATED = ROOT / "generated"
CHANGELOG = ROOT / "CHANGELOG.md"

DESCRIPTION_DISPLAY = "openapi/resend.yaml"
GENERATED_DISPLAY = "generated/"

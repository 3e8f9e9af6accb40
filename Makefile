# Every command a developer or CI needs; `make test` runs all checks on a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: venv validate generate check lint typecheck pytest test clean

$(STAMP): pyproject.toml generated/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e . -e ./generated
	touch $(STAMP)

venv: $(STAMP)

validate: venv
	$(PY) -m generator validate

generate: validate
	$(PY) -m generator generate

check: venv
	$(PY) -m generator check

lint: venv
	$(PY) -m ruff check generator tests
	$(PY) -m ruff format --check generator tests

typecheck: venv
	$(PY) -m mypy --strict generated/resend_client

pytest: venv
	$(PY) -m pytest

test: validate check lint typecheck pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

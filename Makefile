# Every command a developer or CI needs: `make demo` sends an email to the local sandbox and
# `make test` runs all checks on a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Prism, the mock server of the contract test, pinned in contract/package-lock.json.
PRISM_STAMP := contract/node_modules/.installed

# Settings of `make sandbox`; port 0 picks a free port.
SANDBOX_PORT ?= 8025
SANDBOX_API_KEY ?= re_sandbox_key
SANDBOX_RATE_LIMIT ?= 2
SANDBOX_WINDOW ?= 1

.PHONY: venv prism demo sandbox bench validate generate check lint typecheck pytest test clean

$(STAMP): pyproject.toml generated/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e . -e ./generated
	touch $(STAMP)

venv: $(STAMP)

# Without npm the contract test skips itself, except under CI, where it fails.
$(PRISM_STAMP): contract/package.json contract/package-lock.json
	@if command -v npm >/dev/null; then \
		echo "cd contract && npm ci"; \
		cd contract && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	elif [ -n "$$CI" ]; then \
		echo "npm is not installed, but the contract test needs it to install Prism" >&2; exit 1; \
	else \
		echo "npm is not installed, so the Prism contract test will be skipped"; \
	fi

prism: $(PRISM_STAMP)

demo: venv
	$(PY) -m demo

bench: venv
	$(PY) -m bench.send_email

sandbox: venv
	$(PY) -m tests.sandbox --port $(SANDBOX_PORT) --api-key $(SANDBOX_API_KEY) \
		--rate-limit $(SANDBOX_RATE_LIMIT) --window $(SANDBOX_WINDOW)

validate: venv
	$(PY) -m generator validate

generate: validate
	$(PY) -m generator generate

check: venv
	$(PY) -m generator check

lint: venv
	$(PY) -m ruff check generator tests demo bench
	$(PY) -m ruff format --check generator tests demo bench

typecheck: venv
	$(PY) -m mypy --strict generated/resend_client
	$(PY) -m mypy --strict tests/sandbox tests/operation_calls.py tests/prism_server.py generator

pytest: venv prism
	$(PY) -m pytest

test: validate check lint typecheck pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache contract/node_modules

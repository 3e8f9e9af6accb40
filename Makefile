# Every command a developer or CI needs: `make demo` sends an email to the local sandbox and
# `make test` runs all checks on a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Prism, the mock server of the contract test, pinned in contract/package-lock.json.
PRISM_STAMP := contract/node_modules/.installed

# Git ref that `make api-diff`, `make version-check` and `make changelog` compare with. When it
# is empty, the last two take the newest release tag or the last commit at another version.
BASE ?=

# Settings of `make sandbox`; port 0 picks a free port.
SANDBOX_PORT ?= 8025
SANDBOX_API_KEY ?= re_sandbox_key
SANDBOX_RATE_LIMIT ?= 2
SANDBOX_WINDOW ?= 1

.PHONY: venv prism demo sandbox bench validate generate check api-diff version-check changelog lint \
	typecheck pytest test dist clean

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
	$(PY) -m bench.import_time
	$(PY) -m bench.per_call
	$(PY) -m bench.async_sends
	$(PY) -m bench.throughput
	$(PY) -m bench.generation

sandbox: venv
	$(PY) -m tests.sandbox --port $(SANDBOX_PORT) --api-key $(SANDBOX_API_KEY) \
		--rate-limit $(SANDBOX_RATE_LIMIT) --window $(SANDBOX_WINDOW)

validate: venv
	$(PY) -m generator validate

generate: validate
	$(PY) -m generator generate

check: venv
	$(PY) -m generator check

api-diff: venv
	@test -n "$(BASE)" || { echo "usage: make api-diff BASE=<git ref>" >&2; exit 2; }
	$(PY) -m generator api-diff --base "$(BASE)"

version-check: venv
	$(PY) -m generator version-check $(if $(BASE),--base "$(BASE)")

changelog: venv
	$(PY) -m generator changelog $(if $(BASE),--base "$(BASE)")

lint: venv
	$(PY) -m ruff check generator tests demo bench
	$(PY) -m ruff format --check generator tests demo bench

typecheck: venv
	$(PY) -m mypy --strict generated/resend_client
	$(PY) -m mypy --strict tests/sandbox tests/operation_calls.py tests/prism_server.py generator bench

pytest: venv prism
	$(PY) -m pytest

test: validate check version-check lint typecheck pytest

# Build the sdist and wheel into generated/dist/, check their metadata with twine and send an
# email to the sandbox from the wheel installed in a fresh virtual environment.
dist: venv
	$(PY) -m tests.dist_check --outdir generated/dist

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache contract/node_modules

"""Benchmark: time to import resend_client and construct a Resend, against importing httpx.

Each measurement runs in a new interpreter (``python -c``) that times its statements with
``time.perf_counter``, so interpreter start-up is left out. Each round runs every statement once,
in a rotating order, and the table reports medians over the rounds.

The child processes write and read bytecode in a temporary ``PYTHONPYCACHEPREFIX`` and a first
run of each statement fills it. Every module then loads from cached bytecode, as it does after
``pip install``, which compiles the installed files. Without it, the editable install of
resend_client under ``PYTHONDONTWRITEBYTECODE=1`` would compile all its modules on every import.

Run with ``make bench`` or ``python -m bench.import_time [--rounds R]``.
"""

import os
import statistics
import subprocess
import sys
import tempfile

from bench.common import API_KEY, argument_parser, compare, print_comparisons, print_table, rotated

BASELINE = "import httpx"
CLIENT = "import resend_client; resend_client.Resend(api_key)"

STATEMENTS = {
    BASELINE: "import httpx",
    "import httpx; httpx.Client()": "import httpx; httpx.Client()",
    CLIENT: f"import resend_client; resend_client.Resend({API_KEY!r})",
    "import resend_client": "import resend_client",
    "import resend (official SDK)": "import resend",
}

TIMED_PROGRAM = """\
import time
started = time.perf_counter()
{statement}
print(time.perf_counter() - started)
"""


def child_environment(pycache_prefix: str) -> dict[str, str]:
    """Return this process's environment with bytecode caching on and no Resend settings."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith("RESEND_")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = pycache_prefix
    return environment


def time_statement(statement: str, environment: dict[str, str]) -> float:
    """Run ``statement`` in a new interpreter and return the seconds it took there."""
    completed = subprocess.run(
        [sys.executable, "-c", TIMED_PROGRAM.format(statement=statement)],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        message = f"{statement!r} failed with exit status {completed.returncode}:\n{completed.stderr}"
        raise RuntimeError(message)
    return float(completed.stdout)


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0], rounds=15)
    arguments = parser.parse_args()

    timings: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    with tempfile.TemporaryDirectory(prefix="resend-bench-pycache-") as pycache_prefix:
        environment = child_environment(pycache_prefix)
        for statement in STATEMENTS.values():
            time_statement(statement, environment)

        for round_index in range(arguments.rounds):
            for name in rotated(list(STATEMENTS), round_index):
                timings[name].append(time_statement(STATEMENTS[name], environment))

    print(
        f"Import and construction time inside a new interpreter, bytecode cached, medians of {arguments.rounds} rounds"
    )
    print()
    print_table(
        ("statement", "median ms", "fastest ms", "slowest ms"),
        [
            (
                name,
                f"{statistics.median(values) * 1e3:.1f}",
                f"{min(values) * 1e3:.1f}",
                f"{max(values) * 1e3:.1f}",
            )
            for name, values in timings.items()
        ],
    )
    print()
    print_comparisons(
        [
            compare(
                f"{CLIENT} / {BASELINE}", timings[CLIENT], timings[BASELINE], unit="ms", scale=1e3, limit="at most 1.40"
            )
        ]
    )


if __name__ == "__main__":
    main()

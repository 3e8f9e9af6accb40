"""Benchmark: wall time of generating the client from the full description, and of checking it.

Three steps run once per round, in a rotating order:

* ``generate``: ``generator.generate.generate_into`` into a temporary folder, in this process.
  ``make generate`` does the same and then copies the changed files into generated/.
* ``check``: ``generator.generate.compare_with_fresh_generation``, in this process: a fresh
  generation compared with generated/.
* ``python -m generator check``: the same check as ``make check`` runs it, in a new
  interpreter, so its imports are included.

Nothing in the repository is written. Run with ``make bench`` or
``python -m bench.generation [--rounds R]``.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import argument_parser, print_table, rotated
from generator import generate, paths

GENERATE = "generate: generate_into(temporary folder)"
CHECK = "check: compare_with_fresh_generation()"
CHECK_COMMAND = "python -m generator check"


def generate_into_temporary_folder() -> None:
    with tempfile.TemporaryDirectory(prefix="resend-bench-generate-") as scratch:
        generate.generate_into(Path(scratch) / "generated")


def check() -> None:
    if generate.compare_with_fresh_generation():
        raise RuntimeError(f"{paths.GENERATED_DISPLAY} is out of date: run `make generate` before the benchmark")


def run_check_command() -> None:
    subprocess.run([sys.executable, "-m", "generator", "check"], cwd=paths.ROOT, check=True, capture_output=True)


STEPS: dict[str, Callable[[], None]] = {
    GENERATE: generate_into_temporary_folder,
    CHECK: check,
    CHECK_COMMAND: run_check_command,
}


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0], rounds=3)
    arguments = parser.parse_args()

    timings: dict[str, list[float]] = {name: [] for name in STEPS}
    for round_index in range(arguments.rounds):
        for name in rotated(list(STEPS), round_index):
            started = time.perf_counter()
            STEPS[name]()
            timings[name].append(time.perf_counter() - started)

    print(f"Generation from {paths.DESCRIPTION_DISPLAY}, wall time, medians of {arguments.rounds} rounds")
    print()
    print_table(
        ("step", "median s", "fastest s", "slowest s", "limit"),
        [
            (
                name,
                f"{statistics.median(values):.2f}",
                f"{min(values):.2f}",
                f"{max(values):.2f}",
                "seconds",
            )
            for name, values in timings.items()
        ],
    )


if __name__ == "__main__":
    main()

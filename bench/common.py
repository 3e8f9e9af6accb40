"""Helpers shared by the benchmark scripts: the email they send, interleaved rounds and tables."""

import argparse
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

API_KEY = "re_bench_key"

SENDER = "Acme <onboarding@resend.dev>"
RECIPIENTS = ["delivered@resend.dev"]
SUBJECT = "Benchmark"
HTML = "<p>Benchmark email</p>"

# The same email in the API's JSON names, as httpx and the official SDK send it.
EMAIL = {"from": SENDER, "to": RECIPIENTS, "subject": SUBJECT, "html": HTML}

T = TypeVar("T")


def argument_parser(
    description: str, *, rounds: int, count: int | None = None, count_help: str = ""
) -> argparse.ArgumentParser:
    """Return a parser with ``--rounds`` and, when ``count`` is not None, ``--count``."""
    parser = argparse.ArgumentParser(description=description)
    if count is not None:
        parser.add_argument("--count", type=int, default=count, help=f"{count_help} (default {count})")
    parser.add_argument(
        "--rounds", type=int, default=rounds, help=f"rounds; medians over the rounds are reported (default {rounds})"
    )
    return parser


def rotated(items: Sequence[T], round_index: int) -> list[T]:
    """Return ``items`` starting at a different one in each round, so no client always goes first."""
    start = round_index % len(items)
    return [*items[start:], *items[:start]]


def median_ratio(figures: Sequence[float], baselines: Sequence[float]) -> float:
    """Return the median over rounds of each round's ratio, which cancels drift between rounds."""
    return statistics.median(figure / baseline for figure, baseline in zip(figures, baselines, strict=True))


@dataclass
class Comparison:
    """One row of a comparison table: a measured figure against a baseline from the same run."""

    measurement: str
    figure: str
    baseline: str
    ratio: float
    limit: str


def compare(
    measurement: str, figures: Sequence[float], baselines: Sequence[float], *, unit: str, scale: float, limit: str
) -> Comparison:
    """Build a comparison row from the per-round seconds of a client and of its baseline.

    ``scale`` converts seconds to ``unit``, for example 1e3 for ms.
    """
    return Comparison(
        measurement=measurement,
        figure=f"{statistics.median(figures) * scale:.1f} {unit}",
        baseline=f"{statistics.median(baselines) * scale:.1f} {unit}",
        ratio=median_ratio(figures, baselines),
        limit=limit,
    )


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print a Markdown table, so that bench/README.md can quote the output as it is."""
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join(" --- " for _ in headers) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def print_comparisons(comparisons: Sequence[Comparison]) -> None:
    print(
        "Figures are medians over the rounds. Each ratio is the median of the per-round ratios, "
        "so it can differ from figure / baseline."
    )
    print()
    print_table(
        ("measurement", "figure", "baseline", "ratio", "limit"),
        [(row.measurement, row.figure, row.baseline, f"{row.ratio:.2f}", row.limit) for row in comparisons],
    )

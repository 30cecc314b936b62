"""Timing with a reference measured in the same run: medians of repeats, and ratios."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).with_name("results.json")


@dataclass
class Result:
    """One benchmark: our median, the reference's median and their ratio."""

    name: str
    seconds: float
    reference: str
    reference_seconds: float
    ratio: float
    budget: float | None = None  # the seconds the issue allows, where it names a limit
    peak_mb: float | None = None  # the peak memory of ours, where it is measured
    reference_peak_mb: float | None = None


def median_time(
    run: Callable[[], object], setup: Callable[[], object] | None = None, repeats: int = 5
) -> float:
    """Median wall time of ``run`` over repeats; ``setup`` runs untimed before each."""
    times = []
    for _ in range(repeats):
        if setup is not None:
            setup()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compare(
    name: str, ours: float, reference: str, theirs: float, budget: float | None = None
) -> Result:
    """A result row from two medians."""
    return Result(name, ours, reference, theirs, ours / theirs if theirs else float("inf"), budget)


def report(results: list[Result]) -> str:
    """A table of the results, and results.json written beside this file."""
    RESULTS.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    header = ("benchmark", "median s", "budget", "reference", "ref s", "ratio")
    lines = ["{:22} {:>9} {:>7}  {:34} {:>8} {:>6}".format(*header)]
    for r in results:
        budget = f"{r.budget:.3f}" if r.budget else "-"
        flag = "  OVER BUDGET" if r.budget and r.seconds > r.budget else ""
        lines.append(f"{r.name:22} {r.seconds:9.4f} {budget:>7}  {r.reference:34} "
                     f"{r.reference_seconds:8.4f} {r.ratio:6.2f}{flag}")  # fmt: skip
    return "\n".join(lines)

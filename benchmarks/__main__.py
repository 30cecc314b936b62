"""Run every benchmark, print the table and write benchmarks/results.json."""

from __future__ import annotations

import importlib

from benchmarks.harness import report

SUITES = [
    "benchmarks.bench_core",
    "benchmarks.bench_files",
    "benchmarks.bench_library",
    "benchmarks.bench_gui",
    "benchmarks.bench_xlsx",
    "benchmarks.bench_survey",
    "benchmarks.bench_discover",
]


def main() -> None:
    """Run the suites in order and report."""
    results = []
    for name in SUITES:
        results += importlib.import_module(name).run()
    print(report(results))


if __name__ == "__main__":
    main()

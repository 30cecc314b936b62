"""survey.*: planning survey imports (parse + count, no saving) against pandas on the same
files: a wide CSV of 1,000,000 respondents x 10 touchpoints, the same answers as a long
CSV of 1,000,000 rows, and a wide .xlsx of 100,000 respondents x 20 touchpoints. The wide
CSV carries a weight per respondent (raking gives each their own): survey.csv_1m_weighted
imports it weighted, against pandas summing the weights per answer.

The files are generated once, untimed, into a temporary folder (the workbook with
openpyxl's write-only mode, which takes a while). The reference reads the same file with
pandas (C parser for CSV, calamine for .xlsx) and counts the answers per touchpoint and
segment with groupby + value_counts. The peak memory of our 1M-row import is measured with
tracemalloc in a separate, untimed run of the count in this process (the import itself
counts in a child process), and printed.

survey.xlsx_100k_child compares the import, which reads in a limited child process, with
the same count run in this process: the ratio is the sandbox's overhead.
"""

from __future__ import annotations

import csv
import random
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Result, compare, median_time
from journeymap.model import Document, Journey, Stage, Touchpoint
from journeymap.survey import SurveyOptions, plan_survey_import
from journeymap.survey.plan import _count_in_child

#: Answers as survey tools write them: mostly on the scale, some blank, some "no answer",
#: and one in a thousand out of scale, so the rejection path runs too.
ANSWERS = ["1", "2", "3", "4", "4", "5", "5", "5", "", "NA"]
SEGMENTS = ["Business", "Private", "Private", ""]
CSV_ROWS = 1_000_000
XLSX_ROWS = 100_000


def _journey(touchpoints: int) -> tuple[Document, str]:
    stage = Stage("Use")
    journey = Journey("Benchmark", stages=[stage])
    journey.touchpoints = [
        Touchpoint(stage.id, name=f"Touchpoint {n:02}") for n in range(touchpoints)
    ]
    return Document(journeys=[journey]), journey.id


def _answers(rng: random.Random, count: int) -> list[str]:
    answers = rng.choices(ANSWERS, k=count)
    return ["6" if rng.random() < 0.001 else a for a in answers]


def _write_csvs(folder: Path) -> tuple[Path, Path]:
    """The wide file and the same answers, one per row, as the long file (its first
    million answers)."""
    rng = random.Random(20260913)
    wide, long = folder / "wide.csv", folder / "long.csv"
    with (
        wide.open("w", newline="", encoding="utf-8") as w,
        long.open("w", newline="", encoding="utf-8") as lf,
    ):
        wide_out, long_out = csv.writer(w), csv.writer(lf)
        wide_out.writerow(
            ["Respondent", "Submitted", "Segment", "Weight",
             *(f"Touchpoint {n:02}" for n in range(10))]
        )  # fmt: skip
        long_out.writerow(["Touchpoint", "Score", "Segment"])
        long_rows = 0
        for respondent in range(CSV_ROWS):
            segment = rng.choice(SEGMENTS)
            answers = _answers(rng, 10)
            weight = f"{rng.uniform(0.2, 3.0):.3f}"
            wide_out.writerow([respondent, "2026-09-13 10:00:00", segment, weight, *answers])
            if long_rows < CSV_ROWS:
                long_out.writerows(
                    [f"Touchpoint {n:02}", a, segment] for n, a in enumerate(answers)
                )
                long_rows += 10
    return wide, long


def _write_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    rng = random.Random(13)
    path = folder / "wide.xlsx"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Answers")
    sheet.append(["Respondent", "Segment", *(f"Touchpoint {n:02}" for n in range(20))])
    for respondent in range(XLSX_ROWS):
        answers = [int(a) if a.isdigit() else (a or None) for a in _answers(rng, 20)]
        sheet.append([respondent, rng.choice(SEGMENTS) or None, *answers])
    workbook.save(path)
    return path


def _pandas_wide(read: Callable[[], object], columns: int) -> Callable[[], object]:
    def reference() -> object:
        frame = read()
        return [
            frame.groupby("Segment", dropna=False)[f"Touchpoint {n:02}"].value_counts()
            for n in range(columns)
        ]

    return reference


def _peak_mb(run: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _ignore(_rows: int) -> None:
    """Progress nobody watches."""


def run() -> list[Result]:
    """Time the three imports against pandas; print the peak memory of the 1M-row ones.
    The generated files (about 130 MB) are removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="jm-bench-survey-") as folder:
        return _run(Path(folder))


def _run(folder: Path) -> list[Result]:
    import pandas as pd

    wide, long = _write_csvs(folder)
    workbook = _write_xlsx(folder)
    doc10, journey10 = _journey(10)
    doc20, journey20 = _journey(20)
    options = SurveyOptions(metric="csat", segment_column="Segment")

    def ours(doc: Document, journey_id: str, path: Path) -> Callable[[], object]:
        return lambda: plan_survey_import(doc, journey_id, path, options)

    weighted = SurveyOptions(metric="csat", segment_column="Segment", weight_column="Weight")

    def ours_weighted() -> object:
        return plan_survey_import(doc10, journey10, wide, weighted)

    def pandas_weighted() -> object:
        frame = pd.read_csv(wide)
        return [
            frame.groupby(["Segment", f"Touchpoint {n:02}"], dropna=False)["Weight"].sum()
            for n in range(10)
        ]

    def pandas_long() -> object:
        frame = pd.read_csv(long)
        return frame.groupby(["Touchpoint", "Segment"], dropna=False)["Score"].value_counts()

    results = []
    for name, our_run, label, reference, budget, repeats in (
        ("survey.csv_1m", ours(doc10, journey10, wide), "pandas read_csv + value_counts",
         _pandas_wide(lambda: pd.read_csv(wide), 10), 3.0, 5),
        ("survey.csv_1m_long", ours(doc10, journey10, long), "pandas read_csv + value_counts",
         pandas_long, 3.0, 5),
        ("survey.csv_1m_weighted", ours_weighted, "pandas read_csv + groupby weight sums",
         pandas_weighted, 10.0, 3),
        ("survey.xlsx_100k", ours(doc20, journey20, workbook),
         "pandas read_excel(calamine) + v_c",
         _pandas_wide(lambda: pd.read_excel(workbook, engine="calamine"), 20), 5.0, 3),
    ):  # fmt: skip
        mine = median_time(our_run, repeats=repeats)
        theirs = median_time(reference, repeats=repeats)
        results.append(compare(name, mine, label, theirs, budget))
    journey = doc20.journey(journey20)
    here = median_time(lambda: _count_in_child(_ignore, journey, workbook, options), repeats=3)
    results.append(compare("survey.xlsx_100k_child", results[-1].seconds,
                           "the same count in this process", here, 5.0))  # fmt: skip

    _, summary = ours(doc10, journey10, wide)()
    print(f"survey.csv_1m: {summary.rows:,} rows, {summary.used:,} answers used, "
          f"{summary.rejected:,} rejected")  # fmt: skip
    for name, path in (("wide", wide), ("long", long)):
        journey = doc10.journey(journey10)
        peak = _peak_mb(lambda j=journey, p=path: _count_in_child(_ignore, j, p, options))
        frame_peak = _peak_mb(lambda p=path: pd.read_csv(p))
        print(f"survey.csv_1m ({name}) peak memory (tracemalloc): ours {peak:.1f} MB, "
              f"pandas read_csv alone {frame_peak:.1f} MB")  # fmt: skip
    return results

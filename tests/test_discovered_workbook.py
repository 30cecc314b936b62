"""The Paths sheet of the gap-report workbook of a discovered journey (issue 15): after the
paths the graph predicts, the paths the contact log showed, with their cases and share of
the cases; a hand-drawn journey's sheet is as it was."""

from __future__ import annotations

import openpyxl
import pytest

from journeymap.storage import save_document
from tests.builders import small_document
from tests.cli_runner import run_cli
from tests.test_paths_dock import CALLED, DIRECT, ORDER_LOG, TWICE

HEADER = ["Kind", "Probability", "Cases", "Mean satisfaction", "Steps", "Touchpoints / details"]


def _paths_sheet(path) -> list[list]:
    sheet = openpyxl.load_workbook(path)["Paths"]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_observed_paths_follow_the_predicted_ones_and_a_drawn_journey_has_none(tmp_path):
    log = tmp_path / "orders.csv"
    log.write_text(ORDER_LOG, encoding="utf-8")
    journey_file, report = tmp_path / "orders.json", tmp_path / "orders.xlsx"
    ran = run_cli("discover", log, journey_file, "--case", "case", "--activity", "activity",
                  "--time", "time", "--min-share", "0")  # fmt: skip
    assert ran.code == 0, ran.err
    ran = run_cli("export", journey_file, "--xlsx", report)
    assert ran.code == 0, ran.err

    rows = _paths_sheet(report)
    assert rows[0] == HEADER
    kinds = [row[0] for row in rows[1:]]
    assert kinds[:4] == ["Worst path (lowest mean satisfaction)", "Path 1", "Path 2",
                         "Observed path 1"]  # fmt: skip
    observed = [row for row in rows if str(row[0]).startswith("Observed path")]
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in observed] == [
        ("Observed path 1", 0.5, 2, 3, DIRECT),  # orders A and B
        ("Observed path 2", 0.25, 1, 4, CALLED),
        ("Observed path 3", 0.25, 1, 5, TWICE),
    ]
    # no answers measured: the satisfaction is the emotion's (neutral), as on a predicted path
    assert all(r[3] == pytest.approx(0.5) for r in observed)
    predicted = {r[0]: r for r in rows[1:] if str(r[0]).startswith("Path ")}
    assert predicted["Path 1"][5] == DIRECT and predicted["Path 1"][2] is None
    assert kinds.index("Loop (repeat contact)") > kinds.index("Observed path 3")

    # a hand-drawn journey's sheet is as it always was: no Cases column, no observed rows
    doc, _, _ = small_document()
    path, report = tmp_path / "drawn.json", tmp_path / "drawn.xlsx"
    save_document(doc, path)
    assert run_cli("export", path, "--xlsx", report).code == 0
    rows = _paths_sheet(report)
    assert rows[0] == ["Kind", "Probability", "Mean satisfaction", "Steps",
                       "Touchpoints / details"]  # fmt: skip
    assert not any(str(row[0]).startswith("Observed") for row in rows)
    assert rows[2][:2] == ["Path 1", pytest.approx(0.9)]

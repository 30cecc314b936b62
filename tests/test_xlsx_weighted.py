"""The gap-report workbook with weighted survey answers: every figure is the gap
report's, with its n and effective n, and weights of 1 change nothing."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from journeymap.excel.workbook import export_workbook
from journeymap.model import Measurement, SetFields
from journeymap.model.commands import replace_measurements
from journeymap.model.figures import FigureView
from journeymap.model.report import gap_report
from tests.builders import small_document

TODAY = dt.date(2026, 3, 14)


def weighted(tp_id, metric, answers, source="wave-1.csv", segment=""):
    """A measurement as a weighted survey import makes it: answers is a list of
    (answer, weight), one per respondent."""
    counts: dict[int, float] = {}
    for answer, weight in answers:
        counts[answer] = counts.get(answer, 0.0) + weight
    total = sum(w for _, w in answers)
    squares = sum(w * w for _, w in answers)
    return Measurement(tp_id, metric, dict(sorted(counts.items())), segment, source,
                       respondents=len(answers), effective_n=total * total / squares)  # fmt: skip


#: 40 respondents of uneven weight: CSAT of the technician visit.
UNEVEN = [(5, 0.4)] * 12 + [(4, 1.7)] * 10 + [(3, 2.35)] * 8 + [(2, 0.9)] * 6 + [(1, 3.1)] * 4


def with_measurements(make):
    """small_document with the measurements ``make(ids)`` added, and the technician
    visit given a CSAT target, so its row has a gap and a priority."""
    doc, stack, ids = small_document()
    stack.push(replace_measurements(doc, ids["journey"], make(ids), []))
    stack.push(SetFields(ids["tech"], {"targets": {"csat": 60.0}}))
    return doc, ids


def records(ws):
    """The rows of a list sheet as dicts by header."""
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def figures(ws):
    """The Overview's label -> first journey's value (the figures come first)."""
    found = {}
    for label, value, *_ in ws.iter_rows(values_only=True):
        found.setdefault(label, value)
    return found


def test_a_weighted_row_shows_the_gap_reports_figures_with_n_and_effective_n(tmp_path):
    doc, ids = with_measurements(lambda ids: [weighted(ids["tech"], "csat", UNEVEN)])
    path = tmp_path / "weighted.xlsx"
    export_workbook(doc, path, today=TODAY)
    wb = load_workbook(path)
    row = next(r for r in gap_report(doc.journey(ids["journey"])) if r.touchpoint_id == ids["tech"])
    assert row.weighted and row.n == 40 and row.n_eff < 40
    (gaps,) = [r for r in records(wb["Gaps"]) if r["Touchpoint"] == "Technician visit"]
    assert gaps["Measured"] == pytest.approx(row.measured, rel=1e-12)
    assert gaps["n"] == 40
    assert gaps["Effective n"] == pytest.approx(row.n_eff, rel=1e-12)
    assert gaps["Margin of error"] == pytest.approx(row.margin, rel=1e-12)
    assert gaps["Low n (<30)"] == ("yes" if row.n_eff < 30 else "no")
    ws = wb["Gaps"]
    header = [c.value for c in ws[1]]
    assert header[header.index("n") + 1] == "Effective n"
    effective = ws.cell(2, header.index("Effective n") + 1)
    assert effective.number_format == "#,##0.0"
    # the chart's bar of the visit is its weighted gap as a share of the scale
    charts = list(wb["Charts"].iter_rows(values_only=True))
    bar = next(r for r in charts if r[0] == "Technician visit")
    assert bar[1] == pytest.approx(row.gap / 100, rel=1e-12)
    overview = figures(wb["Overview"])
    assert overview["Survey sources"] == "(no source name), wave-1.csv"  # in the order imported
    assert overview["Survey weights"] == "1 of 2 figures weighted (margins on the effective n)"
    (visit,) = [r for r in records(wb["Touchpoints"]) if r["Touchpoint"] == "Technician visit"]
    assert visit["Measured CSAT"] == pytest.approx(row.measured, rel=1e-12)
    assert visit["Answers counted"] == "all respondents: wave-1.csv (weighted)"


def cell_values(path):
    """Every sheet's values, row by row."""
    wb = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb}


def test_weights_of_1_give_exactly_the_unweighted_workbook(tmp_path):
    answers = [(5, 1.0)] * 12 + [(4, 1.0)] * 10 + [(3, 1.0)] * 8 + [(1, 1.0)] * 3
    plain = {5: 12, 4: 10, 3: 8, 1: 3}
    doc, ids = with_measurements(lambda ids: [weighted(ids["tech"], "csat", answers)])
    export_workbook(doc, tmp_path / "weights-1.xlsx", today=TODAY)
    journey = doc.journey(ids["journey"])
    (ones,) = [m for m in journey.measurements if m.touchpoint_id == ids["tech"]]
    assert ones.counts == plain and (ones.respondents, ones.effective_n) == (33, 33.0)
    unweighted = Measurement(ids["tech"], "csat", plain, source="wave-1.csv")
    replace_measurements(doc, journey.id, [unweighted], [ones.id]).do(doc)
    export_workbook(doc, tmp_path / "plain.xlsx", today=TODAY)
    books = [cell_values(tmp_path / name) for name in ("weights-1.xlsx", "plain.xlsx")]
    assert books[0] == books[1]
    assert figures_of(books[0])["Survey weights"] == "none: every answer counts once"


def figures_of(book):
    """The Overview's label -> value of a workbook read by cell_values."""
    found = {}
    for label, value, *_ in book["Overview"]:
        found.setdefault(label, value)
    return found


def test_a_measured_touchpoint_without_a_target_shows_its_value(tmp_path):
    doc, stack, ids = small_document()
    visit = Measurement(ids["tech"], "ces", {6: 30, 7: 12, 2: 3}, source="visits.csv")
    stack.push(replace_measurements(doc, ids["journey"], [visit], []))
    path = tmp_path / "no-target.xlsx"
    export_workbook(doc, path, today=TODAY)
    wb = load_workbook(path)
    (row,) = [r for r in gap_report(doc.journey(ids["journey"])) if r.touchpoint_id == ids["tech"]]
    assert row.target is None and row.measured is not None
    cards = [c for r in wb["Map"].iter_rows(values_only=True) for c in r if isinstance(c, str)]
    (card,) = [c for c in cards if c.startswith("Technician visit")]
    assert card.splitlines()[-1] == f"– CES {row.measured:.2f} (no target)"
    (mail,) = [c for c in cards if c.startswith("Confirmation")]
    assert mail.splitlines()[-1] == "– no data"
    (tech,) = [r for r in records(wb["Touchpoints"]) if r["Touchpoint"] == "Technician visit"]
    assert tech["Target CES"] is None
    assert tech["Measured CES"] == pytest.approx(row.measured)
    assert tech["Answers counted"] == "all respondents: visits.csv"


def test_a_segments_workbook_counts_that_segments_weighted_answers(tmp_path):
    business = UNEVEN[:25]
    doc, ids = with_measurements(
        lambda ids: [
            weighted(ids["tech"], "csat", business, segment="Business"),
            weighted(ids["tech"], "csat", UNEVEN[25:], segment="Private"),
        ]
    )
    view = FigureView("Business")
    path = tmp_path / "business.xlsx"
    export_workbook(doc, path, view=view, today=TODAY)
    wb = load_workbook(path)
    row = next(r for r in gap_report(doc.journey(ids["journey"]), view)
               if r.touchpoint_id == ids["tech"])  # fmt: skip
    assert row.n == 25
    (gaps,) = [r for r in records(wb["Gaps"]) if r["Touchpoint"] == "Technician visit"]
    assert (gaps["n"], gaps["Effective n"]) == (25, pytest.approx(row.n_eff, rel=1e-12))
    assert gaps["Measured"] == pytest.approx(row.measured, rel=1e-12)
    overview = figures(wb["Overview"])
    assert (overview["Segment"], overview["Survey sources"]) == ("Business", "wave-1.csv")
    (visit,) = [r for r in records(wb["Touchpoints"]) if r["Touchpoint"] == "Technician visit"]
    assert visit["Answers counted"] == "Business: wave-1.csv (weighted)"

"""The fill-in round trip with weighted measurements: the template shows the weighted
counts exactly (two decimals on screen) with the respondents beside them; an untouched
row, even rounded to 15 digits by LibreOffice, changes nothing; a changed row must be
whole responses and then replaces what the sheet counted."""

import copy
import re
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from journeymap.excel.fillin import plan_xlsx_import
from journeymap.excel.template import FILL_IN, export_template
from journeymap.model import CommandStack
from journeymap.model.commands import replace_measurements
from journeymap.model.figures import FigureView, select_measurements
from tests.builders import small_document
from tests.test_xlsx_template import columns, fill, rows_by_id
from tests.test_xlsx_weighted import UNEVEN, weighted
from tests.xlsx_parts import FILL_IN_PART, rewrite_part


def weighted_document(*make):
    """small_document with the measurements ``make(ids)`` added: by default the
    technician visit's CSAT from a weighted survey."""
    doc, stack, ids = small_document()
    made = [m for each in make for m in each(ids)] or [weighted(ids["tech"], "csat", UNEVEN)]
    stack.push(replace_measurements(doc, ids["journey"], made, []))
    return doc, ids


def template(tmp_path, doc, segment=""):
    path = tmp_path / "fill.xlsx"
    export_template(doc, path, segment=segment)
    return path


def row_cells(path, tp_id, metric):
    """The answer cells and the n cell of one touchpoint and metric."""
    ws = load_workbook(path)[FILL_IN]
    at, row = columns(ws), rows_by_id(ws)[tp_id]
    answers = {int(k.split(":")[2]): ws[f"{v}{row}"] for k, v in at.items()
               if k.startswith(f"count:{metric}:")}  # fmt: skip
    return answers, ws[f"{at[f'n:{metric}']}{row}"]


def test_the_template_shows_weighted_counts_exactly_with_their_respondents(tmp_path):
    doc, ids = weighted_document()
    measurement = next(m for m in doc.journey(ids["journey"]).measurements if m.weighted)
    path = template(tmp_path, doc)
    answers, n = row_cells(path, ids["tech"], "csat")
    # the sums of weights as they are, to the 16 digits openpyxl writes
    assert {a: c.value for a, c in answers.items()} == pytest.approx(measurement.counts, rel=1e-15)
    assert {c.number_format for c in answers.values()} == {"0.00"}
    assert n.value == 40 and n.protection.locked and n.number_format == "#,##0"
    unweighted, call_n = row_cells(path, ids["call"], "csat")
    assert [c.value for c in unweighted.values()] == [0, 10, 0, 20, 13] and call_n.value == 43
    assert {c.number_format for c in unweighted.values()} == {"General"}
    wb = load_workbook(path)
    title = wb[FILL_IN].cell(4, n.column).value
    assert title == "n"
    validated = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv
                 for dv in wb[FILL_IN].data_validations.dataValidation}  # fmt: skip
    assert n.column_letter not in validated  # read-only: no input rule
    count_rule = validated[answers[4].column_letter]
    assert (count_rule.type, count_rule.operator, count_rule.formula1) == (
        "decimal", "greaterThanOrEqual", "0",
    )  # fmt: skip
    instructions = " ".join(str(r[0]) for r in wb["Instructions"].iter_rows(values_only=True))
    assert "sums of the respondents' weights" in instructions


def test_an_untouched_weighted_template_changes_nothing(tmp_path):
    doc, _ = weighted_document()
    command, errors, summary = plan_xlsx_import(doc, template(tmp_path, doc))
    assert (command, errors, summary.cells_changed) == (None, [], 0)


def to_15_digits(data: bytes) -> bytes:
    """Every number of a sheet as LibreOffice saves it: 15 significant digits."""
    return re.sub(
        rb"<v>([-0-9.eE+]+)</v>",
        lambda m: b"<v>" + format(float(m[1]), ".15g").encode() + b"</v>",
        data,
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.integers(1, 5), st.floats(0.01, 50.0, allow_nan=False)),
        min_size=1,
        max_size=60,
    )
)
def test_a_template_resaved_with_15_digits_changes_nothing(tmp_path, answers):
    doc, _ = weighted_document(lambda ids: [weighted(ids["tech"], "csat", answers)])
    path = template(tmp_path, doc)
    resaved = rewrite_part(path, tmp_path / "resaved.xlsx", FILL_IN_PART, to_15_digits)
    command, errors, summary = plan_xlsx_import(doc, resaved)
    assert (command, errors) == (None, []), summary.changes


def test_whole_counts_replace_a_weighted_row_and_undo_restores_it(tmp_path):
    doc, ids = weighted_document()
    before = copy.deepcopy(doc)
    new = {1: 2, 2: 3, 3: 5, 4: 10, 5: 20}
    path, _ = fill(template(tmp_path, doc),
                   {(ids["tech"], f"count:csat:{a}"): c for a, c in new.items()})  # fmt: skip
    command, errors, summary = plan_xlsx_import(doc, path)
    assert errors == [] and command is not None
    assert (summary.measurements_added, summary.measurements_replaced) == (1, 1)
    assert "Technician visit: CSAT responses n=40 → n=40" in summary.changes
    stack = CommandStack(doc)
    stack.push(command)
    (now,) = select_measurements(doc.journey(ids["journey"]))[ids["tech"], "csat"].counted
    assert now.counts == new and not now.weighted and now.source == "filled.xlsx"
    assert (now.respondents, now.effective_n) == (40, 40.0)
    stack.undo()
    assert doc == before


def test_typed_decimals_in_a_changed_row_are_refused_by_cell(tmp_path):
    doc, ids = weighted_document()
    before = copy.deepcopy(doc)
    path, refs = fill(template(tmp_path, doc), {
        (ids["tech"], "count:csat:5"): 7,  # one whole count among the weighted ones
        (ids["call"], "count:ces:6"): 4.5,  # a typed count with decimals
    })  # fmt: skip
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None and doc == before
    answers, _ = row_cells(path, ids["tech"], "csat")
    reason = ("is not a whole number: weighted counts come from the survey import and can "
              "only be replaced by whole numbers of responses")  # fmt: skip
    decimals = {a: c for a, c in answers.items() if a != 5 and c.value != int(c.value)}
    assert len(decimals) >= 2  # the weighted counts left as they were
    expected = [
        f"{FILL_IN}!{c.coordinate}: CSAT answer {a}: {c.value:g} {reason}"
        for a, c in decimals.items()
    ]
    expected.append(f"{FILL_IN}!{refs[ids['call'], 'count:ces:6']}: CES answer 6: 4.5 {reason}")
    assert sorted(map(str, errors)) == sorted(expected)


def test_the_n_column_is_read_only_for_the_import(tmp_path):
    doc, ids = weighted_document()
    path, _ = fill(template(tmp_path, doc), {(ids["tech"], "n:csat"): 999})
    command, errors, _ = plan_xlsx_import(doc, path)
    assert (command, errors) == (None, [])


def test_a_segments_template_round_trips_its_weighted_counts(tmp_path):
    doc, ids = weighted_document(lambda ids: [
        weighted(ids["tech"], "csat", UNEVEN[:25], segment="Business"),
        weighted(ids["tech"], "csat", UNEVEN[25:], segment="Private"),
    ])  # fmt: skip
    path = template(tmp_path, doc, segment="Business")
    answers, n = row_cells(path, ids["tech"], "csat")
    business = select_measurements(doc.journey(ids["journey"]), FigureView("Business"))
    shown = {a: c.value for a, c in answers.items() if c.value}
    assert shown == pytest.approx(dict(business[ids["tech"], "csat"].responses.counts), rel=1e-15)
    assert n.value == 25
    resaved = rewrite_part(path, tmp_path / "resaved.xlsx", FILL_IN_PART, to_15_digits)
    assert plan_xlsx_import(doc, resaved)[:2] == (None, [])
    typed = {1: 0, 2: 0, 3: 0, 4: 20, 5: 5}
    filled, _ = fill(path, {(ids["tech"], f"count:csat:{a}"): c for a, c in typed.items()})
    command, errors, summary = plan_xlsx_import(doc, filled)
    assert errors == [] and summary.measurements_replaced == 1
    CommandStack(doc).push(command)
    tech = [m for m in doc.journey(ids["journey"]).measurements if m.touchpoint_id == ids["tech"]]
    kept = {(m.segment, m.weighted, tuple(m.counts.items())) for m in tech}
    private = next(k for k in kept if k[0] == "Private")
    assert kept == {("Business", False, ((4, 20), (5, 5))), private} and private[1]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_template_resaved_by_libreoffice_changes_nothing(tmp_path):
    """The real thing: Calc opens the template and saves it again as .xlsx."""
    thirds = [(4, 1 / 3)] * 7 + [(5, 2 / 7)] * 11 + [(2, 1.1)] * 3
    doc, _ = weighted_document(lambda ids: [weighted(ids["tech"], "csat", thirds)])
    path = template(tmp_path, doc)
    out = tmp_path / "calc"
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    command, errors, summary = plan_xlsx_import(doc, out / path.name)
    assert (command, errors) == (None, []), summary.changes


def test_a_template_from_before_the_n_columns_still_reads(tmp_path):
    """Templates sent out before the n columns existed come back too."""
    doc, ids = weighted_document()
    path = template(tmp_path, doc)
    wb = load_workbook(path)
    ws = wb[FILL_IN]
    for key in ("n:ces", "n:nps", "n:csat"):  # right to left, so the letters hold
        ws.delete_cols(next(c.column for c in ws[1] if c.value == key))
    wb.save(path)
    assert plan_xlsx_import(doc, path)[:2] == (None, [])
    filled, _ = fill(path, {(ids["call"], "count:ces:6"): 9})
    command, errors, _ = plan_xlsx_import(doc, filled)
    assert errors == []
    CommandStack(doc).push(command)
    (ces,) = [m for m in doc.journey(ids["journey"]).measurements if m.metric == "ces"]
    assert (ces.touchpoint_id, ces.counts) == (ids["call"], {6: 9})

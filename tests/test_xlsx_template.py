"""The fill-in round trip: template out, a team's edits in, every bad cell named."""

import copy
import datetime as dt
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from journeymap.excel.fillin import plan_xlsx_import
from journeymap.excel.template import FIRST_ROW, export_template
from journeymap.model import AddObject, CommandStack, Journey, Measurement, Stage, Touchpoint
from journeymap.storage import open_document, save_document
from tests.builders import small_document

TODAY = dt.date(2026, 3, 14)


def make_template(tmp_path, doc, name="fill.xlsx", **options):
    path = tmp_path / name
    export_template(doc, path, **options)
    return path


def columns(ws):
    """Column letters by key (the hidden first row)."""
    return {c.value: c.column_letter for c in ws[1] if c.value}


def rows_by_id(ws):
    """Row numbers by touchpoint id (the hidden column A)."""
    return {ws.cell(r, 1).value: r for r in range(FIRST_ROW, ws.max_row + 1)}


def fill(path, edits, out=None):
    """Type values into the template as a team would: {(tp_id, key): value}; returns the
    saved file and the cell reference of each edit."""
    wb = load_workbook(path)
    ws = wb["Fill-in"]
    at, rows = columns(ws), rows_by_id(ws)
    refs = {}
    for (tp_id, key), value in edits.items():
        ref = f"{at[key]}{rows[tp_id]}"
        ws[ref] = value
        refs[tp_id, key] = ref
    out = out or path.with_name("filled.xlsx")
    wb.save(out)
    return out, refs


def test_template_layout_protection_and_validation(tmp_path):
    doc, _, ids = small_document()
    wb = load_workbook(make_template(tmp_path, doc))
    assert wb.sheetnames == ["Fill-in", "Instructions"]
    ws = wb["Fill-in"]
    at, rows = columns(ws), rows_by_id(ws)
    assert ws.row_dimensions[1].hidden and ws.column_dimensions["A"].hidden
    assert set(rows) == {ids["call"], ids["mail"], ids["tech"]}
    assert "journey" not in at  # one journey: no Journey column
    assert ws.freeze_panes == f"{chr(ord(at['touchpoint']) + 1)}{FIRST_ROW}"
    assert ws.protection.sheet
    call = rows[ids["call"]]
    assert not ws[f"{at['importance']}{call}"].protection.locked
    assert not ws[f"{at['target:nps']}{call}"].protection.locked  # empty inputs too
    assert ws[f"{at['touchpoint']}{call}"].protection.locked
    assert ws[f"{at['importance']}4"].protection.locked  # the titles
    assert ws[f"{at['touchpoint']}{call}"].value == "Call hotline"
    assert ws[f"{at['importance']}{call}"].value == 3
    assert ws[f"{at['target:csat']}{call}"].value == 80
    assert ws[f"{at['target:csat']}{call}"].number_format == '0.0" %"'
    assert [ws[f"{at[f'count:csat:{a}']}{call}"].value for a in range(1, 6)] == [0, 10, 0, 20, 13]
    assert ws[f"{at['count:nps:10']}{call}"].value is None
    validations = {}
    for dv in wb["Fill-in"].data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            validations[rng.split(":")[0].rstrip("0123456789")] = dv
    checks = {
        "importance": ("list", None, '"1,2,3,4,5"', None),
        "emotion": ("list", None, '"-2,-1,0,1,2"', None),
        "volume": ("whole", "greaterThanOrEqual", "0", None),
        "proactive": ("list", None, '"yes,no"', None),
        "target:csat": ("decimal", "between", "0", "100"),
        "target:nps": ("decimal", "between", "-100", "100"),
        "target:ces": ("decimal", "between", "1", "7"),
        # weighted counts have decimals: the reader checks what is typed
        "count:nps:0": ("decimal", "greaterThanOrEqual", "0", None),
        "count:ces:7": ("decimal", "greaterThanOrEqual", "0", None),
    }
    for key, (kind, operator, low, high) in checks.items():
        dv = validations[at[key]]
        assert (dv.type, dv.operator, dv.formula1, dv.formula2) == (kind, operator, low, high), key
        assert dv.showErrorMessage and dv.error
    instructions = " ".join(str(r[0]) for r in wb["Instructions"].iter_rows(values_only=True))
    assert "import-xlsx" in instructions and "responses" in instructions


def test_an_untouched_template_changes_nothing(tmp_path):
    doc, _, _ = small_document()
    command, errors, summary = plan_xlsx_import(doc, make_template(tmp_path, doc))
    assert command is None and errors == []
    assert summary.rows == 3 and summary.cells_changed == 0
    assert "nothing to change" in str(summary)


def test_edits_become_one_undoable_command(tmp_path):
    doc, _, ids = small_document()
    before = copy.deepcopy(doc)
    path, _ = fill(make_template(tmp_path, doc), {
        (ids["call"], "importance"): 5,
        (ids["call"], "target:csat"): None,  # cleared: the target goes
        (ids["mail"], "target:nps"): 30,
        (ids["mail"], "expectation"): "+ within the hour",
        (ids["mail"], "proactive"): "yes",
        (ids["tech"], "emotion"): None,  # empty: keeps -> no change
        (ids["tech"], "count:csat:4"): 12,
        (ids["tech"], "count:csat:5"): 30,
    })  # fmt: skip
    command, errors, summary = plan_xlsx_import(doc, path, today=TODAY)
    assert errors == [] and command is not None
    assert doc == before  # planning changes nothing
    assert (summary.cells_changed, summary.touchpoints_changed) == (7, 3)
    assert (summary.measurements_added, summary.measurements_replaced) == (1, 0)
    stack = CommandStack(doc)
    stack.push(command)
    assert stack.texts() == ["Import filled.xlsx"]
    call, mail = doc.get(ids["call"]), doc.get(ids["mail"])
    assert call.importance == 5 and call.targets == {}
    assert mail.targets == {"nps": 30.0} and mail.proactive
    assert mail.expectation == "+ within the hour"
    (new,) = [m for m in doc.journey(ids["journey"]).measurements if m.touchpoint_id == ids["tech"]]
    assert new.counts == {4: 12, 5: 30} and new.metric == "csat"
    assert (new.source, new.date, new.segment) == ("filled.xlsx", "2026-03-14", "")
    stack.undo()
    assert doc == before


def test_counts_replace_what_the_segment_holds(tmp_path):
    doc, stack, ids = small_document()
    journey_id = ids["journey"]
    stack.push(AddObject(Measurement(ids["call"], "csat", {5: 9}, segment="Business"), journey_id))
    path = make_template(tmp_path, doc, segment="Business")
    assert load_workbook(path)["Fill-in"]["C2"].value == "Business"
    path, _ = fill(path, {(ids["call"], "count:csat:5"): 10, (ids["call"], "count:csat:1"): 2})
    command, errors, summary = plan_xlsx_import(doc, path)
    assert errors == [] and summary.measurements_replaced == 1
    CommandStack(doc).push(command)
    kept = {(m.segment, tuple(m.counts.items())) for m in doc.journey(journey_id).measurements}
    assert kept == {("", ((2, 10), (4, 20), (5, 13))), ("Business", ((1, 2), (5, 10)))}


def test_every_bad_cell_is_named_and_nothing_is_applied(tmp_path):
    doc, _, ids = small_document()
    before = copy.deepcopy(doc)
    path, refs = fill(make_template(tmp_path, doc), {
        (ids["call"], "importance"): 7,
        (ids["call"], "volume"): "many",
        (ids["call"], "emotion"): 1.5,
        (ids["mail"], "proactive"): "maybe",
        (ids["mail"], "target:csat"): 120,
        (ids["mail"], "count:csat:2"): -1,
        (ids["tech"], "count:nps:3"): 2.5,
        (ids["tech"], "count:ces:1"): "12 people",
        (ids["tech"], "importance"): 4,  # a good cell among the bad
    })  # fmt: skip
    wb = load_workbook(path)
    ws = wb["Fill-in"]
    rows = rows_by_id(ws)
    ws.cell(rows[ids["tech"]] + 1, 1).value = "not-an-id"
    ws.cell(rows[ids["tech"]] + 1, 7).value = 3
    ws.cell(rows[ids["tech"]] + 2, 7).value = 4  # a value in a row without an id
    ws.cell(rows[ids["tech"]] + 3, 1).value = ids["call"]  # the same touchpoint twice
    wb.save(path)
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None and doc == before
    extra = rows[ids["tech"]]
    assert [str(e) for e in errors] == [
        f"Fill-in!{refs[ids['call'], 'importance']}: Importance 1-5: 7 is out of 1-5",
        f"Fill-in!{refs[ids['call'], 'emotion']}: Emotion -2..+2: 1.5 is not a whole number",
        f"Fill-in!{refs[ids['call'], 'volume']}: Volume / month: “many” is text, not a number",
        f"Fill-in!{refs[ids['mail'], 'proactive']}: Proactive yes/no: “maybe” is not yes or no",
        f"Fill-in!{refs[ids['mail'], 'target:csat']}: Target CSAT %: 120 is out of 0-100",
        f"Fill-in!{refs[ids['mail'], 'count:csat:2']}: CSAT answer 2: -1 is not a whole number "
        "of responses, 0 or more",
        f"Fill-in!{refs[ids['tech'], 'count:ces:1']}: CES answer 1: “12 people” is text, not a "
        "number",
        # a changed metric's decimals: checked once its cells are read
        f"Fill-in!{refs[ids['tech'], 'count:nps:3']}: NPS answer 3: 2.5 is not a whole number: "
        "weighted counts come from the survey import and can only be replaced by whole "
        "numbers of responses",
        f"Fill-in!A{extra + 1}: unknown touchpoint id “not-an-id” (from another journey file?)",
        f"Fill-in!A{extra + 2}: no touchpoint id: rows cannot be added here, add touchpoints "
        "in journeymap",
        f"Fill-in!A{extra + 3}: “Call hotline” appears twice (first in row {rows[ids['call']]})",
    ]


def test_several_journeys_in_one_template(tmp_path):
    doc, stack, ids = small_document()
    other = Journey("Cancellation")
    stack.push(AddObject(other))
    stage = Stage("Leave")
    stack.push(AddObject(stage, other.id))
    leave = Touchpoint(stage.id, name="Cancel online")
    stack.push(AddObject(leave, other.id))
    path = make_template(tmp_path, doc)
    ws = load_workbook(path)["Fill-in"]
    at = columns(ws)
    assert [ws[f"{at['journey']}{r}"].value for r in range(FIRST_ROW, FIRST_ROW + 4)] == [
        "Installation", "Installation", "Installation", "Cancellation"
    ]  # fmt: skip
    path, _ = fill(path, {(leave.id, "count:ces:6"): 40, (ids["call"], "count:ces:2"): 3})
    command, errors, summary = plan_xlsx_import(doc, path)
    assert errors == [] and summary.measurements_added == 2
    CommandStack(doc).push(command)
    assert [m.counts for m in other.measurements] == [{6: 40}]


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "journeymap", *map(str, args)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


@pytest.fixture
def jmap(tmp_path):
    doc, _, ids = small_document()
    path = tmp_path / "journey.jmap"
    save_document(doc, path)
    return path, ids


def test_cli_round_trip_is_all_or_nothing(tmp_path, jmap):
    source, ids = jmap
    template = tmp_path / "fill.xlsx"
    result = run_cli("export", source, "--template", template)
    assert result.returncode == 0, result.stderr
    saved = source.read_bytes()

    bad, refs = fill(template, {(ids["call"], "importance"): 9, (ids["mail"], "importance"): 4},
                     out=tmp_path / "bad.xlsx")  # fmt: skip
    result = run_cli("import-xlsx", source, bad)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{bad}: Fill-in!{refs[ids['call'], 'importance']}: Importance 1-5: 9 is out of 1-5",
        f"journeymap: {bad}: 1 cell cannot be imported; nothing was changed",
    ]
    assert source.read_bytes() == saved

    good, _ = fill(template, {(ids["mail"], "importance"): 4}, out=tmp_path / "good.xlsx")
    result = run_cli("import-xlsx", source, good, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "1 cell changed on 1 touchpoint" in result.stdout
    assert "Confirmation: Importance: 3 → 4" in result.stdout
    assert "Dry run" in result.stdout and source.read_bytes() == saved

    result = run_cli("import-xlsx", source, good)
    assert result.returncode == 0, result.stderr
    assert f"Saved {source}" in result.stdout
    assert open_document(source).get(ids["mail"]).importance == 4
    result = run_cli("import-xlsx", source, good)
    assert "nothing to change" in result.stdout

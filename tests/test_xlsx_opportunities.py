"""Opportunities in the workbooks: the report's Opportunities sheet (an Excel table by
priority, colours by status, the value-effort matrix as a native scatter chart) and the
fill-in template's Opportunities sheet, whose scores, owner, status and due date
import-xlsx reads back, all or nothing."""

import copy
import datetime as dt
import json
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook
from openpyxl.chart import ScatterChart

from journeymap.excel.fillin import plan_xlsx_import
from journeymap.excel.template import export_template
from journeymap.excel.workbook import export_workbook
from journeymap.model import AddObject, Link, Opportunity, SetFields
from journeymap.storage import save_document
from tests.builders import small_document, with_lanes, with_opportunity
from tests.cli_runner import run_cli

TODAY = dt.date(2026, 3, 14)
SHEET = "Opportunities"


def planned_document(language="en"):
    """small_document with the hotline opportunity (value 60, effort 2: priority 30) and
    three more: a quick win (65 / 1), a big bet (85 / 5) and a dismissed one (15 / 1)."""
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    with_opportunity(doc, stack, ids)
    more = [
        Opportunity("Text the arrival window", "The evening before.", 70, 60, 1,
                    "Field technicians", "planned", "2026-12-15",
                    links=[Link("touchpoint", ids["tech"])]),
        Opportunity("Rebuild the booking portal", "", 90, 80, 5, "IT", "in_progress",
                    "2027-03-31", links=[Link("transition", ids["link1"])]),
        Opportunity("Coffee voucher", "", 20, 10, 1, "", "dismissed"),
    ]  # fmt: skip
    for opportunity in more:
        stack.push(AddObject(opportunity))
    ids.update(quick=more[0].id, bet=more[1].id, voucher=more[2].id)
    if language != "en":
        stack.push(SetFields(ids["journey"], {"language": language}))
    return doc, stack, ids


def rows_of(ws, first):
    """The sheet's rows from ``first`` on as lists of values, up to the first empty row."""
    rows = []
    for row in ws.iter_rows(min_row=first, values_only=True):
        if all(v is None for v in row):
            break
        rows.append(list(row))
    return rows


# ---- the report workbook ------------------------------------------------------------------
@pytest.fixture
def report(tmp_path):
    doc, _, ids = planned_document()
    path = tmp_path / "report.xlsx"
    export_workbook(doc, path, today=TODAY)
    return load_workbook(path), ids


def test_the_report_lists_every_opportunity_as_a_table_by_priority(report):
    wb, ids = report
    assert wb.sheetnames.index(SHEET) == wb.sheetnames.index("Gaps") + 1
    ws = wb[SHEET]
    (table,) = ws.tables.values()
    header = [c.value for c in ws[1]]
    assert table.ref == f"A1:{ws.cell(1, len(header)).column_letter}5"
    assert [c.name for c in table.tableColumns] == header
    assert header == [
        "Title", "Status", "Owner", "Due", "Customer value 0-100", "Business value 0-100",
        "Effort 1-5", "Value 0-100", "Priority (value / effort)", "Gap priority (breaks ties)",
        "Description", "Addresses", "Expected effects", "Solutions", "ID",
    ]  # fmt: skip
    rows = {row[0]: dict(zip(header, row, strict=True)) for row in rows_of(ws, 2)}
    # value / effort: 65, 30, 17, 15
    assert list(rows) == [
        "Text the arrival window", "Call back instead of waiting",
        "Rebuild the booking portal", "Coffee voucher",
    ]  # fmt: skip
    hotline = rows["Call back instead of waiting"]
    assert hotline["Status"] == "idea" and hotline["Owner"] == "Service team"
    assert (hotline["Value 0-100"], hotline["Priority (value / effort)"]) == (60, 30)
    assert hotline["Gap priority (breaks ties)"] > 0  # its CSAT gap
    assert hotline["Addresses"].splitlines() == [
        "Call hotline", "Call hotline: CSAT gap", "note ‘Waits 20 minutes’"
    ]  # fmt: skip
    assert hotline["Expected effects"] == "Call hotline: CSAT 85"
    assert hotline["Solutions"] == "Callback button"
    assert hotline["ID"] == ids["opportunity"] and hotline["Due"] is None
    portal = rows["Rebuild the booking portal"]
    assert (
        portal["Status"] == "in progress" and portal["Addresses"] == "Call hotline → Confirmation"
    )
    due = ws.cell(2, header.index("Due") + 1)
    assert due.value == dt.datetime(2026, 12, 15) and due.is_date  # a real date cell


def test_status_colours_are_rules_on_the_status_word(report):
    wb, _ = report
    ws = wb[SHEET]
    fills = {}
    for ranges in ws.conditional_formatting:
        for rule in ranges.rules:
            if rule.dxf is not None and rule.dxf.fill is not None:
                fills[rule.formula[0]] = (str(ranges.sqref), rule.dxf.fill.fgColor.rgb[-6:])
    assert fills['$B2="done"'] == ("B2:B5", "B3E3D3")  # bluish green
    assert fills['$B2="in progress"'][1] == "C6E2F5"  # sky blue
    assert fills['$B2="dismissed"'][1] == "E0E0E0"  # grey
    assert {f.split('"')[1] for f in fills} == {"idea", "planned", "in progress", "done",
                                                "dismissed"}  # fmt: skip
    greyed = [r for c in ws.conditional_formatting for r in c.rules
              if r.dxf is not None and r.dxf.font is not None]  # fmt: skip
    assert [r.formula for r in greyed] == [['$B2="dismissed"']]  # a dismissed row reads grey


def test_the_matrix_is_a_scatter_chart_with_a_series_per_status(report):
    wb, _ = report
    ws = wb[SHEET]
    (chart,) = ws._charts
    assert isinstance(chart, ScatterChart)
    titles = [s.tx.v if s.tx is not None else None for s in chart.series]
    # those the document has, but the dismissed ones: the team said no (as in the app)
    statuses = ["idea", "planned", "in progress"]
    assert titles[: len(statuses)] == statuses
    # the lines that split it and the quadrants' names are no status: out of the legend
    hidden = {entry.idx for entry in chart.legend.legendEntry if entry.delete}
    assert hidden == set(range(len(statuses), len(chart.series)))
    assert "Quick wins" in titles and "Money pits" in titles
    assert (chart.x_axis.scaling.min, chart.x_axis.scaling.max) == (1, 5)
    assert (chart.y_axis.scaling.min, chart.y_axis.scaling.max) == (0, 100)
    # the planned series plots the quick win: effort 1, value 65
    planned = chart.series[1]
    x_ref, y_ref = planned.xVal.numRef.f, planned.yVal.numRef.f
    assert ws[x_ref.split("!")[1].replace("$", "")].value == 1
    assert ws[y_ref.split("!")[1].replace("$", "")].value == 65
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("Quadrants (split at value 50 and effort 3)") for t in texts)


def test_a_document_without_opportunities_gets_no_such_sheet(tmp_path):
    doc, _, _ = small_document()
    export_workbook(doc, tmp_path / "report.xlsx", today=TODAY)
    export_template(doc, tmp_path / "fill.xlsx")
    assert SHEET not in load_workbook(tmp_path / "report.xlsx").sheetnames
    assert SHEET not in load_workbook(tmp_path / "fill.xlsx").sheetnames


def test_a_german_document_writes_german_statuses(tmp_path):
    doc, _, _ = planned_document("de")
    export_workbook(doc, tmp_path / "report.xlsx", today=TODAY)
    ws = load_workbook(tmp_path / "report.xlsx")["Chancen"]  # the sheet is German too
    assert [row[1] for row in rows_of(ws, 2)] == ["geplant", "Idee", "in Arbeit", "verworfen"]


# ---- the fill-in template -----------------------------------------------------------------
def template(tmp_path, doc, name="fill.xlsx"):
    path = tmp_path / name
    export_template(doc, path)
    return path


def columns(ws):
    """Key -> column letter, from the hidden key row."""
    return {c.value: c.column_letter for c in ws[1] if c.value}


def row_of(ws, title):
    """The row number of the opportunity with this title."""
    return next(r for r in range(4, ws.max_row + 1) if ws[f"B{r}"].value == title)


@dataclass(frozen=True)
class Pasted:
    """A value pasted with its own format: a number in a date cell stays a number."""

    value: object


def edit(path, changes, sheet=SHEET):
    """Type into the Opportunities sheet as an owner would: {(title, key): value}."""
    wb = load_workbook(path)
    ws = wb[sheet]
    at = columns(ws)
    for (title, key), value in changes.items():
        cell = ws[f"{at[key]}{row_of(ws, title)}"]
        if isinstance(value, Pasted):
            cell.number_format, value = "General", value.value
        cell.value = value
    wb.save(path)


def test_the_fill_in_sheet_holds_the_opportunities_as_inputs(tmp_path):
    doc, _, ids = planned_document()
    path = template(tmp_path, doc)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Fill-in", "Notes", SHEET, "Instructions"]
    ws = wb[SHEET]
    at = columns(ws)
    assert list(at) == ["id", "title", "addresses", "customer_value", "business_value",
                        "effort", "owner", "status", "due"]  # fmt: skip
    assert ws.column_dimensions["A"].hidden and ws.row_dimensions[1].hidden
    assert ws.protection.sheet
    row = row_of(ws, "Call back instead of waiting")
    assert ws[f"A{row}"].value == ids["opportunity"] and ws[f"A{row}"].protection.locked
    assert ws[f"B{row}"].protection.locked
    for key in ("customer_value", "business_value", "effort", "owner", "status", "due"):
        assert not ws[f"{at[key]}{row}"].protection.locked, key
    assert ws[f"{at['status']}{row}"].value == "idea"
    due = ws[f"{at['due']}{row_of(ws, 'Text the arrival window')}"]
    assert due.value == dt.datetime(2026, 12, 15) and due.is_date
    lists = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    status = lists[f"{at['status']}4:{at['status']}7"]
    assert status.type == "list"
    assert status.formula1 == '"idea,planned,in progress,done,dismissed"'
    assert lists[f"{at['effort']}4:{at['effort']}7"].formula2 == "5"
    assert lists[f"{at['due']}4:{at['due']}7"].type == "date"
    instructions = " ".join(c.value or "" for c in wb["Instructions"]["A"])
    assert "Opportunities sheet" in instructions


def test_an_untouched_sheet_changes_nothing(tmp_path):
    doc, _, _ = planned_document()
    command, errors, summary = plan_xlsx_import(doc, template(tmp_path, doc))
    assert (command, errors, summary.opportunities_changed) == (None, [], 0)


def test_status_owner_effort_and_due_come_back_as_one_undoable_step(tmp_path):
    doc, stack, ids = planned_document()
    before = copy.deepcopy(doc)
    path = template(tmp_path, doc)
    hotline, portal = "Call back instead of waiting", "Rebuild the booking portal"
    edit(path, {
        (hotline, "status"): "planned",
        (hotline, "owner"): "Customer service",
        (hotline, "effort"): 3,
        (hotline, "due"): dt.datetime(2027, 1, 31),
        (portal, "status"): "Done",  # any case
        (portal, "due"): None,  # an empty due date removes it
        (portal, "owner"): None,  # an empty owner keeps it
    })  # fmt: skip
    command, errors, summary = plan_xlsx_import(doc, path)
    assert errors == []
    assert str(summary) == "fill.xlsx: 3 touchpoint rows read; 2 opportunities changed"
    changes = summary.changes
    assert "Opportunities: “Call back instead of waiting”: Status: idea → planned" in changes
    assert "Opportunities: “Rebuild the booking portal”: Due: 2027-03-31 → —" in changes
    stack.push(command)
    opportunity = doc.get(ids["opportunity"])
    assert (opportunity.status, opportunity.owner, opportunity.effort, opportunity.due) == (
        "planned", "Customer service", 3, "2027-01-31"
    )  # fmt: skip
    assert (doc.get(ids["bet"]).status, doc.get(ids["bet"]).due) == ("done", "")
    assert doc.get(ids["bet"]).owner == "IT"
    stack.undo()  # one step for the whole sheet
    assert doc == before


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_english_and_a_german_sheet_both_read_back(tmp_path, language):
    doc, stack, ids = planned_document(language)
    path = template(tmp_path, doc)
    sheet = {"en": SHEET, "de": "Chancen"}[language]  # a German template is German throughout
    ws = load_workbook(path)[sheet]
    words = {"en": ("planned", "in progress"), "de": ("geplant", "in Arbeit")}[language]
    status_column = columns(ws)["status"]
    shown = ws[f"{status_column}{row_of(ws, 'Text the arrival window')}"].value
    assert shown == words[0]
    edit(path, {("Call back instead of waiting", "status"): words[1],
                ("Coffee voucher", "status"): "Idee" if language == "en" else "idea"},
         sheet)  # fmt: skip
    command, errors, _ = plan_xlsx_import(doc, path)
    assert errors == []
    stack.push(command)
    assert doc.get(ids["opportunity"]).status == "in_progress"
    assert doc.get(ids["voucher"]).status == "idea"  # either language is understood


def test_a_due_date_typed_as_text_is_taken(tmp_path):
    doc, stack, ids = planned_document()
    path = template(tmp_path, doc)
    edit(path, {("Call back instead of waiting", "due"): "31.12.2026",
                ("Coffee voucher", "due"): "2026-06-30"})  # fmt: skip
    command, errors, _ = plan_xlsx_import(doc, path)
    assert errors == []
    stack.push(command)
    assert (doc.get(ids["opportunity"]).due, doc.get(ids["voucher"]).due) == (
        "2026-12-31", "2026-06-30"
    )  # fmt: skip


NOT_A_DATE = "is not a date; enter one such as 2026-12-31"
BAD_CELLS = {
    "status": ("status", "maybe", "Status: “maybe” is not a status; choose one of idea, "
               "planned, in progress, done, dismissed"),
    "effort-7": ("effort", 7, "Effort 1-5: 7 is out of 1-5"),
    "effort-text": ("effort", "lots", "Effort 1-5: “lots” is text, not a number"),
    "value-101": ("customer_value", 101, "Customer value 0-100: 101 is out of 0-100"),
    "due-text": ("due", "next week", f"Due (date): “next week” {NOT_A_DATE}"),
    "due-number": ("due", Pasted(46000), f"Due (date): 46000 {NOT_A_DATE}"),
    "due-31-february": ("due", "2027-02-31", f"Due (date): “2027-02-31” {NOT_A_DATE}"),
    "unknown-id": ("id", "no-such-id", "unknown opportunity id “no-such-id” (from another "
                   "journey file?)"),
}  # fmt: skip


@pytest.mark.parametrize(("key", "value", "reason"), BAD_CELLS.values(), ids=BAD_CELLS)
def test_each_bad_cell_is_refused_by_sheet_and_cell_and_nothing_is_written(
    tmp_path, key, value, reason
):
    doc, _, _ = planned_document()
    document = tmp_path / "plan.json"
    save_document(doc, document)
    path = template(tmp_path, doc)
    hotline = "Call back instead of waiting"
    # a good change beside the bad cell: all or nothing
    edit(path, {("Text the arrival window", "status"): "done", (hotline, key): value})
    ws = load_workbook(path)[SHEET]
    where = f"{columns(ws)[key]}{row_of(ws, hotline)}"
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    assert [str(e) for e in errors] == [f"{SHEET}!{where}: {reason}"]
    written = document.read_bytes()
    ran = run_cli("import-xlsx", document, path)
    assert ran.code == 1 and f"{SHEET}!{where}: {reason}" in ran.stderr
    assert "nothing was changed" in ran.stderr
    assert document.read_bytes() == written  # the file is untouched


def test_a_row_moved_to_another_opportunity_or_given_twice_is_refused(tmp_path):
    doc, _, ids = planned_document()
    path = template(tmp_path, doc)
    wb = load_workbook(path)
    ws = wb[SHEET]
    ws[f"A{row_of(ws, 'Coffee voucher')}"] = ids["quick"]  # the quick win's id, twice
    wb.save(path)
    _, errors, _ = plan_xlsx_import(doc, path)
    (error,) = errors
    assert str(error).startswith(f"{SHEET}!A{row_of(ws, 'Coffee voucher')}: ")
    assert "Text the arrival window" in str(error)


def test_the_command_line_applies_the_sheet_and_says_what_changed(tmp_path):
    doc, _, ids = planned_document()
    document = tmp_path / "plan.json"
    save_document(doc, document)
    path = template(tmp_path, doc)
    edit(path, {("Call back instead of waiting", "status"): "planned"})
    ran = run_cli("import-xlsx", document, path, "--dry-run")
    assert ran.code == 0, ran.stderr
    assert "1 opportunity changed" in ran.stdout
    assert "Opportunities: “Call back instead of waiting”: Status: idea → planned" in ran.stdout
    assert run_cli("import-xlsx", document, path).code == 0
    saved = json.loads(document.read_text(encoding="utf-8"))
    (hotline,) = [o for o in saved["opportunities"] if o["id"] == ids["opportunity"]]
    assert hotline["status"] == "planned"


def test_the_gui_import_applies_the_sheet_as_one_undo_step(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from journeymap.ui.import_dialogs import FillInImportDialog
    from tests.test_gui_imports import open_from_menu

    doc, _, ids = planned_document()
    document = tmp_path / "plan.json"
    save_document(doc, document)
    assert window.open_path(document)
    path = template(tmp_path, window.editor.doc)
    edit(path, {("Call back instead of waiting", "status"): "planned",
                ("Call back instead of waiting", "owner"): "Customer service"})  # fmt: skip
    before = copy.deepcopy(window.editor.doc)
    dialog = open_from_menu(window, qtbot, FillInImportDialog, "Filled-in sheet…")
    QTest.keyClicks(dialog.file_field.path_edit, str(path))
    QTest.keyClick(dialog.file_field.path_edit, Qt.Key.Key_Return)
    assert dialog.apply_button.isEnabled(), dialog.report.toPlainText()
    report = dialog.report.toPlainText()
    assert "1 opportunity changed" in report
    assert "Opportunities: “Call back instead of waiting”: Status: idea → planned" in report
    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    opportunity = window.editor.doc.get(ids["opportunity"])
    assert (opportunity.status, opportunity.owner) == ("planned", "Customer service")
    stack = window.editor.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Import fill.xlsx"
    stack.undo()
    assert window.editor.doc == before


def test_a_merged_range_over_the_opportunities_is_refused(tmp_path):
    doc, _, _ = planned_document()
    path = template(tmp_path, doc)
    wb = load_workbook(path)
    ws = wb[SHEET]
    at = columns(ws)
    row = row_of(ws, "Call back instead of waiting")
    ws.merge_cells(f"{at['owner']}{row}:{at['status']}{row}")  # the status reads as empty
    wb.save(path)
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    assert [str(e) for e in errors] == [
        f"{SHEET}!{at['owner']}{row}:{at['status']}{row}: merged cells: only the first keeps "
        "its value, unmerge them"
    ]

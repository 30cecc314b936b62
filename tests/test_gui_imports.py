"""The import dialogs: survey data and the filled-in sheet, read off the UI thread,
applied as one undo step, and cancellable without touching the document."""

import copy
import threading

from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from journeymap.excel.template import FIRST_ROW, KEY_ROW, export_template
from journeymap.samples import find_sample
from journeymap.survey import ImportCancelled
from journeymap.ui.import_dialogs import FillInImportDialog, SurveyImportDialog, run_off_thread


def open_installation(window):
    window.open_sample(find_sample("installation", "en").path)
    return window.editor.doc, window.editor.journey


def write_survey(path, journey):
    names = [tp.name for tp in journey.touchpoints[:3]]
    lines = ["respondent;" + ";".join(n.upper() for n in names) + ";segment"]
    for i in range(60):
        lines.append(f"{i};{i % 5 + 1};{(i * 3) % 5 + 1};N/A;{'B2B' if i % 2 else 'B2C'}")
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    return names


def test_survey_dialog_previews_maps_checks_then_imports_as_one_step(window, tmp_path):
    doc, journey = open_installation(window)
    names = write_survey(tmp_path / "survey.csv", journey)
    dialog = SurveyImportDialog(window.editor, window, tmp_path / "survey.csv")
    assert dialog.preview.rowCount() == 12 and dialog.preview.columnCount() == 5
    matched = {dialog.mapping.item(r, 0).text(): dialog.mapping.cellWidget(r, 1).currentData()
               for r in range(dialog.mapping.rowCount())}  # fmt: skip
    assert matched[names[0].upper()] == names[0] and matched["respondent"] == ""
    dialog.segment.setCurrentIndex(dialog.segment.findData("segment"))
    before = copy.deepcopy(doc)
    steps = window.editor.undo_stack.count()
    dialog.run(apply=False)
    assert "Rows read: 60" in dialog.summary.toPlainText()
    assert doc == before and window.editor.undo_stack.count() == steps  # a dry run
    dialog.run(apply=True)
    assert window.editor.undo_stack.count() == steps + 1
    added = [m for m in journey.measurements if m.source == "survey.csv"]
    assert {m.segment for m in added} == {"B2B", "B2C"}
    assert sum(sum(m.counts.values()) for m in added) == 120  # two columns answered, one N/A
    window.editor.undo_stack.undo()
    assert doc == before


def test_cancelling_the_reading_leaves_nothing_behind(window):
    seen = []
    chunk_of_work = threading.Event()  # never set: waiting on it stands for reading a chunk

    def slow(progress, cancelled):
        while not cancelled():
            chunk_of_work.wait(0.01)
            seen.append(1)
            progress(len(seen) * 2000)
        raise ImportCancelled("x")

    QTimer.singleShot(100, lambda: [d.cancel() for d in window.findChildren(QProgressDialog)])
    result, message = run_off_thread(window, "Reading", slow)
    assert result is None and message == "" and seen


def test_fill_in_dialog_lists_bad_cells_or_applies_the_changes_as_one_step(window, tmp_path):
    doc, journey = open_installation(window)
    sheet_path = tmp_path / "fill.xlsx"
    export_template(doc, sheet_path, [journey], "")
    book = load_workbook(sheet_path)
    sheet = book.worksheets[0]
    keys = {sheet.cell(KEY_ROW, c).value: c for c in range(1, sheet.max_column + 1)}
    sheet.cell(FIRST_ROW, keys["target:csat"]).value = 91
    book.save(sheet_path)
    before = copy.deepcopy(doc)
    dialog = FillInImportDialog(window.editor, window, sheet_path)
    assert dialog.apply_button.isEnabled(), dialog.report.toPlainText()
    dialog.apply()
    assert journey.touchpoints[0].targets["csat"] == 91
    window.editor.undo_stack.undo()
    assert doc == before

    sheet.cell(FIRST_ROW, keys["target:csat"]).value = "lots"
    book.save(sheet_path)
    dialog = FillInImportDialog(window.editor, window, sheet_path)
    assert not dialog.apply_button.isEnabled()
    assert "!" in dialog.report.toPlainText() and "lots" in dialog.report.toPlainText()
    assert doc == before


def test_the_work_runs_on_another_thread(window):
    where = []
    result, _ = run_off_thread(
        window, "Reading", lambda p, c: where.append(threading.get_ident()) or 7
    )
    assert result == 7 and where[0] != threading.get_ident()

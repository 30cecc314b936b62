"""The import dialogs: survey data and the filled-in sheet, read off the UI thread,
applied as one undo step, and cancellable without touching the document."""

import copy
import threading
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QProgressDialog

from journeymap.excel.template import FIRST_ROW, KEY_ROW, export_template
from journeymap.samples import find_sample
from journeymap.survey import ImportCancelled
from journeymap.ui.import_dialogs import FillInImportDialog, SurveyImportDialog, run_off_thread

CORPUS = Path(__file__).parent / "fixtures" / "survey"


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


def filled_in_sheet(tmp_path, doc, journey, target=91):
    """The fill-in sheet of a journey as a team sends it back: a CSAT target (91 unless
    said otherwise) typed for the first touchpoint."""
    sheet_path = tmp_path / "fill.xlsx"
    export_template(doc, sheet_path, [journey], "")
    book = load_workbook(sheet_path)
    sheet = book.worksheets[0]
    keys = {sheet.cell(KEY_ROW, c).value: c for c in range(1, sheet.max_column + 1)}
    sheet.cell(FIRST_ROW, keys["target:csat"]).value = target
    book.save(sheet_path)
    return sheet_path


def test_fill_in_dialog_lists_bad_cells_or_applies_the_changes_as_one_step(window, tmp_path):
    doc, journey = open_installation(window)
    sheet_path = filled_in_sheet(tmp_path, doc, journey)
    before = copy.deepcopy(doc)
    dialog = FillInImportDialog(window.editor, window, sheet_path)
    assert dialog.apply_button.isEnabled(), dialog.report.toPlainText()
    dialog.apply()
    assert journey.touchpoints[0].targets["csat"] == 91
    window.editor.undo_stack.undo()
    assert doc == before

    sheet_path = filled_in_sheet(tmp_path, doc, journey, target="lots")
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


# ---- through the menu, the way a facilitator does it ------------------------------------
def menu_action(window, *path):
    """The action at File ▸ Import ▸ … (texts without their & accelerators)."""
    actions = window.menuBar().actions()
    for step in path:
        found = next(a for a in actions if a.text().replace("&", "") == step)
        actions = found.menu().actions() if found.menu() else []
    return found


def open_from_menu(window, qtbot, kind, *path):
    """Choose a menu entry and wait for the modal dialog it opens."""
    menu_action(window, "File", "Import", *path).trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def open_survey_dialog(window, qtbot):
    return open_from_menu(window, qtbot, SurveyImportDialog, "Survey data (CSV or Excel)…")


def choose_in_file_dialog(qtbot, path):
    """Type a path into the open (Qt, non-native) file dialog and press Enter."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    chooser = QApplication.activeModalWidget()
    name_edit = chooser.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name_edit)  # where one types
    QTest.keyClicks(name_edit, str(path))
    QTest.keyClick(name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not chooser.isVisible())


def what_the_preview_shows(dialog):
    """The preview's header and first row, the column → touchpoint mapping, the segments."""
    preview = dialog.preview
    header = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    first = [preview.item(0, c).text() for c in range(preview.columnCount())]
    mapping = {
        dialog.mapping.item(r, 0).text(): dialog.mapping.cellWidget(r, 1).currentText()
        for r in range(dialog.mapping.rowCount())
    }
    segments = [dialog.segment.itemText(i) for i in range(dialog.segment.count())]
    return header, preview.rowCount(), first, mapping, segments


def assert_previewed(dialog, names):
    header, rows, first, mapping, segments = what_the_preview_shows(dialog)
    assert header == ["respondent", *(n.upper() for n in names), "segment"]
    assert rows == 12 and first == ["0", "1", "1", "N/A", "B2C"]
    assert mapping == {"respondent": "— not imported —", "segment": "— not imported —",
                       **{n.upper(): n for n in names}}  # fmt: skip
    assert segments == ["(none)", *header]


def import_by_segment(window, dialog):
    """Pick the segment column by typing its name, press Import; what the person sees."""
    QTest.keyClicks(dialog.segment, "segment")
    assert dialog.segment.currentText() == "segment"
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    journey = window.editor.journey
    added = [m for m in journey.measurements if m.source == "survey.csv"]
    stack = window.editor.undo_stack
    return added, stack.text(stack.index() - 1)


def test_choosing_the_survey_file_in_the_file_dialog_previews_and_imports(window, qtbot, tmp_path):
    _, journey = open_installation(window)
    names = write_survey(tmp_path / "survey.csv", journey)
    steps = window.editor.undo_stack.count()
    dialog = open_survey_dialog(window, qtbot)
    assert not dialog.import_button.isEnabled()  # nothing to import before a preview
    QTest.mouseClick(dialog.file_field.browse_button, Qt.MouseButton.LeftButton)
    choose_in_file_dialog(qtbot, tmp_path / "survey.csv")  # the app segfaulted here
    assert QApplication.activeModalWidget() is dialog
    assert dialog.file_field.path_edit.text() == str(tmp_path / "survey.csv")
    assert_previewed(dialog, names)
    added, step = import_by_segment(window, dialog)
    assert {m.segment for m in added} == {"B2B", "B2C"}
    assert sum(sum(m.counts.values()) for m in added) == 120
    assert step == "Import survey survey.csv" and window.editor.undo_stack.count() == steps + 1
    assert window.isWindowModified()  # the title shows its *
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)  # the dialog closed


def test_a_typed_survey_path_previews_on_enter_and_never_imports_by_itself(window, qtbot, tmp_path):
    _, journey = open_installation(window)
    names = write_survey(tmp_path / "survey.csv", journey)
    steps = window.editor.undo_stack.count()
    dialog = open_survey_dialog(window, qtbot)
    field = dialog.file_field.path_edit
    field.setFocus()
    QTest.keyClicks(field, str(tmp_path / "survey.csv"))
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert_previewed(dialog, names)
    QTest.keyClick(field, Qt.Key.Key_Return)  # Enter again: still no import
    assert dialog.isVisible() and window.editor.undo_stack.count() == steps
    assert not [m for m in journey.measurements if m.source == "survey.csv"]
    added, step = import_by_segment(window, dialog)
    assert len(added) == 4 and step == "Import survey survey.csv"  # 2 answered x 2 segments


def test_a_pasted_survey_path_previews_at_once(window, qtbot, tmp_path):
    _, journey = open_installation(window)
    names = write_survey(tmp_path / "survey.csv", journey)
    dialog = open_survey_dialog(window, qtbot)
    QApplication.clipboard().setText(str(tmp_path / "survey.csv"))
    field = dialog.file_field.path_edit
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert_previewed(dialog, names)


def summary_after_typing(dialog, path) -> str:
    """Type ``path`` into the import dialog's file field and press Enter, as a user does;
    what the dialog's summary then says."""
    field = dialog.file_field.path_edit
    field.clear()
    QTest.keyClicks(field, str(path))
    QTest.keyClick(field, Qt.Key.Key_Return)
    return dialog.summary.toPlainText()


def test_a_survey_file_that_cannot_be_read_says_so_in_the_dialog(window, qtbot, tmp_path):
    open_installation(window)
    dialog = open_survey_dialog(window, qtbot)
    for path, problem in (
        (CORPUS / "garbage.csv", "binary data, not CSV text"),
        (tmp_path / "missing.csv", "does not exist"),
    ):
        shown = summary_after_typing(dialog, path)
        assert len(shown.splitlines()) == 1 and shown.startswith(f"Cannot read {path}: ")
        assert problem in shown and "Traceback" not in shown
        assert dialog.preview.rowCount() == 0 and dialog.mapping.rowCount() == 0
        assert not dialog.import_button.isEnabled() and dialog.isVisible()


def test_the_fill_in_sheet_imports_from_a_typed_path_or_the_file_dialog(window, qtbot, tmp_path):
    doc, journey = open_installation(window)
    sheet_path = filled_in_sheet(tmp_path, doc, journey)
    stack = window.editor.undo_stack
    before = journey.touchpoints[0].targets["csat"]
    for by_file_dialog in (False, True):
        dialog = open_from_menu(window, qtbot, FillInImportDialog, "Filled-in sheet…")
        if by_file_dialog:
            QTest.mouseClick(dialog.file_field.browse_button, Qt.MouseButton.LeftButton)
            choose_in_file_dialog(qtbot, sheet_path)
        else:
            QTest.keyClicks(dialog.file_field.path_edit, str(sheet_path))
            QTest.keyClick(dialog.file_field.path_edit, Qt.Key.Key_Return)
        assert dialog.apply_button.isEnabled(), dialog.report.toPlainText()
        assert dialog.isVisible()  # Enter read the sheet; it applied nothing
        assert "Target CSAT %: 85 → 91" in dialog.report.toPlainText()  # the column, named
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        assert journey.touchpoints[0].targets["csat"] == 91
        assert stack.count() == 1 and stack.text(0) == "Import fill.xlsx"
        assert window.isWindowModified()
        stack.undo()
        assert journey.touchpoints[0].targets["csat"] == before


def test_the_preview_reads_off_the_ui_thread(window, qtbot, tmp_path, monkeypatch):
    """A slow or hostile file may take up to the sandbox's time limit: the window must
    stay alive (and cancellable) meanwhile, so the preview is read on a worker thread."""
    import journeymap.survey

    _, journey = open_installation(window)
    names = write_survey(tmp_path / "survey.csv", journey)
    real, threads = journeymap.survey.preview_survey, []

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(journeymap.survey, "preview_survey", watched)
    dialog = open_survey_dialog(window, qtbot)
    field = dialog.file_field.path_edit
    field.setFocus()
    QTest.keyClicks(field, str(tmp_path / "survey.csv"))
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert_previewed(dialog, names)
    assert threads and threads[0] is not threading.main_thread()
    dialog.reject()

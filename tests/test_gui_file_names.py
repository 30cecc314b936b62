"""Save and export dialogs suggest file names made from the journey's name, one per kind
of export, and write where the user typed."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from journeymap.model import SetFields
from journeymap.samples import find_sample
from journeymap.storage import open_document
from journeymap.ui.file_dialogs import file_stem, with_suffix
from tests.modal import answer_next
from tests.test_i18n import german_window  # noqa: F401

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_path(path: Path, suggested: list[str]):
    """An answer to the file dialog: note the suggested name, type ``path``, press Enter."""

    def answer(dialog):
        field = dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's own dialog, not the desktop's
        suggested.append(field.text())
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        QTest.keyClick(field, Qt.Key.Key_A, CTRL)  # select the suggestion, type over it
        QTest.keyClicks(field, str(path))
        QTest.keyClick(field, Qt.Key.Key_Return)

    return answer


def export_action(window, text):
    """The File ▸ Export menu's action whose text starts with ``text``."""
    return next(
        a for a in window.findChildren(QAction) if a.text().replace("&", "").startswith(text)
    )


def test_save_as_suggests_the_journeys_name_and_writes_the_typed_path(qtbot, window, tmp_path):
    window.open_sample(find_sample("installation", "en").path)
    journey = window.editor.journey
    window.editor.push(SetFields(journey.id, {"name": "Fibre: install / repair?"}))
    suggested = []
    shown = answer_next(qtbot, QFileDialog, type_path(tmp_path / "typed", suggested))
    QTest.keyClick(window, Qt.Key.Key_S, CTRL | SHIFT)
    assert shown and suggested == ["Fibre install repair.jmap"]
    assert open_document(tmp_path / "typed.jmap") == window.editor.doc
    assert window.windowTitle().startswith("typed.jmap")

    window.activateWindow()  # offscreen no window manager hands the activation back
    qtbot.waitUntil(window.isActiveWindow)
    answer_next(qtbot, QFileDialog, type_path(tmp_path / "second.jmap", suggested))
    QTest.keyClick(window, Qt.Key.Key_S, CTRL | SHIFT)
    assert suggested[1] == "typed.jmap"  # a saved journey suggests its own file
    assert (tmp_path / "second.jmap").exists()


@pytest.mark.parametrize(
    ("menu_text", "suggestion"),
    [
        ("Gap report as Excel workbook", "Internet and landline installation – gap report.xlsx"),
        ("Fill-in sheet", "Internet and landline installation – fill-in sheet.xlsx"),
        ("Map as SVG", "Internet and landline installation.svg"),
    ],
)
def test_each_export_suggests_its_own_file_name(qtbot, window, tmp_path, menu_text, suggestion):
    window.open_sample(find_sample("installation", "en").path)
    suggested = []
    answer_next(qtbot, QFileDialog, type_path(tmp_path / "out", suggested))
    export_action(window, menu_text).trigger()  # as a click in File ▸ Export does
    assert suggested == [suggestion]
    written = tmp_path / ("out" + Path(suggestion).suffix)
    assert written.stat().st_size > 0


def test_file_stems_and_suffixes():
    assert file_stem("  a/b\\c:d*e?  ", "x") == "a b c d e"
    assert file_stem("...", "Journey") == "Journey"
    assert file_stem("con", "Journey") == "con (Journey)"
    assert len(file_stem("y" * 500, "x")) == 120
    assert with_suffix(Path("Plan v1.2"), ".jmap") == Path("Plan v1.2.jmap")
    assert with_suffix(Path("Map.SVG"), ".svg") == Path("Map.SVG")


def test_the_german_ui_suggests_german_export_names(qtbot, german_window, tmp_path):  # noqa: F811
    window = german_window
    window.open_sample(find_sample("installation", "de").path)
    name = window.editor.journey.name
    suggested = []
    for menu_text, out in (("Lückenbericht als Excel", "a"), ("Erfassungsbogen", "b")):
        answer_next(qtbot, QFileDialog, type_path(tmp_path / out, suggested))
        export_action(window, menu_text).trigger()
    assert suggested == [f"{name} – Lückenbericht.xlsx", f"{name} – Erfassungsbogen.xlsx"]
    assert (tmp_path / "a.xlsx").exists() and (tmp_path / "b.xlsx").exists()


def test_the_german_ui_writes_its_workbook_in_german_whatever_the_journey(
    qtbot,
    german_window,  # noqa: F811
    tmp_path,
):
    import openpyxl

    german_window.open_sample(find_sample("installation", "en").path)  # an English journey
    answer_next(qtbot, QFileDialog, type_path(tmp_path / "report", []))
    export_action(german_window, "Lückenbericht als Excel").trigger()
    book = openpyxl.load_workbook(tmp_path / "report.xlsx", read_only=True)
    assert "Lücken" in book.sheetnames and "Gaps" not in book.sheetnames
    book.close()

"""The problems of files and libraries in the GUI's language: a broken .jmap, a library
that is not there and an unreadable survey file say what is wrong in German in the German
GUI (naming the file), in English in the English one; the phrases' German keeps every
placeholder, so filling one in never fails."""

from __future__ import annotations

import pickle
import re
import string
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from journeymap.errors import DocumentFileError
from journeymap.model.messages import message
from journeymap.samples import find_sample
from journeymap.ui.import_dialogs import SurveyImportDialog
from journeymap.ui.messages import problem_of, render, say
from journeymap.words import PROBLEMS, Phrase, from_data, phrase
from tests import test_i18n
from tests.modal import answer_next
from tests.test_gui_imports import CORPUS, summary_after_typing
from tests.test_library_gui import connect_to, open_library_dialog

german_window = test_i18n.german_window  # the fixture: the window in German
tool = test_i18n.tool  # tools/update_translations.py


def read_boxes(monkeypatch) -> list[tuple[str, str]]:
    """The title and text of every error box the app shows from now on."""
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: said.append((title, text)))
    return said


def type_path(qtbot, path: Path):
    """An answer that types a path into the (Qt, non-native) file dialog and presses Enter."""

    def answer(chooser: QFileDialog) -> None:
        name_edit = chooser.findChild(QLineEdit, "fileNameEdit")
        name_edit.setFocus()
        QTest.keyClicks(name_edit, str(path))
        QTest.keyClick(name_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not chooser.isVisible())

    return answer


def test_a_broken_jmap_opened_from_file_open_is_explained_in_german(
    qtbot, german_window, tmp_path, monkeypatch
):
    bad = tmp_path / "kaputt.jmap"
    bad.write_text("keine Datenbank")
    said = read_boxes(monkeypatch)
    chooser = answer_next(qtbot, QFileDialog, type_path(qtbot, bad))
    german_window.activateWindow()
    qtbot.waitUntil(german_window.isActiveWindow)
    qtbot.keyClick(german_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(chooser) and bool(said))
    assert said == [
        ("Die Datei kann nicht geöffnet werden", f"{bad}: ist kein journeymap-Dokument")
    ]


def test_a_broken_path_given_to_the_german_window_names_the_file_in_german(
    german_window, tmp_path, monkeypatch
):
    empty = tmp_path / "leer.json"
    empty.write_bytes(b"\xff\xfe")  # not UTF-8
    said = read_boxes(monkeypatch)
    assert not german_window.open_path(empty)  # what a path on the command line does
    problem = "ist kein UTF-8-Text, also keine journeymap-JSON-Datei"
    assert said == [("Die Datei kann nicht geöffnet werden", f"{empty}: {problem}")]


def test_a_library_that_is_not_there_is_explained_in_german(
    qtbot, german_window, tmp_path, monkeypatch
):
    missing = tmp_path / "nirgends.jmaplib"
    said = read_boxes(monkeypatch)
    dialog = open_library_dialog(qtbot, german_window)
    connect_to(qtbot, dialog, str(missing))
    qtbot.waitUntil(lambda: bool(said))
    title, text = said[0]
    assert title == "Die Bibliothek kann nicht geöffnet werden"
    assert (
        text
        == f"sqlite:///{missing}: existiert nicht (legen Sie sie mit `journeymap library init` an)"
    )
    dialog.close()


def test_an_unreadable_survey_file_is_explained_in_german_in_the_import_dialog(
    qtbot, german_window, tmp_path
):
    german_window.open_sample(find_sample("installation", "de").path)
    _open_survey_import(german_window)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SurveyImportDialog))
    dialog = QApplication.activeModalWidget()
    for path, problem in (
        (CORPUS / "garbage.csv", "enthält NUL-Bytes: Das sind Binärdaten, kein CSV-Text"),
        (tmp_path / "fehlt.csv", "existiert nicht"),
    ):
        assert summary_after_typing(dialog, path) == f"Nicht lesbar: {path}: {problem}"
    dialog.reject()


def _open_survey_import(window) -> None:
    """File ▸ Importieren ▸ Umfragedaten… from the German menu (the first Import entry)."""
    actions = window.menuBar().actions()
    file_menu = next(a for a in actions if a.text().replace("&", "") == "Datei").menu()
    imports = next(a for a in file_menu.actions() if a.text().replace("&", "") == "Importieren")
    imports.menu().actions()[0].trigger()


def test_the_english_gui_and_the_command_line_keep_the_english_sentence(qtbot):
    error = DocumentFileError("x.csv", phrase("holds {count} parts; no workbook needs that many",
                                              count=12345))  # fmt: skip
    assert str(error) == "x.csv: holds 12,345 parts; no workbook needs that many"
    assert problem_of(error) == str(error)  # no German installed: the English GUI


def test_numbers_and_words_in_a_german_problem_are_german(german_window):
    parts = phrase("holds {count} parts; no workbook needs that many", count=12345)
    assert say(parts) == "enthält 12.345 Teile; so viele braucht keine Arbeitsmappe"
    slow = phrase("took more than {seconds} s", seconds=2.5)
    assert say(slow) == "brauchte mehr als 2,5 s"
    columns = phrase("{names} and {more} more", names="„a“", more=1234)
    column = phrase("has no {role} column “{name}” (columns: {columns})",
                    role=phrase("weight"), name="gewicht", columns=columns)  # fmt: skip
    assert say(column) == (
        "hat keine Spalte „gewicht“ für: Gewichtung (Spalten: „a“ und 1.234 weitere)"
    )
    assert str(column) == "has no weight column “gewicht” (columns: „a“ and 1,234 more)"
    in_a_message = message("survey.noted", name="„b“", note=columns)
    assert "„a“ und 1.234 weitere" in render(in_a_message)  # a listing inside the model's


def test_a_phrase_crosses_the_sandbox_and_pickle_whole():
    crashed = phrase("could not be read: the {reader} {what}", reader=phrase("CSV reader"),
                     what=phrase("took more than {seconds} s", seconds=2.5))  # fmt: skip
    for copy in (from_data(crashed.data()), pickle.loads(pickle.dumps(crashed))):
        assert isinstance(copy, Phrase) and copy == crashed
        assert copy.template == crashed.template
        assert isinstance(copy.args["reader"], Phrase)


def test_every_phrase_keeps_its_placeholders_in_german_and_fills_in():
    problems = tool.read_ts()[PROBLEMS]
    found = tool.extract()[PROBLEMS]
    assert len(found) > 100 and set(found) <= set(problems)
    for template in found:
        german = problems[template].translation
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name]
        assert sorted(re.findall(r"\{(\w*)\}", german)) == sorted(names), template
        german.format(**dict.fromkeys(names, "x"))  # a missing or renamed one would raise

"""Saving over a file another program changed since it was opened: the window asks, and
nothing either side wrote is lost."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from journeymap.model import SetFields
from journeymap.samples import find_sample
from journeymap.storage import open_document, save_document
from tests.modal import answer_next
from tests.test_gui_file_names import type_path


def opened_from_disk(window, tmp_path: Path) -> Path:
    """A .jmap on disk, opened in the window as a person opens a file."""
    path = tmp_path / "plan.jmap"
    save_document(open_document(find_sample("installation", "en").path), path)
    assert window.open_path(path)
    return path


def changed_by_another_program(path: Path) -> str:
    """Another program (a colleague's window, a script) renames the first touchpoint."""
    doc = open_document(path)
    doc.journeys[0].touchpoints[0].name = "Renamed elsewhere"
    save_document(doc, path)
    return doc.journeys[0].touchpoints[0].id


def answer_the_question_with(qtbot, button_text: str, then=None) -> list[str]:
    """Once the question shows, press the button with this text (then, if given, answer
    what that button opens); returns what the question said."""
    said: list[str] = []

    def press(box: QMessageBox) -> None:
        said.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        if then is not None:
            then()
        button.click()

    answer_next(qtbot, QMessageBox, press)
    return said


def edit_in_window(window) -> None:
    tp = window.editor.journey.touchpoints[1]
    window.editor.push(SetFields(tp.id, {"owner": "Field team"}))


def save_by_keyboard(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_an_unchanged_file_saves_without_a_question(qtbot, window, tmp_path):
    path = opened_from_disk(window, tmp_path)
    edit_in_window(window)
    save_by_keyboard(qtbot, window)
    assert not window.isWindowModified()
    assert open_document(path).journeys[0].touchpoints[1].owner == "Field team"
    edit_in_window(window)  # a second save checks against what the first one wrote
    window.editor.push(SetFields(window.editor.journey.touchpoints[1].id, {"owner": "X"}))
    save_by_keyboard(qtbot, window)
    assert open_document(path).journeys[0].touchpoints[1].owner == "X"


def test_a_changed_file_is_not_overwritten_without_asking(qtbot, window, tmp_path):
    path = opened_from_disk(window, tmp_path)
    theirs = changed_by_another_program(path)
    edit_in_window(window)
    said = answer_the_question_with(qtbot, "Cancel")
    save_by_keyboard(qtbot, window)
    assert said and "plan.jmap" in said[0] and "another program" in said[0]
    assert window.isWindowModified()  # still unsaved
    assert open_document(path).get(theirs).name == "Renamed elsewhere"  # theirs kept


def test_saving_a_copy_keeps_both_versions(qtbot, window, tmp_path):
    path = opened_from_disk(window, tmp_path)
    theirs = changed_by_another_program(path)
    edit_in_window(window)
    copy = tmp_path / "plan (mine).jmap"
    answer_the_question_with(
        qtbot, "Save as a copy…", lambda: answer_next(qtbot, QFileDialog, type_path(copy, []))
    )
    save_by_keyboard(qtbot, window)
    assert open_document(path).get(theirs).name == "Renamed elsewhere"
    mine = open_document(copy)
    assert mine.journeys[0].touchpoints[1].owner == "Field team"
    assert window.editor.path == copy and not window.isWindowModified()


def test_comparing_shows_the_file_on_disk_beside_the_open_document(qtbot, window, tmp_path):
    path = opened_from_disk(window, tmp_path)
    changed_by_another_program(path)
    edit_in_window(window)
    answer_the_question_with(qtbot, "Compare with the file on disk")
    save_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "compare_dialog", None), QDialog))
    dialog = window.compare_dialog
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Renamed elsewhere"] == "changed"  # the name differs between the two
    assert window.isWindowModified()  # nothing was saved yet
    dialog.close()


@pytest.mark.parametrize("gone", [False, True])
def test_replacing_writes_the_open_version(qtbot, window, tmp_path, gone):
    path = opened_from_disk(window, tmp_path)
    if gone:
        path.unlink()  # deleted meanwhile: saving just writes it again, nothing to ask
    else:
        changed_by_another_program(path)
        answer_the_question_with(qtbot, "Replace the file")
    edit_in_window(window)
    save_by_keyboard(qtbot, window)
    saved = open_document(path)
    assert saved.journeys[0].touchpoints[1].owner == "Field team"
    assert saved.journeys[0].touchpoints[0].name != "Renamed elsewhere"
    assert not window.isWindowModified()

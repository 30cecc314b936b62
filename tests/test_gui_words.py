"""Words a person understands: undo steps name what changed and on which object, the
model's messages read as sentences, numbers and dates as the locale writes them.
The German side of each is in tests/test_i18n.py, driven by the same edits."""

import datetime as dt
import json
import os
import re
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QUndoView

from journeymap.model import Touchpoint, Transition
from journeymap.model.messages import TEXTS
from journeymap.samples import find_sample
from journeymap.ui.app import make_app
from journeymap.ui.gap_dock import COLUMNS
from journeymap.ui.i18n import install_translations
from journeymap.ui.import_dialogs import SurveyImportDialog
from journeymap.ui.recovery import dialog as recovery_dialog
from journeymap.ui.recovery.store import RecoveryEntry
from tests.gui_helpers import click, drag, write_note_about
from tests.test_gui_editor import card_centre, type_into_renamer
from tests.test_gui_imports import write_survey

#: The step names of the old history, which named fields as the code does.
OLD_STYLE = re.compile(r"^(Edit|Change) [a-z_]+$|^(Rename|Delete|Reorder|Move touchpoint)$")


def edit_like_a_facilitator(qtbot, window, language: str, new_name: str) -> list[str]:
    """Open the installation sample and edit it as a person does: tick "Moment of truth"
    in the inspector (with the space bar), type pain points, step a transition's share,
    rename a card with F2, drag it to the next stage, auto-layout, delete it. Returns the
    undo text after each edit."""
    window.open_sample(find_sample("installation", language).path)
    journey = window.editor.journey
    undo, view = window.editor.undo_stack, window.canvas.view
    card = journey.touchpoints[0]
    texts = []

    click(view, card_centre(window, card.id))
    page = window.inspector.pages[Touchpoint]
    bindings = {b.field: b for b in page.bindings}
    flag = bindings["moment_of_truth"].widget
    flag.setFocus()
    qtbot.keyClick(flag, Qt.Key.Key_Space)
    texts.append(undo.undoText())
    write_note_about(qtbot, page.pain_points, "Long wait")
    texts.append(undo.undoText())

    link = journey.transitions[0]
    window.editor.select([link.id])
    share = next(b for b in window.inspector.pages[Transition].bindings if b.field == "share")
    share.widget.setFocus()
    qtbot.keyClick(share.widget, Qt.Key.Key_Up)
    texts.append(undo.undoText())

    view.setFocus()
    click(view, card_centre(window, card.id))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_into_renamer(qtbot, window, new_name)
    texts.append(undo.undoText())

    start = card_centre(window, card.id)
    next_column = window.canvas.scene.columns[journey.stages[1].id].sceneBoundingRect()
    drag(view, start, QPointF(next_column.center().x(), start.y() + 40))
    texts.append(undo.undoText())

    window.act_layout.trigger()
    texts.append(undo.undoText())

    click(view, card_centre(window, card.id))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    texts.append(undo.undoText())
    return texts


def history_rows(window) -> list[str]:
    """The rows of Edit ▸ History, after its "<empty>" row."""
    history = window.history_dock.widget()
    assert isinstance(history, QUndoView)
    model = history.model()
    return [model.index(row, 0).data() for row in range(1, model.rowCount())]


def test_undo_and_history_name_each_edit_and_its_object(qtbot, window):
    texts = edit_like_a_facilitator(qtbot, window, "en", "Order via website")
    assert texts == [
        "Mark ‘Order online’ as a moment of truth",
        "Add note ‘Long wait’",
        "Change the share of ‘Order online → Order confirmation’",
        "Rename ‘Order online’ to ‘Order via website’",
        "Move ‘Order via website’",
        "Auto-layout of ‘Internet and landline installation’",
        "Delete touchpoint ‘Order via website’",
    ]
    rows = history_rows(window)
    assert rows == texts
    assert not [row for row in rows if "_" in row or OLD_STYLE.match(row)]
    window.editor.undo_stack.undo()
    assert window.act_redo.text().endswith("Delete touchpoint ‘Order via website’")


def test_each_steps_message_reads_as_words_without_field_names():
    steps = [text for code, text in TEXTS.items() if code.startswith("step.")]
    assert steps and not [text for text in steps if "_" in text or OLD_STYLE.match(text)]


def test_a_refused_paste_says_why_in_the_inspectors_words(qtbot, window):
    window.open_sample(find_sample("installation", "en").path)
    journey = window.editor.journey
    paste_a_hand_edited_card(qtbot, window, journey)
    assert window.statusBar().currentMessage() == "Importance: 9 is out of 1-5"


def paste_a_hand_edited_card(qtbot, window, journey) -> None:
    """Copy a card, make its importance 9 in the clipboard's text (as if edited by hand),
    and paste it on the canvas: the model refuses the value."""
    view = window.canvas.view
    view.setFocus()
    click(view, card_centre(window, journey.touchpoints[0].id))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QApplication.clipboard()
    data = json.loads(clipboard.text())
    data["touchpoints"][0]["importance"] = 9
    clipboard.setText(json.dumps(data))
    steps = window.editor.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.undo_stack.count() == steps  # nothing was pasted


def check_survey(qtbot, window, tmp_path) -> str:
    """Check a survey file in the import dialog (a dry run); returns its summary."""
    write_survey(tmp_path / "survey.csv", window.editor.journey)
    dialog = SurveyImportDialog(window.editor, window, tmp_path / "survey.csv")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    text = dialog.summary.toPlainText()
    dialog.close()
    return text


def test_compare_details_use_the_inspectors_words(window):
    window.open_sample(find_sample("online-order", "en").path)
    window.compare()
    dialog = window.compare_dialog
    details = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    dialog.close()
    shown = "; ".join(details)
    assert "→" in shown and "_" not in shown
    assert not re.search(r"\b(owner|channel|expectation|importance|proactive):", shown)


def gap_and_badge_texts(qtbot, window) -> tuple[list[str], list[str]]:
    """The measured column of the gap dock and the badge texts of the cards."""
    model = window.gap_table.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)  # the table follows the map
    column = next(i for i, (_, attr, _) in enumerate(COLUMNS) if attr == "measured")
    measured = [model.index(r, column).data() for r in range(model.rowCount())]
    badges = [card.look.rating_text for card in window.canvas.scene.cards.values()]
    return [m for m in measured if m], [b for b in badges if b]


def test_numbers_and_dates_in_english(qtbot, window, tmp_path):
    install_translations(make_app(), "en")  # as the app does at start
    window.open_sample(find_sample("installation", "en").path)
    measured, badges = gap_and_badge_texts(qtbot, window)
    assert measured and all(re.fullmatch(r"-?[\d,]+\.\d", m) for m in measured)
    assert badges and all(re.search(r"\d\.\d$", b) for b in badges)
    assert recovery_prompt_date(tmp_path) == "%d/%m/%Y %H:%M"


def recovery_prompt_date(folder: Path) -> str:
    """Which date format the crash-recovery question writes "Last copied" in, for a copy
    written on 1 December 2026 (or the question's text, when neither matches)."""
    entry = RecoveryEntry(folder, "journeymap-1-0dd-1", {})
    entry.document.write_bytes(b"")
    written = dt.datetime(2026, 12, 1, 9, 30).astimezone()
    os.utime(entry.document, (written.timestamp(), written.timestamp()))
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        shown.append(box.text() + "\n" + box.informativeText())
        box.reject()

    QTimer.singleShot(0, read_and_close)
    recovery_dialog.ask_restore(None, entry)
    for pattern in ("%d/%m/%Y %H:%M", "%d.%m.%y %H:%M"):
        if written.strftime(pattern) in shown[0]:
            return pattern
    return shown[0]

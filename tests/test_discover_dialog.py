"""File ▸ Discover from contact log (issue 15, the GUI), driven as a person does: the
menu, a typed or chosen log, its preview and the guessed columns, a dry run, Discover as
one undo step, refusals of bad options and bad logs, and a cancel that changes nothing."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from journeymap.samples import find_sample
from journeymap.ui.discover_dialog import DiscoverDialog
from tests.gui_helpers import LEFT, click_menu_entry
from tests.test_discover import LOG, _write, _xes
from tests.test_gui_imports import choose_in_file_dialog

HEADER = ["Case ID", "Activity", "Timestamp", "Channel", "Agent", "CSAT", "Segment"]
GUESSED = {"case": "Case ID", "activity": "Activity", "time": "Timestamp", "channel": "Channel",
           "owner": "Agent", "segment": "Segment", "score": "CSAT"}  # fmt: skip


def open_installation(window):
    window.open_sample(find_sample("installation", "en").path)
    return window.editor.doc


def open_discover_dialog(qtbot, window) -> DiscoverDialog:
    """File ▸ Discover from contact log…, clicked in the menu bar and the menu."""
    bar = window.menuBar()
    file_entry = next(a for a in bar.actions() if a.text().replace("&", "") == "File")
    where = bar.mapTo(window, bar.actionGeometry(file_entry).center())
    QTest.mouseClick(window.windowHandle(), LEFT, pos=where)  # as the windowing system does
    menu = file_entry.menu()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    entry = next(a for a in menu.actions()
                 if a.text().replace("&", "") == "Discover from contact log…")  # fmt: skip
    click_menu_entry(menu, entry)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DiscoverDialog))
    return QApplication.activeModalWidget()


def type_into(field, text: str) -> None:
    """Select what a line field holds and type over it."""
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)


def type_log_path(dialog, path: Path) -> None:
    type_into(dialog.file_field.path_edit, str(path))
    QTest.keyClick(dialog.file_field.path_edit, Qt.Key.Key_Return)


def preview_shown(dialog) -> tuple[list[str], list[list[str]]]:
    table = dialog.preview
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]  # fmt: skip
    return header, rows


def columns_shown(dialog) -> dict[str, str]:
    return {role: choice.currentText() for role, choice in dialog.column_choices.items()}


def press(button) -> None:
    assert button.isEnabled(), button.text()
    QTest.mouseClick(button, LEFT)


def short_day(year: int, month: int, day: int) -> str:
    """A day as the interface's language writes it (01/03/2026 in English)."""
    return QLocale().toString(QDate(year, month, day), QLocale.FormatType.ShortFormat)


def summary_of(dialog) -> str:
    return dialog.summary.toPlainText()


def test_the_menu_dialog_previews_guesses_dry_runs_and_discovers_one_undo_step(
    qtbot, window, tmp_path
):
    doc = open_installation(window)
    before, stack = copy.deepcopy(doc), window.editor.undo_stack
    shown_before = window.editor.journey.name
    path = _write(tmp_path, LOG)
    dialog = open_discover_dialog(qtbot, window)
    assert not dialog.discover_button.isEnabled()  # nothing to discover before a preview
    type_log_path(dialog, path)
    header, rows = preview_shown(dialog)
    assert header == HEADER and len(rows) == 8
    assert rows[0] == ["T1", "Report fault", "2026-03-01 09:00", "phone", "Anna", "4", "private"]
    assert columns_shown(dialog) == GUESSED
    assert dialog.metric_choice.isEnabled() and dialog.metric_choice.currentText() == "CSAT"
    assert dialog.isVisible() and stack.count() == 0  # Enter read the log, nothing more

    press(dialog.dry_run_button)
    qtbot.waitUntil(lambda: "Cases: 3" in summary_of(dialog))
    shown = summary_of(dialog).splitlines()
    for line in ("Events: 8", "Touchpoints on the map: 5", "Transitions: 4 kept of 4 observed",
                 "Variants (distinct sequences of activities): 3",
                 "Cases on the most frequent variant: 33.3%",
                 "Median case duration: 24.0 hours",
                 "Cases with a repeat contact (an activity twice): 1",
                 "Channel switches (consecutive contacts on two channels): 5",
                 f"Events from {short_day(2026, 3, 1)} to {short_day(2026, 3, 3)}"):  # fmt: skip
        assert line in shown
    assert doc == before and stack.count() == 0 and dialog.isVisible()  # a dry run

    press(dialog.discover_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    journey = window.editor.journey
    assert journey.name == "log" and len(doc.journeys) == len(before.journeys) + 1  # on show
    assert [tp.name for tp in journey.touchpoints] == [
        "Report fault (phone)", "Report fault (Fax)", "Report fault (Telefon)",
        "Technician visit", "Close"]  # fmt: skip
    assert set(window.canvas.scene.cards) == {tp.id for tp in journey.touchpoints}
    assert set(window.canvas.scene.arrows) == {t.id for t in journey.transitions}
    assert len(journey.measurements) == 8  # the CSAT answers, per touchpoint and segment
    assert stack.count() == 1 and stack.undoText() == "Add journey ‘log’"
    assert window.isWindowModified()

    window.activateWindow()  # offscreen, no window manager hands it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc == before and window.editor.journey.name == shown_before
    assert set(window.canvas.scene.cards) == {tp.id for tp in window.editor.journey.touchpoints}


def test_an_xes_log_chosen_in_the_file_dialog_guesses_the_process_mining_names(
    qtbot, window, tmp_path
):
    path = _write(tmp_path, _xes(LOG), "tickets.xes")
    dialog = open_discover_dialog(qtbot, window)  # from the welcome page: no document yet
    QTest.mouseClick(dialog.file_field.browse_button, LEFT)
    choose_in_file_dialog(qtbot, path)
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 8)
    header, rows = preview_shown(dialog)
    assert header == ["case:concept:name", "concept:name", "time:timestamp"]
    assert rows[1] == ["T1", "Technician visit", "2026-03-01T13:00:00+00:00"]
    assert columns_shown(dialog) == {
        "case": "case:concept:name", "activity": "concept:name", "time": "time:timestamp",
        "channel": "(none)", "owner": "(none)", "segment": "(none)", "score": "(none)"}  # fmt: skip
    assert not dialog.metric_choice.isEnabled()  # no score column, no metric
    assert not dialog.update_existing.isEnabled()  # no journey to update
    press(dialog.discover_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    journey = window.editor.journey
    assert journey.name == "tickets"
    assert [tp.name for tp in journey.touchpoints] == ["Report fault", "Technician visit",
                                                       "Close"]  # fmt: skip
    assert window.pages.currentWidget() is window.canvas  # the map, not the welcome page
    assert set(window.canvas.scene.cards) == {tp.id for tp in journey.touchpoints}


def test_the_options_typed_in_the_dialog_shape_the_journey(qtbot, window, tmp_path):
    open_installation(window)
    dialog = open_discover_dialog(qtbot, window)
    type_log_path(dialog, _write(tmp_path, LOG))
    QTest.keyClicks(dialog.column_choices["channel"], "(none)")  # one touchpoint per activity
    assert dialog.column_choices["channel"].currentText() == "(none)"
    QTest.keyClicks(dialog.column_choices["score"], "(none)")
    assert not dialog.metric_choice.isEnabled()
    type_into(dialog.min_share.lineEdit(), "0.3")  # the repeat (share 0.25) is left out
    type_into(dialog.stage_count.lineEdit(), "2")
    dialog.placements.setFocus()
    QTest.keyClicks(dialog.placements, "Close=Resolution")
    type_into(dialog.to_day, "2026-03-02")  # T2's last day (03.03.) is left out
    press(dialog.dry_run_button)
    assert "Events: 6" in summary_of(dialog).splitlines()
    press(dialog.discover_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    journey = window.editor.journey
    stages = {s.id: s.name for s in journey.stages}
    placed = {tp.name: stages[tp.stage_id] for tp in journey.touchpoints}
    assert placed == {"Report fault": "Stage 1", "Technician visit": "Stage 2",
                      "Close": "Resolution"}  # fmt: skip
    names = {tp.id: tp.name for tp in journey.touchpoints}
    kept = {(names[t.source], names[t.target]) for t in journey.transitions}
    assert ("Report fault", "Report fault") not in kept
    assert ("Report fault", "Technician visit") in kept and not journey.measurements


def test_a_bad_stage_line_or_date_is_refused_with_a_clear_message(qtbot, window, tmp_path):
    doc = open_installation(window)
    before = copy.deepcopy(doc)
    dialog = open_discover_dialog(qtbot, window)
    type_log_path(dialog, _write(tmp_path, LOG))
    dialog.placements.setFocus()
    QTest.keyClicks(dialog.placements, "Close=Resolution")
    QTest.keyClick(dialog.placements, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.placements, "Technician visit")
    press(dialog.discover_button)
    assert summary_of(dialog) == (
        "Line 2 of the stage placements, “Technician visit”, is not ACTIVITY=STAGE."
    )
    dialog.placements.clear()
    for start, end, said in (
        ("31.02.2026", "", "“31.02.2026” is not a date (YYYY-MM-DD or DD.MM.YYYY)."),
        ("2026-03-03", "2026-03-01", "The period ends before it starts."),
    ):
        type_into(dialog.from_day, start)
        type_into(dialog.to_day, end)
        press(dialog.discover_button)
        assert summary_of(dialog) == said
    assert dialog.isVisible() and doc == before and window.editor.undo_stack.count() == 0


def assert_one_message(dialog, path: Path, problem: str) -> None:
    shown = summary_of(dialog)
    assert len(shown.splitlines()) == 1 and shown.startswith(str(path)), shown
    assert problem in shown and "Traceback" not in shown


def test_a_bad_log_shows_its_message_and_changes_nothing(qtbot, window, tmp_path):
    doc = open_installation(window)
    before = copy.deepcopy(doc)
    dialog = open_discover_dialog(qtbot, window)
    type_log_path(dialog, tmp_path / "missing.csv")
    assert summary_of(dialog).startswith(f"Cannot read {tmp_path / 'missing.csv'}: ")
    assert "does not exist" in summary_of(dialog) and not dialog.discover_button.isEnabled()

    # no column named like a time: the user must pick one, and picks the wrong one
    path = _write(tmp_path, "Ticket;Status;Note\nA;Open;soon\nA;Closed;later\nB;Open;never\n")
    type_log_path(dialog, path)
    assert columns_shown(dialog)["time"] == "" and not dialog.discover_button.isEnabled()
    QTest.keyClicks(dialog.column_choices["time"], "Note")
    press(dialog.discover_button)
    assert_one_message(dialog, path, "3 timestamps in “Note” that are empty or neither ISO 8601")
    assert "(rows 2, 3, 4)" in summary_of(dialog)

    # the log changed on disk after its preview: a column is gone
    path = _write(tmp_path, LOG)
    type_log_path(dialog, path)
    path.write_text(LOG.replace(";Channel", ";Medium"), encoding="utf-8")
    press(dialog.dry_run_button)
    assert_one_message(dialog, path, "has no column “Channel”")
    assert dialog.isVisible() and doc == before and window.editor.undo_stack.count() == 0


def test_cancelling_a_discovery_changes_nothing_and_says_so(qtbot, window, tmp_path):
    doc = open_installation(window)
    before = copy.deepcopy(doc)
    lines = ["case,activity,time"]
    for case in range(30_000):  # 150,000 events: the reading takes a moment
        lines += [f"{case},Step {k},2026-03-01T{8 + k:02}:{case % 60:02}" for k in range(5)]
    path = _write(tmp_path, "\n".join(lines) + "\n", "big.csv")
    dialog = open_discover_dialog(qtbot, window)
    type_log_path(dialog, path)
    cancelled = []

    def cancel_once_it_runs() -> None:
        progress = next((p for p in dialog.findChildren(QProgressDialog)
                         if p.labelText().startswith("Discovering")), None)  # fmt: skip
        if progress is None or cancelled:
            return
        progress.show()  # as it shows itself after 300 ms
        QTest.mouseClick(progress.findChild(QPushButton), LEFT)  # its Cancel button
        cancelled.append(progress)

    timer = QTimer(dialog)
    timer.timeout.connect(cancel_once_it_runs)
    timer.start(10)
    press(dialog.discover_button)
    timer.stop()
    assert cancelled and summary_of(dialog) == "Cancelled: nothing was changed."
    assert dialog.isVisible() and doc == before and window.editor.undo_stack.count() == 0


#: LOG without its optional columns, and a newer log of the same process: a fourth ticket
#: is called back before it is closed.
OLDER = "\n".join(";".join(line.split(";")[:3]) for line in LOG.splitlines()) + "\n"
NEWER = (
    OLDER
    + "T4;Report fault;2026-03-04 09:00\nT4;Callback;2026-03-04 11:00\nT4;Close;2026-03-05 09:00\n"
)


def discover_new_journey(qtbot, window, path: Path):
    dialog = open_discover_dialog(qtbot, window)
    type_log_path(dialog, path)
    press(dialog.discover_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return window.editor.journey


def test_updating_a_discovered_journey_from_a_newer_log_is_one_undo_step(qtbot, window, tmp_path):
    from journeymap.model.commands import SetFields

    journey = discover_new_journey(qtbot, window, _write(tmp_path, OLDER, "tickets.csv"))
    window.editor.push(SetFields(journey.id, {"name": "Fault repair"}))  # the team's name
    doc, stack = window.editor.doc, window.editor.undo_stack
    before, steps = copy.deepcopy(doc), stack.count()
    dialog = open_discover_dialog(qtbot, window)
    assert dialog.journey_choice.currentText() == "Fault repair"  # the journey on show
    assert not dialog.journey_choice.isEnabled()  # until Update is chosen
    type_log_path(dialog, _write(tmp_path, NEWER, "newer.csv"))
    QTest.mouseClick(dialog.update_existing, LEFT)
    assert dialog.journey_choice.isEnabled()
    press(dialog.dry_run_button)
    shown = summary_of(dialog).splitlines()
    for line in ("Cases: 4", "Updating “Fault repair”:", "Touchpoints matched by name: 3",
                 "Touchpoints added: 1 (Callback)", "Observed paths: replaced"):  # fmt: skip
        assert line in shown
    assert doc == before and stack.count() == steps  # a dry run

    press(dialog.discover_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.editor.journey is journey and len(doc.journeys) == 1
    assert journey.name == "Fault repair"  # the team's name stays
    assert [tp.name for tp in journey.touchpoints][-1] == "Callback"
    assert set(window.canvas.scene.cards) == {tp.id for tp in journey.touchpoints}
    assert (
        stack.count() == steps + 1 and stack.undoText() == "Refresh ‘Fault repair’ from newer.csv"
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc == before


def test_updating_from_the_same_log_again_changes_nothing_and_says_so(qtbot, window, tmp_path):
    path = _write(tmp_path, OLDER, "tickets.csv")
    discover_new_journey(qtbot, window, path)
    doc, steps = window.editor.doc, window.editor.undo_stack.count()
    before = copy.deepcopy(doc)
    dialog = open_discover_dialog(qtbot, window)
    type_log_path(dialog, path)
    QTest.mouseClick(dialog.update_existing, LEFT)
    press(dialog.discover_button)
    said = summary_of(dialog).splitlines()[-1]
    assert said == "The journey has these figures already: nothing was changed."
    assert dialog.isVisible() and doc == before and window.editor.undo_stack.count() == steps


def test_an_update_keeps_the_journeys_measurements_and_says_so(qtbot, window, tmp_path):
    path = _write(tmp_path, LOG)
    journey = discover_new_journey(qtbot, window, path)
    measured = copy.deepcopy(journey.measurements)
    dialog = open_discover_dialog(qtbot, window)
    type_log_path(dialog, path)
    assert columns_shown(dialog)["score"] == "CSAT"
    QTest.mouseClick(dialog.update_existing, LEFT)
    press(dialog.discover_button)
    assert summary_of(dialog).startswith(
        "An update keeps the journey's measurements: the score column is not read"
    )
    assert journey.measurements == measured

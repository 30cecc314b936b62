"""Dot voting in the workshop: with Journey ▸ Dot voting on, a click on a sticky note gives
it a vote and a right-click takes one back, each one undo step; Journey ▸ Most voted
notes lists the results, most votes first, and picks a note on the map."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from journeymap.samples import find_sample
from journeymap.ui.most_voted import MostVoted

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_installation(qtbot, window):
    with qtbot.waitSignal(window.editor.settled):
        window.open_sample(find_sample("installation", "en").path)
    return window.editor.journey


def note_spot(window, note_id) -> QPoint:
    """Where a note is on the screen, zoomed in far enough to click it."""
    view = window.canvas.view
    item = window.canvas.scene.board.notes[note_id]
    view.auto_fit = False
    view.resetTransform()
    view.centerOn(item)
    return view.mapFromScene(item.sceneBoundingRect().center())


def journey_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Journey")
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def test_clicks_on_a_note_give_and_take_votes_one_step_each(qtbot, window):
    journey = open_installation(qtbot, window)
    note = next(n for n in journey.notes if n.votes == 0)
    spot = note_spot(window, note.id)
    viewport = window.canvas.view.viewport()
    QTest.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)  # Journey ▸ Dot voting
    assert journey_action(window, "Dot voting").isChecked()
    assert "click a note to give it a vote" in window.statusBar().currentMessage()
    stack = window.editor.undo_stack
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    assert note.votes == 2
    assert stack.text(stack.index() - 1).startswith("Vote for ‘")
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, pos=spot)
    assert note.votes == 1 and stack.text(stack.index() - 1).startswith("Take back a vote")
    assert not [m for m in window.canvas.findChildren(QMenu) if m.isVisible()]  # no menu
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, pos=spot)
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, pos=spot)  # none left to take
    assert note.votes == 0
    stack.undo()
    assert note.votes == 1
    assert window.canvas.scene.board.notes[note.id].look.votes == 1  # the dots follow

    QTest.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)  # voting off: a click selects again
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    assert note.votes == 1 and window.editor.selection == [note.id]


def test_the_most_voted_list_shows_the_results_and_picks_a_note(qtbot, window):
    journey = open_installation(qtbot, window)
    journey_action(window, "Most voted notes").trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, MostVoted) for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MostVoted))
    voted = sorted((n for n in journey.notes if n.votes), key=lambda n: -n.votes)
    listed = [window.editor.doc.get(i) for i in dialog.note_ids()]
    assert [n.votes for n in listed] == [n.votes for n in voted]  # most votes first
    assert dialog.table.item(0, 3).text() == listed[0].text
    table = dialog.table
    cell = table.visualItemRect(table.item(1, 3)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.editor.selection == [listed[1].id]
    # a vote on the map reorders the list at once
    last = listed[-1]
    QTest.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)
    spot = note_spot(window, last.id)
    for _ in range(listed[0].votes + 1):
        QTest.mouseClick(window.canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert dialog.note_ids()[0] == last.id
    dialog.close()

"""One route from the document to the views: the editor is the document's only listener,
views follow its signals, and a view that closes (Compare, a map export, the window)
leaves nothing behind that a later edit could reach."""

from pathlib import Path

from PySide6.QtCore import SIGNAL, QPointF, Qt
from PySide6.QtWidgets import QDialog

from journeymap.samples import find_sample
from journeymap.ui.canvas import geometry as g
from tests.gui_helpers import drag

CHANGED = SIGNAL("changed(PyObject)")


def open_online_order(qtbot, window):
    window.open_sample(find_sample("online-order", "en").path)
    qtbot.waitSignal(window.editor.settled, timeout=2000)
    return window.editor.doc


def followers(window) -> tuple[int, int]:
    """(listeners on the document, receivers of the editor's per-event signal)."""
    return window.editor.doc.events.listener_count, window.editor.receivers(CHANGED)


def open_compare(qtbot, window) -> QDialog:
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_C, ctrl_shift)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "compare_dialog", None), QDialog))
    dialog = window.compare_dialog
    qtbot.waitExposed(dialog)
    return dialog


def close_compare(qtbot, dialog) -> None:
    window = dialog.parentWidget()
    with qtbot.waitSignal(dialog.destroyed, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    window.activateWindow()  # offscreen, activation does not return to the window by itself
    qtbot.waitUntil(window.isActiveWindow)


def test_after_compare_a_dragged_card_is_one_undo_step_and_marks_the_title(qtbot, window):
    doc = open_online_order(qtbot, window)
    dialog = open_compare(qtbot, window)
    assert len(dialog.scenes[0].cards) == len(doc.journeys[0].touchpoints)
    close_compare(qtbot, dialog)

    journey = window.editor.journey
    view, scene = window.canvas.view, window.canvas.scene
    card = journey.touchpoints[0]
    steps = window.editor.undo_stack.count()
    start = scene.cards[card.id].sceneBoundingRect().center()
    target = scene.columns[journey.stages[2].id].sceneBoundingRect().center().x()
    drag(view, start, QPointF(target, start.y() + 4 * g.CARD_STEP))  # below the rest
    assert card.stage_id == journey.stages[2].id
    assert window.editor.undo_stack.count() == steps + 1
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    assert scene.cards[card.id].pos().x() == g.column_x(2) + g.CARD_INSET

    # auto-layout after Compare: one step, every card still on the map
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.undo_stack.count() == steps + 2
    assert set(scene.cards) == {tp.id for tp in journey.touchpoints}
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    assert card.stage_id != journey.stages[2].id


def test_compare_follows_edits_while_open(qtbot, window):
    doc = open_online_order(qtbot, window)
    dialog = open_compare(qtbot, window)
    left = dialog.scenes[0]
    before = doc.journeys[0]
    tp = before.touchpoints[0]
    from journeymap.model import RemoveObject

    window.editor.push(RemoveObject(tp.id))
    assert tp.id not in left.cards
    close_compare(qtbot, dialog)


def test_exports_compare_and_closing_leave_no_listener_behind(qtbot, window, tmp_path: Path):
    open_online_order(qtbot, window)
    baseline = followers(window)
    assert baseline[0] == 1  # the editor, and nothing else, listens to the document

    for n in range(3):
        assert window.exporter.svg(tmp_path / f"map{n}.svg")
    assert window.exporter.pdf("A4", tmp_path / "maps.pdf")
    assert window.exporter.png(tmp_path / "map.png", dpi=48)
    assert followers(window) == baseline

    for _ in range(2):
        close_compare(qtbot, open_compare(qtbot, window))
    assert followers(window) == baseline

    # deleting the journey on show, then opening another document: still one route
    from journeymap.model import RemoveObject

    window.editor.push(RemoveObject(window.editor.journey_id))
    qtbot.waitSignal(window.editor.settled, timeout=2000)
    assert followers(window) == baseline
    window.editor.undo_stack.setClean()
    window.open_sample(find_sample("installation", "en").path)
    assert followers(window) == baseline

    doc = window.editor.doc
    window.editor.undo_stack.setClean()
    window.close()
    assert doc.events.listener_count == 0  # a closed window listens to nothing

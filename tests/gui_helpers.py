"""Helpers for driving the editor with real mouse and keyboard events."""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

LEFT = Qt.MouseButton.LeftButton


def _send(widget, kind, pos: QPoint, button, buttons) -> None:
    local = QPointF(pos)
    event = QMouseEvent(
        kind,
        local,
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def press_and_move(view, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press at a scene point and move in steps to another with the button held.
    (QTest.mouseMove drops the held button, so the events are sent by hand.)"""
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    _send(viewport, QEvent.Type.MouseButtonPress, a, LEFT, LEFT)
    for i in range(1, steps + 1):
        p = a + (b - a) * i / steps
        _send(viewport, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, LEFT)


def release(view, at: QPointF) -> None:
    """Let go of the left button at a scene point."""
    viewport = view.viewport()
    _send(viewport, QEvent.Type.MouseButtonRelease, view.mapFromScene(at), LEFT,
          Qt.MouseButton.NoButton)  # fmt: skip


def drag(view, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press at a scene point, move in steps with the button held, release at another."""
    press_and_move(view, start, end, steps)
    release(view, end)


def click(view, at: QPointF) -> None:
    """A left click at a scene point."""
    viewport = view.viewport()
    p = view.mapFromScene(at)
    _send(viewport, QEvent.Type.MouseButtonPress, p, LEFT, LEFT)
    _send(viewport, QEvent.Type.MouseButtonRelease, p, LEFT, Qt.MouseButton.NoButton)


def double_click(view, at: QPointF) -> None:
    """A left double-click at a scene point."""
    viewport = view.viewport()
    p = view.mapFromScene(at)
    click(view, at)
    _send(viewport, QEvent.Type.MouseButtonDblClick, p, LEFT, LEFT)
    _send(viewport, QEvent.Type.MouseButtonRelease, p, LEFT, Qt.MouseButton.NoButton)


def emotion_legend(qtbot, window) -> tuple[object, list[str]]:
    """Bring the charts dock to the front as a person does, draw the emotion curve, and
    return its axes and the legend's labels."""
    window.charts_dock.show()
    window.charts_dock.raise_()
    charts = window.charts
    qtbot.waitUntil(lambda: bool(charts.figures))
    charts.setCurrentIndex(0)
    charts.redraw()
    (axes,) = charts.figures["emotion"].axes
    return axes, [t.get_text() for t in axes.get_legend().get_texts()]


def write_note_about(qtbot, notes_about, text: str) -> None:
    """Press a touchpoint inspector's "Add pain point" (or opportunity) button, type the
    note into the new row and press Enter; returns once the note is written."""
    stack = notes_about.editor.undo_stack
    before = stack.count()
    qtbot.mouseClick(notes_about.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    box = QApplication.focusWidget()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stack.count() == before + 1)


def right_click(view, at: QPointF) -> None:
    """Move the mouse to a scene point and click the right button there, through the
    window as the windowing system sends it: only that route makes the context menu Qt
    derives from the press (QTest on the viewport itself delivers the press alone)."""
    viewport = view.viewport()
    top = viewport.window()
    where = viewport.mapTo(top, view.mapFromScene(at))
    QTest.mouseMove(top.windowHandle(), where)
    QTest.mouseClick(top.windowHandle(), Qt.MouseButton.RightButton, pos=where)


def click_menu_entry(menu, action) -> None:
    """Click an entry of a popup menu through its window, as the windowing system sends a
    click (a click sent to the menu widget itself leaves Qt believing the button is still
    down there, and the next right-click's menu request goes to that menu)."""
    QTest.mouseClick(menu.windowHandle(), LEFT, pos=menu.actionGeometry(action).center())

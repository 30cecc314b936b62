"""The journey's lanes in the inspector: each lane a row with a check box that shows or
hides it, its name to edit in place, and buttons that add a lane below it, move it up or
down, or delete it with its notes. Every change is one undo step; the list follows undo,
redo and every other edit through the editor's ``changed`` signal. The lane header's
context menu on the map does the same through the functions and the menu of kinds here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import SetFields
from journeymap.model.entities import Journey, Lane
from journeymap.model.lanes import RemoveLane, ShowLane, add_lane, move_lane
from journeymap.model.vocabulary import LANE_KINDS
from journeymap.ui import fields
from journeymap.ui.accelerators import with_accelerator
from journeymap.ui.editor import Editor


def tr(text: str) -> str:
    """Translate a user-visible text of the lane list."""
    return QCoreApplication.translate("LaneList", text)


def kinds_menu(journey: Journey, after_id: str | None, editor: Editor, parent: QWidget) -> QMenu:
    """A menu of the lane kinds; choosing one adds such a lane below ``after_id`` (at the
    bottom without one). A journey has one touchpoint lane, so that kind is offered only
    to a journey without it."""
    menu = QMenu(parent)
    has_graph = any(lane.kind == "touchpoints" for lane in journey.lanes)
    taken: set[str] = set()
    for kind in LANE_KINDS:
        if kind == "touchpoints" and has_graph:
            continue
        action = menu.addAction(with_accelerator(tr(LANE_KINDS[kind][0]), taken))
        action.triggered.connect(
            lambda _=False, k=kind: editor.push(add_lane(journey, k, after_id))
        )
    return menu


def show_lane(editor: Editor, lane_id: str, visible: bool) -> bool:
    """Show or hide a lane in one step (hiding the only touchpoint lane is refused)."""
    return editor.push(ShowLane(lane_id, visible))


def rename_lane(editor: Editor, lane_id: str, name: str) -> bool:
    """Give a lane a new name in one step; a blank name is refused (False), and so is the
    name it has (no step)."""
    if not name.strip():
        return False
    if editor.doc.get(lane_id).name == name:
        return True
    return editor.push(SetFields(lane_id, {"name": name}))


def move_lane_by(editor: Editor, lane_id: str, steps: int) -> None:
    """Move a lane up (negative steps) or down, in one step."""
    journey = editor.doc.journey_of(lane_id)
    if journey is not None:
        editor.push(move_lane(journey, lane_id, steps))


def delete_lane(editor: Editor, lane_id: str) -> None:
    """Delete a lane with its notes, in one step (refused for the only touchpoint lane)."""
    editor.push(RemoveLane(lane_id))


def _tool_button(text: str, tip: str, action: Any = None) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    # a click keeps the focus on the button, so a lane is moved on by pressing Space
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if action is not None:
        button.clicked.connect(action)
    return button


class LaneRow(QWidget):
    """One lane: shown or hidden, its name, and the buttons that add, move or delete."""

    def __init__(self, editor: Editor, journey: Journey, lane: Lane) -> None:
        super().__init__()
        self.editor, self.lane_id = editor, lane.id
        self.visible_flag = fields.flag("visible", self._commit, "")
        self.visible_flag.widget.setToolTip(tr("Show this lane on the map"))
        self.visible_flag.widget.setAccessibleName(tr("Show lane"))
        self.name_field = fields.text_line("name", self._commit)
        self.name_field.widget.setToolTip(tr("The lane's name; Enter saves it"))
        self.name_field.widget.setAccessibleName(tr("Lane name"))
        self.add_button = _tool_button("+", tr("Add a lane below this one"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setMenu(kinds_menu(journey, lane.id, editor, self.add_button))
        self.up_button = _tool_button(
            "▲", tr("Move the lane up"), lambda: move_lane_by(editor, lane.id, -1)
        )
        self.down_button = _tool_button(
            "▼", tr("Move the lane down"), lambda: move_lane_by(editor, lane.id, 1)
        )
        self.delete_button = _tool_button(
            "✕", tr("Delete the lane and its notes"), lambda: delete_lane(editor, lane.id)
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.visible_flag.widget)
        row.addWidget(self.name_field.widget, 1)
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            row.addWidget(button)
        self.visible_flag.show(lane.visible)
        self.name_field.show(lane.name)

    def _lane(self) -> Lane:
        return self.editor.doc.get(self.lane_id)

    def _commit(self, field: str, value: Any) -> bool:
        """Push a new name or visibility; a refused one (the only touchpoint lane hidden,
        a blank name) shows the lane as it is again."""
        if field == "visible":
            ok = show_lane(self.editor, self.lane_id, value)
        else:
            ok = rename_lane(self.editor, self.lane_id, value)
        if not ok:
            (self.visible_flag if field == "visible" else self.name_field).show(
                getattr(self._lane(), field)
            )
        return ok


class LaneList(QWidget):
    """The lanes of one journey, top to bottom, and a button to add one at the bottom."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.journey_id = ""
        self.rows: dict[str, LaneRow] = {}
        self._shown: list[tuple[str, str, bool]] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QToolButton()
        self.add_button.setText(tr("Add lane"))
        self.add_button.setToolTip(tr("Add a lane at the bottom of the map"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.rows_box)
        outer.addWidget(self.add_button)
        editor.changed.connect(self._on_change)

    def show_journey(self, journey: Journey) -> None:
        """Show this journey's lanes; rows are only rebuilt when the lanes changed, so a
        name being typed or the focus on a button stay where they are."""
        shown = [(lane.id, lane.name, lane.visible) for lane in journey.lanes]
        if journey.id == self.journey_id and shown == self._shown:
            return
        focus = self._focused_part()
        self.journey_id, self._shown = journey.id, shown
        for row in self.rows.values():
            row.hide()
            row.deleteLater()
        self.rows = {}
        for index, lane in enumerate(journey.lanes):
            row = LaneRow(self.editor, journey, lane)
            row.up_button.setEnabled(index > 0)
            row.down_button.setEnabled(index < len(journey.lanes) - 1)
            self.rows_box.addWidget(row)
            self.rows[lane.id] = row
        old_menu = self.add_button.menu()
        self.add_button.setMenu(kinds_menu(journey, None, self.editor, self.add_button))
        if old_menu is not None:
            old_menu.deleteLater()
        self._restore_focus(focus)

    def _focused_part(self) -> tuple[str, str] | None:
        """Which lane's which widget has the focus (a button just pressed), if any."""
        focus = QApplication.focusWidget()
        for lane_id, row in self.rows.items():
            for part, widget in _parts(row).items():
                if widget is focus:
                    return lane_id, part
        return None

    def _restore_focus(self, focus: tuple[str, str] | None) -> None:
        """Give the focus back to the same part of the same lane (moved, say); to the
        other move button when the lane reached an end."""
        if focus is None or focus[0] not in self.rows:
            return
        parts = _parts(self.rows[focus[0]])
        widget = parts[focus[1]]
        if not widget.isEnabled():
            widget = parts["down" if focus[1] == "up" else "up"]
        widget.setFocus()

    def _on_change(self, event: Any) -> None:
        if (event.kind == "lane" or event.action == "reset") and self.journey_id in self.editor.doc:
            self.show_journey(self.editor.doc.journey(self.journey_id))


def _parts(row: LaneRow) -> dict[str, QWidget]:
    """The widgets of a row that can hold the focus, by what they do."""
    return {
        "visible": row.visible_flag.widget,
        "name": row.name_field.widget,
        "add": row.add_button,
        "up": row.up_button,
        "down": row.down_button,
        "delete": row.delete_button,
    }

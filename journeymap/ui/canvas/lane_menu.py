"""The context menu of a lane's name on the map: rename, hide, move, delete the lane, add
one below it and show the hidden ones again. Each entry is one undo step, done by the same
functions as the journey's lane list in the inspector."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from journeymap.model.lanes import only_touchpoint_lane, steps_past_hidden
from journeymap.model.messages import Message, message
from journeymap.ui.accelerators import with_accelerator
from journeymap.ui.canvas.lanes import lane_title
from journeymap.ui.editor import Editor
from journeymap.ui.lane_list import delete_lane, kinds_menu, move_lane_by, show_lane
from journeymap.ui.messages import render


def tr(text: str) -> str:
    """Translate a user-visible text of the lane menu."""
    return QCoreApplication.translate("LaneMenu", text)


def lane_menu(
    editor: Editor, lane_id: str, rename: Callable[[str], None], parent: QWidget
) -> QMenu:
    """The menu of one lane on the map; ``rename`` starts editing its name in place."""
    doc = editor.doc
    journey = doc.journey_of(lane_id)
    assert journey is not None
    lane = doc.get(lane_id)
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)  # a greyed-out entry says why
    menu.addAction(tr("&Rename…"), lambda: rename(lane_id))
    hide = menu.addAction(tr("&Hide lane"), lambda: show_lane(editor, lane_id, False))
    if only_touchpoint_lane(doc, lane_id, visible_only=True):
        _refuse(hide, message("lane.show_touchpoints", name=lane.name))
    for text, direction in ((tr("Move &up"), -1), (tr("Move do&wn"), 1)):
        steps = steps_past_hidden(journey, lane_id, direction)
        action = menu.addAction(text, lambda _=False, s=steps: move_lane_by(editor, lane_id, s))
        action.setEnabled(steps is not None)
    menu.addSeparator()
    add = kinds_menu(journey, lane_id, editor, menu)
    add.setTitle(tr("&Add lane below"))
    menu.addMenu(add)
    hidden = QMenu(tr("&Show hidden lanes"), menu)
    taken: set[str] = set()
    for other in journey.lanes:
        if not other.visible:
            hidden.addAction(
                with_accelerator(lane_title(other, journey.language), taken),
                lambda _=False, o=other.id: show_lane(editor, o, True),
            )
    hidden.setEnabled(not hidden.isEmpty())
    menu.addMenu(hidden)
    menu.addSeparator()
    delete = menu.addAction(tr("&Delete lane"), lambda: delete_lane(editor, lane_id))
    if only_touchpoint_lane(doc, lane_id, visible_only=False):
        _refuse(delete, message("lane.keep_touchpoints", name=lane.name))
    return menu


def _refuse(action: QAction, reason: Message) -> None:
    """Grey an entry out and say why, as its tooltip and in the status bar."""
    action.setEnabled(False)
    action.setToolTip(render(reason))
    action.setStatusTip(render(reason))

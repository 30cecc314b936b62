"""Editing an arrow in place: a small box at its label with the transition's label and
share, opened by Enter, F2 or a double-click on the arrow. Enter keeps both as one undo
step, Esc drops the edit, Tab goes from one field to the other."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QHBoxLayout, QWidget

from journeymap.model.commands import SetFields
from journeymap.ui import fields
from journeymap.ui.canvas.items import ArrowItem
from journeymap.ui.editor import Editor

BOX_WIDTH, BOX_HEIGHT = 300, 34


def tr(text: str) -> str:
    """Translate a user-visible text of the canvas."""
    return QCoreApplication.translate("Canvas", text)


def where_to_edit(arrow: ArrowItem) -> QRectF:
    """The scene rectangle the box covers: the arrow's label, else the middle of the arrow."""
    label = arrow.label_item.label_rect()
    if not label.isEmpty():
        return label
    middle = arrow.point_at(0.5)
    return QRectF(middle.x() - 20, middle.y() - 10, 40, 20)


class ArrowBox(QFrame):
    """The label and the share of one transition, side by side, over the map."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.pending: dict[str, Any] = {}  # the changed fields, gathered for one step
        self.label = fields.text_line("label", self._gather)
        self.label.widget.setPlaceholderText(tr("Label"))
        self.label.widget.setAccessibleName(tr("Label of the transition"))
        self.share = fields.optional_number(
            "share", self._gather, 0.0, 100.0, tr("share unknown"), decimals=1, step=5.0,
            shown_per_unit=100.0, suffix=" %",
        )  # fmt: skip
        self.share.widget.setAccessibleName(tr("Share of customers, in percent"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.label.widget, 3)
        layout.addWidget(self.share.widget, 2)

    def _gather(self, field: str, value: Any) -> bool:
        self.pending[field] = value
        return True

    def changes(self) -> dict[str, Any]:
        """What the user changed in either field."""
        self.label.finished()
        self.share.finished()
        return self.pending

    def contains_focus(self) -> bool:
        """Whether the keyboard focus is in the box."""
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)


class ArrowEntry(QObject):
    """Opens the box on an arrow and turns what the user typed into one command."""

    def __init__(self, editor: Editor, view: QGraphicsView) -> None:
        super().__init__(view)
        self.editor = editor
        self.view = view
        self.box: ArrowBox | None = None
        self.transition_id = ""  # the transition the box edits

    def edit(self, arrow: ArrowItem) -> None:
        """Edit this arrow's label and share in place."""
        self.stop()
        transition = self.editor.doc.get(arrow.object_id)
        rect = where_to_edit(arrow)
        self.view.ensureVisible(rect, 40, 40)
        centre = self.view.mapFromScene(rect.center())
        box = ArrowBox(self.view.viewport())
        box.label.show(transition.label)
        box.share.show(transition.share)
        box.setGeometry(centre.x() - BOX_WIDTH // 2, centre.y() - BOX_HEIGHT // 2,
                        BOX_WIDTH, BOX_HEIGHT)  # fmt: skip
        for widget in (box.label.widget, box.share.widget):
            widget.installEventFilter(self)
        box.show()
        box.label.widget.setFocus()
        box.label.widget.selectAll()
        self.box, self.transition_id = box, arrow.object_id
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.box is None or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.stop()
        elif key in fields.ENTER_KEYS:
            self.keep()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            other = self.box.share if watched is self.box.label.widget else self.box.label
            other.widget.setFocus()
        else:
            return False
        return True  # none of these keys goes on to the map, whose Enter would edit again

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # a click elsewhere keeps the edit, as leaving a name being edited does
        if self.box is not None and not self.box.contains_focus():
            self.keep(refocus=False)

    def keep(self, refocus: bool = True) -> None:
        """Close the box, pushing what changed as one step (none when nothing did)."""
        box, transition_id = self.box, self.transition_id
        if box is None:
            return
        changes = box.changes()
        self.stop(refocus)
        if changes and transition_id in self.editor.doc:
            self.editor.push(SetFields(transition_id, changes))  # "Change the share of …"

    def stop(self, refocus: bool = True) -> None:
        """Close the box without keeping what it holds."""
        if self.box is None:
            return
        QApplication.instance().focusChanged.disconnect(self._focus_moved)
        box, self.box = self.box, None
        box.hide()
        box.deleteLater()
        if refocus:
            self.view.setFocus()

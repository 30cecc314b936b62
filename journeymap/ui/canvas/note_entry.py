"""Quick entry of sticky notes, as a workshop writes them: a box where the next note of a
cell goes; Enter keeps the note and opens the next one in the same cell, Esc stops."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from journeymap.model.commands import AddObject, SetFields
from journeymap.model.entities import Note
from journeymap.model.notes import end_of_cell
from journeymap.ui.canvas.scene import JourneyScene
from journeymap.ui.editor import Editor


class NoteBox(QLineEdit):
    """An in-place editor on the map (a note's text, a name): Enter keeps it, Esc drops it.
    Neither key goes on to the map, whose Enter would open the editor again."""

    #: Esc was pressed: the text is not kept.
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # a QLineEdit passes Enter on to its parent, the map


class NoteEntry:
    """Writes new notes into a cell, one after another, or edits one note's text."""

    def __init__(self, editor: Editor, view: QGraphicsView) -> None:
        self.editor = editor
        self.view = view
        self.box: NoteBox | None = None

    def write_new(self, scene: JourneyScene, lane_id: str, stage_id: str, typed: str = "") -> None:
        """Open a box where the cell's next note goes (holding what was ``typed`` to open
        it); Enter adds the note last in the cell (one undo step) and opens the box for
        the next one."""
        rect = scene.next_note_rect(lane_id, stage_id)
        journey = self.editor.journey
        if rect is None or journey is None:
            return

        def keep(text: str, go_on: bool) -> None:
            if text and lane_id in self.editor.doc and stage_id in self.editor.doc:
                note = Note(lane_id, stage_id, text)
                index = end_of_cell(journey, lane_id, stage_id)
                if self.editor.push(AddObject(note, journey.id, index)) and go_on:
                    self.write_new(scene, lane_id, stage_id)

        self._open(rect, typed, keep)

    def edit(self, scene: JourneyScene, note_id: str) -> None:
        """Edit a note's text in place; Enter or leaving the box keeps a changed text."""
        rect = scene.item_rect(note_id)
        if rect is None or note_id not in self.editor.doc:
            return

        def keep(text: str, _go_on: bool) -> None:
            if text and note_id in self.editor.doc and self.editor.doc.get(note_id).text != text:
                self.editor.push(SetFields(note_id, {"text": text}))  # "Change the note ‘X’"

        self._open(rect, self.editor.doc.get(note_id).text, keep, keep_text=True)

    def _open(
        self, rect: QRectF, text: str, keep: Callable[[str, bool], None], keep_text: bool = False
    ) -> None:
        self.stop()
        self.view.ensureVisible(rect, 20, 20)  # the next note of a long cell may lie below
        top_left = self.view.mapFromScene(rect.topLeft())
        width = int(rect.width() * self.view.transform().m11())
        box = NoteBox(text, self.view.viewport())
        box.setGeometry(top_left.x(), top_left.y(), max(160, width), 30)
        box.selectAll()
        if text and not keep_text:
            box.deselect()  # typed into a chosen cell: go on typing after it
        box.show()
        box.setFocus()
        self.box = box

        def finish(go_on: bool) -> None:
            if self.box is box:  # Enter also ends the editing: act once
                self.stop()
                keep(box.text().strip(), go_on)

        box.returnPressed.connect(lambda: finish(True))
        box.editingFinished.connect(lambda: finish(False))  # the box lost the focus
        box.cancelled.connect(self.stop)

    def stop(self) -> None:
        """Close the box without keeping what it holds."""
        if self.box is not None:
            box, self.box = self.box, None
            box.hide()
            box.deleteLater()
            self.view.setFocus()

"""The pain points (or opportunities) noted about one touchpoint, in its inspector: a list of
the linked notes of that lane, each edited in place, with buttons that write a new one
(under the touchpoint's stage, linked to it) and delete the chosen one. The notes are the
same ones the map shows in the lane; every change is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import RemoveObject, SetFields
from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.notes import add_note_about, notes_about
from journeymap.ui.editor import Editor

#: Where an item keeps its note's id (None: a new note being written).
NOTE_ID = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    """Translate a user-visible text of the notes about a touchpoint."""
    return QCoreApplication.translate("NotesAbout", text)


class NotesAbout(QWidget):
    """The notes of one lane kind linked to the shown touchpoint."""

    def __init__(self, editor: Editor, kind: str, add_label: str, remove_label: str) -> None:
        super().__init__()
        self.editor = editor
        self.kind = kind
        self.touchpoint_id = ""
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # The list is rebuilt when the document changes, so an edit is kept, and the notes
        # shown again (an edit left with Esc, a new note left empty), only once the list
        # has finished with the item being edited.
        self.notes.itemChanged.connect(self._edited)
        self.notes.itemDelegate().closeEditor.connect(
            lambda *_: QTimer.singleShot(0, self._show_notes)
        )
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self._write_new)
        self.remove_button = QPushButton(remove_label)
        self.remove_button.clicked.connect(self._remove_chosen)
        self.notes.currentItemChanged.connect(lambda *_: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notes)
        column.addLayout(buttons)

    def show_touchpoint(self, touchpoint: Touchpoint) -> None:
        """List the notes about this touchpoint."""
        self.touchpoint_id = touchpoint.id
        self._show_notes()

    def _journey_and_touchpoint(self) -> tuple[Journey, Touchpoint] | None:
        if self.touchpoint_id not in self.editor.doc:
            return None
        journey = self.editor.doc.journey_of(self.touchpoint_id)
        assert journey is not None
        return journey, self.editor.doc.get(self.touchpoint_id)

    def _show_notes(self) -> None:
        found = self._journey_and_touchpoint()
        self.notes.blockSignals(True)
        self.notes.clear()
        for note in notes_about(found[0], self.touchpoint_id, self.kind) if found else []:
            item = QListWidgetItem(note.text)
            item.setData(NOTE_ID, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.notes.addItem(item)
        self.notes.blockSignals(False)
        # a short list stays short: as tall as its notes, two rows at least
        rows = max(2, self.notes.count())
        self.notes.setFixedHeight(min(8, rows) * self.notes.fontMetrics().height() * 2 + 6)
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.notes.currentItem() is not None)

    def _write_new(self) -> None:
        """A new row to type the note into; Enter writes it, Esc or nothing typed not."""
        item = QListWidgetItem("")
        item.setData(NOTE_ID, None)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.notes.blockSignals(True)
        self.notes.addItem(item)
        self.notes.blockSignals(False)
        self.notes.setCurrentItem(item)
        self.notes.setFocus()
        self.notes.editItem(item)

    def _edited(self, item: QListWidgetItem) -> None:
        note_id, typed = item.data(NOTE_ID), item.text()
        QTimer.singleShot(0, lambda: self._keep(note_id, typed))

    def _keep(self, note_id: str | None, typed: str) -> None:
        """Write what was typed into a row: a new note, a changed one, or none (emptied)."""
        found = self._journey_and_touchpoint()
        text = typed.strip()
        if found is None or (note_id is None and not text):
            return
        if note_id is None:
            self.editor.push(add_note_about(*found, self.kind, text))
        elif not text:  # emptied: the note goes, as Del does on the map
            self.editor.push(RemoveObject(note_id))
        elif note_id in self.editor.doc and text != self.editor.doc.get(note_id).text:
            self.editor.push(SetFields(note_id, {"text": text}))

    def _remove_chosen(self) -> None:
        item = self.notes.currentItem()
        if item is not None and item.data(NOTE_ID) in self.editor.doc:
            self.editor.push(RemoveObject(item.data(NOTE_ID)))

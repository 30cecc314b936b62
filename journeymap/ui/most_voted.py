"""The most voted notes of the journey on show, for the facilitator to walk the room
through the results of a dot vote: votes, lane, stage and note, most votes first. A row
picked selects its note on the map."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from journeymap.model.events import Event
from journeymap.ui.editor import Editor
from journeymap.ui.numbers import whole


def tr(text: str) -> str:
    """Translate a user-visible text of the most voted list."""
    return QCoreApplication.translate("MostVoted", text)


class MostVoted(QDialog):
    """A table of the journey's voted notes that follows every vote and undo."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Most voted notes"))
        self.resize(640, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Votes"), tr("Lane"), tr("Stage"), tr("Note")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._picked)
        QVBoxLayout(self).addWidget(self.table)
        editor.changed.connect(self._on_change)
        editor.journey_switched.connect(self.fill)
        self.fill()

    def note_ids(self) -> list[str]:
        """The notes listed, row by row."""
        rows = range(self.table.rowCount())
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def fill(self, *_: object) -> None:
        """List the voted notes, most votes first, then in the map's lane and stage order."""
        journey = self.editor.journey
        notes = [n for n in journey.notes if n.votes] if journey else []
        lanes = {lane.id: (i, lane.name) for i, lane in enumerate(journey.lanes)} if journey else {}
        stages = {s.id: (i, s.name) for i, s in enumerate(journey.stages)} if journey else {}
        notes.sort(key=lambda n: (-n.votes, lanes[n.lane_id][0], stages[n.stage_id][0]))
        self.table.blockSignals(True)
        self.table.setRowCount(len(notes))
        for row, note in enumerate(notes):
            texts = (whole(note.votes), lanes[note.lane_id][1], stages[note.stage_id][1], note.text)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, note.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _on_change(self, event: Event) -> None:
        if event.kind in ("note", "lane", "stage", "journey") or event.action == "reset":
            self.fill()

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.editor.select([self.note_ids()[rows[0].row()]])

    def done(self, result: int) -> None:
        # Closed: stop following the editor before Qt deletes the dialog.
        self.editor.changed.disconnect(self._on_change)
        self.editor.journey_switched.disconnect(self.fill)
        super().done(result)

"""The journeys dock: add, rename, duplicate, delete and switch between journeys."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.clipboard import duplicate_journey
from journeymap.model.commands import AddObject, RemoveObject, SetFields
from journeymap.model.starter import blank_journey
from journeymap.ui.editor import Editor


def tr(text: str) -> str:
    """Translate a user-visible text of the journeys dock."""
    return QCoreApplication.translate("Journeys", text)


def journey_label(journey) -> str:
    """A journey's name, with its state added unless the name already says it, in either
    language ("Installation (Ist)" stays as it is)."""
    words = {journey.state, tr(journey.state)}
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", journey.name, re.I) for w in words):
        return journey.name
    return f"{journey.name} ({tr(journey.state)})"


def duplicate_as_next_state(editor: Editor, journey_id: str) -> str | None:
    """Copy a journey: an as-is journey becomes a to-be copy; returns the new id."""
    source = editor.doc.journey(journey_id)
    state = "to-be" if source.state == "as-is" else source.state
    suffix = tr("(to-be)") if state == "to-be" and source.state == "as-is" else tr("(copy)")
    copy = duplicate_journey(source, state, f"{source.name} {suffix}")
    index = editor.doc.journeys.index(source) + 1
    return copy.id if editor.push(AddObject(copy, index=index)) else None


class JourneyList(QWidget):
    """A list of the document's journeys with buttons; clicking one shows it."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Journeys"))
        self.list.setAccessibleDescription(tr("Click a journey to show it; F2 renames it"))
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed
        )
        buttons = QHBoxLayout()
        for text, tip, slot in (
            (tr("Add"), tr("Add a new journey"), self.add),
            (
                tr("Duplicate"),
                tr("Copy the journey; an as-is journey becomes a to-be copy"),
                self.duplicate,
            ),
            (tr("Delete"), tr("Delete the journey (undo brings it back)"), self.delete),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._switch)
        self.list.itemChanged.connect(self._renamed)
        editor.document_replaced.connect(self.refresh)
        editor.journey_switched.connect(self.refresh)
        editor.changed.connect(self._on_change)
        self.refresh()

    def refresh(self, *_: Any) -> None:
        """List the journeys again, marking the one on show."""
        self.list.blockSignals(True)
        self.list.clear()
        for journey in self.editor.doc.journeys:
            item = QListWidgetItem(journey.name)
            item.setData(Qt.ItemDataRole.UserRole, journey.id)
            item.setToolTip(tr("{} journey · double-click to rename").format(tr(journey.state)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if journey.id == self.editor.journey_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _on_change(self, event: Any) -> None:
        if event.kind == "journey" or event.action == "reset":
            self.refresh()

    def _switch(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.editor.switch_journey(item.data(Qt.ItemDataRole.UserRole))

    def _renamed(self, item: QListWidgetItem) -> None:
        journey_id = item.data(Qt.ItemDataRole.UserRole)
        name = item.text().strip()
        if name and name != self.editor.doc.journey(journey_id).name:
            self.editor.push(SetFields(journey_id, {"name": name}))  # "Rename ‘A’ to ‘B’"
        else:
            self.refresh()

    def add(self) -> None:
        """Add a journey with the default stages, in the language of the one on show."""
        current = self.editor.journey
        language = current.language if current else "en"
        persona = current.persona_id if current else None
        journey = blank_journey(language, persona)
        if self.editor.push(AddObject(journey)):
            self.editor.switch_journey(journey.id)

    def duplicate(self) -> None:
        """Duplicate the journey on show."""
        if self.editor.journey_id:
            new = duplicate_as_next_state(self.editor, self.editor.journey_id)
            if new:
                self.editor.switch_journey(new)

    def delete(self) -> None:
        """Delete the journey on show."""
        if self.editor.journey_id:
            self.editor.push(RemoveObject(self.editor.journey_id))

"""The persona editor: add, rename, describe and delete the document's personas.

Every change is one undo step through the model's commands, and the editor follows the
document's events, so undo, the journey's persona choice and this list stay in step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import AddObject, Macro, RemoveObject, SetFields
from journeymap.model.entities import Persona
from journeymap.model.events import Event
from journeymap.ui import fields
from journeymap.ui.editor import Editor


def tr(text: str) -> str:
    """Translate a user-visible text of the persona editor."""
    return QCoreApplication.translate("Personas", text)


class PersonaEditor(QDialog):
    """The list of personas, a field to add one, and the chosen one's name and
    description."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened with open()
        self.setWindowTitle(tr("Personas"))
        self.resize(520, 460)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("Name of a new persona, then Enter"))
        self.new_name.returnPressed.connect(self.add_persona)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.clicked.connect(self.add_persona)
        self.persona_list = QListWidget()
        self.persona_list.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.labels = {"name": tr("Name"), "description": tr("Description")}
        self.name_field = fields.text_line("name", self._commit)
        self.description_field = fields.text_block("description", self._commit)
        self.delete_button = QPushButton(tr("Delete persona"))
        self.delete_button.clicked.connect(self.delete_persona)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.add_button, self.delete_button, *buttons.buttons()):
            button.setAutoDefault(False)  # Enter in a field saves it; it never closes this
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(self.labels["name"], self.name_field.widget)
        form.addRow(self.labels["description"], self.description_field.widget)
        layout = QVBoxLayout(self)
        layout.addLayout(adding)
        layout.addWidget(self.persona_list, 1)
        layout.addLayout(form)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        editor.changed.connect(self._on_change)
        editor.document_replaced.connect(self.reject)
        self._fill()

    def chosen(self) -> Persona | None:
        """The persona chosen in the list, or None."""
        item = self.persona_list.currentItem()
        persona_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.editor.doc.get(persona_id) if persona_id in self.editor.doc else None

    def add_persona(self) -> None:
        """Add a persona with the typed name (one undo step) and choose it."""
        name = self.new_name.text().strip()
        if not name:
            return
        persona = Persona(name)
        step = Macro(tr("Add persona ‘{}’").format(name), [AddObject(persona)])
        if self.editor.push(step):
            self.new_name.clear()
            self._choose(persona.id)

    def delete_persona(self) -> None:
        """Delete the chosen persona; journeys that named it keep no persona (one step)."""
        persona = self.chosen()
        if persona is not None:
            text = tr("Delete persona ‘{}’").format(persona.name)
            self.editor.push(Macro(text, [RemoveObject(persona.id)]))

    def done(self, result: int) -> None:
        # Closed: stop following the document before Qt deletes the dialog.
        self.editor.changed.disconnect(self._on_change)
        self.editor.document_replaced.disconnect(self.reject)
        super().done(result)

    def _commit(self, field: str, value: Any) -> bool:
        persona = self.chosen()
        if persona is None:
            return False
        return self.editor.push(SetFields(persona.id, {field: value}))  # the model names it

    def _on_change(self, event: Event) -> None:
        if event.kind == "persona" or event.action == "reset":
            self._fill()

    def _fill(self) -> None:
        """List the personas again, keeping the chosen one when it is still there."""
        chosen = self.chosen()
        self.persona_list.blockSignals(True)
        self.persona_list.clear()
        for persona in self.editor.doc.personas:
            item = QListWidgetItem(persona.name or tr("(no name)"))
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            self.persona_list.addItem(item)
        self.persona_list.blockSignals(False)
        self._choose(chosen.id if chosen is not None else None)

    def _choose(self, persona_id: str | None) -> None:
        for row in range(self.persona_list.count()):
            if self.persona_list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.persona_list.setCurrentRow(row)
                break
        else:
            self.persona_list.setCurrentRow(0 if self.persona_list.count() else -1)
        self._show_chosen()

    def _show_chosen(self) -> None:
        persona = self.chosen()
        for binding in (self.name_field, self.description_field):
            binding.widget.setEnabled(persona is not None)
            binding.show(getattr(persona, binding.field, ""))
        self.delete_button.setEnabled(persona is not None)

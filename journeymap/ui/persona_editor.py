"""The persona editor: add, rename, describe and delete the document's personas, with
their quote, goals, needs, frustrations and picture.

Every change is one undo step through the model's commands, and the editor follows the
document's events, so undo, the journey's persona choice and this list stay in step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.commands import AddObject, Macro, RemoveObject, SetFields
from journeymap.model.entities import Persona
from journeymap.model.events import Event
from journeymap.model.validation import MAX_PICTURE_BYTES, PICTURE_SIGNATURES
from journeymap.ui import fields, numbers
from journeymap.ui.editor import Editor
from journeymap.ui.file_dialogs import ask_open_path


def tr(text: str) -> str:
    """Translate a user-visible text of the persona editor."""
    return QCoreApplication.translate("Personas", text)


#: The persona's texts, in the order the editor shows them; the quote is one line.
TEXT_FIELDS = ("name", "description", "quote", "goals", "needs", "frustrations")
PREVIEW = 96


class PersonaEditor(QDialog):
    """The list of personas, a field to add one, and the chosen one in full: name,
    description, quote, goals, needs, frustrations and picture."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened with open()
        self.setWindowTitle(tr("Personas"))
        self.resize(620, 720)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("Name of a new persona, then Enter"))
        self.new_name.returnPressed.connect(self.add_persona)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.clicked.connect(self.add_persona)
        self.persona_list = QListWidget()
        self.persona_list.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.labels = {
            "name": tr("Name"),
            "description": tr("Description"),
            "quote": tr("Quote"),
            "goals": tr("Goals"),
            "needs": tr("Needs"),
            "frustrations": tr("Frustrations"),
        }
        self.texts = {
            name: (fields.text_line if name in ("name", "quote") else fields.text_block)(
                name, self._commit
            )
            for name in TEXT_FIELDS
        }
        self.texts["quote"].widget.setPlaceholderText(tr("What they would say, in their words"))
        self.picture_view = QLabel()
        self.picture_view.setFixedSize(PREVIEW, PREVIEW)
        self.picture_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_picture = QPushButton(tr("Choose picture…"))
        self.choose_picture.clicked.connect(self.pick_picture)
        self.remove_picture = QPushButton(tr("Remove picture"))
        self.remove_picture.clicked.connect(lambda: self._commit("picture", b""))
        self.delete_button = QPushButton(tr("Delete persona"))
        self.delete_button.clicked.connect(self.delete_persona)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        picture_buttons = (self.choose_picture, self.remove_picture)
        for button in (self.add_button, self.delete_button, *picture_buttons, *buttons.buttons()):
            button.setAutoDefault(False)  # Enter in a field saves it; it never closes this
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        form = QFormLayout()
        for name, binding in self.texts.items():
            form.addRow(self.labels[name], binding.widget)
        picture = QHBoxLayout()
        picture.addWidget(self.picture_view)
        choices = QVBoxLayout()
        choices.addWidget(self.choose_picture)
        choices.addWidget(self.remove_picture)
        choices.addStretch(1)
        picture.addLayout(choices)
        picture.addStretch(1)
        form.addRow(tr("Picture"), picture)
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

    def pick_picture(self) -> None:
        """Ask for a PNG or JPEG file and make it the chosen persona's picture (one undo
        step); a file too large or not a picture gets a message naming it."""
        if self.chosen() is None:
            return
        pictures = tr("Pictures (*.png *.jpg *.jpeg)")
        path = ask_open_path(self, tr("Choose a picture"), Path.home(), pictures)
        if path is None:
            return
        data, problem = read_picture(path)
        if problem:
            QMessageBox.warning(self, tr("Cannot use this picture"), problem)
            return
        self._commit("picture", data)

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
        for binding in self.texts.values():
            binding.widget.setEnabled(persona is not None)
            binding.show(getattr(persona, binding.field, ""))
        picture = persona.picture if persona is not None else b""
        image = QImage.fromData(picture) if picture else QImage()
        if image.isNull():
            self.picture_view.setPixmap(QPixmap())
            self.picture_view.setText(tr("No picture"))
        else:
            shown = image.scaled(PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            self.picture_view.setPixmap(QPixmap.fromImage(shown))
        for button in (self.delete_button, self.choose_picture):
            button.setEnabled(persona is not None)
        self.remove_picture.setEnabled(bool(picture))


def read_picture(path: Path) -> tuple[bytes, str]:
    """A picture file's bytes, or a message naming the file and what is wrong with it:
    larger than 2 MB, unreadable, or not a PNG or JPEG that can be shown."""
    try:
        size = path.stat().st_size
        if size > MAX_PICTURE_BYTES:
            megabytes = numbers.whole(MAX_PICTURE_BYTES // (1024 * 1024))
            return b"", tr(
                "“{}” is {} bytes; a persona's picture may be at most {} bytes ({} MB)."
            ).format(path.name, numbers.whole(size), numbers.whole(MAX_PICTURE_BYTES), megabytes)
        data = path.read_bytes()
    except OSError as error:
        return b"", tr("“{}” cannot be read: {}").format(path.name, error.strerror or error)
    signed = any(data.startswith(s) for s in PICTURE_SIGNATURES.values())
    if not signed or QImage.fromData(data).isNull():
        return b"", tr("“{}” is not a PNG or JPEG picture.").format(path.name)
    return data, ""

"""The question a save asks when the file changed on disk since it was opened.

Another program, a second window or a `journeymap import-survey` run may have written the
file meanwhile. Overwriting it silently would lose their work, refusing would lose ours:
the person chooses to save a copy, to compare the two first, or to replace the file.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    """Translate a user-visible text of the save-conflict question."""
    return QCoreApplication.translate("SaveConflict", text)


class Choice(Enum):
    """What to do with a save whose file changed on disk."""

    COPY = "copy"
    COMPARE = "compare"
    REPLACE = "replace"
    CANCEL = "cancel"


def ask(parent: QWidget, path: Path) -> Choice:
    """Ask what to do now that ``path`` is no longer the file the document was read from."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("The file changed on disk"))
    box.setText(tr("“{}” was changed by another program since you opened it.").format(path.name))
    box.setInformativeText(
        tr(
            "Saving now would overwrite those changes. Save your version as a copy, compare "
            "the two first, or replace the file on disk with your version."
        )
    )
    buttons = {
        box.addButton(tr("Save as a copy…"), QMessageBox.ButtonRole.AcceptRole): Choice.COPY,
        box.addButton(
            tr("Compare with the file on disk"), QMessageBox.ButtonRole.ActionRole
        ): Choice.COMPARE,
        box.addButton(tr("Replace the file"), QMessageBox.ButtonRole.DestructiveRole): (
            Choice.REPLACE
        ),
        box.addButton(QMessageBox.StandardButton.Cancel): Choice.CANCEL,
    }
    box.setDefaultButton(next(b for b, c in buttons.items() if c is Choice.COPY))
    box.exec()
    return buttons.get(box.clickedButton(), Choice.CANCEL)

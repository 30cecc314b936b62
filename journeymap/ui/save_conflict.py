"""The question a save asks when the file changed on disk since it was opened, or when
someone saved a newer revision of a team library's document.

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
    """What to do with a save whose file (or library document) changed meanwhile."""

    COPY = "copy"
    COMPARE = "compare"
    REPLACE = "replace"
    CANCEL = "cancel"


def ask(parent: QWidget, path: Path) -> Choice:
    """Ask what to do now that ``path`` is no longer the file the document was read from."""
    return _choose(
        parent,
        tr("The file changed on disk"),
        tr("“{}” was changed by another program since you opened it.").format(path.name),
        tr(
            "Saving now would overwrite those changes. Save your version as a copy, compare "
            "the two first, or replace the file on disk with your version."
        ),
        [
            (tr("Save as a copy…"), QMessageBox.ButtonRole.AcceptRole, Choice.COPY),
            (tr("Compare with the file on disk"), QMessageBox.ButtonRole.ActionRole,
             Choice.COMPARE),
            (tr("Replace the file"), QMessageBox.ButtonRole.DestructiveRole, Choice.REPLACE),
        ],
    )  # fmt: skip


def ask_lost_update(parent: QWidget, name: str, saved_by: str, saved_at: str,
                    revision: int) -> Choice:  # fmt: skip
    """Ask what to do now that ``saved_by`` saved a newer ``revision`` of the library
    document ``name`` (at ``saved_at``, shown as the computer's time); the library is
    never overwritten, so there is no "replace"."""
    return _choose(
        parent,
        tr("Someone saved a newer revision"),
        tr("{} saved “{}” to the library at {} (revision {}) since you opened it.").format(
            saved_by, name, saved_at, revision
        ),
        tr(
            "Nothing was written. Save your version as a copy under another name, or open "
            "theirs side by side with yours to bring your changes in."
        ),
        [
            (tr("Save as a copy…"), QMessageBox.ButtonRole.AcceptRole, Choice.COPY),
            (tr("Open theirs side by side"), QMessageBox.ButtonRole.ActionRole,
             Choice.COMPARE),
        ],
    )  # fmt: skip


def _choose(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    options: list[tuple[str, QMessageBox.ButtonRole, Choice]],
) -> Choice:
    """A warning with a button per option (the first the default) and Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    buttons = {box.addButton(label, role): choice for label, role, choice in options}
    buttons[box.addButton(QMessageBox.StandardButton.Cancel)] = Choice.CANCEL
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton(), Choice.CANCEL)

"""The offer at start-up: each copy left by a process that is gone is offered back, one by
one, to restore, discard or keep for later. Copies of a running process (another open
window) are left alone; an unreadable copy is set aside and reported once."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from journeymap.model.document import Document
from journeymap.ui.messages import reason_of
from journeymap.ui.numbers import date_time
from journeymap.ui.recovery.guard import RecoveryGuard
from journeymap.ui.recovery.store import RecoveryEntry, orphaned_entries, tr

#: Shows a recovered document as unsaved changes to its file (or, when that is None, under
#: the untitled name); False when the user kept the document that was open instead.
OpenRecovered = Callable[[Document, Path | None, str], bool]


class Choice(enum.Enum):
    """The answers to the restore question."""

    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


def ask_restore(parent: QWidget | None, entry: RecoveryEntry) -> Choice:
    """Ask whether to restore, discard or keep a recovery copy (Escape keeps it)."""
    when = entry.written
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Recover unsaved work"),
        tr("journeymap did not close properly. Unsaved changes to “{}” were kept.").format(
            entry.display_name
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    shown = date_time(when) if when else "?"
    details = [tr("Last copied: {}").format(shown)]
    if entry.original is not None:
        details.append(tr("File: {}").format(entry.original))
    details.append(
        tr(
            "Restore opens them as unsaved changes; Discard deletes them; "
            "Later asks again at the next start."
        )
    )
    box.setInformativeText("\n".join(details))
    restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return Choice.RESTORE
    return Choice.DISCARD if clicked is discard else Choice.LATER


def offer_recovery(parent: QWidget, guard: RecoveryGuard, open_recovered: OpenRecovered) -> bool:
    """Offer each copy left by a process that is gone; True when one was restored (through
    ``open_recovered``, then ``guard`` takes it over); the others wait for the next start."""
    for entry in orphaned_entries():
        try:
            doc = entry.read()
        except Exception as error:
            # Whatever is wrong with a copy, it must not keep the editor from starting: it is
            # set aside (not deleted: someone may still rescue it) and reported once.
            kept = entry.set_aside()
            QMessageBox.warning(
                parent,
                tr("Recovered work is damaged"),
                tr(
                    "Unsaved changes to “{}” were kept when journeymap did not close "
                    "properly, but that copy cannot be opened ({}).\n\n"
                    "It was set aside as {} and will not be offered again."
                ).format(entry.display_name, reason_of(error), kept),
            )
            continue
        choice = ask_restore(parent, entry)
        if choice is Choice.RESTORE:
            untitled_name = "" if entry.original else entry.display_name
            if not open_recovered(doc, entry.original, untitled_name):
                return False
            # The copy on disk is deleted only once the guard has written its own.
            guard.adopt(entry)
            guard.write_now()
            return True
        if choice is Choice.DISCARD:
            entry.remove()
    return False

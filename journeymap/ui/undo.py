"""A thin QUndoStack adapter over the model's commands.

QUndoStack gives the GUI its undo history view, clean state and shortcuts; the work
itself is always the model command's do/undo, so the document's events fire exactly as
they do on the command line.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from journeymap.model.commands import Command
from journeymap.model.document import Document
from journeymap.ui.messages import render


class CommandAdapter(QUndoCommand):
    """Wraps one model command; redo() is do(), undo() is undo()."""

    def __init__(self, doc: Document, command: Command) -> None:
        # the step's name in the user's language, with the object it changed
        super().__init__(render(command.message))
        self.doc = doc
        self.command = command
        self._first = True

    def redo(self) -> None:
        # QUndoStack.push calls redo(); the first time the command already ran in push()
        # (so a refused edit raises before anything reaches the stack).
        if self._first:
            self._first = False
            return
        self.command.do(self.doc)

    def undo(self) -> None:
        self.command.undo(self.doc)


class UndoBridge:
    """Runs model commands and records them on a QUndoStack."""

    def __init__(self, doc: Document, stack: QUndoStack) -> None:
        self.doc = doc
        self.stack = stack

    def push(self, command: Command) -> None:
        """Apply the command (raising InvalidValue leaves nothing behind) and record it."""
        command.do(self.doc)
        self.stack.push(CommandAdapter(self.doc, command))

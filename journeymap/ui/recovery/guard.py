"""The guard that copies an editor's unsaved work to the recovery folder on a timer.

Every ``interval`` (30 s by default) it checks whether the document has unsaved changes
made since its last copy, and if so writes one (``store.RecoveryEntry.write``). A clean
state (saved, undone back to the saved state, another document opened after the user saved
or discarded) or a clean close removes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from journeymap.storage import DocumentFileError
from journeymap.ui.editor import Editor
from journeymap.ui.messages import problem_of
from journeymap.ui.recovery.store import RecoveryEntry, own_stem, recovery_folder, tr

#: How often unsaved work is copied, in milliseconds.
INTERVAL_MS = 30_000


class RecoveryGuard(QObject):
    """Copies an editor's unsaved work to the recovery folder every ``interval`` ms.

    The copy is written on the UI thread: the 2,000-touchpoint benchmark document saves in
    about 0.1 s (BENCHMARKS.md, file.save_2000), and a worker thread would first need a
    snapshot of the document (the model is not thread-safe), which costs about as much.
    """

    #: A copy was written (the .jmap path).
    written = Signal(Path)
    #: A copy could not be written (the reason, for the status bar); the work is tried
    #: again at the next tick.
    failed = Signal(str)

    def __init__(self, editor: Editor, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(editor)
        self.editor = editor
        self.stem = own_stem()
        self.entry: RecoveryEntry | None = None  # our copy, once a write was tried
        self._pending = False  # changed since the last copy
        self._adopted: RecoveryEntry | None = None  # a restored copy, dropped once ours exists
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.maybe_write)
        self.timer.start()
        editor.changed.connect(self._note_change)
        editor.undo_stack.indexChanged.connect(self._note_change)
        editor.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def interval(self) -> int:
        """Milliseconds between checks for unsaved work."""
        return self.timer.interval()

    @interval.setter
    def interval(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)

    def _note_change(self, *_: object) -> None:
        self._pending = True

    def _clean_changed(self, clean: bool) -> None:
        # Clean = the document equals its file (saved, or undone back to it) or a fresh
        # document was loaded after the user saved or discarded: nothing left to recover.
        if clean:
            self.discard()

    def maybe_write(self) -> bool:
        """Write a copy if there are unsaved changes made since the last one."""
        if not self._pending or self.editor.undo_stack.isClean():
            return False
        return self.write_now()

    def write_now(self) -> bool:
        """Write a copy of the document now; False (and ``failed``) when it cannot be."""
        entry = RecoveryEntry(recovery_folder(), self.stem)
        if self.entry is not None and self.entry.folder != entry.folder:
            self.entry.remove()  # the folder was changed meanwhile
        self.entry = entry  # before writing: discard() then also removes a partial copy
        try:
            entry.write(self.editor.doc, self.editor.path, self.editor.untitled_name)
        except (OSError, DocumentFileError) as error:
            self.failed.emit(
                tr("Unsaved work could not be copied for crash recovery: {}").format(
                    problem_of(error)
                )
            )
            return False
        self._pending = False
        if self._adopted is not None:
            self._adopted.remove()
            self._adopted = None
        self.written.emit(entry.document)
        return True

    def adopt(self, entry: RecoveryEntry) -> None:
        """Take over a restored copy: it stays until this guard has written its own."""
        self._adopted = entry

    def discard(self) -> None:
        """Remove this editor's copy (saved, or the user chose to drop the changes)."""
        self._pending = False
        for entry in (self.entry, self._adopted):
            if entry is not None:
                entry.remove()
        self.entry = self._adopted = None

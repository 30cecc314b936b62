"""The open document and the team library: open a document or one of its revisions,
save it as a new revision (or as a new document), compare it with a revision, and the
choices when someone saved a newer revision first. The library work runs in the
background (ui/library_tasks.py); the editor holds the document, whose library_origin
says where it came from.

Nothing the user typed is lost: a refused or failed save leaves the document open and
unsaved (so crash recovery keeps it), and no choice of the lost-update question replaces
it.
"""

from __future__ import annotations

import copy
import getpass
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from journeymap.errors import LibraryError
from journeymap.model.document import Document
from journeymap.ui import save_conflict
from journeymap.ui.documents import DocumentFiles
from journeymap.ui.editor import Editor
from journeymap.ui.fields import commit_pending_edits
from journeymap.ui.library_banner import shown_time
from journeymap.ui.library_recent import recent_libraries, remember_library
from journeymap.ui.library_tasks import LibrarySession
from journeymap.ui.messages import problem_of

if TYPE_CHECKING:  # the dialogs load SQLAlchemy: built when first asked for
    from journeymap.ui.library_dialog import LibraryDialog
    from journeymap.ui.library_history import HistoryDialog


def tr(text: str) -> str:
    """Translate a user-visible text of the library's file commands (in the window's
    menus, hence its context)."""
    return QCoreApplication.translate("MainWindow", text)


def _pulled_and_access(url: str, name: str, revision: int | None) -> tuple[Document, bool]:
    """A revision of ``name`` and whether this user may save to its library."""
    from journeymap.storage.library import pull
    from journeymap.storage.library.access import can_write

    document, _number = pull(url, name, revision)
    return document, can_write(url)


def _theirs(url: str, name: str) -> tuple[Document, int, str]:
    """The latest revision of ``name``, its number and its author."""
    from journeymap.storage.library import history, pull

    document, number = pull(url, name)
    author = next((r.author for r in history(url, name) if r.number == number), "")
    return document, number, author


def _revision(url: str, name: str, revision: int) -> Document:
    """Revision ``revision`` of ``name``."""
    from journeymap.storage.library import pull

    return pull(url, name, revision)[0]


def _push(url: str, name: str, document: Document, author: str, message: str) -> int:
    """Save ``document`` as the next revision of ``name``; its number."""
    from journeymap.storage.library import push

    return push(url, name, document, author=author, message=message)


class LibraryDocuments(QObject):
    """File ▸ Team library…, Save to library and Save to library as…."""

    #: Something went wrong: a title and the message (naming the library, no password).
    failed = Signal(str, str)
    #: A short note for the status bar, and how long to show it (ms).
    notice = Signal(str, int)
    #: Compare the open document with this other version: the document and its label.
    compare_with = Signal(object, str)
    #: The open document's library, revision or read-only state changed (title, actions).
    origin_changed = Signal()

    def __init__(self, editor: Editor, files: DocumentFiles, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.editor = editor
        self.files = files
        self.session = LibrarySession(dialog_parent)
        self._dialog_parent = dialog_parent
        self.dialog: LibraryDialog | None = None
        self.history_dialog: HistoryDialog | None = None

    def is_read_only(self) -> bool:
        """Whether the open document came from a library this user may only read."""
        origin = self.editor.doc.library_origin
        return origin is not None and origin.library in self.session.read_only

    # ---- the dialogs ----------------------------------------------------------------
    def show_dialog(self) -> LibraryDialog:
        """File ▸ Team library…: the dialog to connect, search, open and see history."""
        from journeymap.ui.library_dialog import LibraryDialog  # SQLAlchemy, on first use

        if self.dialog is None:
            self.dialog = LibraryDialog(self.session, self.files.settings, self._dialog_parent)
            self.dialog.open_requested.connect(self.open_document)
            self.dialog.history_requested.connect(self.show_history)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def show_history(self, shown: str, name: str) -> HistoryDialog:
        """The history of ``name`` in the library ``shown``."""
        from journeymap.ui.library_history import HistoryDialog

        if self.history_dialog is not None:
            self.history_dialog.close()
            self.history_dialog.deleteLater()
        parent = self.dialog or self._dialog_parent
        self.history_dialog = HistoryDialog(self.session, shown, name, parent)
        self.history_dialog.open_requested.connect(self.open_document)
        self.history_dialog.compare_requested.connect(self.compare_revision)
        self.history_dialog.restored.connect(
            lambda number: self.notice.emit(
                tr("Restored as revision {} of “{}”").format(number, name), 6000
            )
        )
        if self.dialog is not None:
            self.history_dialog.restored.connect(self.dialog.refresh)
        self.history_dialog.show()
        return self.history_dialog

    # ---- opening and comparing --------------------------------------------------------
    def open_document(self, shown: str, name: str, revision: int | None) -> None:
        """Open ``revision`` of ``name`` (the latest when None) once the open document is
        saved or given up; the window shows it when it arrives."""
        if not self.files.maybe_save():
            return
        self.session.run(
            tr("Opening “{}”…").format(name), shown,
            lambda url: _pulled_and_access(url, name, revision),
            lambda pulled: self._opened(shown, *pulled),
            lambda error: self.failed.emit(tr("Cannot open from the library"), problem_of(error)),
        )  # fmt: skip

    def _opened(self, shown: str, document: Document, writable: bool) -> None:
        if writable:
            self.session.read_only.discard(shown)
        else:
            self.session.read_only.add(shown)
        remember_library(self.files.settings, shown)
        for dialog in (self.history_dialog, self.dialog):
            if dialog is not None:
                dialog.close()
        self.files.load(document, None)
        self.origin_changed.emit()
        if not writable:
            self.notice.emit(
                tr("Read-only: you may not save to this library; File ▸ Save as a local copy… "
                   "keeps your changes in a file."), 0,
            )  # fmt: skip

    def compare_revision(self, shown: str, name: str, revision: int) -> None:
        """Compare the open document with ``revision`` of ``name``, side by side."""
        self.session.run(
            tr("Reading revision {} of “{}”…").format(revision, name), shown,
            lambda url: _revision(url, name, revision),
            lambda theirs: self.compare_with.emit(theirs, tr("Revision {}").format(revision)),
            lambda error: self.failed.emit(tr("Cannot read the revision"), problem_of(error)),
        )  # fmt: skip

    # ---- saving ---------------------------------------------------------------------
    def save(self) -> None:
        """File ▸ Save to library: a new revision of the document it came from, else
        (a local document) ask for a library and a name."""
        origin = self.editor.doc.library_origin
        if origin is None:
            self.save_as()
        elif not self.is_read_only():
            self._push(origin.library, origin.name)

    def save_as(self) -> None:
        """File ▸ Save to library as…: ask for a library and a name, and save there as a
        new document."""
        recent = recent_libraries(self.files.settings)
        origin = self.editor.doc.library_origin
        if origin is not None and origin.library in recent:
            recent.remove(origin.library)
            recent.insert(0, origin.library)
        text, given = QInputDialog.getItem(
            self._dialog_parent, tr("Save to library"),
            tr("Library (a .jmaplib file or a postgresql+psycopg:// URL):"), recent, 0, True,
        )  # fmt: skip
        if not given or not text.strip():
            return
        shown = self.session.keep_password(text.strip())
        journey = self.editor.journey
        name = self._ask_name(tr("Save to library"), journey.name if journey else "")
        if name:
            self._push(shown, name)

    def _ask_name(self, title: str, suggestion: str) -> str:
        """The document name the user types; "" when cancelled."""
        name, given = QInputDialog.getText(
            self._dialog_parent, title, tr("Name of the document in the library:"),
            text=suggestion,
        )  # fmt: skip
        return name.strip() if given else ""

    def save_and_wait(self) -> bool:
        """Save the document to the library it came from and wait for the outcome, for
        File ▸ Save and the question about unsaved changes, which need one; a document
        from a read-only library is saved as a local file instead. True when saved."""
        origin = self.editor.doc.library_origin
        if origin is None or self.is_read_only():
            return self.files.save_as()
        outcome: list[bool] = []
        waiting = QEventLoop()  # the window keeps painting; the progress dialog shows
        self._push(origin.library, origin.name, then=lambda saved: (outcome.append(saved),
                                                                     waiting.quit()))  # fmt: skip
        if not outcome:
            waiting.exec()
        return outcome[0]

    def _push(self, shown: str, name: str, message: str | None = None,
              then: Callable[[bool], object] = lambda _saved: None) -> None:  # fmt: skip
        """Save the document as the next revision of ``name`` in the background, asking for
        the revision's message first (unless given); ``then(saved)`` when it is over."""
        if message is None:
            message, given = QInputDialog.getText(
                self._dialog_parent, tr("Save to library"),
                tr("What changed (the revision's message, may stay empty):"),
            )  # fmt: skip
            if not given:
                then(False)
                return
        commit_pending_edits()
        document, step = self.editor.doc, self.editor.undo_stack.index()
        # The job writes a snapshot: the user may go on editing while it runs.
        snapshot = copy.deepcopy(document)
        snapshot.library_origin = document.library_origin
        author = getpass.getuser()
        self.session.run(
            tr("Saving “{}” to {}…").format(name, shown), shown,
            lambda url: _push(url, name, snapshot, author, message),
            lambda number: (self._pushed(shown, document, snapshot, step), then(True)),
            lambda error: self._not_pushed(shown, name, message, error, then),
        )  # fmt: skip

    def _pushed(self, shown: str, document: Document, snapshot: Document, step: int) -> None:
        document.library_origin = snapshot.library_origin
        remember_library(self.files.settings, shown)
        if self.editor.doc is document and self.editor.undo_stack.index() == step:
            if self.editor.path is None:
                self.editor.undo_stack.setClean()  # saved as it is now; later edits stay
            else:  # a file of it remembers the new revision, as after `library push`
                self.files.write(self.editor.path)
        origin = snapshot.library_origin
        if origin is not None:
            self.notice.emit(
                tr("Saved “{}” as revision {}").format(origin.name, origin.revision), 6000
            )
        self.origin_changed.emit()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()

    def _not_pushed(self, shown: str, name: str, message: str, error: LibraryError,
                    then: Callable[[bool], object]) -> None:  # fmt: skip
        """The save was refused or failed: the document stays open and unsaved, unless
        the user saves it as a copy."""
        from journeymap.storage.library import LostUpdate

        if not isinstance(error, LostUpdate):
            self.failed.emit(tr("Cannot save to the library"), problem_of(error))
            then(False)
            return
        latest = error.latest
        choice = save_conflict.ask_lost_update(
            self._dialog_parent, name, latest.author, shown_time(latest.created_at),
            latest.number,
        )  # fmt: skip
        copy_name = ""
        if choice is save_conflict.Choice.COPY:
            copy_name = self._ask_name(tr("Save as a copy"), tr("{} (copy)").format(name))
        if copy_name:
            self._push(shown, copy_name, message, then)
            return
        then(False)
        if choice is save_conflict.Choice.COMPARE:
            self.session.run(
                tr("Reading the latest revision of “{}”…").format(name), shown,
                lambda url: _theirs(url, name),
                lambda found: self.compare_with.emit(
                    found[0], tr("Revision {} by {}").format(found[1], found[2])),
                lambda problem: self.failed.emit(tr("Cannot read the revision"), str(problem)),
            )  # fmt: skip

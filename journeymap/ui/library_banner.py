"""The bar above the map that says a newer revision of the open document was saved to
its library, with Reload (the newest replaces the open document, never losing unsaved
work without asking) and Compare (the open document beside that revision)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from journeymap.model.document import Document
from journeymap.model.origin import LibraryOrigin
from journeymap.ui.documents import DocumentFiles
from journeymap.ui.editor import Editor
from journeymap.ui.fields import commit_pending_edits
from journeymap.ui.library_tasks import LibrarySession
from journeymap.ui.library_watch import LibraryWatch, same_document
from journeymap.ui.messages import problem_of

_LOOK = """
#library-banner { background: #e5f0fb; border-bottom: 1px solid #9cc0e6; }
#library-banner QLabel { color: #16324f; }
"""


def tr(text: str) -> str:
    """Translate a user-visible text of the library banner."""
    return QCoreApplication.translate("LibraryBanner", text)


def shown_time(saved_at: str) -> str:
    """A revision's time (UTC, ISO 8601) as the user reads it: local, the time alone when
    it is today's."""
    moment = QDateTime.fromString(saved_at, Qt.DateFormat.ISODate).toLocalTime()
    if not moment.isValid():
        return saved_at
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    if moment.date() == QDateTime.currentDateTime().date():
        return locale.toString(moment.time(), short)
    return locale.toString(moment, short)


class Unsaved(Enum):
    """What to do with unsaved changes when a newer revision should replace them."""

    DISCARD = "discard"
    COMPARE = "compare"
    CANCEL = "cancel"


def ask_about_unsaved(parent: QWidget, name: str, unsaved: bool = True) -> Unsaved:
    """Ask whether to give up the changes for the newer revision of ``name``: unsaved
    ones, or (``unsaved`` False) ones saved to the document's file but not to the library."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes") if unsaved else tr("Changes not in the library"))
    if unsaved:
        box.setText(tr("Reloading “{}” replaces your unsaved changes.").format(name))
    else:
        box.setText(tr("Reloading “{}” replaces the changes you saved to its file but not to "
                       "the library.").format(name))  # fmt: skip
    box.setInformativeText(
        tr("Compare the newer revision with your version first, or discard your changes.")
    )
    buttons = {
        box.addButton(tr("Discard your changes and reload"),
                      QMessageBox.ButtonRole.DestructiveRole): Unsaved.DISCARD,
        box.addButton(tr("Compare first"), QMessageBox.ButtonRole.ActionRole): Unsaved.COMPARE,
        box.addButton(QMessageBox.StandardButton.Cancel): Unsaved.CANCEL,
    }  # fmt: skip
    box.setDefaultButton(next(b for b, c in buttons.items() if c is Unsaved.COMPARE))
    box.exec()
    return buttons.get(box.clickedButton(), Unsaved.CANCEL)


class LibraryBanner(QFrame):
    """Watches the open document's library (see ``watch``) and shows itself when a newer
    revision is there; hidden otherwise."""

    #: Compare the open document with this document, a revision titled so.
    compare_with = Signal(object, str)
    #: Something went wrong: a title and the message.
    failed = Signal(str, str)

    def __init__(self, editor: Editor, documents: DocumentFiles, session: LibrarySession,
                 parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self.editor = editor
        self._documents = documents
        self._session = session  # the passwords typed for a library, and its jobs
        self.revision = 0  # the newer revision on show
        self.author = ""
        self.library_watch = LibraryWatch(session.connectable, self)
        self.library_watch.newer.connect(self.announce)
        self.setObjectName("library-banner")
        self.setStyleSheet(_LOOK)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(tr("Reload"))
        self.reload_button.setToolTip(tr("Replace the open document with the newest revision"))
        self.reload_button.clicked.connect(self.reload_newest)
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.setToolTip(tr("The open document beside the newer revision"))
        self.compare_button.clicked.connect(self.compare_newer)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("×")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(tr("Hide this message until another revision comes"))
        self.dismiss_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.message, 1)
        for button in (self.reload_button, self.compare_button, self.dismiss_button):
            row.addWidget(button)
        self.hide()

    def watch(self, origin: LibraryOrigin | None) -> None:
        """Watch the library document ``origin`` names (None: nothing); the bar goes when
        another document is opened, or this one is no longer older than the revision it
        announces."""
        watched = self.library_watch.origin
        self.library_watch.watch(origin)
        if not same_document(origin, watched) or origin.revision >= self.revision:
            self.hide()

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self.library_watch.stop()
        self.hide()

    def announce(self, revision: int, author: str, saved_at: str) -> None:
        """Say that ``revision`` was saved by ``author`` at ``saved_at``."""
        origin = self.library_watch.origin
        if origin is None:
            return
        self.revision, self.author = revision, author
        self.message.setText(
            tr("A newer revision {} of “{}” was saved by {} at {}.").format(
                revision, origin.name, author, shown_time(saved_at)
            )
        )
        self.show()

    def _pull(self, revision: int | None, then: Callable[[Document], None]) -> None:
        """Read the revision (the newest for None) of the watched document off the UI
        thread, then ``then(document)``; ``failed`` when the library cannot give it."""
        from journeymap.storage.library import pull  # on first use: a quick start

        origin = self.library_watch.origin
        if origin is None:
            return
        self._session.run(
            tr("Reading “{}” from the library…").format(origin.name), origin.library,
            lambda url: pull(url, origin.name, revision)[0], then,
            lambda error: self.failed.emit(tr("Cannot read from the library"), problem_of(error)),
            context=self,
        )  # fmt: skip

    def reload_newest(self) -> None:
        """Replace the open document with the newest revision; unsaved changes only when
        the user says so (or compare first)."""
        origin = self.library_watch.origin
        commit_pending_edits()
        if origin is None:
            return
        if not self.editor.undo_stack.isClean():
            if self._may_replace(origin.name, unsaved=True):
                self._pull(None, self._reload)
        elif self.editor.path is None:
            self._pull(None, self._reload)
        else:  # the file may hold changes saved to it but never to the library
            self._pull(origin.revision, self._reload_unless_changed)

    def _reload_unless_changed(self, based_on: Document) -> None:
        origin = self.library_watch.origin
        if origin is None:
            return
        if based_on == self.editor.doc or self._may_replace(origin.name, unsaved=False):
            self._pull(None, self._reload)

    def _may_replace(self, name: str, *, unsaved: bool) -> bool:
        """Whether the user lets the newer revision replace their changes (Compare first
        shows the two and replaces nothing)."""
        choice = ask_about_unsaved(self.window(), name, unsaved)
        if choice is Unsaved.COMPARE:
            self.compare_newer()
        return choice is Unsaved.DISCARD

    def _reload(self, newest: Document) -> None:
        editor = self.editor
        path = editor.path
        self._documents.load(newest, path, editor.untitled_name, editor.stamp)
        if path is not None:
            # the file still holds the older revision: saving brings it up to date, and
            # closing asks first
            editor.undo_stack.resetClean()

    def compare_newer(self) -> None:
        """Show the open document beside the newer revision."""
        label = tr("Revision {} by {}").format(self.revision, self.author)
        self._pull(self.revision, lambda theirs: self.compare_with.emit(theirs, label))

"""Talking to a team library off the UI thread: connecting, listing, pulling and pushing
run on Qt's thread pool while a busy progress dialog shows and the window keeps painting.

The session also keeps the passwords the user typed, in memory only and keyed by the
library's URL without its password: nothing here writes one to the settings or to a
document's origin. A job the server refuses for want of a password asks for it and runs
again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QProgressDialog, QWidget

from journeymap.errors import LibraryError
from journeymap.words import phrase

#: How long a job runs before the busy dialog shows (ms): a quick one never flickers.
_SHOW_AFTER_MS = 400


def tr(text: str) -> str:
    """Translate a user-visible text of the library's background work."""
    return QCoreApplication.translate("LibraryTasks", text)


class _Relay(QObject):
    """Carries every job's outcome from the pool's threads to the UI thread (queued). One
    for the whole app, made on the UI thread and never deleted: a pool thread makes no Qt
    object and connects nothing, it only emits on this one (emitting is thread-safe), so
    no object is made, connected or deleted on a thread while the UI thread uses it (a
    relay per job, dropped on its pool thread, once crashed the app)."""

    finished = Signal(object, object, bool)  # the _Outcome, the result or error, succeeded

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, bool)
    def _deliver(self, outcome: _Outcome, result: Any, succeeded: bool) -> None:
        if shiboken6.isValid(outcome):  # its window may have closed meanwhile
            outcome.deliver(result, succeeded)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The app's relay, made on first use (on the UI thread: a session makes it)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Outcome(QObject):
    """Receives a job's outcome on the UI thread. A child of the session: when the window
    goes, so does it, and a job that ends afterwards reaches no deleted widget."""

    def __init__(self, parent: QObject, finished: Callable[[Any, bool], None]) -> None:
        super().__init__(parent)
        self._finished = finished

    def deliver(self, result: Any, succeeded: bool) -> None:
        """The job returned ``result`` (``succeeded``) or raised it."""
        self.deleteLater()
        self._finished(result, succeeded)


def _job(work: Callable[[], Any], shown: str, outcome: _Outcome, relay: _Relay) -> None:
    """One call of ``work`` on a pool thread; its result or LibraryError is relayed."""
    try:
        result = work()
    except LibraryError as error:
        relay.finished.emit(outcome, error, False)
    except Exception as error:  # a driver's surprise must reach the user, not the void
        relay.finished.emit(
            outcome, LibraryError(shown, phrase("failed: {error}", error=str(error))), False
        )
    else:
        relay.finished.emit(outcome, result, True)


class LibrarySession(QObject):
    """The libraries of this run of the app: the passwords typed for them (memory only)
    and which of them the user may only read, and the jobs on them."""

    #: A job started (True) or every job ended (False).
    busy = Signal(bool)

    def __init__(self, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        _the_relay()  # made here, on the UI thread, before any job needs it
        self._dialog_parent = dialog_parent
        self._passwords: dict[str, str] = {}
        #: The shown URLs of the libraries this user may only read.
        self.read_only: set[str] = set()
        self._running: set[_Outcome] = set()
        self._progress: QProgressDialog | None = None

    # ---- passwords --------------------------------------------------------------
    def keep_password(self, text: str) -> str:
        """Remember a password typed inside a URL and return the URL without it (the
        form that is shown, remembered and kept in a document's origin)."""
        from sqlalchemy.engine import make_url  # SQLAlchemy when a library is first used
        from sqlalchemy.exc import ArgumentError

        from journeymap.storage.library import library_url, shown_url

        shown = shown_url(text)
        try:
            password = make_url(library_url(text)).password
        except ArgumentError:
            return text  # not a URL: the job says so, naming it
        if password:
            self._passwords[shown] = str(password)
        return shown

    def connectable(self, shown: str) -> str:
        """The URL to connect with: the shown one with the password typed for it."""
        password = self._passwords.get(shown)
        if password is None or "://" not in shown:
            return shown
        from sqlalchemy.engine import make_url

        return make_url(shown).set(password=password).render_as_string(hide_password=False)

    def _ask_password(self, shown: str, problem: str) -> bool:
        """Ask for the password of ``shown``; False when the user cancels."""
        password, given = QInputDialog.getText(
            self._dialog_parent,
            tr("Password"),
            tr("{}\n\nThe password for {} (kept until journeymap closes, never saved):").format(
                problem, shown
            ),
            QLineEdit.EchoMode.Password,
        )
        if given:
            self._passwords[shown] = password
        return given

    # ---- jobs -------------------------------------------------------------------
    def run(
        self,
        label: str,
        shown: str,
        work: Callable[[str], Any],
        done: Callable[[Any], None],
        failed: Callable[[LibraryError], None],
        context: QObject | None = None,
        quiet: bool = False,
    ) -> None:
        """Run ``work(url)`` on a pool thread against the library ``shown`` (with its
        password), then ``done(result)`` or ``failed(error)`` on the UI thread, unless
        ``context`` (the dialog that asked) was deleted meanwhile. A server that wants a
        password asks for it and the job runs again; cancelled, it fails. A ``quiet`` job
        (one the user did not ask for) shows no progress and asks for no password."""
        from journeymap.storage.library.connection import PasswordNeeded

        def finished(result: Any, succeeded: bool) -> None:
            self._running.discard(outcome)
            if not self._running:
                self._end_progress()
            if context is not None and not shiboken6.isValid(context):
                return
            if succeeded:
                done(result)
            elif (isinstance(result, PasswordNeeded) and not quiet
                  and self._ask_password(shown, str(result))):  # fmt: skip
                self.run(label, shown, work, done, failed, context)
            else:
                failed(result)

        outcome = _Outcome(self, finished)
        if not quiet:
            self._running.add(outcome)
            self._start_progress(label)
        url, relay = self.connectable(shown), _the_relay()
        QThreadPool.globalInstance().start(lambda: _job(lambda: work(url), shown, outcome, relay))

    def is_busy(self) -> bool:
        """Whether a job is running."""
        return bool(self._running)

    def _start_progress(self, label: str) -> None:
        if self._progress is None:
            self._progress = QProgressDialog(label, "", 0, 0, self._dialog_parent)
            self._progress.setCancelButton(None)  # a save half-way cannot be taken back
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(_SHOW_AFTER_MS)
            self._progress.setWindowTitle(tr("Team library"))
            self.busy.emit(True)
        self._progress.setLabelText(label)

    def _end_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
            self.busy.emit(False)

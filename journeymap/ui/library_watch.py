"""Watching the open document's library for a newer revision, off the UI thread.

On PostgreSQL a thread listens for the revisions the library announces (and asks for the
latest once when it connects, since an announcement made while it was not connected is
lost); on SQLite it asks for the latest revision every POLL_SECONDS. Either way one loop
does it, woken at once when the watch stops. A library that cannot be reached is tried
again quietly, ever less often: the editor says nothing until it is back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from journeymap.errors import LibraryError
from journeymap.model.origin import LibraryOrigin

#: How often a SQLite library is asked for its latest revision (seconds).
POLL_SECONDS = 5.0
#: How long a PostgreSQL listener waits for an announcement before it looks whether it
#: should stop (seconds): the longest a stop waits for it.
LISTEN_SECONDS = 0.25
#: How long to wait before trying an unreachable library again, the n-th time (seconds).
RETRY_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)


def same_document(one: LibraryOrigin | None, other: LibraryOrigin | None) -> bool:
    """Whether two origins name the same document of the same library (at any revision)."""
    if one is None or other is None:
        return False
    return (one.library, one.name) == (other.library, other.name)


class _Poller:
    """The SQLite counterpart of a RevisionListener: every wait ends in a check."""

    def __init__(self, stop: threading.Event) -> None:
        self._stop = stop

    def wait(self, _seconds: float) -> bool:
        """Wait POLL_SECONDS (less when stopped): then it is time to ask."""
        return not self._stop.wait(POLL_SECONDS)

    def close(self) -> None:
        """Nothing to close: each check opens and closes its own connection."""


class _WatchThread(QThread):
    """The loop that reports the latest revision of one library document."""

    #: The origin watched and its latest revision (a Revision), found at the start, after
    #: a reconnect and whenever one may have been saved.
    found = Signal(object, object)

    def __init__(self, origin: LibraryOrigin, url: str, parent: QObject) -> None:
        super().__init__(parent)
        self.origin = origin
        self._url = url  # the origin's library, with the password typed for it
        self._stop = threading.Event()
        self._reached = False  # whether the library answered since the last failure

    def request_stop(self) -> None:
        """Ask the loop to end; it does within LISTEN_SECONDS (a SQLite poll: at once)."""
        self._stop.set()

    def run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            self._reached = False
            try:
                self._watch()
            except LibraryError:  # unreachable or refused: quietly, later again
                failures = 1 if self._reached else failures + 1  # reached: from the start
                self._stop.wait(RETRY_SECONDS[min(failures, len(RETRY_SECONDS)) - 1])

    def _watch(self) -> None:
        """Check once, then again whenever a revision may have come, until stopped."""
        # on first use: the window starts without loading SQLAlchemy
        from journeymap.storage.library.watch import (
            RevisionListener,
            is_announcing,
            latest_revision,
        )

        library, name = self._url, self.origin.name
        # listening starts before the first check, so no revision slips in between
        waiter = RevisionListener(library, name) if is_announcing(library) else _Poller(self._stop)
        try:
            check = True
            while not self._stop.is_set():
                if check:
                    latest = latest_revision(library, name)
                    self._reached = True
                    if latest is not None:
                        self.found.emit(self.origin, latest)
                check = waiter.wait(LISTEN_SECONDS)
        finally:
            waiter.close()


class LibraryWatch(QObject):
    """Tells when the library holds a newer revision of the open document than the one
    it came from: ``watch(origin)`` whenever the document is loaded or saved."""

    #: A revision newer than the origin's: its number, author and time (UTC, ISO 8601);
    #: once per revision.
    newer = Signal(int, str, str)

    def __init__(self, connectable: Callable[[str], str] = str,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        #: A library's URL to connect with (the shown one, with a password typed for it).
        self._connectable = connectable
        self.origin: LibraryOrigin | None = None
        self._thread: _WatchThread | None = None
        self._told = 0  # the newest revision already reported

    def watch(self, origin: LibraryOrigin | None) -> None:
        """Watch the document this origin names (nothing for None). The same document at a
        new revision (reloaded, or saved to the library) keeps its watch."""
        if not same_document(origin, self.origin):
            self.stop()
            if origin is not None:
                self._thread = _WatchThread(origin, self._connectable(origin.library), self)
                self._thread.found.connect(self._found)
                self._thread.start()
            self._told = 0
        self.origin = origin

    def stop(self) -> None:
        """Stop watching and wait for the thread to end (the document closes, the app
        quits)."""
        thread, self._thread, self.origin = self._thread, None, None
        if thread is not None:
            thread.found.disconnect(self._found)
            thread.request_stop()
            thread.wait()
            thread.deleteLater()

    def _found(self, watched: LibraryOrigin, latest) -> None:
        origin = self.origin
        if not same_document(watched, origin):
            return  # a report of a watch stopped since, still on its way
        if latest.number <= max(origin.revision, self._told):
            return
        self._told = latest.number
        self.newer.emit(latest.number, latest.author, latest.created_at)

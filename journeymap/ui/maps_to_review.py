"""The welcome page's "Maps to review": the documents of the recent team libraries that
are past their review-by date or unchanged for long, looked up off the UI thread and
quietly (a library that cannot be reached, or wants a password, says so in one line)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings

from journeymap.errors import LibraryError
from journeymap.ui.library_recent import recent_libraries
from journeymap.ui.library_tasks import LibrarySession
from journeymap.ui.messages import problem_of
from journeymap.ui.welcome import WelcomePage

#: A map unchanged for longer than this wants a review (the CLI's `list --stale` default).
REVIEW_AFTER_DAYS = 180
#: How many of the recent libraries are asked.
MAX_LIBRARIES = 5


def _stale(url: str) -> list:
    from journeymap.storage.library import stale_documents  # SQLAlchemy, on first use

    return stale_documents(url, unchanged_days=REVIEW_AFTER_DAYS)


class MapsToReview(QObject):
    """Fills the welcome page's maps to review from the recent libraries."""

    def __init__(self, session: LibrarySession, settings: QSettings, welcome: WelcomePage) -> None:
        super().__init__(welcome)
        self._session = session
        self._settings = settings
        self._welcome = welcome
        self._round = 0  # answers of an earlier refresh are dropped

    def refresh(self) -> None:
        """Ask every recent library (up to MAX_LIBRARIES) for its maps to review."""
        self._round += 1
        libraries = recent_libraries(self._settings)[:MAX_LIBRARIES]
        self._welcome.clear_maps_to_review(bool(libraries))
        for shown in libraries:
            self._session.run(
                "", shown, _stale,
                lambda found, shown=shown, at=self._round: self._found(at, shown, found),
                lambda error, at=self._round: self._failed(at, error),
                context=self._welcome, quiet=True,
            )  # fmt: skip

    def _found(self, at: int, shown: str, found: list) -> None:
        if at == self._round:
            self._welcome.add_maps_to_review(shown, found)

    def _failed(self, at: int, error: LibraryError) -> None:
        if at == self._round:
            self._welcome.add_unreachable_library(problem_of(error))

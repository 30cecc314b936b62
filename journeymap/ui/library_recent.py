"""The libraries the user connected to, newest first, remembered in the settings (their
URLs without a password), and how the title names a library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from journeymap.model.origin import LibraryOrigin

#: The settings key of the recent libraries.
RECENT_LIBRARIES_KEY = "library/recent"
MAX_RECENT_LIBRARIES = 8


def recent_libraries(settings: QSettings) -> list[str]:
    """The recently used libraries (shown URLs, never with a password), newest first."""
    value = settings.value(RECENT_LIBRARIES_KEY, [])
    return [value] if isinstance(value, str) else list(value or [])


def remember_library(settings: QSettings, shown: str) -> None:
    """Put ``shown`` (a URL without its password) first among the recent libraries."""
    recent = [shown] + [url for url in recent_libraries(settings) if url != shown]
    settings.setValue(RECENT_LIBRARIES_KEY, recent[:MAX_RECENT_LIBRARIES])


def library_label(shown: str) -> str:
    """A library as the title names it: a SQLite library by its file's name, a server's
    by its database and host."""
    from sqlalchemy.engine import make_url  # not at start-up: only a library's title needs it
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(shown)
    except ArgumentError:
        return shown
    if url.get_backend_name() == "sqlite":
        return Path(url.database or shown).name
    return f"{url.database or ''}@{url.host or 'localhost'}"


def library_title(origin: LibraryOrigin) -> str:
    """A library document as the title names it: its name, its library and its revision."""
    return QCoreApplication.translate("MainWindow", "{} — {} (revision {})").format(
        origin.name, library_label(origin.library), origin.revision
    )

"""How the editor names a library and a library document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journeymap.model.origin import LibraryOrigin


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

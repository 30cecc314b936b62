"""The libraries the user connected to, newest first, remembered in the settings (their
URLs without a password)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

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

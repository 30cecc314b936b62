"""The states of an opportunity in the interface's words, one place for the Opportunities
dock and the value-effort matrix."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: Each state of an opportunity as the interface says it (translated through ``tr``).
STATUS_WORDS = {
    "idea": "Idea",
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "dismissed": "Dismissed",
}


def tr(text: str) -> str:
    """Translate a user-visible state of an opportunity."""
    return QCoreApplication.translate("OpportunityWords", text)


def status_words(status: str) -> str:
    """A state of an opportunity in the interface's words (an unknown one as it is)."""
    return tr(STATUS_WORDS[status]) if status in STATUS_WORDS else status

"""How large a discovered journey may be, and the message for a log beyond it."""

from __future__ import annotations

from pathlib import Path

from journeymap.errors import DocumentFileError
from journeymap.storage.limits import MAX_OBJECTS
from journeymap.words import phrase

#: The most touchpoints a discovered journey may have: a document's limit.
MAX_TOUCHPOINTS = MAX_OBJECTS["touchpoints"]


def too_many_activities(source: str | Path, found: int) -> DocumentFileError:
    """The refusal of a log with more distinct activities than a journey may hold."""
    return DocumentFileError(
        source,
        phrase(
            "has {found} distinct activities; a journey may hold at most {limit} touchpoints "
            "(is --activity the right column?)",
            found=found,
            limit=MAX_TOUCHPOINTS,
        ),
    )

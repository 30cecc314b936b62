"""Whose answers the figures count, in the interface's words (the gap dock, the map's
heading and its exports say it the same way)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journeymap.model.figures import UNKNOWN_SEGMENT, FigureView


def tr(text: str) -> str:
    """Translate a user-visible text about segments and sources."""
    return QCoreApplication.translate("Figures", text)


def segment_words(segment: str | None) -> str:
    """A segment choice as a menu lists it."""
    if segment is None:
        return tr("All respondents")
    return tr("Segment unknown") if segment == UNKNOWN_SEGMENT else segment


def source_words(source: str | None) -> str:
    """A source choice as a menu lists it."""
    if source is None:
        return tr("All surveys")
    return source or tr("(no source name)")


def view_words(view: FigureView) -> str:
    """A view as a heading says it: "" for all respondents of all surveys, else e.g.
    "Segment: Business · Survey: wave2.csv"."""
    parts = []
    if view.segment is not None:
        parts.append(tr("Segment: {}").format(segment_words(view.segment)))
    if view.source is not None:
        parts.append(tr("Survey: {}").format(source_words(view.source)))
    return " · ".join(parts)

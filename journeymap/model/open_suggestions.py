"""The suggestions still open for a document: what a journey's evidence suggests, less what
the team dismissed or took up, and less what an opportunity already addresses (a gap row,
or for a suggestion about flows, its transitions), whatever remedy it proposes: a team
that works on the CSAT gap at the delivery does not need "Manage the expectation at the
delivery" on top."""

from __future__ import annotations

from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.figures import FigureView
from journeymap.model.links import Link
from journeymap.model.opportunities import remembered
from journeymap.model.suggestions import Suggestion, suggest

#: The links that say what a suggestion is about (its touchpoints and notes are context).
_SUBJECTS = ("gap", "transition")


def _addressed(doc: Document) -> set[Link]:
    """The gap rows and transitions the document's opportunities (not dismissed) address."""
    return {
        link
        for o in doc.opportunities
        if o.status != "dismissed"
        for link in o.links
        if link.kind in _SUBJECTS
    }


def open_suggestions(doc: Document, journey: Journey, view: FigureView) -> list[Suggestion]:
    """The journey's suggestions in the view, strongest first, that the team has not
    decided on and that address something no opportunity addresses yet."""
    dismissed, taken = remembered(doc)
    addressed = _addressed(doc)
    found = []
    for s in suggest(journey, view, dismissed, taken):
        subjects = {Link(link.kind, link.id, link.metric) for link in s.links
                    if link.kind in _SUBJECTS}  # fmt: skip
        if not subjects or not subjects <= addressed:
            found.append(s)
    return found

"""What older files meant, said in today's terms.

Before format 2 (.json) and schema 3 (.jmap), a measurement with segment "" meant "all
respondents", and an import with a segment column also wrote its blank segment cells as
segment "". Read as they are, those blank cells would become an unsplit measurement that
outweighs the named segments beside it (figures.py counts a source's unsplit answers
instead of its segments). ``mark_unknown_segments`` tells the two apart.
"""

from __future__ import annotations

from journeymap.model.document import Document
from journeymap.model.entities import Measurement


def mark_unknown_segments(doc: Document) -> None:
    """In a document read from an older file: for each touchpoint, metric and source
    that holds both a segment "" measurement and named segments, the "" one is *segment
    unknown* (blank cells of the same split), unless it holds every answer of the named
    segments (then it was an unsplit import of the same respondents, and stays "all
    respondents"; the overall figure counts it, and validate reports the overlap)."""
    for journey in doc.journeys:
        groups: dict[tuple[str, str, str], list[Measurement]] = {}
        for m in journey.measurements:
            groups.setdefault((m.touchpoint_id, m.metric, m.source), []).append(m)
        for measurements in groups.values():
            named: dict[int, float] = {}
            for m in measurements:
                if m.segment:
                    for answer, count in m.counts.items():
                        named[answer] = named.get(answer, 0) + count
            if not named:
                continue
            for m in measurements:
                holds_all = all(m.counts.get(a, 0) >= c for a, c in named.items())
                if not m.segment and not holds_all:
                    m.segmented = True

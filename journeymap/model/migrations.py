"""What older files meant, said in today's terms.

Before format 3 (.json) and schema 4 (.jmap), a touchpoint had the texts ``pain_points``
and ``opportunities``; they are notes in the lanes of those kinds now, linked to the
touchpoint (``touchpoint_texts_to_notes``, on the file's plain data before it is built).

Before format 2 (.json) and schema 3 (.jmap), a measurement with segment "" meant "all
respondents", and an import with a segment column also wrote its blank segment cells as
segment "". Read as they are, those blank cells would become an unsplit measurement that
outweighs the named segments beside it (figures.py counts a source's unsplit answers
instead of its segments). ``mark_unknown_segments`` tells the two apart.
"""

from __future__ import annotations

import uuid
from typing import Any

from journeymap.model.document import Document
from journeymap.model.entities import Measurement
from journeymap.model.validation import check_text
from journeymap.model.vocabulary import LANGUAGES, TOUCHPOINT_NOTE_LANES, lane_name


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


#: The marks a line of such a text may start with when it was written as a list.
_BULLETS = "-–•*"
#: The namespace of the ids the migration gives lanes and notes, so that reading the same
#: older file twice (or its .json and .jmap twins) gives the same document.
_MIGRATED = uuid.UUID("5b0f3c36-6f0e-4a55-9d25-8f1f4c0a7e13")


def _items(text: str) -> list[str]:
    """The pain points (or opportunities) one touchpoint text lists: a line each, without
    the bullet a list may give it."""
    lines = (line.strip() for line in text.splitlines())
    return [item for line in lines if (item := line.lstrip(_BULLETS).strip())]


def _lane_of(journey: dict[str, Any], kind: str) -> dict[str, Any]:
    """The journey's first lane of a kind, added at the bottom when it has none (a journey
    without any lane first gets its touchpoint lane, so its cards stay at the top)."""
    lanes = journey.setdefault("lanes", [])
    for lane in lanes:
        if isinstance(lane, dict) and lane.get("kind") == kind:
            return lane
    language = journey.get("language")
    language = language if language in LANGUAGES else "en"
    if not lanes:
        lanes.append(_new_lane(journey, "touchpoints", language))
    lanes.append(_new_lane(journey, kind, language))
    return lanes[-1]


def _new_lane(journey: dict[str, Any], kind: str, language: str) -> dict[str, Any]:
    key = f"{journey.get('id')}/lane/{kind}"
    return {"id": str(uuid.uuid5(_MIGRATED, key)), "kind": kind,
            "name": lane_name(kind, language), "visible": True, "notes": []}  # fmt: skip


def touchpoint_texts_to_notes(data: Any) -> None:
    """In a document's plain data read from an older file: each touchpoint's
    ``pain_points`` and ``opportunities`` text (fields that no longer exist) becomes notes
    in the journey's lane of that kind, one per line, under the touchpoint's stage and
    linked to it, so that each pain point has one place. A line that lane already holds
    as a note linked to the touchpoint is not noted twice. Data that is not shaped like a
    document is left for the reader to refuse."""
    for i, journey in enumerate(_dicts(data.get("journeys") if isinstance(data, dict) else [])):
        for k, tp in enumerate(_dicts(journey.get("touchpoints"))):
            for kind in TOUCHPOINT_NOTE_LANES:  # the texts became notes of these lanes
                if kind not in tp:
                    continue
                text = check_text(f"journeys[{i}].touchpoints[{k}].{kind}", tp.pop(kind))
                if _items(text):
                    _note_items(journey, tp, kind, _items(text))


def _note_items(journey: dict[str, Any], tp: dict[str, Any], kind: str, items: list[str]) -> None:
    lane = _lane_of(journey, kind)
    notes = lane.setdefault("notes", [])
    if not isinstance(notes, list):
        return
    noted = {
        note.get("text", "").strip()
        for note in _dicts(notes)
        if tp.get("id") in (note.get("touchpoint_ids") or ()) and isinstance(note.get("text"), str)
    }
    for n, item in enumerate(items):
        if item not in noted:
            key = f"{tp.get('id')}/{kind}/{n}"
            notes.append({"id": str(uuid.uuid5(_MIGRATED, key)), "stage_id": tp.get("stage_id"),
                          "text": item, "touchpoint_ids": [tp.get("id")]})  # fmt: skip


def _dicts(items: Any) -> list[dict[str, Any]]:
    """The dicts among a list's items (nothing when it is not a list)."""
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []

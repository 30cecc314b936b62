"""The Notes sheet: every note of the lanes as a row of an Excel table, lane by lane
in the map's order, stage by stage, the most voted first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journeymap.excel.cells import WRAP, Look, Sheet, Styled
from journeymap.excel.facts import JourneyFacts
from journeymap.excel.language import marked, tr
from journeymap.excel.maplanes import lane_label
from journeymap.excel.tables import Column, drop_journey, table_sheet

NOTE_COLUMNS = (
    Column(marked("Journey"), 22, WRAP),
    Column(marked("Lane"), 18, WRAP),
    Column(marked("Stage"), 18, WRAP),
    Column(marked("Note"), 50, WRAP),
    Column(marked("Votes"), 8, Look(horizontal="center")),
    Column(marked("Colour"), 10),
    Column(marked("Touchpoints"), 30, WRAP),
    Column(marked("ID"), 38),
)


def _colour(colour: str) -> Any:
    """A note's colour as written (#rrggbb), the cell filled with it; None without one."""
    if not colour:
        return None
    return Styled(colour, Look(fill=colour.lstrip("#").upper()))


def _rows(f: JourneyFacts) -> list[list[Any]]:
    journey = f.journey
    lanes = {lane.id: (i, lane) for i, lane in enumerate(journey.lanes)}
    stages = {s.id: i for i, s in enumerate(journey.stages)}
    # sorted() keeps the notes' own order among equals: the order within their cell
    notes = sorted(
        (n for n in journey.notes if n.lane_id in lanes),
        key=lambda n: (lanes[n.lane_id][0], stages.get(n.stage_id, len(stages)), -n.votes),
    )
    return [
        [
            journey.name or None,
            lane_label(lanes[note.lane_id][1]),
            f.stages.get(note.stage_id) or None,
            note.text or None,
            note.votes,
            _colour(note.colour),
            ", ".join(f.names.get(i, i) for i in note.touchpoint_ids) or None,
            note.id,
        ]
        for note in notes
    ]


def notes_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """One row per note of every journey: lane, stage, text, votes, colour, and the
    touchpoints it is about."""
    rows = [row for f in facts for row in _rows(f)]
    columns, rows = drop_journey(NOTE_COLUMNS, rows, len(facts) > 1)
    return table_sheet(tr("Notes"), "Notes", columns, rows)

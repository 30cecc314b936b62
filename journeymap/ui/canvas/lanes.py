"""Where a journey's lanes and notes go on the canvas, derived from the document (like
looks.py, one of the few canvas modules that read model objects).

The visible lanes are rows under the stage header, in their order. The touchpoint lane is
the card graph: the lanes listed before it lie between the header and the cards, those
after it below the cards. Each note sits in its cell (lane × stage), two abreast, in the
order of the journey's notes; a row is as tall as its tallest cell."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from journeymap.model.entities import Journey, Lane, Note
from journeymap.model.vocabulary import NOTE_LANES, lane_name
from journeymap.ui.canvas import colors
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.notes import NoteLook

#: Lane kinds drawn as a labelled horizontal line.
LINE_LANES = ("line_of_interaction", "line_of_visibility")
GRAPH = "touchpoints"


@dataclass(frozen=True)
class LaneSplit:
    """The visible lanes around the card graph (the touchpoint lane itself apart)."""

    above: list[Lane]
    graph: Lane | None
    below: list[Lane]


def split_lanes(journey: Journey) -> LaneSplit:
    """The visible lanes above the cards, the touchpoint lane, and those below; a journey
    whose lanes lack a touchpoint lane draws its cards under all of them."""
    visible = [lane for lane in journey.lanes if lane.visible]
    at = next((i for i, lane in enumerate(visible) if lane.kind == GRAPH), len(visible))
    graph = visible[at] if at < len(visible) else None
    return LaneSplit(visible[:at], graph, visible[at + 1 :])


def shows_lanes(journey: Journey) -> bool:
    """Whether the map draws lanes at all (a journey without visible lanes is the card
    graph alone, as it always was)."""
    return any(lane.visible for lane in journey.lanes)


def lane_title(lane: Lane, language: str) -> str:
    """What a lane's label says: its name, else the usual name of its kind."""
    return lane.name.strip() or lane_name(lane.kind, language)


def holds_notes(lane: Lane) -> bool:
    """Whether notes can be written in (or dragged to) this lane."""
    return lane.kind in NOTE_LANES


def cells(journey: Journey) -> dict[tuple[str, str], list[Note]]:
    """The notes of each cell, keyed (lane id, stage id), in their order."""
    found: dict[tuple[str, str], list[Note]] = {}
    for note in journey.notes:
        found.setdefault((note.lane_id, note.stage_id), []).append(note)
    return found


def note_looks(journey: Journey) -> dict[str, NoteLook]:
    """What each note shows: its text, its colour or its lane's, votes and links."""
    kinds = {lane.id: lane.kind for lane in journey.lanes}
    return {
        note.id: NoteLook(
            note.text,
            QColor(note.colour)
            if note.colour
            else colors.NOTE_COLOURS.get(kinds.get(note.lane_id, ""), colors.NOTE_COLOURS["text"]),
            note.votes,
            len(note.touchpoint_ids),
        )
        for note in journey.notes
    }


def slots(heights: list[float]) -> list[tuple[float, float]]:
    """Each note's offset in its cell from the cell's top left, given their heights: two
    abreast, each pair of notes as tall as the taller."""
    offsets, y = [], g.LANE_PAD
    for pair in range(0, len(heights), 2):
        for side in (0, 1):
            if pair + side < len(heights):
                offsets.append((g.NOTE_INSET + side * (g.NOTE_WIDTH + g.NOTE_GAP), y))
        y += max(heights[pair : pair + 2]) + g.NOTE_GAP
    return offsets


def stack_height(heights: list[float]) -> float:
    """The height a cell needs for notes of these heights."""
    rows = [max(heights[i : i + 2]) for i in range(0, len(heights), 2)]
    return 2 * g.LANE_PAD + sum(rows) + g.NOTE_GAP * max(0, len(rows) - 1)


def row_height(lane: Lane, heights: list[list[float]]) -> float:
    """How tall a lane's row is, given the note heights of each of its cells."""
    if lane.kind in LINE_LANES:
        return g.LINE_LANE_HEIGHT
    if not holds_notes(lane):
        return g.CURVE_LANE_HEIGHT  # the emotion curve and the figures are drawn elsewhere
    return max([g.EMPTY_LANE_HEIGHT, *(stack_height(h) for h in heights if h)])

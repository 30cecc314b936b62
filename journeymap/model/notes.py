"""The notes in a journey's lanes: where a new note goes in its cell, which pain points and
opportunities are about a touchpoint, and the command that writes one about it (a
touchpoint has no texts of its own for them: each pain point has one place, its note)."""

from __future__ import annotations

from journeymap.model.commands import AddObject, Command, Macro
from journeymap.model.entities import Journey, Lane, Note, Touchpoint
from journeymap.model.lanes import place_lane
from journeymap.model.messages import message
from journeymap.model.vocabulary import TOUCHPOINT_NOTE_LANES, lane_name


def end_of_cell(journey: Journey, lane_id: str, stage_id: str) -> int:
    """The index in the journey's notes at which a new note comes last in its cell."""
    last = [
        i for i, n in enumerate(journey.notes) if (n.lane_id, n.stage_id) == (lane_id, stage_id)
    ]
    return last[-1] + 1 if last else len(journey.notes)


def notes_about(journey: Journey, touchpoint_id: str, kind: str) -> list[Note]:
    """The notes in the journey's lanes of a kind that are linked to a touchpoint, in the
    journey's order."""
    lanes = {lane.id for lane in journey.lanes if lane.kind == kind}
    return [n for n in journey.notes if n.lane_id in lanes and touchpoint_id in n.touchpoint_ids]


def note_counts(journey: Journey) -> dict[str, int]:
    """How many pain points and opportunities are linked to each touchpoint."""
    counted = {lane.id for lane in journey.lanes if lane.kind in TOUCHPOINT_NOTE_LANES}
    counts: dict[str, int] = {}
    for note in journey.notes:
        if note.lane_id in counted:
            for tp_id in note.touchpoint_ids:
                counts[tp_id] = counts.get(tp_id, 0) + 1
    return counts


def add_note_about(journey: Journey, touchpoint: Touchpoint, kind: str, text: str) -> Command:
    """A command that writes a note in the journey's first lane of a kind, last in the cell
    of the touchpoint's stage and linked to the touchpoint; a journey without such a lane
    gets one at the bottom in the same undo step."""
    lane = next((lane for lane in journey.lanes if lane.kind == kind), None)
    if lane is not None:
        note = Note(lane.id, touchpoint.stage_id, text, touchpoint_ids=[touchpoint.id])
        return AddObject(note, journey.id, end_of_cell(journey, lane.id, touchpoint.stage_id))
    new_lane = Lane(kind, lane_name(kind, journey.language))
    note = Note(new_lane.id, touchpoint.stage_id, text, touchpoint_ids=[touchpoint.id])
    return Macro(
        message("step.add.note", name=text),
        [place_lane(journey, new_lane), AddObject(note, journey.id)],
    )

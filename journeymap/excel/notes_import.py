"""Reading new notes back from the fill-in template's Notes sheet (notes_template.py):
each line of a row's input cell becomes a note in that row's lane and stage, added after
the notes the lane's cell holds. Every bad cell is reported; fillin.py applies nothing
when any is (all or nothing)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from journeymap.excel.cells import col, unescape_text
from journeymap.excel.fillin_sheet import CellError, KeyedSheet
from journeymap.excel.language import tr_marked
from journeymap.excel.maplanes import lane_label
from journeymap.excel.notes_template import NOTES, NOTES_KEY_ROW
from journeymap.excel.typed_cells import blank
from journeymap.model.commands import AddObject, Command
from journeymap.model.declared import check_field
from journeymap.model.document import Document
from journeymap.model.entities import Lane, Note, Stage
from journeymap.model.messages import Message, message
from journeymap.model.validation import InvalidValue
from journeymap.model.vocabulary import NOTE_LANES

_NEEDED = ("lane_id", "stage_id", "new")  # the keys the reader cannot do without


@dataclass
class NewNotes:
    """The notes a Notes sheet adds: one AddObject each, a line saying so, the errors."""

    steps: list[Command] = field(default_factory=list)
    details: list[Message] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)


def note_lines(value: Any) -> list[str]:
    """The notes typed into one cell: a note per line, spaces around it and empty lines
    left out; the escapes a spreadsheet writes (_x000D_) undone."""
    text = unescape_text(value) if isinstance(value, str) else str(value)
    return [line.strip() for line in text.splitlines() if line.strip()]


def plan_notes(doc: Document, sheet: KeyedSheet) -> NewNotes:
    """The new notes of every row of the Notes sheet, or the errors of its cells."""
    found = NewNotes(errors=sheet.missing_keys(_NEEDED, tr_marked(NOTES), NOTES_KEY_ROW))
    keys = list(sheet.keys)
    if found.errors:
        return found
    at = {key: keys.index(key) for key in _NEEDED}
    for number, row in sheet.rows:
        cells = {key: row[i] if i < len(row) else None for key, i in at.items()}
        if blank(cells["new"]):
            continue  # nothing typed: the row is left as it was
        place = _place(doc, cells, at, number)
        if isinstance(place, CellError):
            found.errors.append(place)
            continue
        lane, stage, journey_id = place
        where = f"{col(at['new'] + 1)}{number}"
        for line in note_lines(cells["new"]):
            try:
                text = check_field("note", "text", line)
            except InvalidValue as error:
                assert error.message is not None  # the model's refusals say why
                found.errors.append(CellError(tr_marked(NOTES), where, error.message))
                continue
            found.steps.append(AddObject(Note(lane.id, stage.id, text), journey_id))
            found.details.append(
                message("sheet.note", lane=lane_label(lane), stage=stage.name, text=text)
            )
    return found


def _place(
    doc: Document, cells: dict[str, Any], at: dict[str, int], number: int
) -> tuple[Lane, Stage, str] | CellError:
    """The lane, stage and journey a row's notes go to, or the error of its id cell."""
    lane_id, stage_id = cells["lane_id"], cells["stage_id"]
    lane_cell = f"{col(at['lane_id'] + 1)}{number}"
    lane = doc.get(lane_id) if isinstance(lane_id, str) and lane_id in doc else None
    if not isinstance(lane, Lane):
        if blank(lane_id):
            return CellError(tr_marked(NOTES), lane_cell, message("cell.no_lane"))
        return CellError(
            tr_marked(NOTES), lane_cell, message("cell.unknown_lane", value=str(lane_id)[:40])
        )
    if lane.kind not in NOTE_LANES:
        reason = message("cell.lane_without_notes", name=lane_label(lane)[:40])
        return CellError(tr_marked(NOTES), lane_cell, reason)
    journey = doc.journey_of(lane.id)
    assert journey is not None  # a lane is always in a journey
    stage = next((s for s in journey.stages if s.id == stage_id), None)
    if stage is None:
        reason = message("cell.unknown_stage", value=str(stage_id)[:40])
        return CellError(tr_marked(NOTES), f"{col(at['stage_id'] + 1)}{number}", reason)
    return lane, stage, journey.id

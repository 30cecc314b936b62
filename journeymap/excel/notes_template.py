"""The Notes sheet of the fill-in template: one row per lane of notes and stage, where
stakeholders type new notes before the workshop, one per line (read back by
notes_import.py).

- row 1 (hidden): a key per column (``lane_id``, ``stage_id``, ``journey``, ``lane``,
  ``stage``, ``notes``, ``new``); the reader finds its columns by these keys;
- row 2: what to do; row 3: column titles; from row 4: a row per lane and stage;
- columns A and B (hidden): the lane's and the stage's ids; then journey (with
  several), lane, stage and the notes it holds, locked; then the yellow input cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.cells import HEADER, NOTE, Look, Sheet, Styled, line_height, text_lines
from journeymap.excel.language import marked, tr, tr_marked
from journeymap.excel.maplanes import lane_label, note_line
from journeymap.model.entities import Journey
from journeymap.model.vocabulary import NOTE_LANES

#: The sheet's name, written in the file's language (``tr_marked(NOTES)``).
NOTES = marked("Notes")
NOTES_KEY_ROW, NOTES_HELP_ROW, NOTES_TITLE_ROW, NOTES_FIRST_ROW = 1, 2, 3, 4
NEW_NOTES = Look(unlocked=True, fill="FFF6D5", wrap=True, vertical="top", border=True)
_KNOWN = Look(wrap=True, vertical="top", border=True)  # every row boxed: they are cells
MAX_LINES = 8  # a row grows to show at most this many lines


@dataclass(frozen=True, slots=True)
class NoteColumn:
    """One column of the Notes sheet."""

    key: str
    title: str
    width: float


def note_columns(several_journeys: bool) -> list[NoteColumn]:
    """The Notes sheet's columns, left to right; Journey only when there are several."""
    return [
        NoteColumn("lane_id", "lane id", 4),
        NoteColumn("stage_id", "stage id", 4),
        *([NoteColumn("journey", tr("Journey"), 20)] if several_journeys else []),
        NoteColumn("lane", tr("Lane"), 20),
        NoteColumn("stage", tr("Stage"), 20),
        NoteColumn("notes", tr("Notes so far"), 40),
        NoteColumn("new", tr("New notes (one per line)"), 45),
    ]


def has_note_lanes(journeys: Sequence[Journey]) -> bool:
    """Whether any of the journeys has a lane that holds notes."""
    return any(lane.kind in NOTE_LANES for j in journeys for lane in j.lanes)


def notes_input_sheet(journeys: Sequence[Journey]) -> Sheet:
    """The Notes sheet for every lane of notes of these journeys, stage by stage."""
    layout = note_columns(len(journeys) > 1)
    titles = f"{NOTES_TITLE_ROW}:{NOTES_TITLE_ROW}"
    sheet = Sheet(tr_marked(NOTES), freeze=f"A{NOTES_FIRST_ROW}", print_title_rows=titles)
    sheet.widths = {i: c.width for i, c in enumerate(layout, 1)}
    sheet.hidden_columns, sheet.hidden_rows = {1, 2}, {NOTES_KEY_ROW}
    sheet.add(*(c.key for c in layout))
    help_text = tr(
        "Type new notes into the yellow cells, one note per line. Read the Instructions."
    )
    sheet.add(None, None, Styled(help_text, NOTE))
    sheet.add(*(Styled(c.title, HEADER) for c in layout))
    for journey in journeys:
        cells: dict[tuple[str, str], list[str]] = {}  # a pass over the notes, not one a cell
        for n in journey.notes:
            cells.setdefault((n.lane_id, n.stage_id), []).append(note_line(n))
        for lane in journey.lanes:
            if lane.kind not in NOTE_LANES:
                continue
            for stage in journey.stages:
                known = cells.get((lane.id, stage.id), [])
                values = {
                    "lane_id": lane.id,
                    "stage_id": stage.id,
                    "journey": Styled(journey.name or None, _KNOWN),
                    "lane": Styled(lane_label(lane), _KNOWN),
                    "stage": Styled(stage.name or None, _KNOWN),
                    "notes": Styled("\n".join(known) or None, _KNOWN),
                    "new": Styled(None, NEW_NOTES),
                }
                row = sheet.add(*(values[c.key] for c in layout))
                lines = max(text_lines(values[c.key], c.width) for c in layout[2:])
                # room for two new notes at least: a one-line cell looks like one note
                sheet.heights[row] = line_height(min(max(lines, 2), MAX_LINES))
    sheet.finish.append(_protect)
    return sheet


def _protect(ws: Worksheet) -> None:
    """Locked but for the input cells; the team may widen columns and rows."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False

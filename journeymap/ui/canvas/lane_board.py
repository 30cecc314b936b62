"""The lane rows and sticky notes of one scene, laid out around its card graph: the
scene hands it the journey and where the graph ends, and asks it which cell lies where."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from journeymap.model.entities import Journey
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.lanes import (
    GRAPH,
    LINE_LANES,
    cells,
    holds_notes,
    lane_title,
    note_looks,
    row_height,
    slots,
    split_lanes,
)
from journeymap.ui.canvas.notes import LaneRowItem, NoteItem, NoteLook


class LaneBoard:
    """Keeps a NoteItem per note and a LaneRowItem per visible lane in a scene."""

    def __init__(self, scene: QGraphicsScene, on_released: Callable[[NoteItem], None]) -> None:
        self.scene = scene
        self.on_released = on_released
        self.notes: dict[str, NoteItem] = {}
        self._rows: list[LaneRowItem] = []  # the journey's lanes, top to bottom
        self._spans: dict[str, tuple[float, float]] = {}  # lane id -> (top, bottom)
        # (where the card graph ended, where the last lane ends) when the lanes were laid
        # out: a card moved within the graph leaves the lanes where they are
        self._laid: tuple[float, float] | None = None

    def forget(self) -> None:
        """Let go of every item (the scene was cleared)."""
        self.notes.clear()
        self._rows.clear()
        self._spans.clear()
        self._laid = None

    def add_note(self, note_id: str, look: NoteLook) -> None:
        """Draw a new note (placed at the next layout)."""
        note = NoteItem(note_id, look)
        note.on_released = self.on_released
        self.notes[note_id] = note
        self.scene.addItem(note)

    def remove_note(self, note_id: str) -> None:
        """Take a note's item away."""
        self.scene.removeItem(self.notes.pop(note_id))

    def refresh(self, journey: Journey, only: set[str] | None = None) -> None:
        """Show the notes (those in ``only``) as they are now."""
        for note_id, look in note_looks(journey).items():
            if note_id in self.notes and (only is None or note_id in only):
                self.notes[note_id].set_look(look)

    def changed(self) -> None:
        """Notes or lanes changed: the next placing lays everything out afresh."""
        self._laid = None

    def _heights(self, journey: Journey, lane_id: str) -> list[list[float]]:
        """The heights of the notes in each cell of a lane, stage by stage."""
        found = cells(journey)
        return [
            [self.notes[n.id].note_height for n in found.get((lane_id, s.id), [])
             if n.id in self.notes]
            for s in journey.stages
        ]  # fmt: skip

    def height_above(self, journey: Journey) -> float:
        """How tall the lanes listed before the touchpoint lane are together."""
        return sum(
            row_height(lane, self._heights(journey, lane.id)) for lane in split_lanes(journey).above
        )

    def place(self, journey: Journey, graph_bottom: float) -> float:
        """Lay out the rows and notes around the card graph (which ends at
        ``graph_bottom``), unless they already are; the bottom of the last row."""
        if self._laid is None or self._laid[0] != graph_bottom:
            self._laid = (graph_bottom, self._lay_out(journey, graph_bottom))
        return self._laid[1]

    def _lay_out(self, journey: Journey, graph_bottom: float) -> float:
        self._remove_rows()
        split = split_lanes(journey)
        left = g.column_x(0) - g.LANE_LABEL_WIDTH
        width = g.column_x(len(journey.stages)) - g.COLUMN_GAP - left
        found = cells(journey)
        shown: set[str] = set()
        y = g.header_height()
        rows = [*split.above, *([split.graph] if split.graph else []), *split.below]
        if split.graph is None:
            rows.append(None)  # the cards still have their band, unlabelled
        for lane in rows:
            if lane is None or lane.kind == GRAPH:
                top, y = y, graph_bottom
                if lane is None:
                    continue
                tall = graph_bottom - top
            else:
                top, tall = y, row_height(lane, self._heights(journey, lane.id))
                y += tall
            self._spans[lane.id] = (top, top + tall)
            title = lane_title(lane, journey.language)
            under_line = bool(self._rows) and self._rows[-1].line
            row = LaneRowItem(lane.id, title, lane.kind in LINE_LANES, width, tall, not under_line)
            row.setPos(left, top)
            self._rows.append(row)
            self.scene.addItem(row)
            if lane.kind == GRAPH or not holds_notes(lane):
                continue
            for index, stage in enumerate(journey.stages):
                items = [self.notes[n.id] for n in found.get((lane.id, stage.id), [])
                         if n.id in self.notes]  # fmt: skip
                x = g.column_x(index)
                for item, (dx, dy) in zip(
                    items, slots([i.note_height for i in items]), strict=True
                ):
                    item.setPos(x + dx, top + dy)
                    shown.add(item.object_id)
        for note_id, item in self.notes.items():
            item.setVisible(note_id in shown)  # in a hidden lane, or one not (yet) there
        return y

    def hide(self) -> None:
        """No lane is on show: no rows, no notes."""
        self._remove_rows()
        self._laid = None
        for item in self.notes.values():
            item.setVisible(False)

    def _remove_rows(self) -> None:
        for row in self._rows:
            self.scene.removeItem(row)
        self._rows.clear()
        self._spans.clear()

    def row_span(self, lane_id: str) -> tuple[float, float] | None:
        """The (top, bottom) of a lane's row as last laid out (None when not on show)."""
        return self._spans.get(lane_id)

    def label_at(self, pos: QPointF) -> str | None:
        """The id of the lane whose name (in the label column left of the stages) lies
        under a scene position, if any."""
        for row in self._rows:
            if self.label_rect(row.lane_id).contains(pos):
                return row.lane_id
        return None

    def label_rect(self, lane_id: str) -> QRectF:
        """The scene rectangle of a lane's name in the label column (empty when the lane
        is not on show)."""
        row = next((r for r in self._rows if r.lane_id == lane_id), None)
        if row is None:
            return QRectF()
        return QRectF(row.pos().x(), row.pos().y(), g.LANE_LABEL_WIDTH, row.rect.height())

    def cell_at(self, journey: Journey, y: float, stage_id: str) -> tuple[str, str] | None:
        """The (lane id, stage id) of the note lane's cell at height ``y`` in a stage."""
        for lane in journey.lanes:
            top, bottom = self._spans.get(lane.id, (0.0, 0.0))
            if top <= y < bottom:
                return (lane.id, stage_id) if holds_notes(lane) else None
        return None

    def in_other_lane(self, journey: Journey, y: float) -> bool:
        """Whether height ``y`` lies in a lane row other than the touchpoint lane."""
        graph = {lane.id for lane in journey.lanes if lane.kind == GRAPH}
        return any(
            top <= y < bottom for lane_id, (top, bottom) in self._spans.items()
            if lane_id not in graph
        )  # fmt: skip

    def cell_rect(self, journey: Journey, lane_id: str, stage_id: str) -> QRectF | None:
        """A lane cell's rectangle in the scene (None when the lane is not on show)."""
        if lane_id not in self._spans or stage_id not in {s.id for s in journey.stages}:
            return None
        top, bottom = self._spans[lane_id]
        x = g.column_x(journey.stage_index(stage_id))
        return QRectF(x, top, g.COLUMN_WIDTH, bottom - top)

    def next_note_rect(self, journey: Journey, lane_id: str, stage_id: str) -> QRectF | None:
        """Where a new note in this cell goes: after the cell's last note."""
        if lane_id not in self._spans:
            return None
        heights = [
            self.notes[n.id].note_height
            for n in cells(journey).get((lane_id, stage_id), [])
            if n.id in self.notes
        ]
        dx, dy = slots([*heights, g.NOTE_MIN_HEIGHT])[-1]
        x = g.column_x(journey.stage_index(stage_id))
        top = self._spans[lane_id][0]
        return QRectF(x + dx, top + dy, g.NOTE_WIDTH, g.NOTE_MIN_HEIGHT)

"""The scene: a mediator between the document and the graphics items.

It listens to document events and keeps an id -> item map, so each change touches
only the items it concerns. What the user does to items (drop a card, drag a
connection, double-click a column) becomes a model command, pushed through the
editor; the scene then hears the resulting event like every other view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from journeymap.bulk import collector_paused
from journeymap.model.commands import (
    Command,
    Macro,
    SetFields,
    connect,
    move_touchpoint,
    object_name,
)
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.events import RESET, Event
from journeymap.model.figures import ALL_RESPONDENTS, FigureView
from journeymap.model.loops import back_edges
from journeymap.model.messages import message
from journeymap.model.notes import note_counts
from journeymap.model.opportunities import open_counts
from journeymap.ui import numbers
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.curve_overlay import CurveOverlayItem, counterpart_curve
from journeymap.ui.canvas.emotion_lane import EmotionCurve, EmotionPointItem, curve_points
from journeymap.ui.canvas.items import (
    ArrowItem,
    ArrowText,
    CardItem,
    CardLook,
    StageColumnItem,
    place_arrow_labels,
    tr,
)
from journeymap.ui.canvas.lane_board import LaneBoard
from journeymap.ui.canvas.lanes import note_looks, shows_lanes
from journeymap.ui.canvas.looks import arrow_text, card_looks, highlighted
from journeymap.ui.canvas.metrics_lane import MetricsLane
from journeymap.ui.canvas.notes import CellMarkItem, NoteItem
from journeymap.ui.canvas.persona_card import PERSONA_WIDTH, PersonaCardItem
from journeymap.ui.editor import Editor

#: Document events that change what a card shows.
_CARD_FIELDS = {"stage_id", "y", "owner"}
#: What the emotion curve and the stages' figures are drawn from.
_COMPUTED_FROM = {"touchpoint", "stage", "measurement", "lane"}


class JourneyScene(QGraphicsScene):
    """Draws one journey of a document and turns gestures into commands."""

    #: The user asked to add a touchpoint at (stage id, y); the editor names it.
    add_touchpoint_requested = Signal(str, float)
    #: The user asked to rename an object (id) in place (an arrow: its label and share).
    rename_requested = Signal(str)
    #: The user asked to write a new note in a lane's cell (lane id, stage id).
    note_requested = Signal(str, str)
    #: The user asked to edit a note's text in place (its id).
    note_edit_requested = Signal(str)
    #: Another journey's curve came over the emotion curve, or went (see overlaid_state).
    overlay_changed = Signal()
    #: A gesture was refused before it became a command: why, in the interface's words.
    refused = Signal(str)
    #: Another lane cell was chosen, or none (see current_cell).
    cell_chosen = Signal()

    def __init__(
        self, doc: Document, push: Callable[[Command], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.push = push
        self.journey_id: str | None = None
        self.colour_by = "gap"  # or a metric: cards as a heat map of its level
        self.figure_view = ALL_RESPONDENTS  # whose answers the badges count
        self.voting = False  # dot voting: clicks on notes give and take votes
        self.highlight = ""  # "", "handoffs", "channel_breaks", "loops" or "worst_path"
        self.overlay = False  # the counterpart's emotion curve over this one's, dashed
        self._overlaid: tuple[str, str] | None = None  # (journey id, state) of the one drawn
        self.cards: dict[str, CardItem] = {}
        self.arrows: dict[str, ArrowItem] = {}
        self.columns: dict[str, StageColumnItem] = {}
        self.board = LaneBoard(self, self._note_released)  # the lanes and their notes
        self.curve = EmotionCurve(self, self._point_released)  # in the emotion lane
        self.figures_row = MetricsLane(self)  # the stages' figures in the metrics lane
        self._computed_stale = False  # an edit since the curve and figures were drawn
        self._graph_top = 0.0  # the height of the lanes drawn between header and cards
        self.current_cell: tuple[str, str] | None = None  # (lane id, stage id) clicked
        self._cell_mark: CellMarkItem | None = None
        self.persona_card: PersonaCardItem | None = None
        self._connecting: tuple[CardItem, QGraphicsLineItem] | None = None
        self._followed: Editor | None = None
        self._labels_stale = False  # cards or arrows moved since the labels were placed
        self._marks_stale = False  # opportunities, cards or arrows changed since marked
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def follow(self, editor: Editor) -> None:
        """Keep drawing the journey as the editor's document changes. A scene that does
        not follow (a map export) is a picture of the moment it was drawn. Qt disconnects
        a deleted scene by itself, so no edit ever reaches a scene that is gone."""
        self._followed = editor
        self.figure_view = editor.figure_view
        editor.changed.connect(self._on_event)
        editor.settled.connect(self._on_settled)
        editor.figure_view_changed.connect(self._on_figure_view)

    def stop_following(self) -> None:
        """Stop drawing changes (the scene is about to be dropped)."""
        if self._followed is not None:
            self._followed.changed.disconnect(self._on_event)
            self._followed.settled.disconnect(self._on_settled)
            self._followed.figure_view_changed.disconnect(self._on_figure_view)
            self._followed = None

    # ---- building ---------------------------------------------------------------
    @property
    def journey(self) -> Journey | None:
        """The journey on show, if any."""
        if self.journey_id is None or self.journey_id not in self.doc:
            return None
        return self.doc.journey(self.journey_id)

    def show_journey(self, journey_id: str | None) -> None:
        """Draw this journey from scratch."""
        self.journey_id = journey_id
        self.rebuild()

    def set_colour_by(self, colour_by: str) -> None:
        """Colour the cards by gap, or as a heat map of one metric's measured level."""
        self.colour_by = colour_by
        self._refresh_looks()

    def set_figure_view(self, view: FigureView) -> None:
        """Count this segment's and source's answers in the badges, the heat map and the
        worst path."""
        self.figure_view = view
        self._refresh_looks()
        self._draw_computed_lanes()
        if self.highlight:
            self.apply_highlight()

    def _on_figure_view(self) -> None:
        assert self._followed is not None
        self.set_figure_view(self._followed.figure_view)

    def _refresh_looks(self) -> None:
        journey = self.journey
        if journey is not None:
            for tid, look in self._looks(journey).items():
                self.cards[tid].set_look(look)

    def _looks(self, journey: Journey, only: set[str] | None = None) -> dict[str, CardLook]:
        """What the cards show, as the scene's choices have it."""
        return card_looks(journey, only, self.colour_by, self.figure_view)

    def set_highlight(self, kind: str) -> None:
        """Emphasise the handoffs, channel breaks, loops or the worst path ("" for none)."""
        self.highlight = kind
        self.apply_highlight()

    def apply_highlight(self) -> None:
        """(Re)compute the overlay from the journey as it is now."""
        journey = self.journey
        links: set[str] | None = None
        cards: set[str] | None = None
        if journey is not None and self.highlight:
            links, cards = highlighted(journey, self.highlight, self.figure_view)
        for tid, arrow in self.arrows.items():
            arrow.set_emphasis("" if links is None else "on" if tid in links else "dim")
        for tid, card in self.cards.items():
            card.setOpacity(1.0 if cards is None or tid in cards else 0.35)

    def rebuild(self) -> None:
        """Throw every item away and draw the journey again."""
        with collector_paused():
            self._rebuild()

    def _rebuild(self) -> None:
        self.clear()
        self.cards.clear()
        self.arrows.clear()
        self.columns.clear()
        self.board.forget()
        self.curve.forget()
        self._note_overlaid(None)
        self.figures_row.forget()
        self._cell_mark = None
        self.persona_card = None
        journey = self.journey
        if journey is None:
            return
        self._show_persona(journey)
        for index, stage in enumerate(journey.stages):
            column = StageColumnItem(stage.id, stage.name, index)
            self.columns[stage.id] = column
            self.addItem(column)
        looks = self._looks(journey)
        for tp in journey.touchpoints:
            self._add_card(tp, looks[tp.id])
        for note_id, note_look in note_looks(journey).items():
            self.board.add_note(note_id, note_look)
        self._place_all()  # before the arrows exist, so each path is drawn once
        back = self._back_edges(journey)
        for t in journey.transitions:
            self._add_arrow(t.id, t.source, t.target, arrow_text(t), t.id in back)
        self._place_labels()
        self._mark_opportunities()
        if self.highlight:
            self.apply_highlight()

    def _mark_opportunities(self) -> None:
        """Mark the cards and arrows that open opportunities address."""
        self._marks_stale = False
        counts = open_counts(self.doc)
        for items in (self.cards, self.arrows):
            for object_id, item in items.items():
                item.set_opportunities(counts.get(object_id, 0))

    def _add_card(self, tp: Touchpoint, look) -> CardItem:
        card = CardItem(tp.id, look)
        card.on_released = self._card_released
        card.on_connect_start = self._start_connecting
        self.cards[tp.id] = card
        self.addItem(card)
        return card

    def _add_arrow(self, tid: str, source: str, target: str, label: ArrowText, back: bool) -> None:
        arrow = ArrowItem(tid, self.cards[source], self.cards[target], label, back)
        self.arrows[tid] = arrow
        self.addItem(arrow)
        self.addItem(arrow.label_item)

    def _place_labels(self) -> None:
        """Put every arrow's label where it covers no card, no stage header and no other
        label: after anything moved the cards or changed the arrows."""
        self._labels_stale = False
        obstacles = [card.sceneBoundingRect() for card in self.cards.values()]
        obstacles += [c.mapRectToScene(c.header_rect()) for c in self.columns.values()]
        place_arrow_labels(list(self.arrows.values()), obstacles)

    @staticmethod
    def _back_edges(journey: Journey) -> set[str]:
        """Transition ids that lead back (the repeat contacts), drawn as dashed loops: the
        same rule the analysis uses, so the map and the Loops highlight agree."""
        back = back_edges(journey)
        return {t.id for t in journey.transitions if (t.source, t.target) in back}

    # ---- placing ----------------------------------------------------------------
    def _place_all(self) -> None:
        journey = self.journey
        if journey is None:
            return
        order = {s.id: i for i, s in enumerate(journey.stages)}
        self._graph_top = self.board.height_above(journey)
        self.board.changed()  # notes or lanes may have changed: lay them out afresh
        for tp in journey.touchpoints:
            if tp.id not in self.cards:
                continue  # added in a batch whose event has not arrived yet
            x = g.column_x(order[tp.stage_id]) + g.CARD_INSET
            self.cards[tp.id].setPos(x, g.card_top(tp.y, self._graph_top))
        self._size_columns()

    def _size_columns(self) -> None:
        journey = self.journey
        if journey is None:
            return
        bottom = max((c.pos().y() + g.CARD_HEIGHT for c in self.cards.values()), default=0)
        height = max(bottom + 80, 600)
        if shows_lanes(journey):  # the lanes below the cards start where the graph ends
            top = g.header_height() + self._graph_top
            graph_bottom = max(bottom + 80, top + g.GRAPH_MIN_HEIGHT)
            height = self.board.place(journey, graph_bottom)
        else:
            self.board.hide()  # the last lane was hidden: its notes go with it
        for index, stage in enumerate(journey.stages):
            column = self.columns.get(stage.id)
            if column is None:
                continue
            column.show_stage(column.title, index)
            column.setPos(g.column_x(index), 0)
            column.set_size(g.COLUMN_WIDTH, height)
        self._labels_stale = True
        self._place_computed_lanes(journey)
        self._place_persona()
        self.choose_cell(self.current_cell)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    # ---- the emotion curve and the figures -------------------------------------------
    def _computed_lane(self, journey: Journey, kind: str) -> tuple[float, float] | None:
        """The (top, bottom) of the first visible lane of this kind, if it is on show."""
        lane = next((la for la in journey.lanes if la.visible and la.kind == kind), None)
        return None if lane is None or not shows_lanes(journey) else self.board.row_span(lane.id)

    def _place_computed_lanes(self, journey: Journey) -> None:
        """Keep the emotion curve and the figures in their rows as the rows move; a row
        that just appeared is drawn at once, the rest when the edits settle."""
        span = self._computed_lane(journey, "emotion")
        if span is None:
            self.curve.remove()
            self._note_overlaid(None)
        else:
            left = g.column_x(0)
            width = g.column_x(len(journey.stages)) - g.COLUMN_GAP - left
            if self.curve.place(span[0], span[1] - span[0], left, width):
                self._draw_curve(journey)
        span = self._computed_lane(journey, "metrics")
        if span is None:
            self.figures_row.remove()
        elif not self.figures_row.cells:
            self._draw_figures(journey, span)
        else:
            self.figures_row.move_to(journey, span[0])

    def _draw_computed_lanes(self) -> None:
        """Draw the emotion curve and the figures afresh from the journey as it is."""
        journey = self.journey
        self._computed_stale = False
        if journey is None:
            return
        if self._computed_lane(journey, "emotion") is not None:
            self._draw_curve(journey)
        span = self._computed_lane(journey, "metrics")
        if span is not None:
            self._draw_figures(journey, span)

    def _draw_curve(self, journey: Journey) -> None:
        tops = {tid: card.pos().y() for tid, card in self.cards.items()}
        points = curve_points(journey, tops)
        self.curve.show_points(points)
        row, overlay = self.curve.row, None
        if self.overlay and row is not None:
            overlay = counterpart_curve(self.doc.journeys, journey, points, row.tall)
        self.curve.show_overlay(overlay)
        self._note_overlaid(overlay)

    def set_overlay(self, on: bool) -> None:
        """Lay the counterpart's emotion curve (to-be over as-is, or as-is over to-be) over
        this journey's, or take it away."""
        self.overlay = on
        journey = self.journey
        if journey is not None and self._computed_lane(journey, "emotion") is not None:
            self._draw_curve(journey)

    @property
    def overlaid_state(self) -> str:
        """The state of the journey whose curve is laid over this one ("" for none)."""
        return self._overlaid[1] if self._overlaid else ""

    def _note_overlaid(self, overlay: CurveOverlayItem | None) -> None:
        overlaid = (overlay.journey_id, overlay.state) if overlay is not None else None
        if overlaid != self._overlaid:
            self._overlaid = overlaid
            self.overlay_changed.emit()

    def _overlay_hears(self, event: Event) -> bool:
        """Whether an event may change the overlaid curve: an edit of its journey, or of
        any journey (which one is the counterpart may change)."""
        if not self.overlay:
            return False
        overlaid_id = self._overlaid[0] if self._overlaid else None
        return event.kind == "journey" or (
            overlaid_id is not None and event.journey_id == overlaid_id
        )

    def _draw_figures(self, journey: Journey, span: tuple[float, float]) -> None:
        top, bottom = span
        self.figures_row.show_figures(journey, self.figure_view, top, bottom - top)

    def _point_released(self, item: EmotionPointItem) -> None:
        """A curve point dropped at another step changes its touchpoint's emotion, in one
        step; dropped on its own step (or refused), it goes back there."""
        tp = self.doc.get(item.touchpoint_id)
        emotion = item.dragged_emotion()
        if emotion == tp.emotion or not self.push(SetFields(tp.id, {"emotion": emotion})):
            item.snap_back()

    # ---- lanes and notes ----------------------------------------------------------
    @property
    def notes(self) -> dict[str, NoteItem]:
        """The sticky notes' items, by note id."""
        return self.board.notes

    def _place_persona(self) -> None:
        """The persona card left of the lane names (left of the first stage without)."""
        journey = self.journey
        if self.persona_card is None or journey is None:
            return
        left = g.column_x(0) - g.LANE_LABEL_WIDTH if shows_lanes(journey) else 0.0
        self.persona_card.setPos(min(0.0, left) - PERSONA_WIDTH - 2 * g.COLUMN_GAP, 0)

    def lane_label_at(self, pos: QPointF) -> str | None:
        """The id of the lane whose name lies under a scene position (left of the stages)."""
        return self.board.label_at(pos)

    def lane_cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        """The (lane id, stage id) of the cell of a note lane under a scene position."""
        journey = self.journey
        stage_id = self.column_at(pos)
        if journey is None or stage_id is None:
            return None
        return self.board.cell_at(journey, pos.y(), stage_id)

    def next_note_rect(self, lane_id: str, stage_id: str) -> QRectF | None:
        """Where a new note in this cell goes: after the cell's last note."""
        journey = self.journey
        if journey is None:
            return None
        return self.board.next_note_rect(journey, lane_id, stage_id)

    def choose_cell(self, cell: tuple[str, str] | None) -> None:
        """Make this lane cell the current one, framed (None: no current cell): typing
        writes a note in it."""
        journey = self.journey
        rect = None
        if cell is not None and journey is not None:
            rect = self.board.cell_rect(journey, *cell)
        before, self.current_cell = self.current_cell, cell if rect is not None else None
        if self.current_cell != before:
            self.cell_chosen.emit()
        if rect is None:
            if self._cell_mark is not None:
                self.removeItem(self._cell_mark)
                self._cell_mark = None
            return
        if self._cell_mark is None:
            self._cell_mark = CellMarkItem()
            self.addItem(self._cell_mark)
        self._cell_mark.mark(rect)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting:  # dot voting: a click gives a note a vote, a right-click takes one
            self._vote(event)
            return
        # a press on an empty part of a lane cell chooses it: typing then writes a note
        under = self.items(event.scenePos())
        on_item = any(isinstance(i, CardItem | NoteItem | ArrowItem) for i in under)
        self.choose_cell(None if on_item else self.lane_cell_at(event.scenePos()))
        super().mousePressEvent(event)

    def _vote(self, event: QGraphicsSceneMouseEvent) -> None:
        """One vote more for the note clicked (left button), one less (right button, never
        below none), as one undo step; a click beside the notes does nothing."""
        event.accept()
        note_item = next((i for i in self.items(event.scenePos()) if isinstance(i, NoteItem)),
                         None)  # fmt: skip
        if note_item is None:
            return
        note = self.doc.get(note_item.object_id)
        name = object_name(self.doc, note)
        if event.button() == Qt.MouseButton.LeftButton:
            step = message("step.vote", name=name)
            self.push(SetFields(note.id, {"votes": note.votes + 1}, step))
        elif event.button() == Qt.MouseButton.RightButton and note.votes:
            step = message("step.unvote", name=name)
            self.push(SetFields(note.id, {"votes": note.votes - 1}, step))

    def _note_released(self, item: NoteItem) -> None:
        """Notes dropped on a cell of a note lane move there, all in one step; dropped
        anywhere else (or where they were), they go back to their places."""
        journey = self.journey
        if journey is None:
            return
        moved = [i for i in self.selectedItems() if isinstance(i, NoteItem)] or [item]
        commands: list[Command] = []
        for note_item in moved:
            note = self.doc.get(note_item.object_id)
            target = self.lane_cell_at(note_item.sceneBoundingRect().center())
            if target is not None and target != (note.lane_id, note.stage_id):
                lane_id, stage_id = target
                step = message("step.move", name=object_name(self.doc, note))
                commands.append(
                    SetFields(note.id, {"lane_id": lane_id, "stage_id": stage_id}, step)
                )
        if len(commands) == 1:
            self.push(commands[0])
        elif commands:
            self.push(Macro(tr("Move {} notes").format(numbers.whole(len(commands))), commands))
        self._place_all()  # whatever was not moved snaps back into its cell

    # ---- following the document ---------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if event.action == RESET:
            self.rebuild()
            return
        if event.kind in ("opportunity", "touchpoint", "transition"):
            self._marks_stale = True  # marked again once the edits settle
        journey = self.journey
        if journey is not None and (event.kind == "persona" or event.object_id == journey.id):
            self._show_persona(journey)  # its fields, or the journey's choice of persona
            if "language" in event.changes:
                self._place_all()  # the lanes' usual names are in the journey's language
        if self._overlay_hears(event):
            self._computed_stale = True  # redrawn when the edits settle, like the own curve
        if journey is None or event.journey_id != self.journey_id:
            if event.kind == "journey" and event.object_id == self.journey_id and journey is None:
                self.rebuild()
            return
        handler = getattr(self, f"_on_{event.kind}", None)
        if handler:
            handler(event, journey)
        if event.kind in _COMPUTED_FROM:  # the curve and the figures follow when edits settle
            self._computed_stale = True

    def _on_lane(self, event: Event, journey: Journey) -> None:
        self.board.refresh(journey)  # a lane's kind gives its notes their tint
        self._count_notes(journey)
        self._place_lanes_again()

    def _on_note(self, event: Event, journey: Journey) -> None:
        note_id = event.object_id
        if event.action == "added":
            if note_id not in self.doc:
                return  # added and taken out again within one batch
            self.board.add_note(note_id, note_looks(journey)[note_id])
        elif event.action == "removed":
            self.board.remove_note(note_id)
        else:
            self.board.refresh(journey, {note_id})
        self._count_notes(journey)
        self._place_lanes_again()

    def _count_notes(self, journey: Journey) -> None:
        """Cards show how many pain points and opportunities are about them: refresh the
        cards whose count changed."""
        counts = note_counts(journey)
        changed = {tid for tid, card in self.cards.items() if card.look.notes != counts.get(tid, 0)}
        if changed:
            for tid, look in self._looks(journey, changed).items():
                self.cards[tid].set_look(look)

    def _place_lanes_again(self) -> None:
        """Lay the lanes out afresh after a note or lane changed. The cards move (and
        their arrows with them) only when the lanes above them changed height; else the
        arrows' labels stay where they were placed."""
        above, stale = self._graph_top, self._labels_stale
        self._place_all()
        if self._graph_top == above:
            self._labels_stale = stale

    def _show_persona(self, journey: Journey) -> None:
        """The journey's persona card at the top left, as the persona is now (none
        without a persona)."""
        persona_id = journey.persona_id
        persona = self.doc.get(persona_id) if persona_id and persona_id in self.doc else None
        card = self.persona_card
        if card is not None and (persona is None or card.persona_id != persona.id):
            self.removeItem(card)
            card = self.persona_card = None
        if persona is None:
            return
        if card is None:
            self.persona_card = PersonaCardItem(persona)
            self.addItem(self.persona_card)
        else:
            card.show_persona(persona)
        self._place_persona()

    def _on_settled(self) -> None:
        # once after a burst of events: placing 3,000 labels takes a good part of a second,
        # and an auto-layout of 2,000 cards sends 2,000 events
        if self._labels_stale:
            self._place_labels()
        if self._marks_stale:
            self._mark_opportunities()
        if self._computed_stale:
            self._draw_computed_lanes()
        if self.highlight:
            self.apply_highlight()

    def _on_stage(self, event: Event, journey: Journey) -> None:
        if event.action == "added":
            stage = self.doc.get(event.object_id)
            column = StageColumnItem(stage.id, stage.name, 0)
            self.columns[stage.id] = column
            self.addItem(column)
        elif event.action == "removed":
            self.removeItem(self.columns.pop(event.object_id))
        elif event.action == "changed":
            column = self.columns[event.object_id]
            column.show_stage(self.doc.get(event.object_id).name, column.index)
        self._place_all()
        self._refresh_arrows(journey)

    def _on_touchpoint(self, event: Event, journey: Journey) -> None:
        tid = event.object_id
        if event.action == "added":
            tp = self.doc.get(tid)
            self._add_card(tp, self._looks(journey, {tid})[tid])
            self._place_all()
        elif event.action == "removed":
            card = self.cards.pop(tid)
            self.removeItem(card)
            self._size_columns()
        elif event.action == "changed":
            self.cards[tid].set_look(self._looks(journey, {tid})[tid])
            if "emotion" in event.changes:  # at once: the dragged point snaps to its step
                tp = self.doc.get(tid)
                self.curve.show_emotion(tid, tp.name, tp.emotion)
            if _CARD_FIELDS & set(event.changes):
                self._place_card(journey, tid)
                self._refresh_arrows(journey)

    def _place_card(self, journey: Journey, tid: str) -> None:
        tp = self.doc.get(tid)
        x = g.column_x(journey.stage_index(tp.stage_id)) + g.CARD_INSET
        self.cards[tid].setPos(x, g.card_top(tp.y, self._graph_top))
        self._size_columns()

    def _refresh_arrows(self, journey: Journey) -> None:
        back = self._back_edges(journey)
        for t in journey.transitions:
            if t.id in self.arrows:  # a batch may run ahead of its events
                self.arrows[t.id].set_label(arrow_text(t), t.id in back)

    def _on_transition(self, event: Event, journey: Journey) -> None:
        tid = event.object_id
        if event.action == "added":
            t = self.doc.get(tid)
            back = self._back_edges(journey)
            self._add_arrow(tid, t.source, t.target, arrow_text(t), tid in back)
        elif event.action == "removed":
            arrow = self.arrows.pop(tid)
            arrow.detach()
            self.removeItem(arrow)
        elif event.action == "changed":
            t = self.doc.get(tid)
            if {"source", "target"} & set(event.changes):
                self.arrows[tid].detach()
                self.removeItem(self.arrows.pop(tid))
                self._add_arrow(tid, t.source, t.target, ArrowText(), False)
            self._refresh_arrows(journey)
        self._labels_stale = True

    def _on_measurement(self, event: Event, journey: Journey) -> None:
        # a removed measurement is gone from the index: refresh every card then
        ids = {self.doc.get(event.object_id).touchpoint_id} if event.object_id in self.doc else None
        for tid, look in self._looks(journey, ids).items():
            if tid in self.cards:
                self.cards[tid].set_look(look)

    # ---- gestures -> commands -----------------------------------------------------
    def _card_released(self, card: CardItem) -> None:
        journey = self.journey
        if journey is None or not journey.stages:
            return
        moved = [c for c in self.selectedItems() if isinstance(c, CardItem)] or [card]
        commands = []
        for item in moved:
            tp = self.doc.get(item.object_id)
            centre = item.pos().x() + g.CARD_WIDTH / 2
            stage = journey.stages[g.column_at(centre, len(journey.stages))]
            y = g.y_from_top(item.pos().y(), self._graph_top)
            if (stage.id, y) != (tp.stage_id, tp.y):
                commands.append(move_touchpoint(tp.id, stage.id, y))
        if len(commands) == 1:
            self.push(commands[0])
        elif commands:
            self.push(
                Macro(tr("Move {} touchpoints").format(numbers.whole(len(commands))), commands)
            )
        # snap into the columns; each card that moves redraws its own arrows (itemChange)
        self._place_all()

    def _start_connecting(self, card: CardItem, at: QPointF) -> None:
        self._connecting = (card, self.connection_line(at))

    def connection_line(self, start: QPointF) -> QGraphicsLineItem:
        """The rubber band of a connection being made, from ``start`` (for now to itself):
        the same for a drag from a card's handle and a connection chosen by keyboard."""
        line = QGraphicsLineItem(start.x(), start.y(), start.x(), start.y())
        pen = QPen(QColor("#2f6fde"), 3, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)  # as thick at a fit of the whole journey as at 100 %
        line.setPen(pen)
        line.setZValue(2)  # over the cards it passes
        self.addItem(line)
        return line

    def connect_cards(self, source: CardItem, target: CardItem) -> bool:
        """Add a transition from one card to another as one step, however it was chosen.
        A second arrow the same way is refused (it would hide under the first); a card
        may lead to itself (a repeat contact, drawn as a loop)."""
        journey = self.journey
        if journey is None:
            return False
        ends = (source.object_id, target.object_id)
        if any((t.source, t.target) == ends for t in journey.transitions):
            self.refused.emit(
                tr("‘{}’ leads to ‘{}’ already").format(source.look.name, target.look.name)
            )
            return False
        return self.push(connect(journey.id, *ends))

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connecting:
            _, line = self._connecting
            start = line.line().p1()
            line.setLine(start.x(), start.y(), event.scenePos().x(), event.scenePos().y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connecting:
            source, line = self._connecting
            self._connecting = None
            self.removeItem(line)
            if self.mouseGrabberItem() is not None:  # the card that took the press
                self.mouseGrabberItem().ungrabMouse()
            target = self.card_at(event.scenePos())
            if target is not None:
                self.connect_cards(source, target)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def card_at(self, pos: QPointF) -> CardItem | None:
        """The card under a scene position, if any."""
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def column_at(self, pos: QPointF) -> str | None:
        """The stage id of the column under a scene position, if any."""
        for item in self.items(pos):
            if isinstance(item, StageColumnItem):
                return item.object_id
        return None

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting:  # a quick second click is a second vote, never an edit
            self._vote(event)
            return
        pos = event.scenePos()
        card = self.card_at(pos)
        if card is not None:
            self.rename_requested.emit(card.object_id)
            return
        arrow = next((i for i in self.items(pos) if isinstance(i, ArrowItem)), None)
        if arrow is not None:  # its label and share, never a new card under it
            self.rename_requested.emit(arrow.object_id)
            return
        note = next((i for i in self.items(pos) if isinstance(i, NoteItem)), None)
        if note is not None:
            self.note_edit_requested.emit(note.object_id)
            return
        lane_id = self.lane_label_at(pos)
        if lane_id is not None:
            self.rename_requested.emit(lane_id)
            return
        cell = self.lane_cell_at(pos)
        if cell is not None:
            self.note_requested.emit(*cell)
            return
        if self.journey is not None and self.board.in_other_lane(self.journey, pos.y()):
            return  # the emotion curve's, the figures' or a line's row: no touchpoint here
        stage_id = self.column_at(pos)
        if stage_id is not None:
            column = self.columns[stage_id]
            if column.header_rect().contains(column.mapFromScene(pos)):
                self.rename_requested.emit(stage_id)
            else:
                self.add_touchpoint_requested.emit(
                    stage_id, g.y_from_top(pos.y() - g.CARD_HEIGHT / 2, self._graph_top)
                )
            return
        super().mouseDoubleClickEvent(event)

    @property
    def graph_top(self) -> float:
        """How far the cards sit below where they would without lanes above them."""
        return self._graph_top

    def selected_ids(self) -> list[str]:
        """Ids of the selected cards, arrows and columns."""
        return [item.object_id for item in self.selectedItems() if hasattr(item, "object_id")]

    def select_ids(self, ids: list[str]) -> None:
        """Select exactly these objects' items."""
        self.clearSelection()
        for object_id in ids:
            item = (
                self.cards.get(object_id)
                or self.arrows.get(object_id)
                or self.columns.get(object_id)
                or self.notes.get(object_id)
            )
            if item is not None:
                item.setSelected(True)

    def item_rect(self, object_id: str) -> QRectF | None:
        """The scene rectangle of an object's item (to centre the view on it); a lane's
        is its name's, in the label column."""
        label = self.board.label_rect(object_id)
        if not label.isEmpty():
            return label
        item = (
            self.cards.get(object_id)
            or self.columns.get(object_id)
            or self.arrows.get(object_id)
            or self.notes.get(object_id)
        )
        return None if item is None else item.sceneBoundingRect()

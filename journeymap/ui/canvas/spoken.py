"""What a screen reader says about the map. The cards, notes and arrows are graphics
items, which Qt's accessibility interface does not reach (they are no QObjects it can
wrap, and a Python QAccessibleInterface per item would have to outlive items Qt deletes),
so the view itself speaks for the item in hand: its accessible name and description say
what the selected card, note, arrow or stage is, or the lane cell chosen (its lane, stage
and notes), with nothing selected what the map holds (its stages and its lanes by name),
and while a connection is chosen from the keyboard, from which card to which."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journeymap.model.rating import RED_SHORTFALL
from journeymap.ui.canvas import colors
from journeymap.ui.canvas.items import ArrowItem, CardItem, StageColumnItem
from journeymap.ui.canvas.key_connect import connecting_hint
from journeymap.ui.canvas.legend import BADGES
from journeymap.ui.canvas.legend import tr as legend_tr
from journeymap.ui.canvas.notes import LaneRowItem, NoteItem
from journeymap.ui.canvas.scene import JourneyScene


def tr(text: str) -> str:
    """Translate a text the screen reader says about the map."""
    return QCoreApplication.translate("Spoken", text)


def _under(scene: QGraphicsScene, item: QGraphicsItem, kind: type) -> QGraphicsItem | None:
    """The item of ``kind`` beneath the middle of ``item`` (its stage column or lane row)."""
    centre = item.sceneBoundingRect().center()
    return next((i for i in scene.items(centre) if isinstance(i, kind)), None)


def rating_words(rating: str) -> str:
    """A badge's rating as the legend says it, after its symbol: "✕ Far below target …"."""
    text = dict(BADGES).get(rating, BADGES[-1][1])
    return f"{colors.RATING_MARKS.get(rating, '–')} " + legend_tr(text).format(
        round(RED_SHORTFALL * 100)
    )


def card_words(scene: QGraphicsScene, card: CardItem) -> tuple[str, str]:
    """A touchpoint card's name and description: its stage, channel and owner, rating and
    figure, its marks and notes."""
    look = card.look
    parts = []
    if stage := _under(scene, card, StageColumnItem):
        parts.append(tr("Stage {}: {}").format(stage.index + 1, stage.title))
    parts.append(f"{look.channel_label} · {look.owner}" if look.owner else look.channel_label)
    if look.heat is None:
        parts.append(rating_words(look.rating))
    if look.rating_text:
        parts.append(look.rating_text + (tr(" (few responses)") if look.low_n else ""))
    marks = ((look.entry, tr("Entry point")), (look.exit, tr("Exit point")),
             (look.moment_of_truth, tr("Moment of truth")))  # fmt: skip
    parts.extend(word for on, word in marks if on)
    if look.notes:
        parts.append(tr("Pain points and opportunities: {}").format(look.notes))
    return tr("Touchpoint: {}").format(look.name), ". ".join(parts)


def note_words(scene: QGraphicsScene, note: NoteItem) -> tuple[str, str]:
    """A sticky note's name (its text) and description: its lane, stage, votes and links."""
    parts = []
    if lane := _under(scene, note, LaneRowItem):
        parts.append(tr("Lane: {}").format(lane.title))
    if stage := _under(scene, note, StageColumnItem):
        parts.append(tr("Stage {}: {}").format(stage.index + 1, stage.title))
    if note.look.votes:
        parts.append(tr("Votes: {}").format(note.look.votes))
    if note.look.linked:
        parts.append(tr("About touchpoints: {}").format(note.look.linked))
    return tr("Note: {}").format(note.look.text), ". ".join(parts)


def arrow_words(arrow: ArrowItem) -> tuple[str, str]:
    """An arrow's name (from which card to which) and description: its label and share,
    a loop back, and what the keys do with it."""
    name = tr("Arrow from {} to {}").format(arrow.source.look.name, arrow.target.look.name)
    parts = [arrow.tip] if arrow.tip else []
    if arrow.back:
        parts.append(tr("Leads back (a repeat contact)"))
    parts.append(tr("Enter edits its label and share, Delete removes it, Escape goes back to "
                    "the card"))  # fmt: skip
    return name, ". ".join(parts)


def lane_cell_words(scene: JourneyScene, lane_id: str, stage_id: str) -> tuple[str, str]:
    """The chosen lane cell's name (its lane and stage) and description (its notes)."""
    lane = next((i for i in scene.items() if isinstance(i, LaneRowItem) and i.lane_id == lane_id),
                None)  # fmt: skip
    column = scene.columns[stage_id]
    name = tr("Lane {}, stage {}: {}").format(
        lane.title if lane else "", column.index + 1, column.title
    )
    notes = [n.look.text for n in scene.notes.values()
             if n.isVisible() and scene.lane_cell_at(n.sceneBoundingRect().center())
             == (lane_id, stage_id)]  # fmt: skip
    held = tr("Notes: {}").format("; ".join(notes)) if notes else tr("No notes yet")
    return name, ". ".join((held, tr("Type to write a note here")))


def map_words(scene: QGraphicsScene) -> tuple[str, str]:
    """The map with nothing selected: what it holds, its stages and lanes by name."""
    stages = sorted((i for i in scene.items() if isinstance(i, StageColumnItem)),
                    key=lambda s: s.index)  # fmt: skip
    lanes = sorted((i for i in scene.items() if isinstance(i, LaneRowItem)),
                   key=lambda r: r.scenePos().y())  # fmt: skip
    cards = sum(isinstance(i, CardItem) for i in scene.items())
    parts = [tr("Stages: {}").format(", ".join(s.title for s in stages)),
             tr("Touchpoints: {}").format(cards)]  # fmt: skip
    if lanes:
        parts.append(tr("Lanes: {}").format(", ".join(r.title for r in lanes)))
    return tr("Journey map"), ". ".join(parts)


def spoken(scene: JourneyScene, connecting_from: CardItem | None = None) -> tuple[str, str]:
    """The accessible name and description of the view on ``scene``: of the item with the
    keyboard focus if it is selected, else of the first selected, else of the lane cell
    chosen, else of the map; while a connection from ``connecting_from`` is chosen, of the
    card chosen, saying so first."""
    chosen = scene.selectedItems()
    focused = scene.focusItem()
    item = focused if focused in chosen else (chosen[0] if chosen else None)
    if connecting_from is not None and isinstance(item, CardItem):
        name, description = card_words(scene, item)
        return name, ". ".join((connecting_hint(connecting_from), description))
    if isinstance(item, CardItem):
        return card_words(scene, item)
    if isinstance(item, NoteItem):
        return note_words(scene, item)
    if isinstance(item, ArrowItem):
        return arrow_words(item)
    if isinstance(item, StageColumnItem):
        return tr("Stage {}: {}").format(item.index + 1, item.title), ""
    if item is None and scene.current_cell is not None:
        return lane_cell_words(scene, *scene.current_cell)
    return map_words(scene)

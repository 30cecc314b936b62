"""The keyboard's way through the map: which card, note or arrow a key goes to.

With a card or note in hand, the arrow keys go to the nearest one that way; Tab and
Shift+Tab go through the map in reading order, each card's outgoing arrows right behind
it; Alt+Right and Alt+Left go through the card's outgoing and incoming arrows. With an
arrow in hand, Left and Right follow it to its source and target card, Esc goes back to
the card it was reached from; with a note in hand, Esc chooses its lane cell. With a lane
cell chosen, the arrow keys choose the next cell that way and Tab its first note; with
nothing in hand, the first key selects the first card. Ctrl+Tab and Ctrl+Shift+Tab leave
the map for the next or previous panel at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from journeymap.ui.canvas.items import ArrowItem, CardItem, StageColumnItem
from journeymap.ui.canvas.key_steps import (
    DIRECTIONS,
    followed_by,
    nearest_towards,
    next_in_turn,
    reading_order,
)
from journeymap.ui.canvas.lanes import holds_notes
from journeymap.ui.canvas.notes import NoteItem
from journeymap.ui.canvas.scene import JourneyScene

#: The keys that move through the map (and never change it).
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
NAVIGATION_KEYS = (*DIRECTIONS, *TAB_KEYS)
_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
#: Alt+Right: the outgoing arrows, Alt+Left: the incoming ones.
_ARROW_WAYS = {Qt.Key.Key_Right: True, Qt.Key.Key_Left: False}
#: How each arrow key moves a chosen lane cell: (lanes down, stages right).
_CELL_STEPS = {
    Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0),
}  # fmt: skip


def modifiers(event: QKeyEvent) -> Qt.KeyboardModifier:
    """The modifiers held with a key, the keypad's left out (Enter there is Enter)."""
    return event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def card_arrows(scene: JourneyScene, card: CardItem, outgoing: bool) -> list[ArrowItem]:
    """A card's outgoing (or incoming) arrows, in the reading order of their other end."""
    arrows = [a for a in card.arrows if (a.source if outgoing else a.target) is card]
    rank = {c: i for i, c in enumerate(reading_order(list(scene.cards.values())))}
    return sorted(arrows, key=lambda a: rank.get(a.target if outgoing else a.source, 0))


class MapKeys:
    """Moves the selection of one scene's view as the keys say."""

    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        self._anchor: CardItem | None = None  # the card an arrow in hand was reached from

    def in_hand(self, scene: JourneyScene) -> QGraphicsItem | None:
        """The one card, note or arrow selected (None for none, several, or a stage)."""
        chosen = scene.selectedItems()
        if len(chosen) == 1 and isinstance(chosen[0], CardItem | NoteItem | ArrowItem):
            return chosen[0]
        return None

    def anchor(self, arrow: ArrowItem) -> CardItem:
        """The card an arrow was reached from: its source unless it came from its target."""
        return self._anchor if self._anchor in (arrow.source, arrow.target) else arrow.source

    def step(self, scene: JourneyScene, event: QKeyEvent, cards_only: bool = False) -> bool:
        """Select where a key goes from the item in hand; whether the key was used. An
        arrow key at the map's edge keeps the selection (and the key); Tab past the last
        item lets the focus leave the map, as Ctrl+Tab does from anywhere. ``cards_only``
        goes from card to card alone."""
        key, held = event.key(), modifiers(event)
        if key in TAB_KEYS and held & _CTRL and not held & ~(_CTRL | _SHIFT):
            # out of the map in one key: Tab goes through every card, note and arrow first
            return self.view.focusNextPrevChild(key == Qt.Key.Key_Tab)
        current = self.in_hand(scene)
        if cards_only and not isinstance(current, CardItem):
            current = None
        in_cell = current is None and scene.current_cell is not None and not cards_only
        if in_cell and key in _CELL_STEPS and not held:
            return self._next_cell(scene, *_CELL_STEPS[key])
        if current is None:
            return self._first(scene, key, held, cards_only)
        if held == _ALT and key in _ARROW_WAYS and not cards_only:
            return self._arrow_of(scene, current, _ARROW_WAYS[key])
        if key in TAB_KEYS and not held & ~_SHIFT:
            order = self._tab_order(scene, cards_only)
            at = order.index(current) + (-1 if key == Qt.Key.Key_Backtab else 1)
            return 0 <= at < len(order) and self.go(scene, order[at])
        if key not in DIRECTIONS or held:
            return False
        if isinstance(current, ArrowItem):  # follow it: Left to its source, Right on
            ends = {Qt.Key.Key_Left: current.source, Qt.Key.Key_Right: current.target}
            return key not in ends or self.go(scene, ends[key])
        found = nearest_towards(self._places(scene, cards_only), current, DIRECTIONS[key])
        return found is None or self.go(scene, found)

    def back(self, scene: JourneyScene) -> bool:
        """Esc: from an arrow in hand to the card it was reached from, from a note to its
        lane cell. Whether there was such a step."""
        current = self.in_hand(scene)
        if isinstance(current, ArrowItem):
            return self.go(scene, self.anchor(current))
        if isinstance(current, NoteItem):
            scene.choose_cell(scene.lane_cell_at(current.sceneBoundingRect().center()))
            scene.clearSelection()  # after: a screen reader hears the cell, not the map
            return True
        return False

    def go(self, scene: JourneyScene, item: QGraphicsItem, anchor: CardItem | None = None) -> bool:
        """Select ``item`` alone, give it the keyboard focus and bring it into view. The
        scene says its selection changed once: a screen reader hears the item, not first
        the map with nothing selected."""
        self._anchor = anchor
        quiet = scene.blockSignals(True)
        scene.choose_cell(None)  # as a click on an item does
        scene.clearSelection()
        item.setSelected(True)
        if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsFocusable:
            scene.setFocusItem(item)
        scene.blockSignals(quiet)
        scene.selectionChanged.emit()
        self.view.ensureVisible(item)
        return True

    @staticmethod
    def _places(scene: JourneyScene, cards_only: bool) -> list[QGraphicsItem]:
        cards: list[QGraphicsItem] = list(scene.cards.values())
        if cards_only:
            return cards
        return [*cards, *(note for note in scene.notes.values() if note.isVisible())]

    def _tab_order(self, scene: JourneyScene, cards_only: bool) -> list[QGraphicsItem]:
        order = reading_order(self._places(scene, cards_only))
        if cards_only:
            return order
        return followed_by(order, {c: card_arrows(scene, c, True) for c in scene.cards.values()})

    def _first(
        self, scene: JourneyScene, key: int, held: Qt.KeyboardModifier, cards_only: bool
    ) -> bool:
        """Nothing (or a stage) in hand: Tab or an arrow key selects the first card or
        note, in the selected stage if there is one; Tab in a chosen lane cell its first
        note."""
        if key not in NAVIGATION_KEYS or key == Qt.Key.Key_Backtab or held:
            return False
        order = reading_order(self._places(scene, cards_only))
        cell = scene.current_cell
        if cell is not None:
            inside = [i for i in order if isinstance(i, NoteItem)
                      and scene.lane_cell_at(i.sceneBoundingRect().center()) == cell]  # fmt: skip
            order = inside or order
        stage = next((i for i in scene.selectedItems() if isinstance(i, StageColumnItem)), None)
        if stage is not None:
            left, right = stage.sceneBoundingRect().left(), stage.sceneBoundingRect().right()
            inside = [i for i in order if left <= i.sceneBoundingRect().center().x() <= right]
            order = inside or order
        return bool(order) and self.go(scene, order[0])

    def _next_cell(self, scene: JourneyScene, lanes_down: int, stages_right: int) -> bool:
        """Choose the lane cell next to the chosen one (the note lanes in their order, the
        cards' band left out); at the map's edge the cell stays."""
        journey = scene.journey
        assert journey is not None and scene.current_cell is not None
        lanes = [lane.id for lane in journey.lanes if lane.visible and holds_notes(lane)]
        stages = [stage.id for stage in journey.stages]
        lane_id, stage_id = scene.current_cell
        row, column = lanes.index(lane_id) + lanes_down, stages.index(stage_id) + stages_right
        if 0 <= row < len(lanes) and 0 <= column < len(stages):
            scene.choose_cell((lanes[row], stages[column]))
            rect = scene.board.cell_rect(journey, lanes[row], stages[column])
            if rect is not None:
                self.view.ensureVisible(rect, 20, 20)
        return True

    def _arrow_of(self, scene: JourneyScene, current: QGraphicsItem, outgoing: bool) -> bool:
        """Alt+Right (outgoing) or Alt+Left (incoming): the next such arrow of the card in
        hand, or of the card the arrow in hand was reached from."""
        if isinstance(current, NoteItem):
            return False
        card = self.anchor(current) if isinstance(current, ArrowItem) else current
        found = next_in_turn(card_arrows(scene, card, outgoing), current)
        return found is None or self.go(scene, found, anchor=card)

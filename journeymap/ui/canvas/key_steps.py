"""Moving through the map from the keyboard: the arrow keys go from the card or note in
hand to the nearest one in that direction, Tab and Shift+Tab to the next and previous in
reading order (stage by stage, top to bottom, a card's outgoing arrows right behind it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem

from journeymap.ui.canvas.geometry import COLUMN_GAP, COLUMN_WIDTH

#: The direction each arrow key looks in.
DIRECTIONS = {
    Qt.Key.Key_Right: QPointF(1, 0),
    Qt.Key.Key_Left: QPointF(-1, 0),
    Qt.Key.Key_Down: QPointF(0, 1),
    Qt.Key.Key_Up: QPointF(0, -1),
}


def _centre(item: QGraphicsItem) -> QPointF:
    return item.sceneBoundingRect().center()


def nearest_towards(
    items: Sequence[QGraphicsItem], current: QGraphicsItem, direction: QPointF
) -> QGraphicsItem | None:
    """The item nearest to ``current`` that lies in ``direction`` of it (within 45° of
    it), a step across counting twice a step along; None when there is none."""
    here = _centre(current)
    best, best_cost = None, float("inf")
    for item in items:
        if item is current:
            continue
        delta = _centre(item) - here
        along = delta.x() * direction.x() + delta.y() * direction.y()
        across = abs(delta.x() * direction.y() - delta.y() * direction.x())
        if along <= 0 or across > along:
            continue
        cost = along + 2 * across
        if cost < best_cost:
            best, best_cost = item, cost
    return best


def reading_order(items: Sequence[QGraphicsItem]) -> list[QGraphicsItem]:
    """The items as a reader goes through the map: stage by stage, top to bottom, left
    to right. By their tops, not their centres: of two notes abreast, the shorter one's
    centre is the higher, and the right one would come first."""

    def place(item: QGraphicsItem) -> tuple[float, float, float]:
        rect = item.sceneBoundingRect()
        return rect.center().x() // (COLUMN_WIDTH + COLUMN_GAP), rect.top(), rect.left()

    return sorted(items, key=place)


def followed_by(
    order: Sequence[QGraphicsItem], after: Mapping[QGraphicsItem, Sequence[QGraphicsItem]]
) -> list[QGraphicsItem]:
    """``order`` with the items ``after`` lists for an item right behind it (a card's
    outgoing arrows behind the card, so Tab goes through them before the next card)."""
    return [step for item in order for step in (item, *after.get(item, ()))]


def next_in_turn(items: Sequence[QGraphicsItem], current: QGraphicsItem) -> QGraphicsItem | None:
    """The item after ``current`` in ``items``, round again after the last; the first when
    ``current`` is not among them; None when there are none."""
    if not items:
        return None
    if current not in items:
        return items[0]
    return items[(list(items).index(current) + 1) % len(items)]

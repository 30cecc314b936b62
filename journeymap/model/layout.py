"""Auto-layout: touchpoints stacked in their stage columns, ordered to untangle arrows."""

from __future__ import annotations

from typing import Final

from journeymap.model.entities import Journey

#: The vertical distance between touchpoints stacked in a stage column (a card's height
#: and the gap below it): the canvas, new cards, the auto-layout and the samples use it.
CARD_STEP: Final[float] = 130.0


def layered_layout(journey: Journey, step: float) -> dict[str, float]:
    """A y for every touchpoint: stage by stage, each column sorted by the mean slot of
    the touchpoints that lead into it (the barycentre heuristic), then spaced by ``step``.
    Touchpoints with no predecessor placed yet keep their current order."""
    slots: dict[str, float] = {}
    incoming: dict[str, list[str]] = {}
    for t in journey.transitions:
        incoming.setdefault(t.target, []).append(t.source)
    for stage in journey.stages:
        members = journey.touchpoints_in(stage.id)
        current = {tp.id: i for i, tp in enumerate(sorted(members, key=lambda tp: tp.y))}

        def barycentre(tp_id: str, current: dict[str, int] = current) -> tuple[float, int]:
            placed = [slots[s] for s in incoming.get(tp_id, []) if s in slots]
            centre = sum(placed) / len(placed) if placed else float(current[tp_id])
            return centre, current[tp_id]

        for slot, tp_id in enumerate(sorted(current, key=barycentre)):
            slots[tp_id] = float(slot)
    return {tp_id: slot * step for tp_id, slot in slots.items()}

"""The loop rule: which transitions lead back (the repeat contacts). One rule, shared by the
map (dashed loops), the Loops highlight and the analysis, so they always agree."""

from __future__ import annotations

from journeymap.model.entities import Journey


def back_edges(journey: Journey) -> set[tuple[str, str]]:
    """The (source, target) pairs of the transitions that lead back: to an earlier stage,
    or up the same stage (by height, then by order). The map draws these as loops and the
    analysis treats them as repeat contacts; since they follow one total order of the
    touchpoints, the graph without them is acyclic."""
    stages = {s.id: i for i, s in enumerate(journey.stages)}
    place = {tp.id: (stages[tp.stage_id], tp.y, i) for i, tp in enumerate(journey.touchpoints)}
    return {(t.source, t.target) for t in journey.transitions if place[t.target] <= place[t.source]}

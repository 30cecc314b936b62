"""As-is against to-be: what changed per touchpoint between two journeys.

Touchpoints are matched by name (ignoring case and spaces at the ends), since a to-be
journey made by duplicating an as-is one gets fresh ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.metrics import pool, score
from journeymap.model.vocabulary import METRICS

ADDED, REMOVED, CHANGED, SAME = "added", "removed", "changed", "same"


@dataclass(frozen=True, slots=True)
class Difference:
    """One touchpoint: only in the second journey (added), only in the first (removed),
    in both with changes, or the same."""

    name: str
    status: str
    changes: tuple[str, ...] = ()
    before_id: str | None = None
    after_id: str | None = None


def _key(tp: Touchpoint) -> str:
    return tp.name.strip().casefold()


def _scores(journey: Journey, tp: Touchpoint) -> dict[str, float]:
    found: dict[str, list[dict[int, int]]] = {}
    for m in journey.measurements:
        if m.touchpoint_id == tp.id:
            found.setdefault(m.metric, []).append(m.counts)
    values = {metric: score(metric, pool(counts)).value for metric, counts in found.items()}
    return {metric: v for metric, v in values.items() if v is not None}


def _changes(before: Journey, a: Touchpoint, after: Journey, b: Touchpoint) -> list[str]:
    changes = []
    stages_a = {s.id: s.name for s in before.stages}
    stages_b = {s.id: s.name for s in after.stages}
    if stages_a[a.stage_id] != stages_b[b.stage_id]:
        changes.append(f"stage: {stages_a[a.stage_id]} → {stages_b[b.stage_id]}")
    for field in ("channel", "owner", "expectation", "emotion", "importance", "proactive"):
        old, new = getattr(a, field), getattr(b, field)
        if old != new:
            changes.append(f"{field}: {old} → {new}")
    scores_a, scores_b = _scores(before, a), _scores(after, b)
    for metric in METRICS:
        old_t, new_t = a.targets.get(metric), b.targets.get(metric)
        if old_t != new_t:
            changes.append(f"target {metric.upper()}: {_num(old_t)} → {_num(new_t)}")
        old_s, new_s = scores_a.get(metric), scores_b.get(metric)
        if old_s is not None and new_s is not None and abs(old_s - new_s) >= 0.05:
            changes.append(f"{metric.upper()}: {old_s:.1f} → {new_s:.1f}")
        elif (old_s is None) != (new_s is None):
            changes.append(f"{metric.upper()}: {_num(old_s)} → {_num(new_s)}")
    return changes


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:g}" if float(value).is_integer() else f"{value:.1f}"


def compare_journeys(before: Journey, after: Journey) -> list[Difference]:
    """Differences per touchpoint, in the order of the first journey, then the added ones."""
    later = {_key(tp): tp for tp in after.touchpoints}
    seen: set[str] = set()
    result = []
    for tp in before.touchpoints:
        twin = later.get(_key(tp))
        if twin is None:
            result.append(Difference(tp.name, REMOVED, before_id=tp.id))
            continue
        seen.add(_key(tp))
        changes = tuple(_changes(before, tp, after, twin))
        result.append(Difference(tp.name, CHANGED if changes else SAME, changes, tp.id, twin.id))
    result += [
        Difference(tp.name, ADDED, after_id=tp.id)
        for tp in after.touchpoints
        if _key(tp) not in seen
    ]
    return result

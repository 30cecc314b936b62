"""As-is against to-be: what changed per touchpoint between two journeys.

Touchpoints are matched by name (ignoring case and spaces at the ends), since a to-be
journey made by duplicating an as-is one gets fresh ids. Two versions of the same journey
(the file on disk against the open document, two revisions) are matched by id instead,
so a renamed touchpoint is a change of its name, not one removed and one added. Each change
is a ``Message`` ("owner:  → Service"), so the GUI can show it in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import select_measurements
from journeymap.model.messages import Figure, Message, message
from journeymap.model.metrics import score
from journeymap.model.vocabulary import METRICS

ADDED, REMOVED, CHANGED, SAME = "added", "removed", "changed", "same"


def counterpart(journeys: list[Journey], journey: Journey) -> Journey | None:
    """The journey to compare with: of the other state, same persona preferred."""
    others = [j for j in journeys if j.state != journey.state]
    same = [j for j in others if j.persona_id == journey.persona_id]
    return (same or others or [None])[0]


@dataclass(frozen=True, slots=True)
class Difference:
    """One touchpoint: only in the second journey (added), only in the first (removed),
    in both with changes, or the same."""

    name: str
    status: str
    details: tuple[Message, ...] = ()
    before_id: str | None = None
    after_id: str | None = None

    @property
    def changes(self) -> tuple[str, ...]:
        """What changed, as English lines."""
        return tuple(str(detail) for detail in self.details)


def _key(tp: Touchpoint) -> str:
    return tp.name.strip().casefold()


def _scores(journey: Journey) -> dict[str, dict[str, float]]:
    """Per touchpoint, the headline figure of each metric measured (all respondents)."""
    scores: dict[str, dict[str, float]] = {}
    for (tp_id, metric), found in select_measurements(journey).items():
        value = score(metric, found.responses).value
        if value is not None:
            scores.setdefault(tp_id, {})[metric] = value
    return scores


#: The touchpoint fields a comparison looks at (besides stage, targets and scores).
COMPARED_FIELDS = ("channel", "owner", "expectation", "emotion", "importance", "proactive")


def _changes(
    before: Journey,
    a: Touchpoint,
    after: Journey,
    b: Touchpoint,
    fields: tuple[str, ...],
    scores: tuple[dict[str, float], dict[str, float]],
) -> list[Message]:
    changes = []
    stages_a = {s.id: s.name for s in before.stages}
    stages_b = {s.id: s.name for s in after.stages}
    if stages_a[a.stage_id] != stages_b[b.stage_id]:
        changes.append(message("compare.stage", old=stages_a[a.stage_id], new=stages_b[b.stage_id]))
    for field in fields:
        old, new = getattr(a, field), getattr(b, field)
        if old != new:
            changes.append(message("compare.field", field=field, old=old, new=new))
    scores_a, scores_b = scores
    for metric in METRICS:
        label = metric.upper()
        old_t, new_t = a.targets.get(metric), b.targets.get(metric)
        if old_t != new_t:
            changes.append(
                message("compare.target", metric=label, old=_num(old_t), new=_num(new_t))
            )
        old_s, new_s = scores_a.get(metric), scores_b.get(metric)
        if old_s is not None and new_s is not None and abs(old_s - new_s) >= 0.05:
            changes.append(
                message("compare.score", metric=label, old=Figure(old_s), new=Figure(new_s))
            )
        elif (old_s is None) != (new_s is None):
            changes.append(message("compare.score", metric=label, old=_num(old_s), new=_num(new_s)))
    return changes


def _num(value: float | None) -> Figure | None:
    """A target or score as shown: whole when it is whole, else one decimal; None is "—"."""
    if value is None:
        return None
    return Figure(value, 0 if float(value).is_integer() else 1)


def matched_touchpoints(
    before: Journey, after: Journey, by_id: bool = False
) -> dict[str, Touchpoint]:
    """The twin in ``after`` of each touchpoint of ``before`` that has one, by the id in
    ``before``: matched by name, or by id for two versions of one journey (``by_id``)."""
    key = (lambda tp: tp.id) if by_id else _key
    later = {key(tp): tp for tp in after.touchpoints}
    return {tp.id: later[key(tp)] for tp in before.touchpoints if key(tp) in later}


def compare_journeys(before: Journey, after: Journey, by_id: bool = False) -> list[Difference]:
    """Differences per touchpoint, in the order of the first journey, then the added ones;
    ``by_id`` for two versions of one journey (their touchpoints keep their ids). When one
    journey has no survey data at all (a to-be plan before its pilot survey), the scores
    are not compared: every measured touchpoint would read "76.7 → —" and bury what the
    plan changes."""
    fields = ("name", *COMPARED_FIELDS) if by_id else COMPARED_FIELDS
    twins = matched_touchpoints(before, after, by_id)
    seen = {twin.id for twin in twins.values()}
    scores_before, scores_after = _scores(before), _scores(after)
    if not before.measurements or not after.measurements:
        scores_before, scores_after = {}, {}
    result = []
    for tp in before.touchpoints:
        twin = twins.get(tp.id)
        if twin is None:
            result.append(Difference(tp.name, REMOVED, before_id=tp.id))
            continue
        scores = scores_before.get(tp.id, {}), scores_after.get(twin.id, {})
        details = tuple(_changes(before, tp, after, twin, fields, scores))
        result.append(Difference(tp.name, CHANGED if details else SAME, details, tp.id, twin.id))
    result += [
        Difference(tp.name, ADDED, after_id=tp.id) for tp in after.touchpoints if tp.id not in seen
    ]
    return result

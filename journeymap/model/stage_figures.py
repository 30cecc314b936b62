"""The metrics lane's figures: per stage, each metric's measured level across the stage's
touchpoints, weighted by their volumes, with its n and its gap to the likewise weighted
target. Computed from the measurements, never typed.

Each touchpoint counts with its volume (contacts per month); when every measured
touchpoint of the stage has volume 0, they count equally. The target is weighted the same
way over the measured touchpoints that have one, so the gap compares like with like:
the stage's level minus the level it was meant to reach."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import ALL_RESPONDENTS, FigureView, select_measurements
from journeymap.model.metrics import gap, score
from journeymap.model.vocabulary import METRICS


@dataclass(frozen=True, slots=True)
class StageFigure:
    """One stage's figure of one metric: the weighted level, the respondents behind it
    (n), the weighted target (None without one) and the gap (level - target)."""

    metric: str
    value: float
    n: int
    target: float | None
    gap: float | None


def weighted_mean(values: list[tuple[float, int]]) -> float:
    """The mean of (value, volume) pairs weighted by volume; equal weights when every
    volume is 0."""
    total = sum(volume for _, volume in values)
    if total == 0:
        return sum(value for value, _ in values) / len(values)
    return sum(value * volume for value, volume in values) / total


def stage_figures(
    journey: Journey, view: FigureView = ALL_RESPONDENTS
) -> dict[str, list[StageFigure]]:
    """Per stage id, the figures of each metric measured in the stage (in METRICS order),
    counting the answers the view counts."""
    selected = select_measurements(journey, view)
    by_stage: dict[str, list[Touchpoint]] = {}
    for tp in journey.touchpoints:
        by_stage.setdefault(tp.stage_id, []).append(tp)
    figures: dict[str, list[StageFigure]] = {}
    for stage in journey.stages:
        found = []
        for metric in METRICS:
            levels, targets, n = [], [], 0
            for tp in by_stage.get(stage.id, []):
                chosen = selected.get((tp.id, metric))
                value = None if chosen is None else score(metric, chosen.responses).value
                if value is None:
                    continue
                levels.append((value, tp.volume))
                n += chosen.responses.respondents
                if metric in tp.targets:
                    targets.append((tp.targets[metric], tp.volume))
            if not levels:
                continue
            level = weighted_mean(levels)
            target = weighted_mean(targets) if targets else None
            found.append(StageFigure(metric, level, n, target, gap(level, target)))
        figures[stage.id] = found
    return figures

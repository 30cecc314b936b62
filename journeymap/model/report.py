"""The gap report: one row per touchpoint and metric, ranked by priority."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.entities import Journey
from journeymap.model.figures import ALL_RESPONDENTS, FigureView, select_measurements
from journeymap.model.metrics import Responses, gap, priority, score
from journeymap.model.vocabulary import METRICS, channel_text

#: The report's columns, in order, as the CSV header names them.
COLUMNS = (
    "journey", "stage", "touchpoint", "channel", "owner", "metric",
    "target", "measured", "gap", "n", "n_eff", "low_confidence", "priority",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class GapRow:
    """One touchpoint and metric: what was expected, what was measured, the gap."""

    journey: str
    stage: str
    touchpoint: str
    channel: str
    owner: str
    metric: str
    target: float | None
    measured: float | None
    gap: float | None
    n: int
    low_confidence: bool
    priority: float
    margin: float | None
    touchpoint_id: str
    importance: int
    n_eff: float = 0.0  # the effective sample size of a weighted survey; n unweighted
    sources: tuple[str, ...] = ()  # the survey sources counted

    @property
    def weighted(self) -> bool:
        """Whether the figure comes from weighted answers."""
        return self.n_eff != self.n

    def values(self) -> tuple:
        """The row's values in COLUMNS order."""
        return tuple(getattr(self, name) for name in COLUMNS)


def volume_weights(journey: Journey) -> dict[str, float]:
    """Each touchpoint's volume relative to the journey's mean volume (1 without volumes)."""
    volumes = [tp.volume for tp in journey.touchpoints]
    mean = sum(volumes) / len(volumes) if volumes else 0
    return {tp.id: (tp.volume / mean if mean else 1.0) for tp in journey.touchpoints}


def gap_report(
    journey: Journey,
    view: FigureView = ALL_RESPONDENTS,
    metrics: tuple[str, ...] = METRICS,
    only: set[str] | None = None,
) -> list[GapRow]:
    """Rows for every touchpoint and metric with a target or a measurement, sorted by
    priority (highest first), then by gap (largest shortfall first).

    ``view`` says whose answers count (figures.py): all respondents by default.
    ``only`` limits the rows to these touchpoint ids (e.g. to refresh one card).
    """
    selected = select_measurements(journey, view, only)
    stages = {s.id: s.name for s in journey.stages}
    weights = volume_weights(journey)
    language = journey.language
    rows = []
    for tp in journey.touchpoints:
        if only is not None and tp.id not in only:
            continue
        for metric in metrics:
            target = tp.targets.get(metric)
            found = selected.get((tp.id, metric))
            if target is None and found is None:
                continue
            result = score(metric, found.responses if found else Responses({}, 0, 0.0))
            difference = gap(result.value, target)
            rows.append(
                GapRow(
                    journey=journey.name,
                    stage=stages.get(tp.stage_id, ""),
                    touchpoint=tp.name,
                    channel=channel_text(tp.channel, tp.channel_other, language),
                    owner=tp.owner,
                    metric=metric,
                    target=target,
                    measured=result.value,
                    gap=difference,
                    n=result.n,
                    low_confidence=result.low_confidence,
                    priority=priority(metric, difference, tp.importance, weights[tp.id]),
                    margin=result.margin,
                    touchpoint_id=tp.id,
                    importance=tp.importance,
                    n_eff=result.n_eff,
                    sources=found.sources if found else (),
                )
            )
    rows.sort(key=lambda r: (-r.priority, r.gap if r.gap is not None else float("inf")))
    return rows

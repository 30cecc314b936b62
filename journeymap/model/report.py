"""The gap report: one row per touchpoint and metric, ranked by priority."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.entities import Journey
from journeymap.model.metrics import gap, pool, priority, score
from journeymap.model.vocabulary import METRICS, channel_text

#: The report's columns, in order, as the CSV header names them.
COLUMNS = (
    "journey", "stage", "touchpoint", "channel", "owner", "metric",
    "target", "measured", "gap", "n", "low_confidence", "priority",
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

    def values(self) -> tuple:
        """The row's values in COLUMNS order."""
        return tuple(getattr(self, name) for name in COLUMNS)


def segments(journey: Journey) -> list[str]:
    """The named segments that the journey's measurements are split by."""
    return sorted({m.segment for m in journey.measurements if m.segment})


def volume_weights(journey: Journey) -> dict[str, float]:
    """Each touchpoint's volume relative to the journey's mean volume (1 without volumes)."""
    volumes = [tp.volume for tp in journey.touchpoints]
    mean = sum(volumes) / len(volumes) if volumes else 0
    return {tp.id: (tp.volume / mean if mean else 1.0) for tp in journey.touchpoints}


def gap_report(
    journey: Journey,
    segment: str | None = None,
    metrics: tuple[str, ...] = METRICS,
    only: set[str] | None = None,
) -> list[GapRow]:
    """Rows for every touchpoint and metric with a target or a measurement, sorted by
    priority (highest first), then by gap (largest shortfall first).

    ``segment`` None pools all measurements; a name keeps only that segment's.
    ``only`` limits the rows to these touchpoint ids (e.g. to refresh one card).
    """
    distributions: dict[tuple[str, str], list[dict[int, int]]] = {}
    for m in journey.measurements:
        if segment is None or m.segment == segment:
            distributions.setdefault((m.touchpoint_id, m.metric), []).append(m.counts)
    stages = {s.id: s.name for s in journey.stages}
    weights = volume_weights(journey)
    language = journey.language
    rows = []
    for tp in journey.touchpoints:
        if only is not None and tp.id not in only:
            continue
        for metric in metrics:
            target = tp.targets.get(metric)
            found = distributions.get((tp.id, metric))
            if target is None and not found:
                continue
            result = score(metric, pool(found or ()))
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
                )
            )
    rows.sort(key=lambda r: (-r.priority, r.gap if r.gap is not None else float("inf")))
    return rows

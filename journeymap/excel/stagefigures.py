"""A stage's measured figures, as the metrics lane shows them: per metric, the values of
its touchpoints weighted by their volume, the respondents behind them and the gap."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from journeymap.model.entities import Journey
from journeymap.model.rating import gap_rating
from journeymap.model.report import GapRow


@dataclass(frozen=True, slots=True)
class StageFigure:
    """One metric of one stage."""

    metric: str
    measured: float | None  # volume-weighted mean of the touchpoints' values
    n: int  # respondents behind the measured values
    gap: float | None  # volume-weighted mean of the touchpoints' gaps
    rating: str  # red, amber, green or grey (model/rating.py)


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    """The mean of (value, weight) pairs; equal weights when they sum to 0 (a stage
    whose touchpoints all have volume 0 still shows its figure)."""
    if not pairs:
        return None
    total = sum(w for _, w in pairs)
    if not total:
        return sum(v for v, _ in pairs) / len(pairs)
    return sum(v * w for v, w in pairs) / total


def stage_figures(
    journey: Journey, rows: Iterable[GapRow], weights: Mapping[str, float]
) -> dict[tuple[str, str], StageFigure]:
    """Per (stage id, metric) with a measurement or a target in that stage, its figure;
    ``rows`` is the gap report of the view, ``weights`` the touchpoints' volume weights."""
    stage_of = {tp.id: tp.stage_id for tp in journey.touchpoints}
    grouped: dict[tuple[str, str], list[GapRow]] = {}
    for row in rows:
        grouped.setdefault((stage_of[row.touchpoint_id], row.metric), []).append(row)
    figures = {}
    for (stage_id, metric), found in grouped.items():
        measured = [(r.measured, weights[r.touchpoint_id]) for r in found if r.measured is not None]
        gaps = [(r.gap, weights[r.touchpoint_id]) for r in found if r.gap is not None]
        gap = _weighted_mean(gaps)
        figures[stage_id, metric] = StageFigure(
            metric,
            _weighted_mean(measured),
            sum(r.n for r in found if r.measured is not None),
            gap,
            gap_rating(metric, gap),
        )
    return figures

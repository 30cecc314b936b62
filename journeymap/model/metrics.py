"""CX metrics from survey distributions, exactly as docs/metrics.md defines them.

A distribution maps each answer value to its number of responses. Every figure carries
its n; below 30 responses it is flagged as low confidence. Margins are 95 % intervals.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from journeymap.model.validation import check_counts
from journeymap.model.vocabulary import LOW_CONFIDENCE_N, SCALES, TARGET_RANGES

Z95 = 1.96


@dataclass(frozen=True, slots=True)
class Score:
    """The headline figure of one metric over one distribution, with its uncertainty.

    ``value`` is CSAT % (top two boxes), NPS (-100..100) or CES (mean, 1..7); None when
    there are no responses. ``ci_low``/``ci_high`` bound the 95 % interval of ``value``
    and ``margin`` is half its width. ``mean`` is the mean answer. ``agree`` is the
    percentage in the top boxes (CSAT 4-5, CES 5-7); ``promoters``/``detractors`` are
    NPS percentages.
    """

    metric: str
    n: int
    value: float | None
    mean: float | None
    margin: float | None
    ci_low: float | None
    ci_high: float | None
    agree: float | None = None
    promoters: float | None = None
    detractors: float | None = None

    @property
    def low_confidence(self) -> bool:
        """Fewer than 30 responses: show the figure, but do not trust it much."""
        return self.n < LOW_CONFIDENCE_N


def pool(distributions: Iterable[Mapping[int, int]]) -> dict[int, int]:
    """Add distributions together, e.g. all segments of one touchpoint and metric."""
    total: dict[int, int] = {}
    for counts in distributions:
        for answer, count in counts.items():
            total[answer] = total.get(answer, 0) + count
    return dict(sorted(total.items()))


def _share(counts: Mapping[int, int], low: int, high: int, n: int) -> float:
    return sum(c for a, c in counts.items() if low <= a <= high) / n


def _mean_and_sd(counts: Mapping[int, int], n: int) -> tuple[float, float | None]:
    mean = sum(a * c for a, c in counts.items()) / n
    if n < 2:
        return mean, None
    variance = sum(c * (a - mean) ** 2 for a, c in counts.items()) / (n - 1)
    return mean, math.sqrt(variance)


def wilson_interval(p: float, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a share p observed in n responses (as shares 0..1)."""
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def csat(counts: Mapping[int, int]) -> Score:
    """CSAT % = share of 4s and 5s x 100 on a 1-5 scale, Wilson interval, and the mean."""
    counts = check_counts("csat", dict(counts), "csat")
    n = sum(counts.values())
    if n == 0:
        return Score("csat", 0, None, None, None, None, None)
    p = _share(counts, 4, 5, n)
    low, high = wilson_interval(p, n)
    mean, _ = _mean_and_sd(counts, n)
    return Score("csat", n, p * 100, mean, (high - low) * 50, low * 100, high * 100, p * 100)


def nps(counts: Mapping[int, int]) -> Score:
    """NPS = % promoters (9-10) - % detractors (0-6), with margin
    1.96 x sqrt((p + d - (p - d)^2) / n) x 100."""
    counts = check_counts("nps", dict(counts), "nps")
    n = sum(counts.values())
    if n == 0:
        return Score("nps", 0, None, None, None, None, None)
    p, d = _share(counts, 9, 10, n), _share(counts, 0, 6, n)
    value = (p - d) * 100
    margin = Z95 * math.sqrt(max(0.0, p + d - (p - d) ** 2) / n) * 100
    mean, _ = _mean_and_sd(counts, n)
    return Score(
        "nps",
        n,
        value,
        mean,
        margin,
        max(-100.0, value - margin),
        min(100.0, value + margin),
        promoters=p * 100,
        detractors=d * 100,
    )


def ces(counts: Mapping[int, int]) -> Score:
    """CES = mean agreement on 1-7 (higher = less effort), t-free 1.96 x s / sqrt(n)
    margin, and % agreeing (5-7)."""
    counts = check_counts("ces", dict(counts), "ces")
    n = sum(counts.values())
    if n == 0:
        return Score("ces", 0, None, None, None, None, None)
    mean, sd = _mean_and_sd(counts, n)
    margin = None if sd is None else Z95 * sd / math.sqrt(n)
    low = None if margin is None else max(1.0, mean - margin)
    high = None if margin is None else min(7.0, mean + margin)
    return Score("ces", n, mean, mean, margin, low, high, _share(counts, 5, 7, n) * 100)


_SCORERS = {"csat": csat, "nps": nps, "ces": ces}


def score(metric: str, counts: Mapping[int, int]) -> Score:
    """The Score of any metric; raises InvalidValue for answers outside its scale."""
    if metric not in SCALES:
        raise ValueError(f"unknown metric {metric!r}")
    return _SCORERS[metric](counts)


def gap(measured: float | None, target: float | None) -> float | None:
    """measured - target in the metric's unit; negative = falls short. None if either is."""
    if measured is None or target is None:
        return None
    return measured - target


def satisfaction(metric: str, value: float) -> float:
    """A headline figure rescaled to 0..1 over its metric's range, to compare metrics."""
    low, high = TARGET_RANGES[metric]
    return (value - low) / (high - low)


def priority(metric: str, gap_value: float | None, importance: int, volume_weight: float) -> float:
    """How much closing a gap is worth; 0 when there is no shortfall.

    priority = shortfall x importance x volume weight, where
    shortfall = max(0, -gap) as a percentage of the metric's range (CSAT 100 points,
    NPS 200 points, CES 6 points), importance is 1-5, and volume weight is the
    touchpoint's monthly volume divided by the mean volume of its journey (1 when the
    journey records no volumes). A 10-point CSAT shortfall at an average-volume
    touchpoint of importance 5 scores 50.
    """
    if gap_value is None or gap_value >= 0:
        return 0.0
    low, high = TARGET_RANGES[metric]
    shortfall = -gap_value / (high - low) * 100
    return round(shortfall * importance * volume_weight, 2)

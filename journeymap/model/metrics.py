"""CX metrics from survey distributions, exactly as docs/metrics.md defines them.

A distribution maps each answer value to its number of responses, or for a weighted
survey to the sum of its respondents' weights. Every figure carries its n (respondents);
margins use the effective sample size n_eff (Kish), and below 30 of it a figure is
flagged as low confidence. Margins are 95 % intervals. With all weights 1, n_eff = n and
every figure is the unweighted one exactly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from journeymap.model.validation import check_counts, check_whole
from journeymap.model.vocabulary import LOW_CONFIDENCE_N, SCALES, TARGET_RANGES

Z95 = 1.96


@dataclass(frozen=True, slots=True)
class Score:
    """The headline figure of one metric over one distribution, with its uncertainty.

    ``value`` is CSAT % (top two boxes), NPS (-100..100) or CES (mean, 1..7); None when
    there are no responses. ``ci_low``/``ci_high`` bound the 95 % interval of ``value``
    and ``margin`` is half its width. ``mean`` is the mean answer. ``agree`` is the
    percentage in the top boxes (CSAT 4-5, CES 5-7); ``promoters``/``detractors`` are
    NPS percentages. ``n`` is the number of respondents and ``n_eff`` the effective
    sample size the margins use: n itself unless the survey was weighted.
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
    n_eff: float = 0.0

    @property
    def low_confidence(self) -> bool:
        """Fewer than 30 (effective) responses: show the figure, but do not trust it."""
        return self.n_eff < LOW_CONFIDENCE_N

    @property
    def weighted(self) -> bool:
        """Whether the figure comes from weighted answers (n_eff is then below n)."""
        return self.n_eff != self.n


@dataclass(frozen=True, slots=True)
class Responses:
    """A distribution with the respondents behind it: ``counts`` answer -> responses
    (sums of weights when weighted), ``respondents`` the people, ``effective_n`` the Kish
    effective sample size (Σw)² / Σw²."""

    counts: Mapping[int, float]
    respondents: int
    effective_n: float

    @classmethod
    def unweighted(cls, counts: Mapping[int, int]) -> Responses:
        """Plain counts: every response one respondent of weight 1."""
        n = sum(counts.values())
        return cls(counts, n, float(n))

    @property
    def weighted(self) -> bool:
        """Whether the counts carry weights other than 1."""
        return self.effective_n != self.respondents or sum(self.counts.values()) != self.respondents


def pool(parts: Iterable[Responses]) -> Responses:
    """Add the responses of different respondents together (e.g. the segments of one
    source, or two sources). Σw adds up, and so does Σw² = (Σw)² / n_eff of each part."""
    total: dict[int, float] = {}
    respondents, squares, weighted = 0, 0.0, False
    for part in parts:
        for answer, count in part.counts.items():
            total[answer] = total.get(answer, 0) + count
        respondents += part.respondents
        weight = sum(part.counts.values())
        squares += weight * weight / part.effective_n if part.effective_n else 0.0
        weighted = weighted or part.weighted
    weight = sum(total.values())
    if not weighted:  # exact: n itself, not n² / n in floating point
        effective = float(respondents)
    else:
        effective = weight * weight / squares if squares else 0.0
    return Responses(dict(sorted(total.items())), respondents, effective)


def _share(counts: Mapping[int, float], low: int, high: int, weight: float) -> float:
    return sum(c for a, c in counts.items() if low <= a <= high) / weight


def _mean_and_sd(responses: Responses, weight: float) -> tuple[float, float | None]:
    """The (weighted) mean answer and standard deviation. The variance is
    Σw(x - mean)² / (Σw - Σw / n_eff): with weights 1 that is the sample variance
    Σ(x - mean)² / (n - 1), and weighted it carries the same small-sample correction
    on the effective sample size."""
    counts = responses.counts
    mean = sum(a * c for a, c in counts.items()) / weight
    if responses.respondents < 2 or responses.effective_n <= 1:
        return mean, None
    squares = sum(c * (a - mean) ** 2 for a, c in counts.items())
    variance = squares / (weight - weight / responses.effective_n)
    return mean, math.sqrt(variance)


def wilson_interval(p: float, n: float, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a share p observed in n responses (as shares 0..1);
    n is the effective sample size of a weighted survey."""
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def _checked(metric: str, given: Responses | Mapping[int, int]) -> Responses:
    """Responses whose answers are on the metric's scale; plain counts are unweighted."""
    if isinstance(given, Responses):  # in answer order, so sums run as for plain counts
        counts = check_counts(metric, dict(given.counts), metric)
        return Responses(counts, given.respondents, given.effective_n)
    counts = check_counts(metric, dict(given), metric)
    for answer, count in counts.items():  # plain counts are respondents: whole numbers
        check_whole(f"{metric}[{answer}]", count, 0, None)
    return Responses.unweighted(counts)


def _empty(metric: str) -> Score:
    return Score(metric, 0, None, None, None, None, None)


def csat(responses: Responses | Mapping[int, int]) -> Score:
    """CSAT % = (weighted) share of 4s and 5s x 100 on a 1-5 scale, Wilson interval on
    the effective sample size, and the mean."""
    responses = _checked("csat", responses)
    weight, n = sum(responses.counts.values()), responses.effective_n
    if not weight:
        return _empty("csat")
    p = _share(responses.counts, 4, 5, weight)
    low, high = wilson_interval(p, n)
    mean, _ = _mean_and_sd(responses, weight)
    return Score("csat", responses.respondents, p * 100, mean, (high - low) * 50, low * 100,
                 high * 100, p * 100, n_eff=n)  # fmt: skip


def nps(responses: Responses | Mapping[int, int]) -> Score:
    """NPS = % promoters (9-10) - % detractors (0-6), with margin
    1.96 x sqrt((p + d - (p - d)^2) / n_eff) x 100."""
    responses = _checked("nps", responses)
    weight, n = sum(responses.counts.values()), responses.effective_n
    if not weight:
        return _empty("nps")
    p, d = _share(responses.counts, 9, 10, weight), _share(responses.counts, 0, 6, weight)
    value = (p - d) * 100
    margin = Z95 * math.sqrt(max(0.0, p + d - (p - d) ** 2) / n) * 100
    mean, _ = _mean_and_sd(responses, weight)
    return Score(
        "nps",
        responses.respondents,
        value,
        mean,
        margin,
        max(-100.0, value - margin),
        min(100.0, value + margin),
        promoters=p * 100,
        detractors=d * 100,
        n_eff=n,
    )


def ces(responses: Responses | Mapping[int, int]) -> Score:
    """CES = (weighted) mean agreement on 1-7 (higher = less effort), t-free
    1.96 x s / sqrt(n_eff) margin, and % agreeing (5-7)."""
    responses = _checked("ces", responses)
    weight, n = sum(responses.counts.values()), responses.effective_n
    if not weight:
        return _empty("ces")
    mean, sd = _mean_and_sd(responses, weight)
    margin = None if sd is None else Z95 * sd / math.sqrt(n)
    low = None if margin is None else max(1.0, mean - margin)
    high = None if margin is None else min(7.0, mean + margin)
    agree = _share(responses.counts, 5, 7, weight) * 100
    return Score("ces", responses.respondents, mean, mean, margin, low, high, agree, n_eff=n)


_SCORERS = {"csat": csat, "nps": nps, "ces": ces}


def score(metric: str, responses: Responses | Mapping[int, int]) -> Score:
    """The Score of any metric over responses, or over plain counts (unweighted);
    raises InvalidValue for answers outside its scale."""
    if metric not in SCALES:
        raise ValueError(f"unknown metric {metric!r}")
    return _SCORERS[metric](responses)


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

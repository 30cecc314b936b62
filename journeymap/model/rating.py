"""Traffic-light ratings of gaps, shared by the canvas, the gap dock and the workbook."""

from __future__ import annotations

from collections.abc import Iterable

from journeymap.model.vocabulary import TARGET_RANGES

RED, AMBER, GREEN, GREY = "red", "amber", "green", "grey"

#: A shortfall of more than this share of the metric's range is red (CSAT 10 points,
#: NPS 20 points, CES 0.6 points); any smaller shortfall is amber.
RED_SHORTFALL = 0.10


def gap_rating(metric: str, gap: float | None) -> str:
    """red, amber or green for one gap; grey when there is no gap (no target or no data)."""
    if gap is None:
        return GREY
    if gap >= 0:
        return GREEN
    low, high = TARGET_RANGES[metric]
    return RED if -gap > RED_SHORTFALL * (high - low) else AMBER


def worst_rating(ratings: Iterable[str]) -> str:
    """The worst of several ratings, e.g. of a touchpoint's metrics; grey if none rated."""
    ranked = set(ratings)
    for rating in (RED, AMBER, GREEN):
        if rating in ranked:
            return rating
    return GREY

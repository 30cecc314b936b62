"""What each card shows, derived from the document (the only canvas module that reads
model objects, so the items themselves stay ignorant of it)."""

from __future__ import annotations

import itertools

from journeymap.model.entities import Journey
from journeymap.model.metrics import satisfaction
from journeymap.model.rating import gap_rating, worst_rating
from journeymap.model.report import GapRow, gap_report
from journeymap.model.vocabulary import channel_text
from journeymap.ui.canvas.items import CardLook
from journeymap.ui.numbers import fixed, percent, signed


def _heat(rows: list[GapRow], metric: str) -> tuple[float | None, str]:
    """The measured level of one metric as 0..1 (for a heat colour) and its badge text."""
    for row in rows:
        if row.metric == metric and row.measured is not None:
            unit = " %" if metric == "csat" else ""
            badge = f"{metric.upper()} {fixed(row.measured)}{unit}"
            return satisfaction(metric, row.measured), badge
    return None, ""


def card_looks(
    journey: Journey, only: set[str] | None = None, colour_by: str = "gap"
) -> dict[str, CardLook]:
    """A CardLook per touchpoint (or per touchpoint in ``only``): rated by its worst gap,
    or, with ``colour_by`` a metric, coloured as a heat map of that metric's level."""
    rows: dict[str, list[GapRow]] = {}
    for row in gap_report(journey, only=only):
        rows.setdefault(row.touchpoint_id, []).append(row)
    looks = {}
    for tp in journey.touchpoints:
        if only is not None and tp.id not in only:
            continue
        mine = rows.get(tp.id, [])
        rated = [(gap_rating(r.metric, r.gap), r) for r in mine if r.gap is not None]
        worst = worst_rating(rating for rating, _ in rated)
        text = ""
        if rated:
            _, row = min(rated, key=lambda pair: ("red", "amber", "green").index(pair[0]))
            text = f"{row.metric.upper()} {signed(row.gap)}"
        heat = None
        if colour_by != "gap":
            heat, text = _heat(mine, colour_by)
            worst = worst if heat is not None else "grey"
        looks[tp.id] = CardLook(
            name=tp.name,
            channel=tp.channel,
            channel_label=channel_text(tp.channel, tp.channel_other, journey.language),
            owner=tp.owner,
            rating=worst,
            rating_text=text,
            low_n=any(r.low_confidence and r.n > 0 for r in mine),
            entry=tp.entry,
            exit=tp.exit,
            moment_of_truth=tp.moment_of_truth,
            emotion=tp.emotion,
            heat=heat,
        )
    return looks


def arrow_label(share: float | None, label: str) -> str:
    """The text on an arrow: its label and its share as a percentage."""
    parts = [label] if label else []
    if share is not None:
        parts.append(percent(share))
    return " · ".join(parts)


def highlighted(journey: Journey, kind: str) -> tuple[set[str], set[str]]:
    """The transition ids and touchpoint ids an overlay emphasises."""
    from journeymap.model.graph import analyze  # networkx loads on first use, not at start-up

    result = analyze(journey)
    if kind == "worst_path":
        path = result.worst_path.touchpoint_ids if result.worst_path else ()
        pairs = set(itertools.pairwise(path))
        links = {t.id for t in journey.transitions if (t.source, t.target) in pairs}
        return links, set(path)
    if kind == "loops":
        links = {tid for loop in result.loops for tid in loop.back_transition_ids}
        cards = {tp for loop in result.loops for tp in loop.touchpoint_ids}
        return links, cards
    crossings = result.handoffs if kind == "handoffs" else result.channel_breaks
    return {c.transition_id for c in crossings}, {
        t for c in crossings for t in (c.source, c.target)
    }

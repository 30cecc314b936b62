"""What each card shows, derived from the document (the only canvas module that reads
model objects, so the items themselves stay ignorant of it)."""

from __future__ import annotations

from journeymap.model.entities import Journey
from journeymap.model.rating import gap_rating, worst_rating
from journeymap.model.report import GapRow, gap_report
from journeymap.model.vocabulary import channel_label
from journeymap.ui.canvas.items import CardLook


def card_looks(journey: Journey, only: set[str] | None = None) -> dict[str, CardLook]:
    """A CardLook per touchpoint (or per touchpoint in ``only``), rated by its worst gap."""
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
            text = f"{row.metric.upper()} {row.gap:+.1f}"
        label = tp.channel_other if tp.channel == "other" and tp.channel_other else None
        looks[tp.id] = CardLook(
            name=tp.name,
            channel=tp.channel,
            channel_label=label or channel_label(tp.channel, journey.language),
            owner=tp.owner,
            rating=worst,
            rating_text=text,
            low_n=any(r.low_confidence and r.n > 0 for r in mine),
            entry=tp.entry,
            exit=tp.exit,
            moment_of_truth=tp.moment_of_truth,
            emotion=tp.emotion,
        )
    return looks


def arrow_label(share: float | None, label: str) -> str:
    """The text on an arrow: its label and its share as a percentage."""
    parts = [label] if label else []
    if share is not None:
        parts.append(f"{share:.0%}")
    return " · ".join(parts)

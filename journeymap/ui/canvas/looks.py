"""What each card shows, derived from the document (the only canvas module that reads
model objects, so the items themselves stay ignorant of it)."""

from __future__ import annotations

import functools
import itertools

from PySide6.QtCore import QLocale

from journeymap.model.entities import Journey, Transition
from journeymap.model.figures import ALL_RESPONDENTS, FigureView
from journeymap.model.metrics import satisfaction
from journeymap.model.notes import note_counts
from journeymap.model.rating import gap_rating, worst_rating
from journeymap.model.report import GapRow, gap_report
from journeymap.model.vocabulary import METRICS, channel_text
from journeymap.ui.canvas.items import ArrowText, CardLook, tr
from journeymap.ui.numbers import duration, fixed, percent, signed, whole


def _measured(row: GapRow) -> str:
    """A measured figure as a badge says it: "CSAT 78 %", "NPS 12", "CES 5,2"."""
    unit = " %" if row.metric == "csat" else ""
    return f"{row.metric.upper()} {fixed(row.measured)}{unit}"


def _heat(rows: list[GapRow], metric: str) -> tuple[float | None, str]:
    """The measured level of one metric as 0..1 (for a heat colour) and its badge text."""
    for row in rows:
        if row.metric == metric and row.measured is not None:
            return satisfaction(metric, row.measured), _measured(row)
    return None, ""


def card_looks(
    journey: Journey,
    only: set[str] | None = None,
    colour_by: str = "gap",
    view: FigureView = ALL_RESPONDENTS,
) -> dict[str, CardLook]:
    """A CardLook per touchpoint (or per touchpoint in ``only``): rated by its worst gap,
    or, with ``colour_by`` a metric, coloured as a heat map of that metric's level; the
    figures count the view's respondents. A measured touchpoint without a target shows
    its measured figure (grey: there is nothing to rate it against)."""
    counts = note_counts(journey)
    rows: dict[str, list[GapRow]] = {}
    for row in gap_report(journey, view, only=only):
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
        elif measured := [r for r in mine if r.measured is not None]:
            text = _measured(min(measured, key=lambda r: METRICS.index(r.metric)))
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
            notes=counts.get(tp.id, 0),
        )
    return looks


def arrow_label(share: float | None, label: str) -> str:
    """The text on an arrow: its label and its share as a percentage."""
    parts = [label] if label else []
    if share is not None:
        parts.append(percent(share))
    return " · ".join(parts)


def arrow_text(t: Transition) -> ArrowText:
    """What a transition's arrow says: its label and share in full, and short for a tight
    spot the share alone, else the label (which the arrow elides). A transition discovered
    from a contact log also says the median time between the two contacts, is never
    shortened (its share and time are what a team reads the map for: where they do not fit
    on the arrow they sit near it) and its tooltip gives the observations, the share, the
    median and the 90th percentile."""
    if t.count is None:  # drawn by hand: the label and the share, as the team wrote them
        return ArrowText(arrow_label(t.share, t.label), arrow_label(t.share, "") or t.label)
    figures = (t.label, t.share, t.count, t.median_hours, t.p90_hours)
    return _discovered_text(*figures, QLocale().name())


@functools.lru_cache(maxsize=8192)
def _discovered_text(
    label: str, share: float | None, count: int, median_hours: float | None,
    p90_hours: float | None, locale: str,
) -> ArrowText:  # fmt: skip
    """A discovered transition's words, kept: the map asks for every arrow's after each
    edit, and a journey of 3,000 arrows would spend most of a drag step writing them anew.
    ``locale`` is part of the key, as the words and numbers follow the interface's language."""
    shown = arrow_label(share, "")
    median = duration(median_hours) if median_hours is not None else ""
    full = " · ".join(part for part in (label, shown, median) if part)
    tip = [label] if label else []
    tip.append(tr("Observations: {}").format(whole(count)))
    if share is not None:
        tip.append(tr("Share: {} of the contacts at the touchpoint it leaves").format(shown))
    if median:
        tip.append(tr("Median time between the contacts: {}").format(median))
    if p90_hours is not None:
        tip.append(tr("90th percentile: {}").format(duration(p90_hours)))
    return ArrowText(full, "", "\n".join(tip))


def highlighted(
    journey: Journey, kind: str, view: FigureView = ALL_RESPONDENTS
) -> tuple[set[str], set[str]]:
    """The transition ids and touchpoint ids an overlay emphasises (the worst path on
    the view's satisfaction)."""
    from journeymap.model.graph import analyze  # networkx loads on first use, not at start-up

    result = analyze(journey, view=view)
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

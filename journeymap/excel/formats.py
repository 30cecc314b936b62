"""How figures read in the workbook: metric labels, number formats, traffic lights.

The traffic light of a gap compares it with the width of its metric's scale, so one
rule serves CSAT % (0-100), NPS (-100..100) and CES (1-7):

- red (✕): the gap is below -10 % of the scale (CSAT -10 points, NPS -20, CES -0.6);
- amber (!): below 0, but not that far: the touchpoint falls short of its target;
- green (✓): at or above the target;
- grey (–): no data, because the target or the measurement is missing.

A touchpoint's light is that of its worst metric. The names are the rules' words; the
colours are blue-orange (model/palette.py), and every light carries its symbol.
"""

from __future__ import annotations

from collections.abc import Iterable

from journeymap.excel.language import number_text, tr
from journeymap.model.entities import Journey
from journeymap.model.figures import FigureView, sources
from journeymap.model.palette import RATING_SYMBOLS, RATING_TINTS
from journeymap.model.report import GapRow
from journeymap.model.vocabulary import TARGET_RANGES

#: A gap below this share of its metric's scale is red.
RED_BELOW = -0.10

LIGHTS = ("red", "amber", "green", "grey")
#: Fill colours (RRGGBB): the map's palette, tinted light enough for black text on a
#: projector and in print, and apart for red-green colour blind readers.
LIGHT_FILLS = RATING_TINTS
#: The symbol written beside each fill, so no light is colour alone.
LIGHT_SYMBOLS = RATING_SYMBOLS
#: Each light's name, for the legends (the keys are the file's words, never translated):
#: what it says, not its colour (the palette is no longer red and green).
LIGHT_NAMES = {
    "red": "far below target",
    "amber": "below target",
    "green": "target met",
    "grey": "no data",
}
#: What each light means, for the legends (``tr(LIGHT_MEANINGS[name])``).
LIGHT_MEANINGS = {
    "red": "gap below -10 % of the metric's scale (CSAT -10 points, NPS -20, CES -0.6)",
    "amber": "gap below 0: short of the target, but by less than that",
    "green": "at or above the target",
    "grey": "no data: no target or no measurement",
}

METRIC_LABELS = {"csat": "CSAT %", "nps": "NPS", "ces": "CES"}
#: Excel number formats of a metric's target/measured value, gap and margin of error.
VALUE_FORMATS = {"csat": '0.0" %"', "nps": "0.0", "ces": "0.00"}
GAP_FORMATS = {
    "csat": '+0.0" pp";-0.0" pp";0.0" pp"',
    "nps": "+0.0;-0.0;0.0",
    "ces": "+0.00;-0.00;0.00",
}
MARGIN_FORMATS = {"csat": '"±"0.0', "nps": '"±"0.0', "ces": '"±"0.00'}
SHARE_FORMAT = "+0.0%;-0.0%;0.0%"
PERCENT_FORMAT = "0%"
EMOTION_FORMAT = "+0.0;-0.0;0.0"

_GAP_TEXT = {"csat": "{:+.1f} pp", "nps": "{:+.1f}", "ces": "{:+.2f}"}
_VALUE_TEXT = {"csat": "{:.1f}", "nps": "{:.1f}", "ces": "{:.2f}"}


def scale_width(metric: str) -> float:
    """The width of a metric's scale: 100 for CSAT %, 200 for NPS, 6 for CES."""
    low, high = TARGET_RANGES[metric]
    return high - low


def gap_share(metric: str, gap: float | None) -> float | None:
    """A gap as a share of its metric's scale (-0.1 = 10 % of the scale short)."""
    return None if gap is None else gap / scale_width(metric)


def light(share: float | None) -> str:
    """The traffic light of a gap given as a share of its scale."""
    if share is None:
        return "grey"
    if share < RED_BELOW:
        return "red"
    return "amber" if share < 0 else "green"


def light_name(name: str) -> str:
    """A traffic light's name as a legend writes it, its symbol first: "✕ far below
    target", "✕ weit unter Soll"."""
    return f"{LIGHT_SYMBOLS[name]} {tr(LIGHT_NAMES[name])}"


def light_meaning(name: str) -> str:
    """What a traffic light means, in the language being written."""
    return tr(LIGHT_MEANINGS[name])


def gap_text(metric: str, gap: float) -> str:
    """A gap as short text, e.g. ``CSAT % -3.3 pp`` (``-3,3 pp`` in German)."""
    return f"{METRIC_LABELS[metric]} {signed_gap_text(metric, gap)}"


def measured_text(metric: str, value: float) -> str:
    """A measured value as short text, e.g. ``CSAT % 72.0``."""
    return f"{METRIC_LABELS[metric]} {value_text(metric, value)}"


def value_text(metric: str, value: float) -> str:
    """A metric's value as short text without its label, e.g. ``72.0``."""
    return number_text(_VALUE_TEXT[metric].format(value))


def signed_gap_text(metric: str, gap: float) -> str:
    """A gap as short text without its label, e.g. ``-3.3 pp``."""
    return number_text(_GAP_TEXT[metric].format(gap))


def sources_text(journey: Journey, rows: Iterable[GapRow]) -> str:
    """The survey sources the measured rows count, comma-separated in the order they
    were imported; empty when nothing is measured."""
    counted = {s for r in rows if r.n for s in r.sources}
    names = [s or tr("(no source name)") for s in sources(journey) if s in counted]
    return ", ".join(names)


def view_text(view: FigureView) -> str:
    """Whose answers a view counts, in words in the workbook's language: "all
    respondents", "Business", "segment unknown", with "· survey.csv" for a source."""
    who = tr("all respondents") if view.segment is None else view.segment or tr("segment unknown")
    return f"{who} · {view.source or tr('(no source name)')}" if view.source is not None else who


def worst_gaps(rows: Iterable[GapRow]) -> dict[str, tuple[str, float]]:
    """Per touchpoint id, its worst gap as (metric, share of scale); touchpoints with no
    gap at all are left out (their light is grey)."""
    worst: dict[str, tuple[str, float]] = {}
    for row in rows:
        share = gap_share(row.metric, row.gap)
        if share is None:
            continue
        known = worst.get(row.touchpoint_id)
        if known is None or share < known[1]:
            worst[row.touchpoint_id] = (row.metric, share)
    return worst

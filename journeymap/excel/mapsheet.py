"""The Map sheet: stages as columns, each touchpoint a card in its stage's column,
filled by the traffic light of its worst gap, and an emotion row beneath.
Several journeys are drawn one below the other."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.cells import (
    NOTE,
    TITLE,
    Look,
    Sheet,
    Styled,
    col,
    line_height,
    text_lines,
)
from journeymap.excel.facts import JourneyFacts
from journeymap.excel.formats import (
    EMOTION_FORMAT,
    LIGHT_FILLS,
    LIGHTS,
    PERCENT_FORMAT,
    gap_text,
    light,
    measured_text,
    worst_gaps,
)
from journeymap.model.entities import Touchpoint
from journeymap.model.report import GapRow

CARD_LOOKS = {
    name: Look(fill=LIGHT_FILLS[name], wrap=True, vertical="top", border=True) for name in LIGHTS
}
_LABEL = Look(bold=True, wrap=True, vertical="top")
_STAGE = Look(bold=True, fill="DDE4EE", wrap=True, horizontal="center", vertical="center")
_EMOTION = Look(bold=True, number_format=EMOTION_FORMAT, horizontal="center")
_SATISFACTION = Look(number_format=PERCENT_FORMAT, horizontal="center")
LEGEND = {
    "red": "red: gap < -10 % of scale",
    "amber": "amber: gap < 0",
    "green": "green: target met",
    "grey": "grey: no target or no data",
}
CARD_LINES = 4  # cards are at least this many lines high, so the map looks even
STAGE_WIDTH = 24


def card_text(tp: Touchpoint, channel: str, gaps: Sequence[GapRow]) -> str:
    """Name; channel and owner; every gap of the touchpoint, and the measured value
    of a metric that has no target."""
    lines = [("★ " if tp.moment_of_truth else "") + (tp.name or "(no name)")]
    lines.append(" · ".join(part for part in (channel, tp.owner) if part))
    figures = [
        gap_text(r.metric, r.gap) if r.gap is not None
        else f"{measured_text(r.metric, r.measured)} (no target)"
        for r in gaps
        if r.measured is not None
    ]  # fmt: skip
    lines.append(" · ".join(figures) if figures else "no data")
    return "\n".join(lines)


def _block(sheet: Sheet, f: JourneyFacts) -> None:
    """One journey: title, stage headers, card rows, emotion and satisfaction rows."""
    journey = f.journey
    if sheet.rows:  # each journey on a page of its own
        sheet.row_breaks.append(len(sheet.rows))
    sheet.add(Styled(f"{journey.name or '(no name)'} ({journey.state})", TITLE))
    sheet.add(
        Styled("Card colours", _LABEL), *(Styled(LEGEND[name], CARD_LOOKS[name]) for name in LIGHTS)
    )
    sheet.add(Styled("Stage", _LABEL), *(Styled(s.name, _STAGE) for s in journey.stages))
    by_tp: dict[str, list[GapRow]] = {}
    for row in f.rows:
        by_tp.setdefault(row.touchpoint_id, []).append(row)
    worst = worst_gaps(f.rows)
    columns: list[list[Styled]] = [[] for _ in journey.stages]
    stage_column = {s.id: i for i, s in enumerate(journey.stages)}
    for tp in f.touchpoints():
        if tp.stage_id not in stage_column:
            continue
        share = worst.get(tp.id, (None, None))[1]
        text = card_text(tp, f.channel(tp), by_tp.get(tp.id, []))
        columns[stage_column[tp.stage_id]].append(Styled(text, CARD_LOOKS[light(share)]))
    depth = max((len(c) for c in columns), default=0)
    for level in range(depth):
        label = Styled("Touchpoints", _LABEL) if level == 0 else None
        cards = [c[level] if level < len(c) else None for c in columns]
        row = sheet.add(label, *cards)
        lines = max(text_lines(card, STAGE_WIDTH) for card in cards)
        sheet.heights[row] = line_height(max(lines, CARD_LINES))
    curve = f.analysis.emotion_curve
    emotion_row = sheet.add(
        Styled("Emotion (-2..+2)", _LABEL),
        *(None if p.emotion is None else Styled(p.emotion, _EMOTION) for p in curve),
    )
    sheet.add(
        Styled("Satisfaction (mean)", _LABEL),
        *(None if p.satisfaction is None else Styled(p.satisfaction, _SATISFACTION) for p in curve),
    )
    if curve:
        cells = f"B{emotion_row}:{col(len(curve) + 1)}{emotion_row}"
        sheet.finish.append(lambda ws: _emotion_colours(ws, cells))
    sheet.add()


def _emotion_colours(ws: Worksheet, cells: str) -> None:
    """A live colour scale: red at -2, white at 0, green at +2."""
    rule = ColorScaleRule(
        start_type="num", start_value=-2, start_color=LIGHT_FILLS["red"],
        mid_type="num", mid_value=0, mid_color="FFFFFF",
        end_type="num", end_value=2, end_color=LIGHT_FILLS["green"],
    )  # fmt: skip
    ws.conditional_formatting.add(cells, rule)


def map_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """The map of every journey, printed landscape and fitted to the page width."""
    sheet = Sheet("Map", freeze="B1")
    stages = max((len(f.journey.stages) for f in facts), default=0)
    sheet.widths = {1: 17, **{i: STAGE_WIDTH for i in range(2, max(stages, 4) + 2)}}
    for f in facts:
        _block(sheet, f)
    if not facts:
        sheet.add(Styled("No journey to draw.", NOTE))
    return sheet

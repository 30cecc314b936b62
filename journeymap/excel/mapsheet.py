"""The Map sheet: stages as columns, each touchpoint a card in its stage's column,
filled by the traffic light of its worst gap. A journey with lanes shows its visible
lanes in their order (maplanes.py); one without, the cards with an emotion row beneath.
Several journeys are drawn one below the other."""

from __future__ import annotations

from collections.abc import Sequence

from journeymap.excel.cells import (
    NOTE,
    TITLE,
    Look,
    Sheet,
    Styled,
    line_height,
    text_lines,
)
from journeymap.excel.facts import JourneyFacts
from journeymap.excel.formats import (
    LIGHT_FILLS,
    LIGHT_SYMBOLS,
    LIGHTS,
    PERCENT_FORMAT,
    gap_text,
    light,
    measured_text,
    worst_gaps,
)
from journeymap.excel.language import tr
from journeymap.excel.maplanes import (
    LABEL,
    emotion_rows,
    figure_rows,
    lane_label,
    line_row,
    note_rows,
)
from journeymap.model.entities import Lane, Touchpoint
from journeymap.model.report import GapRow
from journeymap.model.vocabulary import NOTE_LANES

CARD_LOOKS = {
    name: Look(fill=LIGHT_FILLS[name], wrap=True, vertical="top", border=True) for name in LIGHTS
}
_STAGE = Look(bold=True, fill="DDE4EE", wrap=True, horizontal="center", vertical="center")
_SATISFACTION = Look(number_format=PERCENT_FORMAT, horizontal="center")
#: What each card fill means (written after the light's symbol, which every card shows too).
LEGEND = {
    "red": "far below target: gap < -10 % of scale",
    "amber": "below target: gap < 0",
    "green": "target met",
    "grey": "no target or no data",
}
CARD_LINES = 4  # cards are at least this many lines high, so the map looks even
STAGE_WIDTH = 24


def card_text(tp: Touchpoint, channel: str, gaps: Sequence[GapRow], rating: str) -> str:
    """Name; channel and owner; the symbol of the card's light (``rating``) and every gap
    of the touchpoint, and the measured value of a metric that has no target."""
    lines = [("★ " if tp.moment_of_truth else "") + (tp.name or tr("(no name)"))]
    lines.append(" · ".join(part for part in (channel, tp.owner) if part))
    figures = [
        gap_text(r.metric, r.gap) if r.gap is not None
        else tr("{} (no target)").format(measured_text(r.metric, r.measured))
        for r in gaps
        if r.measured is not None
    ]  # fmt: skip
    lines.append(f"{LIGHT_SYMBOLS[rating]} " + (" · ".join(figures) if figures else tr("no data")))
    return "\n".join(lines)


def _block(sheet: Sheet, f: JourneyFacts) -> None:
    """One journey: title, legend, stage headers, then its visible lanes in order; a
    journey without lanes shows its cards with emotion and satisfaction rows beneath."""
    journey = f.journey
    if sheet.rows:  # each journey on a page of its own
        sheet.row_breaks.append(len(sheet.rows))
    title = tr("{} ({})").format(journey.name or tr("(no name)"), tr(journey.state))
    sheet.add(Styled(title, TITLE))
    legend = (
        Styled(f"{LIGHT_SYMBOLS[name]} {tr(LEGEND[name])}", CARD_LOOKS[name]) for name in LIGHTS
    )
    sheet.add(Styled(tr("Card colours"), LABEL), *legend)
    sheet.add(Styled(tr("Stage"), LABEL), *(Styled(s.name, _STAGE) for s in journey.stages))
    if journey.lanes:
        for lane in journey.lanes:
            if lane.visible:
                _lane(sheet, f, lane)
    else:
        _cards(sheet, f, tr("Touchpoints"))
        emotion_rows(sheet, f, tr("Emotion (-2..+2)"), chart=False)
        curve = f.analysis.emotion_curve
        sheet.add(
            Styled(tr("Satisfaction (mean)"), LABEL),
            *(None if p.satisfaction is None else Styled(p.satisfaction, _SATISFACTION)
              for p in curve),
        )  # fmt: skip
    sheet.add()


def _lane(sheet: Sheet, f: JourneyFacts, lane: Lane) -> None:
    """The rows of one lane."""
    if lane.kind == "touchpoints":
        _cards(sheet, f, lane_label(lane))
    elif lane.kind == "emotion":
        emotion_rows(sheet, f, f"{lane_label(lane)}\n(-2..+2)", chart=True)
    elif lane.kind == "metrics":
        figure_rows(sheet, f, lane)
    elif lane.kind in NOTE_LANES:
        note_rows(sheet, f, lane, STAGE_WIDTH)
    else:  # line_of_interaction, line_of_visibility
        line_row(sheet, f, lane)


def _cards(sheet: Sheet, f: JourneyFacts, label: str) -> None:
    """The touchpoint cards, a row per level of the fullest stage column."""
    by_tp: dict[str, list[GapRow]] = {}
    for row in f.rows:
        by_tp.setdefault(row.touchpoint_id, []).append(row)
    worst = worst_gaps(f.rows)
    stages = f.journey.stages
    columns: list[list[Styled]] = [[] for _ in stages]
    stage_column = {s.id: i for i, s in enumerate(stages)}
    for tp in f.touchpoints():
        if tp.stage_id not in stage_column:
            continue
        share = worst.get(tp.id, (None, None))[1]
        rating = light(share)
        text = card_text(tp, f.channel(tp), by_tp.get(tp.id, []), rating)
        columns[stage_column[tp.stage_id]].append(Styled(text, CARD_LOOKS[rating]))
    depth = max((len(c) for c in columns), default=0)
    for level in range(depth):
        cards = [c[level] if level < len(c) else None for c in columns]
        row = sheet.add(Styled(label, LABEL) if level == 0 else None, *cards)
        lines = max(text_lines(card, STAGE_WIDTH) for card in cards)
        sheet.heights[row] = line_height(max(lines, CARD_LINES))


def map_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """The map of every journey, printed landscape and fitted to the page width."""
    sheet = Sheet(tr("Map"), freeze="B1")
    stages = max((len(f.journey.stages) for f in facts), default=0)
    sheet.widths = {1: 17, **{i: STAGE_WIDTH for i in range(2, max(stages, 4) + 2)}}
    for f in facts:
        _block(sheet, f)
    if not facts:
        sheet.add(Styled(tr("No journey to draw."), NOTE))
    return sheet

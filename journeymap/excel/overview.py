"""The Overview sheet: one column of headline figures per journey, the colour legend,
how each figure is made, and a guide to the other sheets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.cells import (
    HEADER,
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
    LIGHT_FILLS,
    LIGHTS,
    METRIC_LABELS,
    VALUE_FORMATS,
    gap_share,
    light,
    light_meaning,
    light_name,
    sources_text,
    view_text,
    worst_gaps,
)
from journeymap.excel.language import date_text, tr
from journeymap.model.figures import FigureView
from journeymap.model.report import GapRow
from journeymap.model.vocabulary import LOW_CONFIDENCE_N, METRICS

_LABEL = Look(bold=True, vertical="top")
_SECTION = Look(bold=True, size=12)
_WORDS = Look(wrap=True, vertical="top")  # persona, state, date, segment, sources
_PRIORITY = Look(number_format="0.0")
FIGURE_WIDTH = 28
_TEXT = Look(wrap=True, vertical="top")
_NOTE_WRAP = Look(italic=True, colour="595959", wrap=True, vertical="top")

FORMULAS = (
    ("Gap", "measured - target, in the metric's unit: points of CSAT % (pp), NPS points, "
            "CES points. Negative = the touchpoint falls short of what customers expect."),
    ("CSAT %", "share of answers 4 or 5 on the 1-5 scale x 100; margin of error: half the "
               "95 % Wilson interval."),
    ("NPS", "% promoters (9-10) - % detractors (0-6) on the 0-10 scale; margin of error: "
            "1.96 x sqrt((p + d - (p - d)²) / effective n) x 100."),
    ("CES", "mean answer on the 1-7 scale (higher = less effort); margin of error: "
            "1.96 x standard deviation / sqrt(effective n)."),
    ("n, effective n", "n is the number of respondents behind a figure. A weighted survey "
                       "counts each answer with its respondent's weight (shares, means and "
                       "NPS are weighted); its effective n = (Σw)² / Σw² (Kish) is what the "
                       "margins of error and the low-n flag use. Unweighted, effective n = n."),
    ("Low n", "an effective n below {}: the figure is shown, but flagged as low "
              "confidence."),
    ("Priority", "shortfall x importance x volume weight. Shortfall = max(0, -gap) as % of "
                 "the metric's scale (CSAT 100, NPS 200, CES 6); importance 1-5; volume "
                 "weight = the touchpoint's monthly volume / the mean volume of its journey "
                 "(1 without volumes). Example: 10 points short on CSAT at an average-volume "
                 "touchpoint of importance 5 = 50."),
    ("Means", "over the touchpoints that have a measurement; each touchpoint counts once."),
)  # fmt: skip

GUIDE = (
    ("Map", "stages as columns, each touchpoint a card coloured by its worst gap; the "
            "emotion and satisfaction rows beneath. Prints landscape, one page wide."),
    ("Touchpoints", "every attribute of every touchpoint, with its targets, its measured "
                    "values and whose answers they count; a filterable table."),
    ("Notes", "every note of the lanes (pain points, ideas, …), lane by lane and stage by "
              "stage, the most voted first; a filterable table."),
    ("Gaps", "one row per touchpoint and metric, ranked by priority, with n and the "
             "effective n. Gap and priority are formulas: edit a measured value and they "
             "follow."),
    ("Opportunities", "every opportunity, highest priority first, with its status, owner, "
                      "due date and what it addresses, and the value-effort matrix."),
    ("Handoffs & channel breaks", "transitions where the owner (handoff) or the channel (channel "
                      "break) changes, least satisfying first."),
    ("Paths", "the worst path, the most probable paths, loops (repeat contacts) and "
              "problems of the journey's graph."),
    ("Charts", "the gap per touchpoint and the emotion curve across the stages."),
)  # fmt: skip


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _weights(rows: list[GapRow]) -> str:
    """Whether the figures are weighted, and how many."""
    measured = [r for r in rows if r.n]
    weighted = sum(1 for r in measured if r.weighted)
    if not weighted:
        return tr("none: every answer counts once")
    return tr("{} of {} figures weighted (margins on the effective n)").format(
        weighted, len(measured)
    )


def _figures(f: JourneyFacts, view: FigureView, today: str) -> list[Any]:
    """One journey's column of figures, in the order of ``figure_labels``."""
    rows = f.rows
    measured = {r.touchpoint_id for r in rows if r.measured is not None}
    means = [
        _mean([r.measured for r in rows if r.metric == m and r.measured is not None])
        for m in METRICS
    ]
    worst = worst_gaps(rows)
    lights = [light(worst[tp.id][1]) if tp.id in worst else "grey" for tp in f.journey.touchpoints]
    a = f.analysis
    return [
        f.persona or None,
        tr(f.journey.state),
        today,
        view_text(view),
        sources_text(f.journey, rows) or tr("none"),
        _weights(rows),
        len(f.journey.stages),
        len(f.journey.touchpoints),
        len(measured),
        *(
            None if v is None else Styled(v, Look(number_format=VALUE_FORMATS[m]))
            for m, v in zip(METRICS, means, strict=True)
        ),
        sum(1 for r in rows if (gap_share(r.metric, r.gap) or 0) < 0),
        sum(1 for r in rows if r.n and r.low_confidence),
        *(lights.count(name) for name in LIGHTS),
        Styled(sum(r.priority for r in rows), _PRIORITY),
        len(a.handoffs),
        len(a.channel_breaks),
        len(a.loops),
        len(a.problems),
    ]


def figure_labels() -> list[tuple[str, str | None]]:
    """The labels of the figures, each with its traffic light when it counts one."""
    return [
        *((tr(label), None) for label in ("Persona", "State", "Date", "Segment",
                                           "Survey sources", "Survey weights", "Stages",
                                           "Touchpoints", "Measured touchpoints")),
        *((tr("Mean {}").format(METRIC_LABELS[m]), None) for m in METRICS),
        (tr("Negative gaps"), None),
        (tr("Low-confidence figures (effective n < {})").format(LOW_CONFIDENCE_N), None),
        *((tr("Touchpoints {}").format(light_name(n)), n) for n in LIGHTS),
        *((tr(label), None) for label in ("Total priority", "Handoffs", "Channel breaks",
                                           "Loops", "Graph problems")),
    ]  # fmt: skip


def overview_sheet(
    facts: Sequence[JourneyFacts], view: FigureView, today: dt.date | None = None
) -> Sheet:
    """Headline figures per journey (one column each), legend, formulas, guide."""
    date = date_text(today or dt.date.today())
    sheet = Sheet(tr("Overview"))
    sheet.widths = {1: 34, **{i: FIGURE_WIDTH for i in range(2, max(len(facts), 3) + 2)}}
    sheet.add(Styled(tr("Gap report"), TITLE))
    sheet.add(Styled(tr("Written by journeymap on {}.").format(date), NOTE))
    sheet.add()
    names = [f.journey.name or tr("(no name)") for f in facts]
    row = sheet.header([tr("Journey"), *names], HEADER)
    sheet.heights[row] = line_height(max((text_lines(n, FIGURE_WIDTH) for n in names), default=1))
    columns = [_figures(f, view, date) for f in facts]
    for i, (label, fill) in enumerate(figure_labels()):
        look = Look(bold=True, fill=LIGHT_FILLS[fill]) if fill else _LABEL
        values = [c[i] for c in columns]
        words = [Styled(v, _WORDS) if isinstance(v, str) else v for v in values]
        row = sheet.add(Styled(label, look), *words)
        lines = max((text_lines(v, FIGURE_WIDTH) for v in values), default=1)
        if lines > 1:
            sheet.heights[row] = line_height(lines)
    sheet.add()
    last = max(len(facts) + 1, 7)  # texts span columns B to this one
    span = sum(sheet.widths.get(i, 8.43) for i in range(2, last + 1))

    def text_row(label: Any, text: str, look: Look | None = None) -> None:
        row = sheet.add(label, Styled(text, look or _TEXT))
        sheet.merges.append(f"B{row}:{col(last)}{row}")
        sheet.heights[row] = line_height(text_lines(text, span))

    sheet.add(Styled(tr("Colours of the map cards and the gaps"), _SECTION))
    for name in LIGHTS:
        text_row(
            Styled(light_name(name), Look(bold=True, fill=LIGHT_FILLS[name], vertical="top")),
            light_meaning(name),
        )
    text_row(None, tr("The threshold is 10 % of the metric's scale, so one rule fits CSAT %, "
                      "NPS and CES. A touchpoint takes the colour of its worst metric."),
             _NOTE_WRAP)  # fmt: skip
    sheet.add()
    sheet.add(Styled(tr("How the figures are made"), _SECTION))
    for label, text in FORMULAS:
        text_row(Styled(tr(label), _LABEL), tr(text).format(LOW_CONFIDENCE_N))
    sheet.add()
    sheet.add(Styled(tr("Sheets"), _SECTION))
    for label, text in GUIDE:
        text_row(Styled(tr(label), _LABEL), tr(text))
    area = f"A1:{col(last)}{len(sheet.rows)}"
    sheet.finish.append(lambda ws: _print_area(ws, area))
    return sheet


def _print_area(ws: Worksheet, area: str) -> None:
    """Print the texts that run on to the right of column B as well."""
    ws.print_area = area

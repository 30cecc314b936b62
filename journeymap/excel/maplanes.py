"""The lane rows of the Map sheet other than the touchpoint cards: notes as wrapped text
per stage, the emotion curve as its values with a native line chart beneath, the
metrics lane's figures with traffic lights, and the blueprint lines as ruled rows."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.chart import LineChart, Reference
from openpyxl.chart.layout import Layout, ManualLayout
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.worksheet.worksheet import Worksheet

from journeymap import words
from journeymap.excel.cells import Look, Sheet, Styled, col, line_height, text_lines
from journeymap.excel.facts import JourneyFacts
from journeymap.excel.formats import (
    EMOTION_FORMAT,
    LIGHT_FILLS,
    LIGHT_SYMBOLS,
    METRIC_LABELS,
    signed_gap_text,
    value_text,
)
from journeymap.excel.language import number_text, tr
from journeymap.model.entities import Lane, Note
from journeymap.model.rating import gap_rating
from journeymap.model.stage_figures import StageFigure, stage_figures
from journeymap.model.vocabulary import METRICS, lane_name

LABEL = Look(bold=True, wrap=True, vertical="top")
NOTE_CELL = Look(fill="FFF2CC", wrap=True, vertical="top", border=True)  # a sticky note
EMOTION = Look(bold=True, number_format=EMOTION_FORMAT, horizontal="center")
_LINE_LABEL = Look(bold=True, italic=True, colour="404040", rule=True, vertical="bottom")
_RULE = Look(rule=True)
FIGURE_LOOKS = {
    rating: Look(fill=fill, wrap=True, vertical="top", horizontal="center", border=True)
    for rating, fill in LIGHT_FILLS.items()
}
NOTE_LINES = 2  # a note row is at least this many lines high
CHART_ROWS = 8  # the emotion chart covers this many rows of 15 points under its values


def lane_label(lane: Lane) -> str:
    """The name at the left of a lane's row: its own, else its kind's."""
    return lane.name or lane_name(lane.kind, words.spoken())


def note_line(note: Note) -> str:
    """A note as one line of its cell, bulleted (so that wrapped notes stay apart), with
    its votes when it has any."""
    if not note.votes:
        return f"• {note.text}"
    votes = tr("1 vote") if note.votes == 1 else tr("{} votes").format(note.votes)
    return f"• {note.text} ({votes})"


def note_rows(sheet: Sheet, f: JourneyFacts, lane: Lane, width: float) -> None:
    """A note lane: every stage's notes, each on a line, in the lane's order."""
    by_stage: dict[str, list[str]] = {}
    for note in f.journey.notes:
        if note.lane_id == lane.id:
            by_stage.setdefault(note.stage_id, []).append(note_line(note))
    cells = [Styled("\n".join(by_stage.get(s.id, [])) or None, NOTE_CELL) for s in f.journey.stages]
    row = sheet.add(Styled(lane_label(lane), LABEL), *cells)
    lines = max((text_lines(c, width) for c in cells), default=1)
    sheet.heights[row] = line_height(max(lines, NOTE_LINES))


def emotion_rows(sheet: Sheet, f: JourneyFacts, label: str, chart: bool) -> int:
    """The stages' mean emotion in a row with a colour scale and, when ``chart``, a
    native line chart over the rows beneath, its points under the stage columns.
    Returns the values' row number."""
    curve = f.analysis.emotion_curve
    values = (None if p.emotion is None else Styled(p.emotion, EMOTION) for p in curve)
    row = sheet.add(Styled(label, LABEL), *values)
    if chart:  # a lane's longer name wraps
        sheet.heights[row] = line_height(text_lines(label, sheet.widths.get(1, 8.43)))
    if not curve:
        return row
    cells = f"B{row}:{col(len(curve) + 1)}{row}"
    sheet.finish.append(lambda ws: _emotion_colours(ws, cells))
    if chart and any(p.emotion is not None for p in curve):
        widths = [sheet.widths.get(i, 8.43) for i in range(1, len(curve) + 2)]
        sheet.finish.append(lambda ws: _emotion_chart(ws, row, widths))
        for _ in range(CHART_ROWS):
            sheet.heights[sheet.add()] = line_height(1)
    return row


def _emotion_colours(ws: Worksheet, cells: str) -> None:
    """A live colour scale: red at -2, white at 0, green at +2."""
    rule = ColorScaleRule(
        start_type="num", start_value=-2, start_color=LIGHT_FILLS["red"],
        mid_type="num", mid_value=0, mid_color="FFFFFF",
        end_type="num", end_value=2, end_color=LIGHT_FILLS["green"],
    )  # fmt: skip
    ws.conditional_formatting.add(cells, rule)


def _pixels(width: float) -> int:
    """A column's width in pixels as Excel draws it in its default font."""
    return int(width * 7 + 5)


def _emotion_chart(ws: Worksheet, row: int, widths: Sequence[float]) -> None:
    """The line chart of the values in ``row``: anchored to the cells from column A to
    the last stage's column, its plot area over the stage columns (the scale's labels
    in column A), so each point sits under the middle of its stage."""
    stages = len(widths) - 1
    chart = LineChart()
    chart.legend = None
    data = Reference(ws, min_col=2, max_col=stages + 1, min_row=row, max_row=row)
    chart.add_data(data, from_rows=True, titles_from_data=False)
    series = chart.series[0]
    series.marker.symbol = "circle"
    series.smooth = False
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = -2, 2
    chart.y_axis.majorUnit = 1
    chart.y_axis.number_format = "+0;-0;0"
    chart.x_axis.delete = True  # the stage names are at the top of the columns
    chart.y_axis.delete = False
    pixels = [_pixels(w) for w in widths]
    total = sum(pixels)
    inner = ManualLayout(
        layoutTarget="inner", xMode="edge", yMode="edge",
        x=pixels[0] / total, y=0.06, w=(total - pixels[0]) / total, h=0.88,
    )  # fmt: skip
    chart.layout = Layout(manualLayout=inner)  # openpyxl writes it as the plot area's
    anchor = TwoCellAnchor(editAs="oneCell")
    anchor._from = AnchorMarker(col=0, row=row)  # 0-based: the row under the values
    anchor.to = AnchorMarker(col=stages + 1, row=row + CHART_ROWS)
    ws.add_chart(chart, anchor)


def figure_rows(sheet: Sheet, f: JourneyFacts, lane: Lane) -> None:
    """The metrics lane: a row per metric measured or targeted in the journey, each
    stage's volume-weighted value, respondents and gap, filled by its traffic light."""
    figures = {
        (stage_id, figure.metric): figure
        for stage_id, found in stage_figures(f.journey, f.view).items()
        for figure in found
    }  # the same figures as the map's metrics lane (model/stage_figures.py)
    measured = [m for m in METRICS if any(metric == m for _, metric in figures)]
    if not measured:
        sheet.add(
            Styled(lane_label(lane), LABEL), Styled(tr("no figures yet"), FIGURE_LOOKS["grey"])
        )
        return
    for m in measured:
        cells = []
        for stage in f.journey.stages:
            figure = figures.get((stage.id, m))
            if figure is None:  # nothing measured in this stage yet
                no_data = f"{LIGHT_SYMBOLS['grey']} {tr('no data')}"
                cells.append(Styled(no_data, FIGURE_LOOKS["grey"]))
                continue
            rating = gap_rating(m, figure.gap)
            text = f"{LIGHT_SYMBOLS[rating]} {_figure_text(figure)}"
            cells.append(Styled(text, FIGURE_LOOKS[rating]))
        row = sheet.add(Styled(f"{lane_label(lane)}: {METRIC_LABELS[m]}", LABEL), *cells)
        sheet.heights[row] = line_height(2)


def _figure_text(figure: StageFigure) -> str:
    """A stage's figure: its value, then the respondents and the gap."""
    m = figure.metric
    gap = (
        tr("no target")
        if figure.gap is None
        else tr("gap {}").format(signed_gap_text(m, figure.gap))
    )
    return f"{value_text(m, figure.value)}\nn {number_text(f'{figure.n:,}')} · {gap}"


def line_row(sheet: Sheet, f: JourneyFacts, lane: Lane) -> None:
    """A blueprint line: its name, and a dashed rule across the stage columns."""
    rules = (Styled(None, _RULE) for _ in f.journey.stages)
    sheet.add(Styled(lane_label(lane), _LINE_LABEL), *rules)

"""The Charts sheet: per journey, a bar chart of the gap per touchpoint and a line
chart of the emotion curve across the stages, native Excel charts over the data
written beside them."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.marker import DataPoint
from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.cells import (
    HEADER,
    NOTE,
    TITLE,
    WRAP,
    Look,
    Sheet,
    Styled,
    line_height,
    text_lines,
)
from journeymap.excel.facts import JourneyFacts
from journeymap.excel.formats import (
    EMOTION_FORMAT,
    LIGHT_FILLS,
    METRIC_LABELS,
    SHARE_FORMAT,
    light,
    worst_gaps,
)
from journeymap.excel.language import tr
from journeymap.excel.tables import word_width

#: At most this many bars; a big journey shows its largest shortfalls.
MAX_BARS = 30
ROW_CM = 0.53  # a default row is 15 points high
CHART_WIDTH_CM = 18.0
LINE_HEIGHT_CM = 8.0
WIDTHS = {1: 28, 2: 16, 3: 8, 4: 2, 5: 20, 6: 13}
_SHARE = Look(number_format=SHARE_FORMAT)
_EMOTION = Look(number_format=EMOTION_FORMAT)


def _bar_height(bars: int) -> float:
    return max(7.0, 0.65 * bars + 3.0)  # room for every touchpoint's name


def _gap_chart(ws: Worksheet, header: int, colours: list[str], title: str) -> BarChart:
    chart = BarChart()
    chart.type = "bar"  # horizontal bars: long touchpoint names stay readable
    chart.title = title
    chart.legend = None
    last = header + len(colours)
    chart.add_data(Reference(ws, min_col=2, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    series = chart.series[0]
    for index, colour in enumerate(colours):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = colour
        point.graphicalProperties.line.solidFill = "808080"
        series.dPt.append(point)
    chart.x_axis.scaling.orientation = "maxMin"  # the worst gap on top
    chart.x_axis.tickLblPos = "low"  # names left of the bars, also of negative ones
    chart.y_axis.number_format = "0%"
    chart.y_axis.title = tr("Gap, % of the metric's scale")
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.width, chart.height = CHART_WIDTH_CM, _bar_height(len(colours))
    return chart


def _emotion_chart(ws: Worksheet, header: int, stages: int) -> LineChart:
    chart = LineChart()
    chart.title = tr("Emotion curve: mean emotion per stage")
    chart.legend = None
    last = header + stages
    chart.add_data(Reference(ws, min_col=6, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=5, min_row=header + 1, max_row=last))
    chart.series[0].marker.symbol = "circle"
    chart.series[0].smooth = False
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = -2, 2
    chart.y_axis.majorUnit = 1
    chart.y_axis.number_format = "+0;-0;0"
    chart.y_axis.title = tr("Emotion (-2..+2)")
    chart.x_axis.tickLblPos = "low"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.width, chart.height = CHART_WIDTH_CM, LINE_HEIGHT_CM
    return chart


def _block(sheet: Sheet, f: JourneyFacts) -> None:
    """One journey's chart data (columns A-F) with its two charts to the right (H)."""
    worst = worst_gaps(f.rows)
    ranked = sorted(worst.items(), key=lambda item: item[1][1])
    shown = ranked[:MAX_BARS]
    title = tr("Gap per touchpoint (worst metric)")
    if len(ranked) > MAX_BARS:
        title = tr("Gap per touchpoint (worst metric): the {} largest of {}").format(
            MAX_BARS, len(ranked)
        )
    curve = f.analysis.emotion_curve
    if sheet.rows:  # each journey's charts on a page of their own
        sheet.row_breaks.append(len(sheet.rows))
    sheet.add(Styled(tr("{}: charts").format(f.journey.name or tr("(no name)")), TITLE))
    titles = _titles()
    header = sheet.add(*(None if t is None else Styled(t, HEADER) for t in titles))
    lines = max(text_lines(t, sheet.widths[i]) for i, t in enumerate(titles, 1) if t)
    if lines > 1:  # a longer (German) title wraps
        sheet.heights[header] = line_height(lines)
    for i in range(max(len(shown), len(curve))):
        row: list = [None] * 6
        if i < len(shown):
            tp_id, (metric, share) = shown[i]
            row[:3] = [Styled(f.names[tp_id], WRAP), Styled(share, _SHARE), METRIC_LABELS[metric]]
        if i < len(curve):
            point = curve[i]
            emotion = None if point.emotion is None else Styled(point.emotion, _EMOTION)
            row[4:] = [Styled(point.stage, WRAP), emotion]
        number = sheet.add(*row)
        lines = max(text_lines(row[0], WIDTHS[1]), text_lines(row[4], WIDTHS[5]))
        if lines > 1:
            sheet.heights[number] = line_height(lines)
    if not shown:
        note = Styled(tr("No gaps yet: set targets and add measurements."), NOTE)
        sheet.rows[header - 1][:3] = [note, None, None]
    bar_rows = math.ceil(_bar_height(len(shown)) / ROW_CM) + 1 if shown else 0
    line_at = header + bar_rows
    colours = [LIGHT_FILLS[light(share)] for _, (_, share) in shown]

    def draw(ws: Worksheet) -> None:
        if shown:
            ws.add_chart(_gap_chart(ws, header, colours, title), f"H{header}")
        if curve:
            ws.add_chart(_emotion_chart(ws, header, len(curve)), f"H{line_at}")

    sheet.finish.append(draw)
    chart_rows = bar_rows + (math.ceil(LINE_HEIGHT_CM / ROW_CM) + 1 if curve else 0)
    while len(sheet.rows) < header + chart_rows + 1:  # the next journey starts below
        sheet.add()
    sheet.add()


def _titles() -> tuple[str | None, ...]:
    """The titles of the chart data's columns (D stays empty)."""
    return (tr("Touchpoint"), tr("Gap (% of scale)"), tr("Metric"), None, tr("Stage"),
            tr("Mean emotion"))  # fmt: skip


def charts_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """Both charts for every journey, one journey below the other; a column is widened
    where a title's longest word would not fit."""
    widths = {
        i: max(width, word_width(t or "")) for (i, width), t in zip(WIDTHS.items(), _titles(),
                                                                     strict=True)
    }  # fmt: skip
    sheet = Sheet(tr("Charts"), widths=widths)
    for f in facts:
        _block(sheet, f)
    return sheet

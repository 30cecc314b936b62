"""The Opportunities sheet of the gap-report workbook: every opportunity as a row of an
Excel table, highest priority first, its status coloured, and below it the value-effort
matrix as a native scatter chart (a series per status, so the legend names the colours)
over the data written beside it.

The matrix is split in the middle of both scales (value 50, effort 3): quick wins top
left, big bets top right, fill-ins bottom left, money pits bottom right.
"""

from __future__ import annotations

import math
from typing import Any

from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.legend import LegendEntry
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.cells import (
    FONT,
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
from journeymap.excel.language import marked, tr, tr_marked
from journeymap.excel.opportunity_cells import (
    DUE_FORMAT,
    OPPORTUNITIES,
    STATUS_DOTS,
    STATUS_FILLS,
    due_date,
    effect_lines,
    link_lines,
    status_word,
)
from journeymap.excel.tables import MAX_LINES, Column, letters, table_sheet
from journeymap.model.document import Document
from journeymap.model.figures import ALL_RESPONDENTS, FigureView
from journeymap.model.opportunities import Ranked, ranked, value
from journeymap.model.vocabulary import OPPORTUNITY_STATES

_SCORE = Look(horizontal="center")
_PLAIN = Look()
_ONE_DECIMAL = Look(number_format="0.0")
OPPORTUNITY_COLUMNS = (
    Column(marked("Title"), 30, WRAP),
    Column(marked("Status"), 13),
    Column(marked("Owner"), 18, WRAP),
    Column(marked("Due"), 11, Look(number_format=DUE_FORMAT)),
    Column(marked("Customer value 0-100"), 10, _SCORE),
    Column(marked("Business value 0-100"), 10, _SCORE),
    Column(marked("Effort 1-5"), 8, _SCORE),
    Column(marked("Value 0-100"), 9, Look(number_format="0.0", horizontal="center")),
    Column(marked("Priority (value / effort)"), 11, Look(number_format="0.0", horizontal="center")),
    Column(
        marked("Gap priority (breaks ties)"), 11, Look(number_format="0.0", horizontal="center")
    ),
    Column(marked("Description"), 40, WRAP),
    Column(marked("Addresses"), 34, WRAP),
    Column(marked("Expected effects"), 28, WRAP),
    Column(marked("Solutions"), 28, WRAP),
    Column(marked("ID"), 38),
)
#: The matrix splits each scale in the middle.
SPLIT_VALUE, SPLIT_EFFORT = 50, 3
QUADRANTS = (
    "Quadrants (split at value {} and effort {}): quick wins top left (high value, little "
    "effort), big bets top right, fill-ins bottom left, money pits bottom right. An "
    "opportunity on a line sits between two."
)


def matrix_guides() -> list[tuple[str, tuple[tuple[float, float], ...]]]:
    """What the chart draws besides the dots, each titled in the language being written:
    the two lines that split it (dashed, no marker) and a name in each quadrant (a point
    without a marker, labelled with its series' name)."""
    return [
        (tr("line at value {}").format(SPLIT_VALUE), ((1, SPLIT_VALUE), (5, SPLIT_VALUE))),
        (tr("line at effort {}").format(SPLIT_EFFORT), ((SPLIT_EFFORT, 0), (SPLIT_EFFORT, 100))),
        (tr("Quick wins"), ((1.6, 96),)),
        (tr("Big bets"), ((4.4, 96),)),
        (tr("Fill-ins"), ((1.6, 4),)),
        (tr("Money pits"), ((4.4, 4),)),
    ]


ROW_CM = 0.53  # a default row is 15 points high
CHART_WIDTH_CM, CHART_HEIGHT_CM = 17.0, 11.0


def _row(doc: Document, r: Ranked, language: str) -> list[Any]:
    o = r.opportunity
    return [
        o.title or None,
        status_word(o.status, language),
        o.owner or None,
        due_date(o.due),
        o.customer_value,
        o.business_value,
        o.effort,
        value(o),
        r.priority,
        r.gap_priority,
        o.description or None,
        link_lines(doc, o) or None,
        effect_lines(doc, o) or None,
        "\n".join(s.title for s in doc.solutions if s.opportunity_id == o.id) or None,
        o.id,
    ]


def opportunities_sheet(
    doc: Document, language: str = "en", view: FigureView = ALL_RESPONDENTS
) -> Sheet:
    """Every opportunity of the document, by priority (gap priorities counted in ``view``),
    with its status in ``language``, and the value-effort matrix below."""
    rows_ranked = ranked(doc, view)
    rows = [_row(doc, r, language) for r in rows_ranked]
    sheet = table_sheet(tr_marked(OPPORTUNITIES), OPPORTUNITIES, OPPORTUNITY_COLUMNS, rows)
    # Too wide for one page: two pages across, the titles repeated on each.
    sheet.pages_wide, sheet.print_title_cols = 2, "A:A"
    at = letters(OPPORTUNITY_COLUMNS)
    last = len(rows) + 1
    words = {s: status_word(s, language) for s in OPPORTUNITY_STATES}
    sheet.finish.append(lambda ws: add_status_formatting(ws, at, last, words))
    _matrix(sheet, rows_ranked, words)
    return sheet


def add_status_formatting(ws: Worksheet, at: dict[str, str], last: int, words: dict) -> None:
    """The status cell filled in its status's colour, a dismissed row's text grey: rules on
    the status text, so a status typed in the sheet is coloured too."""
    status = f"${at['Status']}2"
    end = at["ID"]
    for key, word in words.items():
        fill = PatternFill("solid", start_color=STATUS_FILLS[key], end_color=STATUS_FILLS[key])
        rule = FormulaRule(formula=[f'{status}="{word}"'], fill=fill)
        ws.conditional_formatting.add(f"{at['Status']}2:{at['Status']}{last}", rule)
    grey = Font(name=FONT, color="767676")
    ws.conditional_formatting.add(
        f"A2:{end}{last}", FormulaRule(formula=[f'{status}="{words["dismissed"]}"'], font=grey)
    )


def _matrix(sheet: Sheet, rows: list[Ranked], words: dict[str, str]) -> None:
    """The value-effort matrix under the table: its data, status by status, in columns A-D
    and the chart beside it: a series per status, and the guides. Dismissed
    opportunities are left out, as the app's matrix leaves them out: the team said no."""
    width = len(OPPORTUNITY_COLUMNS)

    def add(*values: Any) -> int:
        # the table's column looks do not reach here: every value brings its own
        cells = [v if v is None or isinstance(v, Styled) else Styled(v, _PLAIN) for v in values]
        return sheet.add(*cells, *[None] * (width - len(cells)))

    add()
    add()
    add(Styled(tr("Value-effort matrix"), TITLE))
    add(Styled(tr(QUADRANTS).format(SPLIT_VALUE, SPLIT_EFFORT), NOTE))
    titles = (tr("Opportunity"), tr("Status"), tr("Effort"), tr("Value"))
    header = add(*(Styled(t, HEADER) for t in titles))
    series: list[tuple[str, int, int]] = []  # status, first row, last row
    for status in (s for s in OPPORTUNITY_STATES if s != "dismissed"):
        chosen = [r.opportunity for r in rows if r.opportunity.status == status]
        if not chosen:
            continue
        first = len(sheet.rows) + 1
        for o in chosen:
            row = add(
                Styled(o.title or None, WRAP),
                words[status],
                o.effort,
                Styled(value(o), _ONE_DECIMAL),
            )
            lines = text_lines(o.title, OPPORTUNITY_COLUMNS[0].width)
            if lines > 1:
                sheet.heights[row] = line_height(min(lines, MAX_LINES))
        series.append((status, first, len(sheet.rows)))
    guides = []  # the lines that split the matrix and the quadrants' names, as series
    for title, points in matrix_guides():
        first = len(sheet.rows) + 1
        for effort, worth in points:
            add(Styled(title, NOTE), None, effort, worth)
        guides.append((title, first, len(sheet.rows)))
    sheet.finish.append(lambda ws: ws.add_chart(_chart(ws, series, guides, words), f"F{header}"))
    while len(sheet.rows) < header + math.ceil(CHART_HEIGHT_CM / ROW_CM) + 1:
        add()  # the printed page reaches to the chart's foot


def _chart(
    ws: Worksheet,
    series: list[tuple[str, int, int]],
    guides: list[tuple[str, int, int]],
    words: dict,
) -> ScatterChart:
    chart = ScatterChart()
    chart.title = tr("Value-effort matrix")
    chart.style = 13
    for status, first, last in series:
        dots = _series(ws, first, last, words[status])
        dots.marker.symbol = "circle"
        dots.marker.size = 9
        dots.marker.graphicalProperties.solidFill = STATUS_DOTS[status]
        dots.marker.graphicalProperties.line.solidFill = "404040"
        dots.graphicalProperties.line.noFill = True  # dots, not a line through them
        chart.series.append(dots)
    for title, first, last in guides:
        guide = _series(ws, first, last, title)
        guide.marker.symbol = "none"
        if last > first:  # a line
            guide.graphicalProperties.line.solidFill = "808080"
            guide.graphicalProperties.line.dashStyle = "dash"
        else:  # a quadrant's name
            guide.graphicalProperties.line.noFill = True
            guide.dLbls = DataLabelList(
                showSerName=True,
                showVal=False,
                showCatName=False,
                showLegendKey=False,
                showPercent=False,
            )
            guide.dLbls.position = "ctr"
        chart.series.append(guide)
    # the guides are no status: out of the legend
    count = len(series)
    chart.legend.legendEntry = [
        LegendEntry(idx=i, delete=True) for i in range(count, count + len(guides))
    ]
    chart.legend.position = "r"
    chart.x_axis.title = tr("Effort 1-5")
    chart.y_axis.title = tr("Value 0-100")
    chart.x_axis.number_format = chart.y_axis.number_format = "0"
    chart.x_axis.scaling.min, chart.x_axis.scaling.max = 1, 5
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
    chart.x_axis.majorUnit, chart.y_axis.majorUnit = 1, 25
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    return chart


def _series(ws: Worksheet, first: int, last: int, title: str) -> Series:
    """Efforts (column C) against values (D) of rows first..last."""
    x = Reference(ws, min_col=3, min_row=first, max_row=last)
    y = Reference(ws, min_col=4, min_row=first, max_row=last)
    return Series(y, x, title=title or None)

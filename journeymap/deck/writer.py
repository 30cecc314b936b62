"""The deck as a PowerPoint file (16:9), laid out with python-pptx from content.py's
slides: native tables and charts (the real numbers, editable in PowerPoint and Impress),
the maps as pictures drawn by the function the caller passes in."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_MARKER_STYLE, XL_TICK_LABEL_POSITION
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.presentation import Presentation as Pptx
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from journeymap.deck.content import Chart, Deck, JourneySlides, Table, deck_content
from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.figures import ALL_RESPONDENTS, FigureView
from journeymap.storage.atomic import atomic_write

#: Draws a journey's map as a PNG at the path, to be shown in a box this many inches
#: wide and high (journeymap/ui/slide_pictures.py; Qt stays out of this package).
MapDrawer = Callable[[Journey, Path, float, float], None]

WIDTH, HEIGHT = Emu(12192000), Inches(7.5)  # 16:9, as PowerPoint's widescreen
MARGIN = Inches(0.4)
TITLE_HEIGHT = Inches(0.9)
#: A map no wider than this (width / height) has the journey's facts in a panel beside it;
#: a wider one spans the slide, the facts in a line under the title.
WIDEST_BESIDE = 1.4
PANEL_WIDTH = Inches(4.0)
#: The box (inches) the map picture is drawn for: beside the panel, nearly as high as the slide.
MAP_BOX = ((WIDTH - PANEL_WIDTH - 3 * MARGIN) / Inches(1), (HEIGHT - Inches(0.4)) / Inches(1))
TITLE_SLIDE, TITLE_ONLY = 0, 5  # layouts of python-pptx's default template
INK = RGBColor(0x26, 0x32, 0x45)
MUTED = RGBColor(0x59, 0x59, 0x59)
GAP_WIDTHS = (0.75, 1.55, 2.75, 1.75, 1.15, 0.8, 1.15, 1.05, 0.6, 0.98)  # inches, 12.53 in all
OPPORTUNITY_WIDTHS = (5.0, 1.4, 1.2, 1.2, 2.2, 1.5)


def export_deck(
    doc: Document,
    path: str | Path,
    journeys: list[Journey],
    draw_map: MapDrawer,
    view: FigureView = ALL_RESPONDENTS,
    language: str | None = None,
    name: str = "",
    today: dt.date | None = None,
) -> None:
    """Write the deck of these journeys to ``path`` (.pptx) in ``language`` (None: the
    journeys', as the workbook), replacing it atomically: the maps are drawn first, so a
    failure leaves no half-written file. DocumentFileError when it cannot be written."""
    deck = deck_content(doc, journeys, view, language, name, today)
    with tempfile.TemporaryDirectory(prefix="journeymap-deck-") as folder:
        pictures = []
        for number, slides in enumerate(deck.journeys):
            picture = Path(folder) / f"map-{number}.png"
            draw_map(slides.journey, picture, *MAP_BOX)
            pictures.append(picture)
        atomic_write(path, lambda temp: presentation(deck, pictures).save(str(temp)))


def presentation(deck: Deck, pictures: list[Path]) -> Pptx:
    """The deck's slides, a map picture per journey (in the deck's order)."""
    pptx = Presentation()
    pptx.slide_width, pptx.slide_height = WIDTH, HEIGHT
    _title_slide(pptx, deck)
    for slides, picture in zip(deck.journeys, pictures, strict=True):
        _map_slide(pptx, slides, picture)
        _gaps_slide(pptx, slides)
        _charts_slide(pptx, slides)
    for table in deck.opportunities:
        _table(_slide(pptx, deck.opportunities_title), table, OPPORTUNITY_WIDTHS)
    _methods_slide(pptx, deck)
    return pptx


def _title_slide(pptx: Pptx, deck: Deck) -> None:
    slide = pptx.slides.add_slide(pptx.slide_layouts[TITLE_SLIDE])
    title, subtitle = slide.shapes.title, slide.placeholders[1]
    _place(title, MARGIN, Inches(2.0), WIDTH - 2 * MARGIN, Inches(1.6))
    _place(subtitle, MARGIN, Inches(3.8), WIDTH - 2 * MARGIN, Inches(2.0))
    _text(title, deck.title, 36, bold=True)
    _paragraphs(subtitle, [(line, 18, False) for line in deck.subtitle], colour=MUTED)


def _slide(pptx: Pptx, title: str) -> Slide:
    """A slide with a title across its top."""
    slide = pptx.slides.add_slide(pptx.slide_layouts[TITLE_ONLY])
    shape = slide.shapes.title
    _place(shape, MARGIN, Inches(0.25), WIDTH - 2 * MARGIN, TITLE_HEIGHT)
    _text(shape, title, 24, bold=True)
    shape.text_frame.word_wrap = True
    return slide


def _map_slide(pptx: Pptx, slides: JourneySlides, picture: Path) -> None:
    """The map, as large as the slide allows, with the journey's facts beside it (or,
    for a wide map, in a line under the title)."""
    slide = _slide(pptx, slides.title)
    shape = slide.shapes.add_picture(str(picture), 0, 0)
    title = slide.shapes.title
    if shape.width / shape.height <= WIDEST_BESIDE:
        _place(title, MARGIN, Inches(0.25), PANEL_WIDTH, Inches(1.6))
        title.text_frame.vertical_anchor = MSO_ANCHOR.TOP
        title.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT  # above the facts' column
        lines = [(line, 14) for line in slides.facts]
        facts = slide.shapes.add_textbox(MARGIN, Inches(2.0), PANEL_WIDTH, Inches(5.0))
        _fit(shape, PANEL_WIDTH + 2 * MARGIN, Inches(0.2), Inches(MAP_BOX[0]), Inches(MAP_BOX[1]))
    else:
        top = Inches(0.25) + TITLE_HEIGHT
        lines = [("  ·  ".join(slides.facts), 11)]
        facts = slide.shapes.add_textbox(MARGIN, top, WIDTH - 2 * MARGIN, Inches(0.4))
        _fit(shape, MARGIN, top + Inches(0.5), WIDTH - 2 * MARGIN, HEIGHT - top - Inches(0.7))
    facts.text_frame.word_wrap = True
    _paragraphs(facts, [(line, size, False) for line, size in lines], colour=MUTED)


def _fit(shape, left: int, top: int, width: int, height: int) -> None:
    """Scale a picture to fit the box, keeping its proportions, centred in it."""
    scale = min(width / shape.width, height / shape.height)
    w, h = int(shape.width * scale), int(shape.height * scale)
    _place(shape, left + (width - w) // 2, top + (height - h) // 2, w, h)


def _gaps_slide(pptx: Pptx, slides: JourneySlides) -> None:
    slide = _slide(pptx, slides.gaps_title)
    if slides.gaps is None:
        box = slide.shapes.add_textbox(MARGIN, Inches(1.5), WIDTH - 2 * MARGIN, Inches(1))
        _paragraphs(box, [(slides.no_gaps, 18, False)], colour=MUTED)
        return
    _table(slide, slides.gaps, GAP_WIDTHS)


def _table(slide: Slide, table: Table, widths: tuple[float, ...]) -> None:
    """A native table under the title, a header row and a row per entry."""
    top = Inches(0.25) + TITLE_HEIGHT + Inches(0.15)
    row_height = Inches(0.45)
    shape = slide.shapes.add_table(
        len(table.rows) + 1, len(table.columns), MARGIN, top, WIDTH - 2 * MARGIN,
        row_height * (len(table.rows) + 1),
    )  # fmt: skip
    grid = shape.table
    for i, width in enumerate(widths):
        grid.columns[i].width = Inches(width)
    for r, values in enumerate([table.columns, *table.rows]):
        grid.rows[r].height = row_height
        for c, value in enumerate(values):
            cell = grid.cell(r, c)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(11 if r == 0 else 12)
                    run.font.bold = r == 0
            fill = table.fills.get((r, c))
            if fill:
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.color.rgb = RGBColor(0, 0, 0)


def _charts_slide(pptx: Pptx, slides: JourneySlides) -> None:
    """The gap chart (bars, the largest shortfall on top) and the emotion curve."""
    slide = _slide(pptx, slides.charts_title)
    top = Inches(0.25) + TITLE_HEIGHT + Inches(0.1)
    height = HEIGHT - top - Inches(0.3)
    bars = int((WIDTH - 3 * MARGIN) * 0.56)  # the touchpoints' names need the room
    rest = WIDTH - 3 * MARGIN - bars
    if slides.gap_chart is not None:
        chart = _chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, slides.gap_chart,
                       (MARGIN, top, bars, height))  # fmt: skip
        chart.category_axis.reverse_order = True
        points = chart.plots[0].series[0].points
        for index, colour in enumerate(slides.gap_chart.colours):
            points[index].format.fill.solid()
            points[index].format.fill.fore_color.rgb = RGBColor.from_string(colour)
            points[index].format.line.color.rgb = RGBColor(0x80, 0x80, 0x80)
    else:
        box = slide.shapes.add_textbox(MARGIN, top, bars, Inches(1))
        box.text_frame.word_wrap = True
        _paragraphs(box, [(slides.no_gaps, 16, False)], colour=MUTED)
    if slides.emotion_chart is not None:
        chart = _chart(slide, XL_CHART_TYPE.LINE_MARKERS, slides.emotion_chart,
                       (2 * MARGIN + bars, top, rest, height))  # fmt: skip
        axis = chart.value_axis
        axis.minimum_scale, axis.maximum_scale, axis.major_unit = -2, 2, 1
        series = chart.plots[0].series[0]
        series.smooth = False
        series.marker.style = XL_MARKER_STYLE.CIRCLE
        series.format.line.color.rgb = INK


def _chart(slide: Slide, kind: XL_CHART_TYPE, content: Chart, box: tuple) -> object:
    """A native chart of one series, titled, without a legend, its axes labelled."""
    data = CategoryChartData(number_format=content.number_format)
    data.categories = content.categories
    data.add_series(content.title, content.values)
    chart = slide.shapes.add_chart(kind, *box, data).chart
    chart.has_legend = False
    chart.has_title = True
    chart.chart_title.text_frame.text = content.title
    chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    values, categories = chart.value_axis, chart.category_axis
    values.has_title = True
    values.axis_title.text_frame.text = content.axis_title
    values.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
    values.tick_labels.number_format = content.number_format
    values.tick_labels.number_format_is_linked = False
    values.tick_labels.font.size = Pt(10)
    categories.tick_labels.font.size = Pt(10 if len(content.categories) <= 15 else 8)
    categories.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    return chart


def _methods_slide(pptx: Pptx, deck: Deck) -> None:
    """How the figures are made, in two columns of labelled sentences."""
    slide = _slide(pptx, deck.methods_title)
    top = Inches(0.25) + TITLE_HEIGHT
    half = (WIDTH - 3 * MARGIN) // 2
    lengths = [len(label) + len(text) for label, text in deck.methods]
    # the columns about as long as each other: the first ends where half the text is written
    middle = next(i for i in range(1, len(lengths) + 1) if 2 * sum(lengths[:i]) >= sum(lengths))
    for column, items in enumerate((deck.methods[:middle], deck.methods[middle:])):
        box = slide.shapes.add_textbox(MARGIN + column * (half + MARGIN), top, half,
                                       HEIGHT - top - Inches(0.3))  # fmt: skip
        frame = box.text_frame
        frame.word_wrap = True
        for number, (label, text) in enumerate(items):
            paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
            paragraph.space_after = Pt(12)
            for words, bold in ((f"{label}: ", True), (text, False)):
                run = paragraph.add_run()
                run.text = words
                run.font.size, run.font.bold = Pt(15), bold
                run.font.color.rgb = INK


def _place(shape, left: int, top: int, width: int, height: int) -> None:
    shape.left, shape.top, shape.width, shape.height = int(left), int(top), int(width), int(height)


def _text(shape, text: str, size: int, bold: bool = False) -> None:
    """One line of text in a shape, at ``size`` points."""
    shape.text_frame.text = text
    for run in shape.text_frame.paragraphs[0].runs:
        run.font.size, run.font.bold = Pt(size), bold
        run.font.color.rgb = INK


def _paragraphs(shape, lines: list[tuple[str, int, bool]], colour: RGBColor = INK) -> None:
    """Paragraphs of (text, points, bold) in a shape."""
    frame = shape.text_frame
    for number, (text, size, bold) in enumerate(lines):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        run.font.size, run.font.bold = Pt(size), bold
        run.font.color.rgb = colour

"""What a map says about itself: its heading (the journey and its persona) and its legend
(what the badge colours, the highlight and the heat map on show mean).

One drawing serves every place they appear: the legend overlay in the corner of the
canvas, the title band of presentation mode, and the PNG, SVG and PDF exports. Sizes are
in scene units (pixels at 100 %), so a painter's scale makes them fit any device.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.figures import ALL_RESPONDENTS, FigureView
from journeymap.model.rating import RED_SHORTFALL
from journeymap.model.vocabulary import TARGET_RANGES
from journeymap.ui.canvas import colors
from journeymap.ui.canvas.curve_overlay import OVERLAY_COLOUR, curve_name
from journeymap.ui.canvas.items import heat_colour, scene_font
from journeymap.ui.canvas.scene import JourneyScene
from journeymap.ui.canvas.text_layout import TEXT_SIZE, text_on
from journeymap.ui.figure_words import view_words

#: The legend's text, its line height and the inner padding of its box (at 100 %).
TEXT_PX, LINE, PAD = 11.0, 16.0, 6.0
SWATCH_WIDTH, SWATCH_GAP = 24.0, 6.0
#: The heading: the journey's name over its persona.
TITLE_PX, PERSONA_PX = 22.0, 14.0
#: Space between the heading, the legend and the edges of a picture's caption.
CAPTION_GAP = 16.0

#: What each highlight mode (View ▸ Highlight) emphasises, as the legend names it.
HIGHLIGHTS = {
    "handoffs": "Handoffs between owners",
    "channel_breaks": "Channel breaks",
    "loops": "Loops (repeat contacts)",
    "worst_path": "Worst path",
}
#: The traffic light of the badges (journeymap.model.rating), worst first.
BADGES = (
    ("red", "Far below target (by over {} % of the scale)"),
    ("amber", "Below target"),
    ("green", "Target met"),
    ("grey", "No target or no data"),
)


def tr(text: str) -> str:
    """Translate a user-visible text of the legend."""
    return QCoreApplication.translate("Legend", text)


@dataclass(frozen=True)
class LegendRow:
    """One line of the legend: a mark and what it means."""

    mark: str  # "badge" (a coloured pill), "heat" (the colour scale), "line", "faded",
    # or "curve" and "dashed" (the emotion curve and the one laid over it)
    text: str
    colour: QColor | None = None
    symbol: str = ""  # a badge's symbol (✓ ! ✕ –), drawn in its pill as on the map


@dataclass(frozen=True)
class LegendSection:
    """A heading and its rows: the card colours, or the highlight on show."""

    heading: str
    rows: tuple[LegendRow, ...]


def legend_sections(
    colour_by: str, highlight: str, view: FigureView = ALL_RESPONDENTS, overlaid: str = ""
) -> list[LegendSection]:
    """The legend for the map as shown: ``colour_by`` "gap" or a metric (View ▸ Colour
    cards by), ``highlight`` "" or a key of HIGHLIGHTS (View ▸ Highlight), when the
    figures count one segment or survey only (the gap table's choice), whose answers, and
    the state of the journey whose emotion curve is laid over this one's ("" for none)."""
    curves = _curve_section(overlaid) if overlaid else []
    counted = view_words(view)
    whose = [LegendSection(counted, ())] if counted else []
    if colour_by == "gap":
        red_percent = round(RED_SHORTFALL * 100)
        rows = [(key, tr(text).format(red_percent)) for key, text in BADGES]
        colours = LegendSection(
            tr("Badge: gap to target"),
            tuple(
                LegendRow("badge", text, colors.RATING_COLORS[key], colors.RATING_MARKS[key])
                for key, text in rows
            ),
        )
    else:
        low, high = TARGET_RANGES[colour_by]
        unit = " %" if colour_by == "csat" else ""
        colours = LegendSection(
            tr("Card colour: {} level").format(colour_by.upper()),
            (
                LegendRow("heat", tr("from {} (red) to {} (blue)").format(
                    f"{low:g}{unit}", f"{high:g}{unit}")),
                LegendRow("badge", tr("Not measured"), colors.RATING_COLORS["grey"]),
            ),
        )  # fmt: skip
    if not highlight:
        return [*whose, colours, *curves]
    emphasis = LegendSection(
        tr("Highlight: {}").format(tr(HIGHLIGHTS[highlight])),
        (
            LegendRow("line", tr("Part of it"), colors.HIGHLIGHT),
            LegendRow("faded", tr("Faded: not part of it"), colors.RATING_COLORS["grey"]),
        ),
    )
    return [*whose, colours, emphasis, *curves]


def _curve_section(overlaid: str) -> list[LegendSection]:
    """The two emotion curves: this journey's, solid, and the overlaid one's, dashed."""
    own = "as-is" if overlaid == "to-be" else "to-be"
    rows = (
        LegendRow("curve", curve_name(own), colors.HEADER_FILL),
        LegendRow("dashed", curve_name(overlaid), OVERLAY_COLOUR),
    )
    return [LegendSection(tr("Emotion curve"), rows)]


@dataclass(frozen=True)
class MapOptions:
    """How a map is shown (the View menu's choices), so an export shows it the same way."""

    colour_by: str = "gap"
    highlight: str = ""
    view: FigureView = ALL_RESPONDENTS  # whose answers the badges count
    overlay: bool = False  # the counterpart's emotion curve laid over the journey's

    @classmethod
    def of_scene(cls, scene: JourneyScene) -> MapOptions:
        """The choices a scene shows now."""
        return cls(scene.colour_by, scene.highlight, scene.figure_view, scene.overlay)

    def apply_to(self, scene: JourneyScene) -> None:
        """Show a scene with these choices."""
        if self.view != scene.figure_view:
            scene.set_figure_view(self.view)
        if self.colour_by != scene.colour_by:
            scene.set_colour_by(self.colour_by)
        if self.highlight != scene.highlight:
            scene.set_highlight(self.highlight)
        if self.overlay != scene.overlay:
            scene.set_overlay(self.overlay)

    def legend(self, overlaid: str = "") -> list[LegendSection]:
        """The legend explaining a map shown so, whose overlaid curve (if any) is of a
        journey in the state ``overlaid`` (the scene's ``overlaid_state``)."""
        return legend_sections(self.colour_by, self.highlight, self.view,
                               overlaid if self.overlay else "")  # fmt: skip


def legend_texts(sections: list[LegendSection]) -> list[str]:
    """Every text of a legend, headings first in each section."""
    return [text for s in sections for text in (s.heading, *(row.text for row in s.rows))]


def _legend_font(bold: bool = True) -> QFont:
    font = scene_font(TEXT_PX)
    font.setBold(bold)
    return font


def _sized(length: float) -> float:
    """A length of the legend's lines and marks (given at 100 %): they grow with View ▸
    Text size, as the legend's font does, so the lines keep apart and a badge's pill
    still holds its symbol."""
    return length * TEXT_SIZE.factor


def legend_size(sections: list[LegendSection]) -> QSizeF:
    """The size of the legend's box."""
    heading, body = QFontMetricsF(_legend_font()), QFontMetricsF(_legend_font(False))
    widest = 0.0
    for section in sections:
        widest = max(widest, heading.horizontalAdvance(section.heading))
        for row in section.rows:
            swatch = _sized(SWATCH_WIDTH + SWATCH_GAP)
            widest = max(widest, swatch + body.horizontalAdvance(row.text))
    lines = sum(1 + len(s.rows) for s in sections)
    return QSizeF(widest + 2 * PAD, lines * _sized(LINE) + 2 * PAD)


def paint_legend(painter: QPainter, sections: list[LegendSection], top_left: QPointF) -> None:
    """Draw the legend in a white box whose top left corner is at ``top_left``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(top_left, legend_size(sections))
    painter.setPen(QPen(colors.CARD_BORDER, colors.BORDER_WIDTH))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(box, 6, 6)
    y = box.top() + PAD
    left = box.left() + PAD
    line, swatch, gap = _sized(LINE), _sized(SWATCH_WIDTH), _sized(SWATCH_GAP)
    for section in sections:
        painter.setFont(_legend_font())
        painter.setPen(colors.TEXT)
        painter.drawText(QRectF(left, y, box.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         section.heading)  # fmt: skip
        y += line
        painter.setFont(_legend_font(False))
        for row in section.rows:
            tall = _sized(LINE - 2 if row.symbol else LINE - 8)  # room for the symbol
            _paint_mark(painter, row, QRectF(left, y + (line - tall) / 2, swatch, tall))
            painter.setPen(colors.TEXT)
            text = QRectF(left + swatch + gap, y, box.width(), line)
            painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, row.text)
            y += line
    painter.restore()


def _paint_mark(painter: QPainter, row: LegendRow, rect: QRectF) -> None:
    """The mark of one row, as the map draws that thing."""
    painter.setPen(Qt.PenStyle.NoPen)
    if row.mark == "heat":
        gradient = QLinearGradient(rect.topLeft(), rect.topRight())
        for stop in (0.0, 0.25, 0.5, 0.75, 1.0):
            gradient.setColorAt(stop, heat_colour(stop))
        painter.setBrush(gradient)
        painter.drawRoundedRect(rect, 3, 3)
    elif row.mark == "line":
        painter.setPen(QPen(row.colour, 4.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(rect.left() + 2, rect.center().y(), rect.right() - 2, rect.center().y())
    elif row.mark in ("curve", "dashed"):  # as thick as the curves on the map
        style = Qt.PenStyle.DashLine if row.mark == "dashed" else Qt.PenStyle.SolidLine
        painter.setPen(QPen(row.colour, 2.0, style))
        painter.drawLine(rect.left(), rect.center().y(), rect.right(), rect.center().y())
    else:  # a badge's pill; "faded" as pale as the cards outside a highlight
        painter.setOpacity(0.35 if row.mark == "faded" else 1.0)
        painter.setBrush(row.colour)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setOpacity(1.0)
        if row.symbol:
            painter.save()  # the row's text goes on in the regular font
            painter.setFont(_legend_font())
            painter.setPen(text_on(row.colour))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, row.symbol)
            painter.restore()


# ---- the heading -----------------------------------------------------------------------


def journey_heading(doc: Document, journey: Journey | None) -> tuple[str, str]:
    """The journey's name and the line under it naming its persona ("" when none)."""
    if journey is None:
        return "", ""
    persona = next((p for p in doc.personas if p.id == journey.persona_id), None)
    return journey.name, tr("For {}").format(persona.name) if persona else ""


def _heading_lines(title: str, persona: str) -> list[tuple[QFont, str, float]]:
    """Font, text and height of each line of the heading: the name bold, then the persona."""
    title_font, persona_font = scene_font(TITLE_PX), scene_font(PERSONA_PX)
    title_font.setBold(True)
    lines = [(title_font, title, _sized(TITLE_PX * 1.5)),
             (persona_font, persona, _sized(PERSONA_PX * 1.6))]  # fmt: skip
    return [line for line in lines if line[1]]


def heading_size(title: str, persona: str) -> QSizeF:
    """The room the heading needs, each line unbroken."""
    lines = _heading_lines(title, persona)
    width = max((QFontMetricsF(font).horizontalAdvance(text) for font, text, _ in lines), default=0)
    return QSizeF(width, sum(height for *_, height in lines))


def paint_heading(
    painter: QPainter, rect: QRectF, title: str, persona: str, ink: QColor | None = None
) -> None:
    """The journey's name in bold with its persona beneath, at the top left of ``rect``
    (elided when it is too narrow), in ``ink`` or the palette's header colour."""
    ink = ink or colors.HEADER_FILL
    painter.save()
    y = rect.top()
    for font, text, height in _heading_lines(title, persona):
        painter.setFont(font)
        painter.setPen(ink)
        shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        line = QRectF(rect.left(), y, rect.width(), height)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        y += height
    painter.restore()


# ---- a picture's caption: the heading at the left, the legend at the right --------------


@dataclass(frozen=True)
class Caption:
    """What a picture of the map says above it."""

    title: str
    persona: str
    sections: list[LegendSection]

    def min_width(self) -> float:
        """The narrowest picture the heading and the legend fit side by side in."""
        head, key = heading_size(self.title, self.persona), legend_size(self.sections)
        return head.width() + key.width() + 3 * CAPTION_GAP

    def height(self) -> float:
        """The height of the band above the map."""
        head, key = heading_size(self.title, self.persona), legend_size(self.sections)
        return max(head.height(), key.height()) + 2 * CAPTION_GAP

    def paint(self, painter: QPainter, width: float) -> None:
        """Draw the band across ``width`` from the painter's origin."""
        key = legend_size(self.sections)
        left = width - key.width() - CAPTION_GAP
        paint_legend(painter, self.sections, QPointF(left, CAPTION_GAP))
        room = left - 2 * CAPTION_GAP
        paint_heading(painter, QRectF(CAPTION_GAP, CAPTION_GAP, room, self.height()), self.title,
                      self.persona)  # fmt: skip


# ---- on the canvas ---------------------------------------------------------------------


class LegendOverlay(QWidget):
    """The legend in the bottom right corner of the canvas. It follows the View menu's
    choices, and lets the mouse through to the map beneath it."""

    MARGIN = 8
    #: The most of the map's room the legend takes, across and down: a larger one (a
    #: large text size in a small window) is drawn smaller, so the map keeps its room.
    MOST_ACROSS, MOST_DOWN = 0.9, 0.25

    def __init__(self, view: QAbstractScrollArea) -> None:
        # a child of the view, not of its viewport: scrolling moves the viewport's children
        super().__init__(view)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.sections: list[LegendSection] = []
        self.magnification = 1.0  # larger in presentation mode
        self.drawn_at = 1.0  # the magnification, less what the room does not hold
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)  # stay in its corner as the viewport resizes
        self.show_choices(MapOptions())

    def show_choices(self, options: MapOptions, overlaid: str = "") -> None:
        """Explain the map as these options show it (with a curve of a journey in the
        state ``overlaid`` laid over its own)."""
        self.sections = options.legend(overlaid)
        self.setAccessibleDescription("\n".join(legend_texts(self.sections)))
        self.magnify(self.magnification)

    def magnify(self, factor: float) -> None:
        """Draw the legend at ``factor`` times its size (1 = as in the exports at 100 %),
        or smaller where the view's room does not hold it (see MOST_ACROSS)."""
        self.magnification = factor
        self._fit_in_room()

    def _fit_in_room(self) -> None:
        # the map is fitted clear of the legend: a legend taking half the view would
        # leave the map too small to read
        natural = legend_size(self.sections)
        room = self._viewport.size()
        self.drawn_at = min(
            self.magnification,
            self.MOST_ACROSS * room.width() / max(1.0, natural.width()),
            self.MOST_DOWN * room.height() / max(1.0, natural.height()),
        )
        size = natural * self.drawn_at
        self.resize(math.ceil(size.width()) + 1, math.ceil(size.height()) + 1)
        self._anchor()
        self.update()

    def texts(self) -> list[str]:
        """What the legend says, line by line."""
        return legend_texts(self.sections)

    def _anchor(self) -> None:
        room = self._viewport.geometry()
        self.move(
            room.right() - self.width() - self.MARGIN, room.bottom() - self.height() - self.MARGIN
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_in_room()
        elif event.type() == QEvent.Type.Move:
            self._anchor()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.scale(self.drawn_at, self.drawn_at)
        paint_legend(painter, self.sections, QPointF(0, 0))
        painter.end()


class HeadingBand(QWidget):
    """The title band of presentation mode: the journey's name and persona, large."""

    ZOOM = 1.5  # the heading at 150 %: read from the back of the room

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading_texts = ("", "")
        self.setAutoFillBackground(True)
        self.show_colours()

    def show_colours(self) -> None:
        """Take the band's colour from the palette as it is now (high contrast or not)."""
        palette = self.palette()
        palette.setColor(self.backgroundRole(), colors.HEADER_FILL)
        self.setPalette(palette)
        self.update()

    def show_heading(self, title: str, persona: str) -> None:
        """Show this journey name and persona line."""
        self.heading_texts = (title, persona)
        self.setAccessibleName(f"{title}\n{persona}".strip())
        height = heading_size(title, persona).height() + 2 * PAD
        self.setFixedHeight(round(height * self.ZOOM))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(self.ZOOM, self.ZOOM)
        room = QRectF(2 * PAD, PAD, self.width() / self.ZOOM - 4 * PAD, self.height())
        paint_heading(painter, room, *self.heading_texts, ink=colors.HEADER_TEXT)
        painter.end()

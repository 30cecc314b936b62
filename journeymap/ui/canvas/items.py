"""Graphics items of the canvas. They know nothing of the model: each is given plain
values to show, and reports what the user did through callbacks the scene sets."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymap.ui.canvas import colors
from journeymap.ui.canvas.geometry import (
    CARD_HEIGHT,
    CARD_WIDTH,
    header_height,
)
from journeymap.ui.canvas.label_placement import ALONG, Box, LabelRequest, Placement, place_labels
from journeymap.ui.canvas.text_layout import (
    LEGIBLE_PIXELS,
    TEXT_SIZE,
    TextTracking,
    fitting_lines,
    largest_fit,
    legible,
    level_of_detail,
    overview_text,
    scene_font,
    text_on,
)


def tr(text: str) -> str:
    """Translate a user-visible text of the canvas."""
    return QCoreApplication.translate("Canvas", text)


#: A glyph per channel, from the symbols every DejaVu Sans install has.
CHANNEL_GLYPHS = {
    "in_person": "☺",
    "phone": "☎",
    "email": "✉",
    "letter": "✍",
    "website": "⊕",
    "app": "▣",
    "messaging": "❝",
    "social_media": "♥",
    "self_service": "ℹ",
    "chatbot": "⚙",
    "community": "☷",
    "technician": "⚒",
    "other": "•",
}

HANDLE_RADIUS = 7.0
#: The marker of a card or arrow that open opportunities address: a small teal diamond
#: (drawn, not a glyph: an emoji such as a light bulb is missing from many fonts).
OPPORTUNITY_MARK = QColor("#17877a")
MARK_RADIUS = 6.0


def opportunity_mark(centre: QPointF) -> QPolygonF:
    """The diamond that marks what open opportunities address, around ``centre``."""
    r = MARK_RADIUS
    return QPolygonF([centre + QPointF(dx, dy) for dx, dy in ((0, -r), (r, 0), (0, r), (-r, 0))])


def paint_opportunity_mark(painter: QPainter, centre: QPointF) -> None:
    """Draw the opportunity marker, with a white rim that keeps it clear of what lies
    under it."""
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(OPPORTUNITY_MARK)
    painter.drawPolygon(opportunity_mark(centre))


def opportunities_tip(count: int) -> str:
    """The tooltip's line about the open opportunities addressing an item."""
    return tr("Opportunities: {}").format(count)


@dataclass
class CardLook:
    """What a card shows."""

    name: str
    channel: str  # a key of CHANNEL_GLYPHS
    channel_label: str
    owner: str
    rating: str  # red, amber, green or grey
    rating_text: str  # e.g. "CSAT -12.0"
    low_n: bool
    entry: bool
    exit: bool
    moment_of_truth: bool
    emotion: int
    heat: float | None = None  # 0..1 when the cards are coloured as a heat map
    notes: int = 0  # pain points and opportunities linked to the touchpoint


def heat_colour(level: float) -> QColor:
    """The traffic light's colours as a scale: far below (0) through below (0.5) to met
    (1), i.e. red through yellow-orange to blue."""
    low, mid, high = (colors.RATING_COLORS[k] for k in ("red", "amber", "green"))
    a, b, t = (low, mid, level * 2) if level < 0.5 else (mid, high, level * 2 - 1)
    return QColor.fromRgbF(
        *(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True))
    )


HEADER_FONT_PIXELS = 15.0


class StageColumnItem(TextTracking, QGraphicsItem):
    """A labelled column: the header with the stage name, and a tinted body."""

    def __init__(self, object_id: str, title: str, index: int) -> None:
        super().__init__()
        self.object_id = object_id
        self.show_stage(title, index)
        self.size = QRectF(0, 0, 0, 0)
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def show_stage(self, title: str, index: int) -> None:
        """Show the stage's name and its place in the journey (from 0) in the header,
        and whole on hover: a zoomed-out header may show only the start of a long name."""
        self.title, self.index = title, index
        self.setToolTip(self.header_text())
        self.update()

    def header_text(self) -> str:
        """The stage's number and name, as the header and the tooltip say them."""
        return f"{self.index + 1}  {self.title}"

    def set_size(self, width: float, height: float) -> None:
        """Resize the column to cover the cards beneath it."""
        self.prepareGeometryChange()
        self.size = QRectF(0, 0, width, height)

    def boundingRect(self) -> QRectF:
        return self.size

    def mousePressEvent(self, event) -> None:
        # Only the header selects the stage: a press in the body starts a rubber band.
        if not self.header_rect().contains(event.pos()):
            event.ignore()
            return
        super().mousePressEvent(event)

    def header_rect(self) -> QRectF:
        """The header band, where a double-click renames the stage."""
        return QRectF(0, 0, self.size.width(), header_height())

    def header_lines(self, lod: float = 1.0) -> tuple[QFont, list[str]]:
        """The header's font and its text as drawn at this level of detail: the number
        and name on up to two lines, in a font that stays legible on the device."""
        text = self.header_text()
        box = self.header_rect().adjusted(10, 1, -10, -1)
        if not legible(HEADER_FONT_PIXELS, lod):
            font, lines = overview_text(
                text, lod, (box.width(), box.height()), 2, HEADER_FONT_PIXELS
            )
            return (font, lines) if lines else band_text(text, lod, box)
        font = scene_font(HEADER_FONT_PIXELS, bold=True)
        return font, fitting_lines(text, font, box.width(), box.height(), 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._start_tracking()
        painter.fillRect(self.size, colors.COLUMN_FILL[self.index % 2])
        header = self.header_rect()
        painter.fillRect(header, colors.CARD_SELECTED if self.isSelected() else colors.HEADER_FILL)
        lod = level_of_detail(painter)
        font, lines = self.header_lines(lod)
        if lines:
            painter.setPen(colors.HEADER_TEXT)
            painter.setFont(font)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(header.adjusted(10, 0, -10, 0), align, "\n".join(lines))
            self._drew_text(font, lod)


def band_text(text: str, lod: float, box: QRectF) -> tuple[QFont, list[str]]:
    """``text`` in the smallest legible font at this level of detail, on as many of two
    lines as ``box`` holds, the last one elided: zoomed out far (a wide map fitted, a large
    text size), a stage's number and the start of its name still show; its tooltip and
    its spoken name have it whole. No line when not even one legible line fits."""
    font = scene_font(math.ceil(LEGIBLE_PIXELS / max(lod, 1e-6)) / TEXT_SIZE.factor, bold=True)
    return font, fitting_lines(text, font, box.width(), box.height(), 2)


#: Scene pixels of a lane's name in the label column.
LANE_FONT_PIXELS = 13.0


#: Scene pixels of the card's texts (before the presentation mode's font scale).
CARD_FONT_PIXELS = 12.0
CARD_TITLE_PIXELS = 13.0
CARD_TITLE_LINES = 3
CARD_TITLE_LEFT = 44.0
CARD_BADGE_TOP = CARD_HEIGHT - 26


@dataclass(frozen=True)
class CardText:
    """Where a card's texts go: the title's lines and box, and the owner's box."""

    title_font: QFont
    title_lines: list[str]
    title_box: QRectF
    owner_box: QRectF


def card_text(name: str, font_scale: float = 1.0) -> CardText:
    """The detailed card's text layout: the title wrapped onto up to three lines (only the
    third elided; a size smaller when that keeps a long word whole) above the owner line,
    which sits just over the badge."""
    owner_height = QFontMetricsF(scene_font(CARD_FONT_PIXELS * font_scale)).lineSpacing()
    owner_top = CARD_BADGE_TOP - owner_height - 1
    width = CARD_WIDTH - CARD_TITLE_LEFT - 8
    title_box = QRectF(CARD_TITLE_LEFT, 6, width, owner_top - 6)
    sizes = [CARD_TITLE_PIXELS * font_scale, CARD_FONT_PIXELS * font_scale]
    title_font, lines = largest_fit(
        name or "—", sizes, (width, title_box.height()), CARD_TITLE_LINES
    )
    owner_box = QRectF(14, owner_top, CARD_WIDTH - 24, owner_height)
    return CardText(title_font, lines, title_box, owner_box)


#: The overview card's rating symbol: scene pixels and the strip at the card's left it
#: takes from the title.
OVERVIEW_MARK_PIXELS = 40.0
OVERVIEW_MARK_WIDTH = 40.0


def card_overview_text(
    name: str, lod: float, font_scale: float = 1.0, mark_room: float = 0.0
) -> tuple[QFont, list[str]]:
    """The overview card's title: larger relative to the card, so it stays legible on the
    device at this level of detail, beside the ``mark_room`` its rating symbol takes; no
    lines when not even one fits on the card."""
    box = (CARD_WIDTH - 20 - mark_room, CARD_HEIGHT - 12)
    return overview_text(name or "—", lod, box, CARD_TITLE_LINES, CARD_TITLE_PIXELS * font_scale)


_CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)


class CardItem(TextTracking, QGraphicsObject):
    """A touchpoint card: name, channel glyph, owner and a badge coloured by gap.

    Dragging moves it freely; the scene snaps and records the move on release. A press
    on the round handle at the right edge starts a connection instead. Zoomed out so far
    that its small texts would be illegible, it draws an overview: its colour and its
    name in a larger font.
    """

    def __init__(self, object_id: str, look: CardLook) -> None:
        super().__init__()
        self.object_id = object_id
        self.look = look
        self.arrows: list[ArrowItem] = []
        self.on_released: Callable[[CardItem], None] | None = None
        self.on_connect_start: Callable[[CardItem, QPointF], None] | None = None
        self.font_scale = 1.0
        self.show_handle = True  # False in exported pictures: the handle is for editing
        self.opportunities = 0  # the open opportunities that address the touchpoint
        self.setFlags(_CARD_FLAGS)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        look = self.look
        parts = [
            look.name,
            f"{look.channel_label} · {look.owner}" if look.owner else look.channel_label,
        ]
        if look.rating_text:
            parts.append(look.rating_text + (tr(" (few responses)") if look.low_n else ""))
        if look.notes:
            parts.append(tr("Pain points and opportunities: {}").format(look.notes))
        if self.opportunities:
            parts.append(opportunities_tip(self.opportunities))
        return "\n".join(parts)

    def set_look(self, look: CardLook) -> None:
        """Show new values."""
        if bool(look.notes) != bool(self.look.notes):
            self.prepareGeometryChange()
        self.look = look
        self.setToolTip(self._tooltip())
        self.update()

    def set_opportunities(self, count: int) -> None:
        """Mark the card when open opportunities address its touchpoint (``count`` of them)."""
        if count != self.opportunities:
            self.prepareGeometryChange()
            self.opportunities = count
            self.setToolTip(self._tooltip())
            self.update()

    def mark_centre(self) -> QPointF:
        """Where the opportunity marker sits: on the top edge, left of the note count."""
        return QPointF(CARD_WIDTH - 36, 0)

    def boundingRect(self) -> QRectF:
        # the note count's badge and the opportunity marker sit on the top edge
        top = -8 if self.look.notes or self.opportunities else -2
        return QRectF(-2, top, CARD_WIDTH + HANDLE_RADIUS + 4, CARD_HEIGHT + 2 - top)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT), 8, 8)
        path.addEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)
        return path

    def handle_center(self) -> QPointF:
        """Where the connection handle sits, in item coordinates."""
        return QPointF(CARD_WIDTH, CARD_HEIGHT / 2)

    def in_handle(self, pos: QPointF) -> bool:
        """Whether a point (item coordinates) is on the connection handle."""
        delta = pos - self.handle_center()
        return math.hypot(delta.x(), delta.y()) <= HANDLE_RADIUS + 3

    def badge_mark(self) -> str:
        """The symbol beside the badge's colour (✓ ! ✕ –), so the rating never rests on
        colour alone; none in the heat map, whose badge says the level itself."""
        if self.look.heat is not None:
            return ""
        return colors.RATING_MARKS.get(self.look.rating, colors.RATING_MARKS["grey"])

    def badge_colour(self) -> QColor:
        """The card's colour: its gap rating, or its level in the heat map."""
        if self.look.heat is not None:
            return heat_colour(max(0.0, min(1.0, self.look.heat)))
        return colors.RATING_COLORS.get(self.look.rating, colors.RATING_COLORS["grey"])

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._start_tracking()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lod = level_of_detail(painter)
        if legible(CARD_FONT_PIXELS * self.font_scale, lod):
            self._paint_details(painter, lod)
        else:
            self._paint_overview(painter, lod)

    def _paint_overview(self, painter: QPainter, lod: float) -> None:
        colour = self.badge_colour()
        if self.isSelected():
            painter.setPen(QPen(colors.CARD_SELECTED, 3 / lod))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT), 8, 8)
        mark = self.badge_mark()
        room = OVERVIEW_MARK_WIDTH if mark else 0.0
        font, lines = card_overview_text(self.look.name, lod, self.font_scale, room)
        painter.setPen(text_on(colour))
        if mark:  # the rating's symbol, as large as the card allows, at its left
            painter.setFont(scene_font(OVERVIEW_MARK_PIXELS, bold=True))
            painter.drawText(QRectF(4, 0, room, CARD_HEIGHT), Qt.AlignmentFlag.AlignCenter, mark)
        if lines:
            painter.setFont(font)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            box = QRectF(10 + room, 6, CARD_WIDTH - 20 - room, CARD_HEIGHT - 12)
            painter.drawText(box, align, "\n".join(lines))
            self._drew_text(font, lod)
        if self.opportunities:
            paint_opportunity_mark(painter, self.mark_centre())

    def _paint_details(self, painter: QPainter, lod: float) -> None:
        look = self.look
        body = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        selected = self.isSelected()
        painter.setPen(
            QPen(
                colors.CARD_SELECTED if selected else colors.CARD_BORDER,
                colors.BORDER_WIDTH + 1.5 if selected else colors.BORDER_WIDTH,
            )
        )
        painter.setBrush(colors.CARD_FILL)
        painter.drawRoundedRect(body, 8, 8)
        badge = self.badge_colour()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge)
        painter.drawRoundedRect(QRectF(0, 0, 8, CARD_HEIGHT), 4, 4)
        base = scene_font(CARD_FONT_PIXELS * self.font_scale)
        glyph_font = scene_font(20 * self.font_scale)
        painter.setFont(glyph_font)
        painter.setPen(colors.MUTED)
        painter.drawText(
            QRectF(14, 6, 26, 26),
            Qt.AlignmentFlag.AlignCenter,
            CHANNEL_GLYPHS.get(look.channel, "•"),
        )
        text = card_text(look.name, self.font_scale)
        painter.setFont(text.title_font)
        painter.setPen(colors.TEXT)
        painter.drawText(text.title_box, Qt.AlignmentFlag.AlignLeft, "\n".join(text.title_lines))
        self._drew_text(text.title_font, lod)
        painter.setFont(base)
        painter.setPen(colors.MUTED)
        metrics = QFontMetricsF(base)
        owner = metrics.elidedText(look.owner, Qt.TextElideMode.ElideRight, CARD_WIDTH - 24)
        painter.drawText(text.owner_box, Qt.AlignmentFlag.AlignLeft, owner)
        self._paint_badge(painter, base, badge)
        self._drew_text(base, lod)
        marks = "".join(
            m
            for m, on in (("▶ ", look.entry), ("■ ", look.exit), ("★", look.moment_of_truth))
            if on
        )
        painter.setPen(colors.MUTED)
        painter.drawText(
            QRectF(CARD_WIDTH - 60, CARD_HEIGHT - 24, 52, 18), Qt.AlignmentFlag.AlignRight, marks
        )
        if self.opportunities:
            paint_opportunity_mark(painter, self.mark_centre())
        if look.notes:
            self._paint_note_count(painter, base, lod)
        if self.show_handle:
            painter.setPen(QPen(colors.CARD_SELECTED if selected else colors.CARD_BORDER, 1.5))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS - 2, HANDLE_RADIUS - 2)

    def _paint_note_count(self, painter: QPainter, font: QFont, lod: float) -> None:
        """How many pain points and opportunities are about this touchpoint: a round
        badge on the card's top right corner, as the notes' lanes have them."""
        text = str(self.look.notes)
        width = max(20.0, QFontMetricsF(font).horizontalAdvance(text) + 10)
        rect = QRectF(CARD_WIDTH - width + 6, -6, width, 20)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(colors.VOTE_DOT)
        painter.drawRoundedRect(rect, 10, 10)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        self._drew_text(font, lod)

    def _paint_badge(self, painter: QPainter, font: QFont, color: QColor) -> None:
        look = self.look
        text = look.rating_text or tr("no data")
        if mark := self.badge_mark():
            text = f"{mark} {text}"
        if look.low_n:
            text += "  n<30"
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 14
        rect = QRectF(14, CARD_BADGE_TOP, width, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(text_on(color))  # the yellow-orange takes dark text, the others white
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for arrow in self.arrows:
                arrow.update_path()
        return super().itemChange(change, value)

    def mousePressEvent(self, event) -> None:
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.in_handle(event.pos())
            and self.on_connect_start
        ):
            self.on_connect_start(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.on_released:
            self.on_released(self)


@dataclass(frozen=True)
class ArrowText:
    """What an arrow's label says: in full, and short for a tight spot (the share; ""
    for a label that is never shortened, which then sits near its arrow where it fits);
    and its tooltip, when that says more than the label (a discovered transition's)."""

    full: str = ""
    short: str = ""
    tip: str = ""


LABEL_FONT_PIXELS = 12.0
LABEL_HEIGHT = 20.0
LABEL_PADDING = 7.0
#: A short form never grows past this width (scene units), elided if it must.
SHORT_LABEL_WIDTH = 80.0


class ArrowLabelItem(TextTracking, QGraphicsItem):
    """An arrow's label: a pill with its text, placed clear of the cards by the scene and
    drawn above every arrow. It takes no clicks itself: its arrow's shape covers it, so a
    click on the label selects the arrow. Far from its arrow, a dotted line joins them."""

    def __init__(self, arrow: ArrowItem) -> None:
        super().__init__()
        self.arrow = arrow
        self.text = ""
        self.box = QRectF()  # the pill, in item coordinates (the item sits at its corner)
        self.anchor = QPointF()  # the point on the arrow it belongs to, in item coordinates
        self.setZValue(-0.25)  # over the arrows, under the cards (a dragged card covers it)
        self.setVisible(False)  # until it has a text (see show_text)

    def show_text(self, text: str, box: QRectF, anchor: QPointF) -> None:
        """Show ``text`` in the scene rectangle ``box``, belonging to ``anchor``."""
        self.prepareGeometryChange()
        self.text = text
        self.setPos(box.topLeft())
        self.box = QRectF(0, 0, box.width(), box.height())
        self.anchor = anchor - box.topLeft()
        # a label without text is hidden: else thousands of them, all at the origin, are
        # asked to paint whenever that corner of the map is drawn
        self.setVisible(bool(text))

    def label_rect(self) -> QRectF:
        """The pill's rectangle in the scene (empty when there is no text)."""
        return self.box.translated(self.pos()) if self.text else QRectF()

    def _leader(self) -> bool:
        return not self.box.adjusted(-6, -6, 6, 6).contains(self.anchor)

    def boundingRect(self) -> QRectF:
        if not self.text:
            return QRectF()
        if self._leader():
            return self.box.united(QRectF(self.anchor, self.anchor)).adjusted(-2, -2, 2, 2)
        return self.box.adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks go through to the arrow, whose shape covers the pill

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._start_tracking()
        lod = level_of_detail(painter)
        if not self.text or not legible(LABEL_FONT_PIXELS, lod):
            return  # the overview shows the flow, not its numbers
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.arrow.colour()
        if self._leader():
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DotLine))
            nearest = QPointF(
                min(max(self.anchor.x(), self.box.left()), self.box.right()),
                min(max(self.anchor.y(), self.box.top()), self.box.bottom()),
            )
            painter.drawLine(nearest, self.anchor)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(colour, 1))
        painter.drawRoundedRect(self.box, self.box.height() / 2, self.box.height() / 2)
        font = scene_font(LABEL_FONT_PIXELS)
        painter.setFont(font)
        text_colour = QColor(colors.TEXT)
        text_colour.setAlpha(colour.alpha())
        painter.setPen(text_colour)
        painter.drawText(self.box, Qt.AlignmentFlag.AlignCenter, self.text)
        self._drew_text(font, lod)


class ArrowItem(QGraphicsPathItem):
    """A transition: a curve from one card to another, with its share as a label. A
    loop back (to the same or an earlier column) bends below the cards. The label is an
    item of its own (added to the scene with the arrow), placed by the scene clear of the
    cards and the other labels, and it follows the arrow while a card is dragged."""

    def __init__(
        self, object_id: str, source: CardItem, target: CardItem, label: ArrowText, back: bool
    ) -> None:
        super().__init__()
        self.object_id = object_id
        self.source, self.target = source, target
        self.label = label.full  # what the arrow says; short_label when space is tight
        self.short_label = label.short
        self.tip = label.tip or label.full
        self.back = back
        self.emphasis = ""  # "on": highlighted by an overlay, "dim": outside it
        self.label_item = ArrowLabelItem(self)
        self.opportunities = 0  # the open opportunities that address the transition
        self._placement: tuple[float, QPointF] | None = None  # (along, offset of the pill)
        self._samples: tuple[dict[float, tuple[float, float]], list] | None = None
        self._controls: tuple[QPointF, QPointF, QPointF, QPointF]  # set by update_path
        self._measured: tuple[tuple[str, str], list] | None = None  # see _label_sizes
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(self.tip)
        source.arrows.append(self)
        target.arrows.append(self)
        self._head = QPolygonF()
        self._stroke = QPainterPath()
        self._shape = QPainterPath()
        self._bounds = QRectF()  # the shape's, kept: Qt asks for it at every paint
        self.update_path()

    def detach(self) -> None:
        """Forget the cards and take the label away, before the arrow leaves the scene."""
        for card in (self.source, self.target):
            if self in card.arrows:
                card.arrows.remove(self)
        if self.label_item.scene() is not None:
            self.label_item.scene().removeItem(self.label_item)

    def set_emphasis(self, emphasis: str) -> None:
        """Highlight ("on"), fade ("dim") or show normally ("")."""
        if emphasis != self.emphasis:
            self.emphasis = emphasis
            self.setZValue(-0.5 if emphasis == "on" else -1)
            self.update()
            self.label_item.update()

    def set_label(self, label: ArrowText, back: bool) -> None:
        """Show a new share/label; ``back`` marks a loop. The scene places it afresh."""
        tip = label.tip or label.full
        shown = (self.label, self.short_label, self.tip, self.back)
        if (label.full, label.short, tip, back) == shown:
            return  # the scene refreshes every arrow after an edit: most stay as they were
        self.label, self.short_label, self.tip, self.back = label.full, label.short, tip, back
        self._show_tooltip()
        self.update_path()

    def set_opportunities(self, count: int) -> None:
        """Mark the arrow when open opportunities address its transition (``count``)."""
        if count != self.opportunities:
            self.opportunities = count
            self._show_tooltip()
            self.update()

    def _show_tooltip(self) -> None:
        lines = [self.tip] if self.tip else []
        if self.opportunities:
            lines.append(opportunities_tip(self.opportunities))
        self.setToolTip("\n".join(lines))

    def mark_centre(self) -> QPointF:
        """Where the opportunity marker sits: a third along the curve, clear of the head
        (the label is placed where it fits, usually nearer the middle)."""
        return self.point_at(0.3)

    def colour(self) -> QColor:
        """The colour the arrow is drawn in now (selection, overlay, loop)."""
        color = colors.ARROW_BACK if self.back else colors.ARROW
        if self.isSelected():
            return colors.CARD_SELECTED
        if self.emphasis == "on":
            return colors.HIGHLIGHT
        if self.emphasis == "dim":
            return QColor(color.red(), color.green(), color.blue(), 60)
        return color

    def label_forms(self) -> list[str]:
        """The texts the label may show: in full, then shortened (when that differs)."""
        return [text for text, _ in self._label_sizes()]

    def _label_sizes(self) -> list[tuple[str, tuple[float, float]]]:
        """Each form of the label with the size of its pill; measured once per text (an
        open of 3,000 arrows would otherwise measure them all at every placement)."""
        key = (self.label, self.short_label)
        if self._measured is None or self._measured[0] != key:
            forms: list[str] = []
            if self.label:
                metrics = QFontMetricsF(scene_font(LABEL_FONT_PIXELS))
                forms = [self.label]
                short = metrics.elidedText(
                    self.short_label, Qt.TextElideMode.ElideRight,
                    SHORT_LABEL_WIDTH - 2 * LABEL_PADDING,
                )  # fmt: skip
                if short and short != self.label:  # none: the label is never shortened
                    forms.append(short)
                sizes = [(metrics.horizontalAdvance(t) + 2 * LABEL_PADDING, LABEL_HEIGHT)
                         for t in forms]  # fmt: skip
            self._measured = (key, list(zip(forms, sizes, strict=True)) if forms else [])
        return self._measured[1]

    def label_request(self) -> LabelRequest:
        """The placement problem of this arrow's label, in plain numbers."""
        sizes = [size for _, size in self._label_sizes()]
        if self._samples is None:  # sampled once per curve, not once per placement
            controls = [(p.x(), p.y()) for p in self._controls]
            along = curve_points(controls, _ALONG_WEIGHTS)
            self._samples = (dict(zip(ALONG, along, strict=True)),
                             curve_points(controls, _POLYLINE_WEIGHTS))  # fmt: skip
        points, polyline = self._samples
        return LabelRequest(points, sizes, polyline)

    def set_placement(self, placement: Placement | None) -> None:
        """Show the label where the scene placed it (None: no label)."""
        if placement is None and self._placement is None:
            return  # it had none either: the label is empty and hidden already
        if placement is None:
            self._placement = None
            self.label_item.show_text("", QRectF(), QPointF())
        else:
            box = QRectF(placement.box.x, placement.box.y, placement.box.w, placement.box.h)
            anchor = self.point_at(placement.along)
            self._placement = (placement.along, box.topLeft() - anchor)
            self.label_item.show_text(self.label_forms()[placement.form], box, anchor)
        self._update_shape()

    def update_path(self) -> None:
        """Recompute the curve after a card moved; the label keeps its place beside it."""
        start, c1, c2, end = self._curve(self.source.scenePos(), self.target.scenePos())
        self._controls = (start, c1, c2, end)
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        self.prepareGeometryChange()
        self.setPath(path)
        self._samples = None
        self._head = self._arrow_head(c2 if c2 != end else start, end)
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        self._stroke = stroker.createStroke(path)  # a tight shape keeps hit tests fast
        if self._placement is not None:
            along, offset = self._placement
            anchor = self.point_at(along)
            box = self.label_item.label_rect()
            self.label_item.show_text(
                self.label_item.text, QRectF(anchor + offset, box.size()), anchor
            )
        self._update_shape()

    def point_at(self, t: float) -> QPointF:
        """The point of the curve at parameter ``t`` (0 at the start, 1 at the end)."""
        controls = [(p.x(), p.y()) for p in self._controls]
        return QPointF(*curve_points(controls, [bezier_weights(t)])[0])

    def _update_shape(self) -> None:
        self.prepareGeometryChange()
        self._shape = QPainterPath(self._stroke)
        rect = self.label_item.label_rect()
        if not rect.isEmpty():
            self._shape.addRect(rect)  # a click on the label selects the arrow
        self._bounds = self._shape.boundingRect().adjusted(-4, -4, 4, 4)

    def _curve(self, a: QPointF, b: QPointF) -> tuple[QPointF, QPointF, QPointF, QPointF]:
        """Start, two control points and end of the cubic from card a to card b."""
        if self.source is self.target:
            start = a + QPointF(CARD_WIDTH * 0.75, CARD_HEIGHT)
            end = a + QPointF(CARD_WIDTH * 0.25, CARD_HEIGHT)
            return start, start + QPointF(0, 50), end + QPointF(0, 50), end
        if b.x() > a.x() + 1:
            start = a + QPointF(CARD_WIDTH + 7, CARD_HEIGHT / 2)
            end = b + QPointF(0, CARD_HEIGHT / 2)
            bend = max(40.0, (end.x() - start.x()) / 2)
            return start, start + QPointF(bend, 0), end - QPointF(bend, 0), end
        if abs(b.x() - a.x()) <= 1 and b.y() > a.y():
            # down the same column: straight from one card to the next
            start = a + QPointF(CARD_WIDTH / 2, CARD_HEIGHT)
            end = b + QPointF(CARD_WIDTH / 2, 0)
            return start, start, end, end
        if abs(b.x() - a.x()) <= 1:
            # up the same column: an arc out to the right, clear of the cards
            start = a + QPointF(CARD_WIDTH + 7, CARD_HEIGHT * 0.7)
            end = b + QPointF(CARD_WIDTH, CARD_HEIGHT * 0.3)
            return start, start + QPointF(40, 0), end + QPointF(40, 0), end
        start = a + QPointF(CARD_WIDTH / 2 + 12, CARD_HEIGHT)
        end = b + QPointF(CARD_WIDTH / 2 - 12, CARD_HEIGHT)
        dip = 60.0 + abs(a.x() - b.x()) * 0.12
        return start, start + QPointF(0, dip), end + QPointF(0, dip), end

    @staticmethod
    def _arrow_head(before: QPointF, tip: QPointF) -> QPolygonF:
        """A small triangle at ``tip``, pointing along the curve's last tangent."""
        dx, dy = tip.x() - before.x(), tip.y() - before.y()
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        back = QPointF(tip.x() - 10 * ux, tip.y() - 10 * uy)
        return QPolygonF([tip, back + QPointF(-5 * uy, 5 * ux), back + QPointF(5 * uy, -5 * ux)])

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:
        # It holds the label's pill and leader (the shape has the pill): when the arrow is
        # selected, Qt's repaint of it redraws the pill in the arrow's colour too, with no
        # itemChange override (each one costs every arrow a Python call per flag, z value,
        # tool tip and scene change: a tenth of building the 3,000-arrow benchmark map).
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.colour()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.isSelected():  # a halo: the arrow in hand stands out on a projector too
            halo = QColor(color)
            halo.setAlpha(70)
            painter.setPen(QPen(halo, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(self.path())
        width = 3.0 if self.isSelected() else 4.0 if self.emphasis == "on" else 1.6
        style = Qt.PenStyle.DashLine if self.back else Qt.PenStyle.SolidLine
        painter.setPen(QPen(color, width, style))
        painter.drawPath(self.path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(self._head)
        if self.opportunities:
            paint_opportunity_mark(painter, self.mark_centre())


def bezier_weights(t: float) -> tuple[float, float, float, float]:
    """The weights of a cubic's four control points at parameter ``t`` (Bernstein)."""
    u = 1.0 - t
    return u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t


#: The weights at the fractions a label may sit at, and at the arrow's polyline's points:
#: the same for every arrow, so an open of 3,000 arrows computes them once.
_ALONG_WEIGHTS = [bezier_weights(a) for a in ALONG]
_POLYLINE_WEIGHTS = [bezier_weights(step / 20) for step in range(21)]


def curve_points(
    controls: list[tuple[float, float]], weights: list[tuple[float, float, float, float]]
) -> list[tuple[float, float]]:
    """Points of the cubic through four control points, one per set of ``weights``, in
    plain floats: QPainterPath.pointAtPercent measures the curve's length on every call,
    and placing 3,000 labels asks for 90,000 points."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = controls
    return [
        (wa * ax + wb * bx + wc * cx + wd * dx, wa * ay + wb * by + wc * cy + wd * dy)
        for wa, wb, wc, wd in weights
    ]


def place_arrow_labels(arrows: list[ArrowItem], obstacles: list[QRectF]) -> None:
    """Place every arrow's label clear of the obstacles (scene rectangles: cards,
    headers) and of each other: the shortest arrows first, as they have the fewest spots
    to offer (a long curve finds room somewhere along its way)."""
    boxes = [Box(r.x(), r.y(), r.width(), r.height()) for r in obstacles]
    arrows = sorted(arrows, key=lambda a: a.path().length())
    placements = place_labels([arrow.label_request() for arrow in arrows], boxes)
    for arrow, placement in zip(arrows, placements, strict=True):
        arrow.set_placement(placement)

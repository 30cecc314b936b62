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
from journeymap.ui.canvas.geometry import CARD_HEIGHT, CARD_WIDTH, HEADER_HEIGHT


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


def heat_colour(level: float) -> QColor:
    """Red (0) through amber (0.5) to green (1)."""
    low, mid, high = (colors.RATING_COLORS[k] for k in ("red", "amber", "green"))
    a, b, t = (low, mid, level * 2) if level < 0.5 else (mid, high, level * 2 - 1)
    return QColor.fromRgbF(
        *(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True))
    )


def scene_font(pixels: float) -> QFont:
    """A font sized in scene units, not points, so text keeps its size relative to the
    cards on any device: a 300 dpi PDF page as much as the screen."""
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    return font


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, most: int) -> list[str]:
    """Break text into at most ``most`` lines that fit ``width``; the last one elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words or (lines and metrics.horizontalAdvance(lines[-1]) > width):
        rest = " ".join([lines.pop(), *words]) if lines else " ".join(words)
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


class StageColumnItem(QGraphicsItem):
    """A labelled column: the header with the stage name, and a tinted body."""

    def __init__(self, object_id: str, title: str, index: int) -> None:
        super().__init__()
        self.object_id = object_id
        self.title = title
        self.index = index
        self.size = QRectF(0, 0, 0, 0)
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

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
        return QRectF(0, 0, self.size.width(), HEADER_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.size, colors.COLUMN_FILL[self.index % 2])
        header = self.header_rect()
        painter.fillRect(header, colors.CARD_SELECTED if self.isSelected() else colors.HEADER_FILL)
        painter.setPen(colors.HEADER_TEXT)
        font = scene_font(15)
        font.setBold(True)
        painter.setFont(font)
        text = QFontMetricsF(font).elidedText(
            self.title, Qt.TextElideMode.ElideRight, header.width() - 20
        )
        painter.drawText(
            header.adjusted(10, 0, -10, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            f"{self.index + 1}  {text}",
        )


class LaneItem(QGraphicsItem):
    """A horizontal lane of the service blueprint: one owner department."""

    def __init__(self, title: str, width: float, height: float) -> None:
        super().__init__()
        self.title = title
        self.rect = QRectF(0, 0, width, height)
        self.setZValue(-5)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(colors.LANE_LINE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(self.rect.topLeft(), self.rect.topRight())
        painter.setPen(colors.MUTED)
        font = scene_font(13)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRectF(8, 8, 140, self.rect.height() - 16),
            Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.title,
        )


class CardItem(QGraphicsObject):
    """A touchpoint card: name, channel glyph, owner and a badge coloured by gap.

    Dragging moves it freely; the scene snaps and records the move on release. A press
    on the round handle at the right edge starts a connection instead.
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
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
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
        return "\n".join(parts)

    def set_look(self, look: CardLook) -> None:
        """Show new values."""
        self.look = look
        self.setToolTip(self._tooltip())
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_WIDTH + HANDLE_RADIUS + 4, CARD_HEIGHT + 4)

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

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look = self.look
        body = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        painter.setPen(
            QPen(colors.CARD_SELECTED if selected else colors.CARD_BORDER, 2.5 if selected else 1)
        )
        painter.setBrush(colors.CARD_FILL)
        painter.drawRoundedRect(body, 8, 8)
        if look.heat is not None:
            badge = heat_colour(max(0.0, min(1.0, look.heat)))
        else:
            badge = colors.RATING_COLORS.get(look.rating, colors.RATING_COLORS["grey"])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge)
        painter.drawRoundedRect(QRectF(0, 0, 8, CARD_HEIGHT), 4, 4)
        base = scene_font(12 * self.font_scale)
        glyph_font = QFont(base)
        glyph_font.setPixelSize(round(20 * self.font_scale))
        painter.setFont(glyph_font)
        painter.setPen(colors.MUTED)
        painter.drawText(
            QRectF(14, 6, 26, 26),
            Qt.AlignmentFlag.AlignCenter,
            CHANNEL_GLYPHS.get(look.channel, "•"),
        )
        title = QFont(base)
        title.setBold(True)
        title.setPixelSize(round(13 * self.font_scale))
        painter.setFont(title)
        painter.setPen(colors.TEXT)
        lines = wrap_lines(look.name or "—", QFontMetricsF(title), CARD_WIDTH - 52, 2)
        painter.drawText(
            QRectF(44, 6, CARD_WIDTH - 52, 40), Qt.AlignmentFlag.AlignLeft, "\n".join(lines)
        )
        painter.setFont(base)
        painter.setPen(colors.MUTED)
        metrics = QFontMetricsF(base)
        owner = metrics.elidedText(look.owner, Qt.TextElideMode.ElideRight, CARD_WIDTH - 24)
        painter.drawText(QRectF(14, 48, CARD_WIDTH - 24, 18), Qt.AlignmentFlag.AlignLeft, owner)
        self._paint_badge(painter, base, badge)
        marks = "".join(
            m
            for m, on in (("▶ ", look.entry), ("■ ", look.exit), ("★", look.moment_of_truth))
            if on
        )
        painter.setPen(colors.MUTED)
        painter.drawText(
            QRectF(CARD_WIDTH - 60, CARD_HEIGHT - 24, 52, 18), Qt.AlignmentFlag.AlignRight, marks
        )
        if self.show_handle:
            painter.setPen(QPen(colors.CARD_SELECTED if selected else colors.CARD_BORDER, 1.5))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS - 2, HANDLE_RADIUS - 2)

    def _paint_badge(self, painter: QPainter, font: QFont, color: QColor) -> None:
        look = self.look
        text = look.rating_text or tr("no data")
        if look.low_n:
            text += "  n<30"
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 14
        rect = QRectF(14, CARD_HEIGHT - 26, width, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(QColor("#ffffff"))
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


class ArrowItem(QGraphicsPathItem):
    """A transition: a curve from one card to another, with its share as a label. A
    loop back (to the same or an earlier column) bends below the cards."""

    def __init__(
        self, object_id: str, source: CardItem, target: CardItem, label: str, back: bool
    ) -> None:
        super().__init__()
        self.object_id = object_id
        self.source, self.target = source, target
        self.label = label
        self.back = back
        self.emphasis = ""  # "on": highlighted by an overlay, "dim": outside it
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        source.arrows.append(self)
        target.arrows.append(self)
        self._head = QPolygonF()
        self._shape = QPainterPath()
        self.update_path()

    def detach(self) -> None:
        """Forget the cards, before the arrow leaves the scene."""
        for card in (self.source, self.target):
            if self in card.arrows:
                card.arrows.remove(self)

    def set_emphasis(self, emphasis: str) -> None:
        """Highlight ("on"), fade ("dim") or show normally ("")."""
        if emphasis != self.emphasis:
            self.emphasis = emphasis
            self.setZValue(-0.5 if emphasis == "on" else -1)
            self.update()

    def set_label(self, label: str, back: bool) -> None:
        """Show a new share/label; ``back`` marks a loop."""
        self.label, self.back = label, back
        self.update_path()

    def update_path(self) -> None:
        """Recompute the curve after a card moved."""
        start, c1, c2, end = self._curve(self.source.scenePos(), self.target.scenePos())
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        self.prepareGeometryChange()
        self.setPath(path)
        self._head = self._arrow_head(c2 if c2 != end else start, end)
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        self._shape = stroker.createStroke(path)  # a tight shape keeps hit tests fast

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
        return self._shape.boundingRect().adjusted(-40, -12, 40, 12)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = colors.ARROW_BACK if self.back else colors.ARROW
        width = 1.6
        if self.isSelected():
            color, width = colors.CARD_SELECTED, 2.5
        elif self.emphasis == "on":
            color, width = colors.HIGHLIGHT, 4.0
        elif self.emphasis == "dim":
            color = QColor(color.red(), color.green(), color.blue(), 60)
        style = Qt.PenStyle.DashLine if self.back else Qt.PenStyle.SolidLine
        painter.setPen(QPen(color, width, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(self._head)
        if self.label:
            mid = self.path().pointAtPercent(0.5)
            painter.setFont(scene_font(11))
            metrics = QFontMetricsF(painter.font())
            span = metrics.horizontalAdvance(self.label) + 10
            rect = QRectF(mid.x() - span / 2, mid.y() - 9, span, 18)
            painter.setBrush(QColor("#ffffff"))
            painter.setPen(QPen(color, 1))
            painter.drawRoundedRect(rect, 9, 9)
            painter.setPen(colors.TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label)

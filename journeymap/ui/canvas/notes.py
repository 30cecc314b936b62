"""The lanes of a journey on the canvas: a labelled row per lane under the stage header,
and the sticky notes in its cells. Like every item, they know nothing of the model: the
scene gives them plain values and hears what the user did through callbacks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymap.ui.canvas import colors
from journeymap.ui.canvas.geometry import (
    COLUMN_WIDTH,
    LANE_LABEL_WIDTH,
    NOTE_MIN_HEIGHT,
    NOTE_WIDTH,
)
from journeymap.ui.canvas.items import LANE_FONT_PIXELS
from journeymap.ui.canvas.text_layout import (
    TextTracking,
    draw_label,
    fitting_lines,
    legible,
    level_of_detail,
    overview_text,
    scene_font,
    text_on,
    wrap_lines,
)

NOTE_FONT_PIXELS = 12.0
NOTE_LINES = 7  # a longer note is elided: a sticky note says one thing
NOTE_PAD = 8.0
NOTE_FOOT = 18.0  # the row of vote dots and the link mark
MOST_DOTS = 5  # more votes than this show as one dot and a count


@dataclass(frozen=True)
class NoteLook:
    """What a sticky note shows."""

    text: str
    tint: QColor
    votes: int = 0
    linked: int = 0  # how many touchpoints it is about


@lru_cache(maxsize=4096)
def note_lines(text: str) -> tuple[QFont, tuple[str, ...]]:
    """A note's font and its text wrapped to the note's width (at most NOTE_LINES). Kept
    per text: a note is wrapped to lay the lanes out and again at every paint, and a
    lane's edit refreshes all of a journey's notes."""
    font = scene_font(NOTE_FONT_PIXELS)
    metrics = QFontMetricsF(font)
    return font, tuple(wrap_lines(text or " ", metrics, NOTE_WIDTH - 2 * NOTE_PAD, NOTE_LINES))


def note_height(text: str) -> float:
    """How tall a note with this text is: square-ish, growing with its lines."""
    font, lines = note_lines(text)
    spacing = QFontMetricsF(font).lineSpacing()
    return max(NOTE_MIN_HEIGHT, NOTE_PAD + len(lines) * spacing + NOTE_FOOT + NOTE_PAD / 2)


class NoteItem(TextTracking, QGraphicsObject):
    """A sticky note: a tinted square with its text, vote dots and a link mark. Dragging
    moves it freely; the scene files it in the cell it is dropped on at release."""

    def __init__(self, object_id: str, look: NoteLook) -> None:
        super().__init__()
        self.object_id = object_id
        self.look = look
        self.note_height = note_height(look.text)
        self.on_released: Callable[[NoteItem], None] | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setToolTip(look.text)

    def set_look(self, look: NoteLook) -> None:
        """Show new values (a new text may make the note taller)."""
        self.prepareGeometryChange()
        self.look = look
        self.note_height = note_height(look.text)
        self.setToolTip(look.text)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, NOTE_WIDTH + 4, self.note_height + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._start_tracking()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = QRectF(0, 0, NOTE_WIDTH, self.note_height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.NOTE_BORDER)
        painter.drawRect(body.translated(2, 2))  # a shadow: the note lies on the wall
        selected = self.isSelected()
        lod = level_of_detail(painter)
        painter.setPen(
            QPen(colors.CARD_SELECTED, 2.5 / max(lod, 0.4))
            if selected
            else QPen(colors.NOTE_BORDER, colors.BORDER_WIDTH)
        )
        painter.setBrush(self.look.tint)
        painter.drawRect(body)
        ink = text_on(self.look.tint)
        if legible(NOTE_FONT_PIXELS, lod):
            font, lines = note_lines(self.look.text)
            box = QRectF(NOTE_PAD, NOTE_PAD / 2 + 2, NOTE_WIDTH - 2 * NOTE_PAD, body.height())
        else:
            box = QRectF(6, 6, NOTE_WIDTH - 12, self.note_height - 6 - NOTE_FOOT)  # over the dots
            size = (box.width(), box.height())
            font, lines = overview_text(self.look.text, lod, size, 3, NOTE_FONT_PIXELS)
        if lines:
            painter.setFont(font)
            painter.setPen(ink)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            painter.drawText(box, align, "\n".join(lines))
            self._drew_text(font, lod)
        self._paint_foot(painter, lod)

    def _paint_foot(self, painter: QPainter, lod: float) -> None:
        """Vote dots (or a dot and a count, where legible) at the bottom left, a link mark
        at the right: shapes, so the room sees the votes even on the overview."""
        y = self.note_height - NOTE_FOOT / 2 - 2
        votes = self.look.votes
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.VOTE_DOT)
        for i in range(min(votes, MOST_DOTS if votes <= MOST_DOTS else 1)):
            painter.drawEllipse(QPointF(NOTE_PAD + 3.5 + i * 10, y), 3.5, 3.5)
        if votes > MOST_DOTS and legible(NOTE_FONT_PIXELS, lod):
            font = scene_font(NOTE_FONT_PIXELS, bold=True)
            painter.setFont(font)
            painter.setPen(colors.VOTE_DOT)
            box = QRectF(NOTE_PAD + 10, y - NOTE_FOOT / 2, 40, NOTE_FOOT)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, str(votes))
            self._drew_text(font, lod)
        if self.look.linked:
            # two links of a chain, drawn: no font has to hold the glyph
            painter.setPen(QPen(colors.VOTE_DOT, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            right = NOTE_WIDTH - NOTE_PAD
            painter.drawRoundedRect(QRectF(right - 16, y - 3, 9, 6), 3, 3)
            painter.drawRoundedRect(QRectF(right - 10, y - 3, 9, 6), 3, 3)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.on_released:
            self.on_released(self)


class CellMarkItem(QGraphicsItem):
    """The frame around the lane cell a click chose: typing there writes a note."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self.setZValue(-4)

    def mark(self, rect: QRectF) -> None:
        """Frame this scene rectangle."""
        self.prepareGeometryChange()
        self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(colors.CARD_SELECTED, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect.adjusted(1, 1, -1, -1))


class LaneRowItem(TextTracking, QGraphicsItem):
    """A lane's row across the stages: a rule on top (``rule``; none under a blueprint
    line, which parts the lanes already) and its name in the label column at the left. A
    blueprint line draws as a dashed line through its middle with its name on it."""

    def __init__(
        self, lane_id: str, title: str, line: bool, width: float, tall: float, rule: bool = True
    ) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.title = title
        self.line = line
        self.rule = rule
        self.rect = QRectF(0, 0, width, tall)
        self.setZValue(-5)

    def boundingRect(self) -> QRectF:
        return self.rect.united(self._line_label_box()) if self.line else self.rect

    def _line_label_box(self) -> QRectF:
        """Where a blueprint line's name may go: centred on the line, twice the row's
        height (an overview's larger letters), reaching over the first stage."""
        tall = self.rect.height()
        return QRectF(8, -tall / 2, LANE_LABEL_WIDTH + COLUMN_WIDTH - 8, 2 * tall)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._start_tracking()
        if self.line:
            self._paint_line(painter)
            return
        if self.rule:
            painter.setPen(QPen(colors.LANE_LINE, 1))
            painter.drawLine(self.rect.topLeft(), self.rect.topRight())
        box = QRectF(8, 6, LANE_LABEL_WIDTH - 14, self.rect.height() - 8)
        draw_label(painter, self, self.title, box, LANE_FONT_PIXELS, Qt.AlignmentFlag.AlignTop)

    def _paint_line(self, painter: QPainter) -> None:
        """A blueprint line: dashed, from the label column across the stages, its name on
        it at the left on a patch of the map's ground, so the line reads as labelled. Its
        name is one line, as large as an overview needs; it may run on over the first
        stage, where the line's row holds nothing else, and above and below the row, where
        its neighbours' labels leave room."""
        middle = self.rect.height() / 2
        painter.setPen(QPen(colors.HEADER_FILL, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(8, middle), QPointF(self.rect.width(), middle))
        lod = level_of_detail(painter)
        box = self._line_label_box()
        if legible(LANE_FONT_PIXELS, lod):
            font = scene_font(LANE_FONT_PIXELS, bold=True)
            lines = fitting_lines(self.title, font, box.width(), box.height(), 1)
        else:
            size = (box.width(), box.height())
            font, lines = overview_text(self.title, lod, size, 1, LANE_FONT_PIXELS)
        if not lines:
            return
        metrics = QFontMetricsF(font)
        patch = QRectF(box.left() - 4, middle - metrics.height() / 2,
                       metrics.horizontalAdvance(lines[0]) + 10, metrics.height())  # fmt: skip
        painter.fillRect(patch, colors.MAP_GROUND)
        painter.setPen(colors.HEADER_FILL)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, lines[0])
        self._drew_text(font, lod)

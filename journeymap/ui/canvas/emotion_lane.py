"""The emotion curve in its lane row: a point per touchpoint under its card, at the height
of its emotion (-2..+2, the zero line drawn and labelled), joined in stage order and, in a
stage, from the top card down. Dragging a point up or down proposes a new emotion, snapped
to the whole steps; the scene turns it into a command.

``curve_points`` reads the model (like lanes.py); the items only get plain values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymap.model.entities import Journey
from journeymap.ui.canvas import colors
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.items import heat_colour
from journeymap.ui.canvas.text_layout import TextTracking, legible, level_of_detail, scene_font
from journeymap.ui.emotion_words import emotion_words
from journeymap.ui.numbers import signed

LOWEST, HIGHEST = -2, 2
CURVE_PAD = 16.0  # between the row's edges and the ±2 lines
POINT_RADIUS = 6.0
SCALE_FONT_PIXELS = 11.0


def tr(text: str) -> str:
    """Translate a user-visible text of the emotion curve."""
    return QCoreApplication.translate("EmotionLane", text)


def emotion_colour(emotion: int) -> QColor:
    """A point's colour: red (-2) through amber (0) to green (+2), the map's colour scale."""
    return heat_colour((emotion - LOWEST) / (HIGHEST - LOWEST))


def emotion_text(emotion: int) -> str:
    """An emotion as the scale writes it: "-2", "0", "+1"."""
    return signed(emotion, 0) if emotion else "0"


def emotion_y(emotion: float, tall: float) -> float:
    """Height of an emotion in a row ``tall`` high, from the row's top."""
    step = (tall / 2 - CURVE_PAD) / HIGHEST
    return tall / 2 - emotion * step


def emotion_at(y: float, tall: float) -> int:
    """The whole emotion nearest to a height in the row (clamped to -2..+2)."""
    step = (tall / 2 - CURVE_PAD) / HIGHEST
    return max(LOWEST, min(HIGHEST, round((tall / 2 - y) / step)))


@dataclass(frozen=True)
class CurvePoint:
    """One touchpoint on the curve: its id, what the tooltip names, its emotion and the
    scene x of its point."""

    touchpoint_id: str
    name: str
    emotion: int
    x: float


def curve_points(journey: Journey, card_tops: dict[str, float]) -> list[CurvePoint]:
    """The curve's points in the order they are joined: stage by stage, and in a stage by
    the cards' tops (``card_tops``, scene y by touchpoint id). A stage's points share its
    cards' width, evenly, so that each can be told apart and dragged (one touchpoint: the
    card's centre)."""
    by_stage: dict[str, list] = {}
    for tp in journey.touchpoints:
        if tp.id in card_tops:
            by_stage.setdefault(tp.stage_id, []).append(tp)
    points = []
    for index, stage in enumerate(journey.stages):
        mine = sorted(by_stage.get(stage.id, []), key=lambda tp: card_tops[tp.id])
        left = g.column_x(index) + g.CARD_INSET
        for k, tp in enumerate(mine):
            x = left + g.CARD_WIDTH * (k + 0.5) / len(mine)
            points.append(CurvePoint(tp.id, tp.name, tp.emotion, x))
    return points


class EmotionPointItem(QGraphicsObject):
    """A touchpoint's point on the curve, coloured by its emotion. It moves only up and
    down within its row; the curve hears every move and the release."""

    def __init__(self, point: CurvePoint, tall: float) -> None:
        super().__init__()
        self.touchpoint_id = point.touchpoint_id
        self.emotion = point.emotion
        self.tall = tall
        self._x = point.x  # a drag keeps the point under its card
        self.on_moved: Callable[[], None] | None = None
        self.on_released: Callable[[EmotionPointItem], None] | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(2)
        self.show_point(point)

    def show_point(self, point: CurvePoint) -> None:
        """Show the point's emotion, at its place (snapped to its emotion's height)."""
        self.emotion = point.emotion
        self._x = point.x
        self.setToolTip(
            tr("{}: emotion {} ({})").format(
                point.name, emotion_text(point.emotion), emotion_words(point.emotion)
            )
        )
        self.setPos(point.x, emotion_y(point.emotion, self.tall))
        self.update()

    def snap_back(self) -> None:
        """Go back to the height of the emotion it shows (a drag that changed nothing)."""
        self.setPos(self._x, emotion_y(self.emotion, self.tall))

    def dragged_emotion(self) -> int:
        """The emotion at the height the point was dragged to."""
        return emotion_at(self.pos().y(), self.tall)

    def boundingRect(self) -> QRectF:
        r = POINT_RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(QBrush(emotion_colour(self.emotion)))
        painter.drawEllipse(QPointF(0, 0), POINT_RADIUS, POINT_RADIUS)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene():
            # up and down only, between the +2 and the -2 line
            y = min(max(value.y(), emotion_y(HIGHEST, self.tall)), emotion_y(LOWEST, self.tall))
            return QPointF(self._x, y)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.on_moved:
            self.on_moved()
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.on_released:
            self.on_released(self)


class EmotionCurveItem(TextTracking, QGraphicsItem):
    """The curve's row: the scale (+2 .. -2, the zero line solid) across the stages, and
    the line joining the points, which are its children."""

    def __init__(self, left: float, width: float, tall: float) -> None:
        super().__init__()
        self.left, self.width_across, self.tall = left, width, tall
        self.line = QPainterPath()
        self.setZValue(-4)

    def set_extent(self, left: float, width: float) -> None:
        """Span the scale from ``left`` (the first column) over ``width``."""
        self.prepareGeometryChange()
        self.left, self.width_across = left, width

    def join(self, points: list[QPointF]) -> None:
        """Draw the line through these points (row coordinates), in order."""
        self.prepareGeometryChange()
        self.line = QPainterPath()
        if points:
            self.line.moveTo(points[0])
            for point in points[1:]:
                self.line.lineTo(point)

    def boundingRect(self) -> QRectF:
        scale = QRectF(self.left - g.LANE_LABEL_WIDTH / 3, 0, self.width_across, self.tall)
        return scale.united(self.line.boundingRect()).adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._start_tracking()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lod = level_of_detail(painter)
        right = self.left + self.width_across
        font = scene_font(SCALE_FONT_PIXELS)
        painter.setFont(font)
        for emotion in range(LOWEST, HIGHEST + 1):
            y = emotion_y(emotion, self.tall)
            solid = emotion == 0
            painter.setPen(
                QPen(colors.MUTED if solid else colors.LANE_LINE, 1.2 if solid else 0.8,
                     Qt.PenStyle.SolidLine if solid else Qt.PenStyle.DotLine)
            )  # fmt: skip
            painter.drawLine(QPointF(self.left, y), QPointF(right, y))
            if legible(SCALE_FONT_PIXELS, lod) and emotion in (LOWEST, 0, HIGHEST):
                painter.setPen(colors.MUTED)
                box = QRectF(self.left - 44, y - 8, 38, 16)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(box, align, emotion_text(emotion))
                self._drew_text(font, lod)
        painter.setPen(QPen(colors.HEADER_FILL, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.line)


class EmotionCurve:
    """Keeps the curve's row item and a point item per touchpoint in a scene."""

    def __init__(
        self, scene: QGraphicsScene, on_released: Callable[[EmotionPointItem], None]
    ) -> None:
        self.scene = scene
        self.on_released = on_released
        self.row: EmotionCurveItem | None = None
        self.points: dict[str, EmotionPointItem] = {}
        self._order: list[str] = []  # touchpoint ids in the order the line joins them
        self.overlay: QGraphicsItem | None = None  # another journey's curve over this one

    def forget(self) -> None:
        """Let go of every item (the scene was cleared)."""
        self.row = None
        self.points.clear()
        self._order = []
        self.overlay = None

    def remove(self) -> None:
        """No emotion lane on show: take the curve away."""
        if self.row is not None:
            self.scene.removeItem(self.row)  # its points with it
        self.forget()

    def place(self, top: float, tall: float, left: float, width: float) -> bool:
        """Put the curve in the emotion lane's row, across the stages; whether it is new
        there (and has no points yet)."""
        fresh = self.row is None or self.row.tall != tall
        if fresh:
            self.remove()
            self.row = EmotionCurveItem(left, width, tall)
            self.scene.addItem(self.row)
        assert self.row is not None
        self.row.set_extent(left, width)
        self.row.setPos(0, top)
        return fresh

    def show_points(self, points: list[CurvePoint]) -> None:
        """Show these points (and only these), joined in their order."""
        row = self.row
        if row is None:
            return
        wanted = {p.touchpoint_id for p in points}
        for tid in [t for t in self.points if t not in wanted]:
            self.scene.removeItem(self.points.pop(tid))
        for point in points:
            item = self.points.get(point.touchpoint_id)
            if item is None:
                item = EmotionPointItem(point, row.tall)
                item.on_moved = self._join
                item.on_released = self.on_released
                item.setParentItem(row)
                self.points[point.touchpoint_id] = item
            else:
                item.show_point(point)
        self._order = [p.touchpoint_id for p in points]
        self._join()

    def show_overlay(self, overlay: QGraphicsItem | None) -> None:
        """Draw this item (another journey's curve) in the row, in place of the one there
        was; None: none."""
        if self.overlay is not None and self.overlay.scene() is not None:
            self.scene.removeItem(self.overlay)
        self.overlay = overlay if self.row is not None else None
        if self.overlay is not None:
            self.overlay.setParentItem(self.row)

    def show_emotion(self, touchpoint_id: str, name: str, emotion: int) -> None:
        """Show one touchpoint's new emotion (its place in the order unchanged)."""
        item = self.points.get(touchpoint_id)
        if item is not None:
            item.show_point(CurvePoint(touchpoint_id, name, emotion, item.pos().x()))

    def _join(self) -> None:
        if self.row is not None:
            self.row.join([self.points[t].pos() for t in self._order if t in self.points])

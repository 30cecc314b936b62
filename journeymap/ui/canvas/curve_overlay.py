"""The counterpart's emotion curve over this journey's: the to-be curve on an as-is map (or
the as-is curve on a to-be map), dashed and in its own colour, so a workshop sees at a
glance where the future journey feels better. It is only a picture: it takes no clicks,
and the own curve's points stay the ones that drag.

A point of the other journey sits under the card of its twin on this map (matched as the
comparison matches them: by name), else at the centre of the column of its stage (same
name, else same place); ``overlay_points`` works that out from plain values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.model.compare import counterpart, matched_touchpoints
from journeymap.model.entities import Journey
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.emotion_lane import CurvePoint, emotion_text, emotion_y
from journeymap.ui.emotion_words import emotion_words

#: Teal: apart from the own curve's navy and from the red-amber-green of its points.
OVERLAY_COLOUR = QColor("#0e8fa3")
OVERLAY_RADIUS = 4.5
OVERLAY_PEN_WIDTH = 3.0  # the own curve's is 2: it shows a rim


def tr(text: str) -> str:
    """Translate a user-visible text of the overlaid curve."""
    return QCoreApplication.translate("CurveOverlay", text)


def curve_name(state: str) -> str:
    """What the legend calls the curve of a journey in this state."""
    return tr("To-be curve") if state == "to-be" else tr("As-is curve")


def _stage_key(name: str) -> str:
    return name.strip().casefold()


def overlay_points(
    journey: Journey, other: Journey, point_xs: dict[str, float]
) -> list[CurvePoint]:
    """The other journey's points on this journey's map, in the order they are joined:
    its stages in order and, in a stage, its points from left to right. ``point_xs`` is
    the x of this map's own curve points by touchpoint id. A touchpoint whose twin has no
    point here goes to the centre of the column of the stage of the same name, else of the
    same index; one with neither is left out."""
    twins = matched_touchpoints(other, journey)
    columns = {_stage_key(s.name): i for i, s in enumerate(journey.stages)}
    by_stage: dict[str, list] = {}
    for tp in sorted(other.touchpoints, key=lambda tp: tp.y):
        by_stage.setdefault(tp.stage_id, []).append(tp)
    points = []
    for index, stage in enumerate(other.stages):
        column = columns.get(_stage_key(stage.name), index)
        centre = g.column_x(column) + g.COLUMN_WIDTH / 2
        placed = []
        for tp in by_stage.get(stage.id, []):
            twin = twins.get(tp.id)
            if twin is not None and twin.id in point_xs:
                placed.append(CurvePoint(tp.id, tp.name, tp.emotion, point_xs[twin.id]))
            elif column < len(journey.stages):
                placed.append(CurvePoint(tp.id, tp.name, tp.emotion, centre))
        # left to right in the stage (from the top where they share a place), so that a
        # touchpoint put at the column's centre does not send the line back and forth
        points += sorted(placed, key=lambda point: point.x)
    return points


def counterpart_curve(
    journeys: list[Journey], journey: Journey, own: list[CurvePoint], tall: float
) -> CurveOverlayItem | None:
    """The curve of the journey's counterpart (as-is for to-be, to-be for as-is) to lay
    over its own points ``own`` in a row ``tall`` high; None when it has none."""
    other = counterpart(journeys, journey)
    if other is None:
        return None
    xs = {point.touchpoint_id: point.x for point in own}
    return CurveOverlayItem(other.id, other.state, overlay_points(journey, other, xs), tall)


class CurveOverlayItem(QGraphicsItem):
    """The other journey's curve in the emotion lane's row (a child of it): a dashed line
    through hollow points, each with a tooltip naming its touchpoint and emotion. Drawn
    afresh, not changed, when the other journey changes."""

    def __init__(self, journey_id: str, state: str, points: list[CurvePoint], tall: float) -> None:
        super().__init__()
        self.journey_id, self.state = journey_id, state  # whose curve it is
        self.touchpoint_ids = [p.touchpoint_id for p in points]  # in the order joined
        self.points = [QPointF(p.x, emotion_y(p.emotion, tall)) for p in points]  # row coords
        self.line = QPainterPath()
        if self.points:
            self.line.moveTo(self.points[0])
            for point in self.points[1:]:
                self.line.lineTo(point)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the own points drag
        # behind the row's own line, a little wider: where both curves agree, the own
        # line shows with the other's colour at its edges, and its points stay on top
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        name = curve_name(state)
        for point, at in zip(points, self.points, strict=True):
            words = emotion_text(point.emotion), emotion_words(point.emotion)
            _OverlayPointTip(
                self, at, tr("{} · {}: emotion {} ({})").format(name, point.name, *words)
            )

    @staticmethod
    def line_pen() -> QPen:
        """The pen of the line: dashed, in the overlay's colour."""
        return QPen(OVERLAY_COLOUR, OVERLAY_PEN_WIDTH, Qt.PenStyle.DashLine)

    def boundingRect(self) -> QRectF:
        r = OVERLAY_RADIUS + OVERLAY_PEN_WIDTH
        return self.line.boundingRect().adjusted(-r, -r, r, r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.line_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.line)
        painter.setPen(QPen(OVERLAY_COLOUR, OVERLAY_PEN_WIDTH - 1))
        painter.setBrush(QBrush(QColor("#ffffff")))
        for point in self.points:
            painter.drawEllipse(point, OVERLAY_RADIUS, OVERLAY_RADIUS)


class _OverlayPointTip(QGraphicsItem):
    """An invisible spot over one overlaid point that carries its tooltip (hovering works
    without taking the clicks)."""

    def __init__(self, parent: CurveOverlayItem, at: QPointF, tip: str) -> None:
        super().__init__(parent)
        self.setPos(at)
        self.setToolTip(tip)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        r = OVERLAY_RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass  # the overlay draws the point

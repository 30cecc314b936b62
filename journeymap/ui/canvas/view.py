"""The view the user works in: zoom, pan, rubber-band selection, and the legend."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from journeymap.ui.canvas.items import StageColumnItem
from journeymap.ui.canvas.legend import LegendOverlay
from journeymap.ui.canvas.notes import LaneRowItem

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
FIT_MARGIN = 4  # pixels fitInView-like slack, so no scroll bar appears at a fit
# Fitting never enlarges past 100 %; it shrinks as far as the whole journey needs (the cards
# switch to a legible overview when small, so the map is zoomed, never its text).
MAX_FIT = 1.0
#: What lies behind the map's ink: the legend may cover the empty foot of these.
_BACKGROUND = (StageColumnItem, LaneRowItem)


@dataclass(frozen=True)
class ViewPlace:
    """Where the view was: its zoom, the scene point in its middle, and whether it fitted."""

    transform: QTransform
    centre: QPointF
    auto_fit: bool


class JourneyView(QGraphicsView):
    """Ctrl+wheel zooms at the cursor; space-drag or the middle button pans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # Bounding-rect updates: a drag repaints what moved, not the whole viewport.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setAcceptDrops(False)  # files dropped on the canvas go to the window
        # The map hangs from the top: the room left below it at a fit holds the legend.
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # A resize keeps the middle of the map in the middle (leaving presentation mode).
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._panning = False
        self.auto_fit = True  # keep fitting on resize until the user zooms
        self.legend = LegendOverlay(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def zoom(self) -> float:
        """The current scale factor."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within sensible limits."""
        self.auto_fit = False
        self._scale_by(factor)

    def _scale_by(self, factor: float) -> None:
        # a fit may go below MIN_ZOOM for a very long journey: zooming out never zooms in
        target = max(min(MIN_ZOOM, self.zoom()), min(MAX_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())

    def show_legend(self, on: bool) -> None:
        """Show or hide the legend overlay (zoomed in, it covers part of the map)."""
        self.legend.setVisible(on)
        if self.auto_fit:
            self.fit()  # the room it took is the map's again

    def fit(self) -> None:
        """Show the whole journey, every stage, as large as the window allows (up to 100 %)
        and clear of the legend; the view keeps fitting when the window resizes."""
        self.auto_fit = True
        scene = self.scene()
        rect = QRectF() if scene is None else self.sceneRect().united(scene.itemsBoundingRect())
        if scene is None or rect.isEmpty():
            return
        room = self.maximumViewportSize()  # as if no scroll bar showed: at a fit none does
        width, height = room.width() - FIT_MARGIN, room.height() - FIT_MARGIN
        zoom = min(width / rect.width(), height / rect.height(), MAX_FIT)
        zoom = min(zoom, self._zoom_clear_of_legend(scene, rect, width, height))
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(rect.center())

    def _zoom_clear_of_legend(
        self, scene: QGraphicsScene, rect: QRectF, width: float, height: float
    ) -> float:
        """The largest zoom at which no card or arrow lies under the legend in the bottom
        right corner: the map, hung from the top and centred, ends above the legend or left
        of it. The empty foot of the stage columns may lie beneath it."""
        if self.legend.isHidden():
            return MAX_FIT
        ink = QRectF()
        for item in scene.items():  # the cheap tests first: a large map has 9,000 items
            if not isinstance(item, _BACKGROUND) and item.isVisible() and item.parentItem() is None:
                ink = ink.united(item.sceneBoundingRect())
        if ink.isEmpty():
            return MAX_FIT
        margin = 2 * self.legend.MARGIN
        above = (height - self.legend.height() - margin) / max(1.0, ink.bottom() - rect.top())
        beside_room = width / 2 - self.legend.width() - margin
        beside_reach = ink.right() - rect.center().x()
        beside = beside_room / beside_reach if beside_room > 0 and beside_reach > 0 else 0.0
        return max(above, beside, 0.01)

    def remember_place(self) -> ViewPlace:
        """The zoom and position to come back to later (see ``return_to``)."""
        centre = self.mapToScene(self.viewport().rect().center())
        return ViewPlace(self.transform(), centre, self.auto_fit)

    def return_to(self, place: ViewPlace) -> None:
        """Show the map as it was when ``place`` was remembered: fitted again if it was
        fitted, else at the same zoom around the same middle."""
        if place.auto_fit:
            self.fit()
            return
        self.auto_fit = False
        self.setTransform(place.transform)
        self.centerOn(place.centre)  # the resize anchor keeps it there as the window settles

    def centre_on(self, rect: QRectF) -> None:
        """Bring a scene rectangle into the middle of the view."""
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def _set_panning(self, on: bool) -> None:
        self._panning = on
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if on else QGraphicsView.DragMode.RubberBandDrag
        )
        self.setInteractive(not on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._set_panning(True)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._set_panning(False)
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            # ScrollHandDrag pans with the left button: replay the press as one.
            self._set_panning(True)
            fake = QMouseEvent(
                QEvent.Type.MouseButtonPress,
                event.position(),
                event.globalPosition(),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                event.modifiers(),
            )
            super().mousePressEvent(fake)
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            fake = QMouseEvent(
                QEvent.Type.MouseButtonRelease,
                event.position(),
                event.globalPosition(),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.NoButton,
                event.modifiers(),
            )
            super().mouseReleaseEvent(fake)
            self._set_panning(False)
            return
        super().mouseReleaseEvent(event)

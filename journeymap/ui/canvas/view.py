"""The view the user works in: zoom, pan, rubber-band selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
READABLE_ZOOM = 0.45  # fitting never shrinks cards below this: names must stay legible


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
        self._panning = False
        self.auto_fit = True  # keep fitting on resize until the user zooms

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
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())

    def fit(self) -> None:
        """Show the whole journey; a very large one from its start, still readable."""
        rect = self.scene().itemsBoundingRect() if self.scene() else QRectF()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self._scale_by(1.0 / self.zoom())
        elif self.zoom() < READABLE_ZOOM:
            self._scale_by(READABLE_ZOOM / self.zoom())
            self.centerOn(
                rect.topLeft()
                + QPointF(
                    self.viewport().width() / 2 / READABLE_ZOOM,
                    self.viewport().height() / 2 / READABLE_ZOOM,
                )
            )

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

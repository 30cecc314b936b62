"""The map as a picture: PNG at a chosen resolution, SVG and PDF as vectors (A4 or A3
landscape), and print. The same functions serve the File menu and `journeymap export`,
which runs them headless."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

from journeymap.model.document import Document
from journeymap.ui.canvas.scene import JourneyScene

#: Pixels per inch of the canvas at 100 %: a PNG at 96 dpi is the map at its own size.
SCREEN_DPI = 96
#: No side of a PNG grows past this, whatever resolution is asked for (memory).
MAX_PNG_SIDE = 20000
PAGES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}


def tr(text: str) -> str:
    """Translate a user-visible text of the map export."""
    return QCoreApplication.translate("MapExport", text)


def ensure_app() -> QApplication:
    """A QApplication to draw with; headless (offscreen) when there is no display."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app  # type: ignore[return-value]


def journey_scene(doc: Document, journey_id: str) -> JourneyScene:
    """A scene drawing one journey, as the canvas does, with nothing selected."""
    scene = JourneyScene(doc, lambda _command: False)
    scene.show_journey(journey_id)
    for card in scene.cards.values():
        # the screen's pixmap cache would put bitmaps into SVG and PDF: draw vectors
        card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


def _area(scene: QGraphicsScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-24, -24, 24, 24)


def write_png(scene: QGraphicsScene, path: str | Path, dpi: int = 150) -> QSize:
    """Render the map to a PNG at ``dpi`` (96 = the canvas at 100 %); returns its size."""
    area = _area(scene)
    scale = min(dpi / SCREEN_DPI, MAX_PNG_SIDE / max(area.width(), area.height(), 1))
    image = QImage(max(1, round(area.width() * scale)), max(1, round(area.height() * scale)),
                   QImage.Format.Format_ARGB32)  # fmt: skip
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"{path}: cannot be written")
    return image.size()


def write_svg(scene: QGraphicsScene, path: str | Path, title: str = "") -> None:
    """Render the map to an SVG file (vector: text stays text, lines stay sharp)."""
    area = _area(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(area.size().toSize())
    generator.setViewBox(QRectF(0, 0, area.width(), area.height()))
    generator.setTitle(title or "journeymap")
    generator.setDescription(tr("Customer-journey map made with journeymap"))
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, area.width(), area.height()), area)
    painter.end()


def _page_layout(page: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAGES[page]), QPageLayout.Orientation.Landscape,
                       QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)  # fmt: skip


def paint_pages(painter: QPainter, device, pages: list[tuple[str, QGraphicsScene]]) -> None:
    """One page per journey: its name at the top, the map fitted beneath it."""
    for number, (title, scene) in enumerate(pages):
        if number:
            device.newPage()
        paper = QRectF(painter.viewport())
        font = QFont()
        font.setPixelSize(max(12, round(paper.height() / 40)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#2c3e57"))
        band = font.pixelSize() * 2.0
        painter.drawText(
            QRectF(0, 0, paper.width(), band),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        scene.render(painter, QRectF(0, band, paper.width(), paper.height() - band), _area(scene),
                     Qt.AspectRatioMode.KeepAspectRatio)  # fmt: skip


def write_pdf(pages: list[tuple[str, QGraphicsScene]], path: str | Path, page: str = "A4") -> None:
    """Render one or more maps to a vector PDF, landscape A4 or A3, one page each."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_page_layout(page))
    writer.setResolution(300)
    writer.setTitle(pages[0][0] if pages else "journeymap")
    writer.setCreator("journeymap")
    painter = QPainter(writer)
    paint_pages(painter, writer, pages)
    painter.end()


def print_pages(
    printer: QPrinter, pages: list[tuple[str, QGraphicsScene]], page: str = "A4"
) -> None:
    """Send maps to a printer set up by the user (landscape by default)."""
    printer.setPageLayout(_page_layout(page))
    painter = QPainter(printer)
    paint_pages(painter, printer, pages)
    painter.end()

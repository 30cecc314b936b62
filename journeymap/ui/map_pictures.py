"""The map as a picture: PNG at a chosen resolution, SVG and PDF as vectors (A4 or A3
landscape), and print. Every picture has the journey's name, its persona and the legend
above the map, drawn by the canvas's own code (canvas/legend.py). The same functions
serve the File menu and `journeymap export`, which runs them headless.

The window imports this module at start (its File menu exports): QtSvg and the page
planning load when a picture is first made, not at every start."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

from journeymap.model.document import Document
from journeymap.ui.canvas import colors
from journeymap.ui.canvas.legend import (
    PERSONA_PX,
    TITLE_PX,
    Caption,
    MapOptions,
    journey_heading,
)
from journeymap.ui.canvas.scene import JourneyScene
from journeymap.ui.canvas.text_layout import scene_font
from journeymap.ui.i18n import install_translations

#: The height of the "Page 2 of 3" line under a map split over pages, in caption units.
FOOTER_PX = PERSONA_PX * 1.6
#: No side of a PNG grows past this, whatever resolution is asked for (memory).
MAX_PNG_SIDE = 20000
PAGES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}


def tr(text: str) -> str:
    """Translate a user-visible text of the map export."""
    return QCoreApplication.translate("MapExport", text)


def ensure_app(language: str = "en") -> QApplication:
    """A QApplication to draw with; headless (offscreen) when there is no display. A new
    one speaks ``language`` (the journey's), so the legend matches the map's words."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
        install_translations(app, language)
    return app  # type: ignore[return-value]


def journey_scene(
    doc: Document, journey_id: str, options: MapOptions | None = None
) -> JourneyScene:
    """A scene drawing one journey, as the canvas does (with the View menu's ``options``),
    with nothing selected and no editing handles."""
    scene = JourneyScene(doc, lambda _command: False)
    scene.show_journey(journey_id)
    (options or MapOptions()).apply_to(scene)
    for card in scene.cards.values():
        # the screen's pixmap cache would put bitmaps into SVG and PDF: draw vectors
        card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        card.show_handle = False
    return scene


def _area(scene: QGraphicsScene) -> QRectF:
    """The part of the scene a picture shows: every item, with a margin."""
    return scene.itemsBoundingRect().adjusted(-24, -24, 24, 24)


def caption_of(scene: JourneyScene) -> Caption:
    """What a picture of the scene says above the map: its journey, persona and legend."""
    title, persona = journey_heading(scene.doc, scene.journey)
    legend = MapOptions.of_scene(scene).legend(scene.overlaid_state)
    return Caption(title, persona, legend)


@dataclass(frozen=True)
class PictureLayout:
    """Where things go in a PNG or SVG of one map, in scene units (1 = a pixel at 96 dpi):
    the caption across the top, the map centred beneath it."""

    caption: Caption
    area: QRectF  # the part of the scene drawn
    map_rect: QRectF  # where it is drawn in the picture
    size: QSizeF  # the whole picture

    @classmethod
    def of_scene(cls, scene: JourneyScene) -> PictureLayout:
        """The layout of a picture of this scene."""
        caption = caption_of(scene)
        area = _area(scene)
        width = max(area.width(), caption.min_width())
        top = caption.height()
        map_rect = QRectF((width - area.width()) / 2, top, area.width(), area.height())
        return cls(caption, area, map_rect, QSizeF(width, top + area.height()))

    def to_picture(self, scene_point: QPointF) -> QPointF:
        """Where a scene point lands in the picture (scene units)."""
        return scene_point - self.area.topLeft() + self.map_rect.topLeft()

    def paint(self, painter: QPainter, scene: QGraphicsScene) -> None:
        """Draw the caption and the map, the painter scaled to the device."""
        self.caption.paint(painter, self.size.width())
        scene.render(painter, self.map_rect, self.area)


def write_png(scene: JourneyScene, path: str | Path, dpi: int = 150) -> QSize:
    """Render the map, its title and legend to a PNG at ``dpi`` (96 = the canvas at 100 %);
    returns its size."""
    from journeymap.ui.map_pages import SCREEN_DPI

    layout = PictureLayout.of_scene(scene)
    size = layout.size
    scale = min(dpi / SCREEN_DPI, MAX_PNG_SIDE / max(size.width(), size.height(), 1))
    # Opaque RGB32, not ARGB32: the map is drawn on white, so the pixels are the same, but
    # Qt paints into RGB32 directly (ARGB32 converts every blended span) and the PNG has
    # three channels, not four: half the time at 150 dpi, and a smaller file.
    image = QImage(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)),
                   QImage.Format.Format_RGB32)  # fmt: skip
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    layout.paint(painter, scene)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"{path}: cannot be written")
    return image.size()


def write_svg(scene: JourneyScene, path: str | Path) -> None:
    """Render the map, its title and legend to an SVG file (vector: text stays text)."""
    from PySide6.QtSvg import QSvgGenerator

    layout = PictureLayout.of_scene(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(layout.size.toSize())
    generator.setViewBox(QRectF(QPointF(0, 0), layout.size))
    generator.setTitle(layout.caption.title or "journeymap")
    generator.setDescription(tr("Customer-journey map made with journeymap"))
    painter = QPainter(generator)
    layout.paint(painter, scene)
    painter.end()


def _page_layout(page: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAGES[page]), QPageLayout.Orientation.Landscape,
                       QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)  # fmt: skip


def paint_pages(painter: QPainter, device: QPagedPaintDevice, scenes: list[JourneyScene]) -> None:
    """A page per journey: its caption (name, persona, legend) at the top, the map fitted
    beneath it. A map too wide to stay readable on one page goes onto several, each with
    the caption, the lane names at the left and "Page 2 of 3" at the foot (map_pages.py
    has the rule)."""
    from journeymap.ui.map_pages import plan_pages

    for number, scene in enumerate(scenes):
        if number:
            device.newPage()
        paper = QRectF(painter.viewport())
        caption = caption_of(scene)
        # the caption keeps one size on paper, whatever the map's: the title 1/40 of the page
        scale = paper.height() / 40 / TITLE_PX
        band = caption.height() * scale
        area = _area(scene)
        room = QRectF(0, band, paper.width(), paper.height() - band - FOOTER_PX * scale)
        plan = plan_pages(scene, area, room, device.logicalDpiY())
        _paint_caption(painter, caption, scale, paper.width())
        if plan is None:
            scene.render(painter, QRectF(0, band, paper.width(), paper.height() - band), area,
                         Qt.AspectRatioMode.KeepAspectRatio)  # fmt: skip
            continue
        for page_number, page in enumerate(plan.pages, 1):
            if page_number > 1:
                device.newPage()
                _paint_caption(painter, caption, scale, paper.width())
            plan.paint(painter, scene, page, room)
            footer = tr("Page {} of {}").format(page_number, len(plan.pages))
            _paint_footer(painter, footer, scale, paper)


def _paint_caption(painter: QPainter, caption: Caption, scale: float, width: float) -> None:
    """The caption across the top of a page ``width`` device units wide, at ``scale``."""
    painter.save()
    painter.scale(scale, scale)
    caption.paint(painter, width / scale)
    painter.restore()


def _paint_footer(painter: QPainter, text: str, scale: float, paper: QRectF) -> None:
    """A line of text centred at the foot of the page, as large as the caption's persona."""
    painter.save()
    painter.scale(scale, scale)
    painter.setFont(scene_font(PERSONA_PX))
    painter.setPen(colors.MUTED)
    line = QRectF(0, (paper.height() / scale) - FOOTER_PX, paper.width() / scale, FOOTER_PX)
    painter.drawText(line, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def write_pdf(scenes: list[JourneyScene], path: str | Path, page: str = "A4") -> None:
    """Render one or more maps to a vector PDF, landscape A4 or A3, a page each (several
    for a map too wide to stay readable on one, see paint_pages)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_page_layout(page))
    writer.setResolution(300)
    writer.setTitle(caption_of(scenes[0]).title if scenes else "journeymap")
    writer.setCreator("journeymap")
    painter = QPainter(writer)
    paint_pages(painter, writer, scenes)
    painter.end()


def print_pages(printer: QPrinter, scenes: list[JourneyScene], page: str = "A4") -> None:
    """Send maps to a printer set up by the user (landscape by default)."""
    printer.setPageLayout(_page_layout(page))
    painter = QPainter(printer)
    paint_pages(painter, printer, scenes)
    painter.end()

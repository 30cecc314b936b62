"""A map on paper: one page when its text stays readable there, else split left to right
over several pages, cut only between stage columns.

The rule: fitted whole onto the page (as it always was), a map draws its card text
(CARD_FONT_PIXELS, 9 pt at 100 %) at the fitted size. Below READABLE_POINTS (6 pt) on
paper, a map whose width is what shrinks it is split into the fewest pages that keep its
text readable, when the page height lets its text grow at least WORTH_A_SPLIT times; a
map that is tall as well gets pages as large as the page height allows. A map whose
height is what shrinks it stays on one page: cutting it into columns would not make its
text larger. (The bundled samples, with their seven lanes, are such maps.)

Each page of a split map shows the lane names at its left (and the persona card on the
first page, where the map begins), the stage header band of its own stages and, drawn by
the caller, the journey's caption above and "Page 2 of 3" beneath."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.items import CARD_FONT_PIXELS
from journeymap.ui.canvas.lanes import shows_lanes
from journeymap.ui.canvas.scene import JourneyScene

#: The smallest card text on paper, in points, before a wide map is split over pages.
READABLE_POINTS = 6.0
#: Pixels per inch of the canvas at 100 % (a scene unit is one): a PNG at 96 dpi is the
#: map at its own size.
SCREEN_DPI = 96
#: The smallest zoom (1 = the canvas at 100 %) that draws card text READABLE_POINTS tall.
READABLE_ZOOM = READABLE_POINTS / (CARD_FONT_PIXELS * 72 / SCREEN_DPI)
#: How much larger split pages must draw the text than one page would, to be worth it.
WORTH_A_SPLIT = 1.25


@dataclass(frozen=True)
class MapPage:
    """The parts of the scene one page shows, side by side from the left: the lane names,
    then a run of stage columns."""

    parts: tuple[QRectF, ...]

    def width(self) -> float:
        """The width of the parts together, in scene units."""
        return sum(part.width() for part in self.parts)


@dataclass(frozen=True)
class PagePlan:
    """How a map goes onto paper: its pages and the scale (device units per scene unit)
    every page draws it at, so that the lanes line up from page to page."""

    pages: list[MapPage]
    scale: float

    def paint(self, painter: QPainter, scene: JourneyScene, page: MapPage, room: QRectF) -> None:
        """Draw one page's parts side by side, centred in ``room`` (device units)."""
        x = room.left() + (room.width() - page.width() * self.scale) / 2
        top = room.top() + (room.height() - page.parts[0].height() * self.scale) / 2
        for part in page.parts:
            target = QRectF(x, top, part.width() * self.scale, part.height() * self.scale)
            scene.render(painter, target, part)
            x += target.width()


def plan_pages(scene: JourneyScene, area: QRectF, room: QRectF, dpi: float) -> PagePlan | None:
    """The pages of a map showing ``area`` of its scene, on paper whose map has ``room``
    (device units at ``dpi``), split as the module says; None when it stays on one page.
    The pages are as few as keep its text readable, the stages shared out evenly, and
    drawn as large as the widest page and the page height allow."""
    journey = scene.journey
    stages = len(journey.stages) if journey else 0
    fit = min(room.width() / area.width(), room.height() / area.height())
    tall = room.height() / area.height()  # the largest scale the page height allows
    readable = READABLE_ZOOM * dpi / SCREEN_DPI
    if journey is None or stages < 2 or fit >= readable or tall < fit * WORTH_A_SPLIT:
        return None
    columns = _Columns(area, stages, shows_lanes(journey))
    width = room.width() / min(tall, readable)  # of a page, in scene units
    fewest = len(columns.pack(width, stages))
    # as few stages on each page as allows: 14 stages on 3 pages go 5, 5, 4, not 6, 6, 2
    most = next(m for m in range(-(-stages // fewest), stages + 1)
                if len(columns.pack(width, m)) <= fewest)  # fmt: skip
    pages = columns.pack(width, most)
    return PagePlan(pages, min(tall, room.width() / max(page.width() for page in pages)))


@dataclass(frozen=True)
class _Columns:
    """The stage columns of a map, to cut into pages."""

    area: QRectF  # the part of the scene the whole map shows
    count: int  # stages
    labelled: bool  # lanes have names at the left (not so for the bare card graph)

    def pack(self, width: float, most: int) -> list[MapPage]:
        """The stages filled onto pages from the left: each page at most ``width`` scene
        units wide (but holding at least one stage), with at most ``most`` stages."""
        pages, first = [], 0
        while first < self.count:
            end = first + 1
            while (end < self.count and end - first < most
                   and self.page(first, end + 1).width() <= width):  # fmt: skip
                end += 1
            pages.append(self.page(first, end))
            first = end
        return pages

    def page(self, first: int, end: int) -> MapPage:
        """The page showing the stages ``first`` to ``end - 1``. The cuts fall in the gaps
        between stage columns; the first page starts at the map's left edge (the persona
        card and the lane names), the last ends at its right, and every other page
        begins with the lane names."""
        top, height = self.area.top(), self.area.height()
        left = self.area.left() if first == 0 else self._cut(first)
        right = self.area.right() if end == self.count else self._cut(end)
        stages = QRectF(left, top, right - left, height)
        if first == 0 or not self.labelled:
            return MapPage((stages,))
        names = QRectF(self._cut(0) - g.LANE_LABEL_WIDTH, top, g.LANE_LABEL_WIDTH, height)
        return MapPage((names, stages))

    def _cut(self, index: int) -> float:
        """Where a page ends before the stage column at ``index``: mid-gap."""
        return g.column_x(index) - g.COLUMN_GAP / 2

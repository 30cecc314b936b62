"""The map pictures of the slide deck (journeymap/deck): each journey drawn by the PNG
export's code (map_pictures: title, persona, legend, lanes), at a resolution that stays
sharp when the picture is fitted to its box on a 16:9 slide and zoomed into."""

from __future__ import annotations

from pathlib import Path

from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.ui.canvas.legend import MapOptions
from journeymap.ui.map_pages import SCREEN_DPI
from journeymap.ui.map_pictures import PictureLayout, journey_scene, write_png

#: Pixels per inch of the picture as shown on the slide, and the least resolution drawn:
#: a big map is shrunk to fit, so it is drawn finer than it shows, for zooming in.
SLIDE_PPI, LEAST_DPI, MOST_DPI = 250, 150, 300


def deck_map_drawer(doc: Document, options: MapOptions | None = None):
    """A journeymap.deck MapDrawer drawing ``doc``'s journeys as the View menu's
    ``options`` show them."""

    def draw(journey: Journey, path: Path, width_in: float, height_in: float) -> None:
        scene = journey_scene(doc, journey.id, options)
        size = PictureLayout.of_scene(scene).size
        shrink = min(width_in * SCREEN_DPI / size.width(), height_in * SCREEN_DPI / size.height())
        write_png(scene, path, max(LEAST_DPI, min(MOST_DPI, round(SLIDE_PPI * shrink))))

    return draw

"""The map explains itself: a legend of the badge colours, the highlight and the heat map
on show, in the window and in the exported pictures, which also carry the journey's title
and never the cards' editing handles."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from journeymap.model.palette import RATING_HEX
from journeymap.samples import find_sample
from journeymap.ui.canvas.geometry import CARD_HEIGHT, CARD_WIDTH
from journeymap.ui.canvas.items import HANDLE_RADIUS
from tests.test_gui_screenshot import ARTIFACTS

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
#: The card's fill (colors.CARD_FILL). A card's round connection handle sits on its right
#: edge, half inside the card, where nothing else is drawn: there the handle's grey ring
#: (CardItem.paint, pen colors.CARD_BORDER) is the only ink on the white fill.
CARD_FILL = QColor("#ffffff").rgb()


def view_menu_action(window, submenu: str, text: str):
    """An action of View ▸ submenu, found by the texts a person reads."""
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    sub = next(a.menu() for a in view.actions() if a.text().replace("&", "") == submenu)
    assert isinstance(sub, QMenu)
    return next(a for a in sub.actions() if a.text().replace("&", "") == text)


def open_sample(window, name="omnichannel-support", lang="en"):
    window.open_sample(find_sample(name, lang).path)
    return window.editor.journey


def svg_texts(path) -> str:
    root = ET.parse(path).getroot()
    return " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))


def test_the_legend_in_the_window_follows_the_view_menu(window, qtbot):
    window.resize(1280, 720)
    open_sample(window)
    legend = window.canvas.view.legend
    assert legend.isVisible()
    assert legend.texts() == [
        "Badge: gap to target",
        "Far below target (by over 10 % of the scale)",
        "Below target",
        "Target met",
        "No target or no data",
    ]
    view_menu_action(window, "Highlight", "Loops (repeat contacts)").trigger()
    assert "Highlight: Loops (repeat contacts)" in legend.texts()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # handoffs
    assert "Highlight: Handoffs between owners" in legend.texts()
    assert "Highlight: Loops (repeat contacts)" not in legend.texts()
    view_menu_action(window, "Colour cards by", "NPS level").trigger()
    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.waitUntil(lambda: window.gap_table.proxy.rowCount() > 0)  # fills after the map
    assert window.grab().save(str(ARTIFACTS / "legend.png"))
    assert legend.texts()[:2] == ["Card colour: NPS level", "from -100 (red) to 100 (blue)"]
    assert "Badge: gap to target" not in legend.texts()
    view_menu_action(window, "Highlight", "Nothing").trigger()
    view_menu_action(window, "Colour cards by", "Gap to target").trigger()
    assert legend.texts()[0] == "Badge: gap to target" and len(legend.texts()) == 5
    # drawn, not only listed: the corner holds the badge colours
    picture = legend.grab().toImage()
    colours = {picture.pixelColor(x, y).name() for x in range(picture.width())
               for y in range(0, picture.height(), 2)}  # fmt: skip
    assert {f"#{RATING_HEX[k]}".lower() for k in ("red", "amber", "green")} <= colours


def test_svg_export_has_the_title_persona_and_the_legend_of_the_map_on_show(window, tmp_path):
    journey = open_sample(window)
    persona = next(p for p in window.editor.doc.personas if p.id == journey.persona_id)
    view_menu_action(window, "Highlight", "Worst path").trigger()
    view_menu_action(window, "Colour cards by", "CSAT level").trigger()
    assert window.exporter.svg(tmp_path / "map.svg")
    texts = svg_texts(tmp_path / "map.svg")
    wanted = [journey.name, persona.name, "Card colour: CSAT level", "Not measured",
              "from 0 % (red) to 100 % (blue)", "Highlight: Worst path"]  # fmt: skip
    for words in wanted:
        assert words in texts, words
    assert "Badge: gap to target" not in texts


def test_png_export_has_no_connection_handles(window, tmp_path):
    from journeymap.ui.map_pictures import PictureLayout, journey_scene

    open_sample(window, "installation")
    assert window.exporter.png(tmp_path / "map.png", dpi=96)
    image = QImage(str(tmp_path / "map.png"))
    scene = journey_scene(window.editor.doc, window.editor.journey_id)
    layout = PictureLayout.of_scene(scene)
    assert (image.width(), image.height()) == (round(layout.size.width()),
                                               round(layout.size.height()))  # fmt: skip

    def handle_pixels(picture: QImage) -> int:
        """Inked pixels in the inner half of each card's handle, left of the card's border."""
        found = 0
        for card in scene.cards.values():
            centre = layout.to_picture(card.scenePos() + QPointF(CARD_WIDTH, CARD_HEIGHT / 2))
            for dx in range(-round(HANDLE_RADIUS), -2):
                for dy in range(-round(HANDLE_RADIUS), round(HANDLE_RADIUS) + 1):
                    x, y = round(centre.x()) + dx, round(centre.y()) + dy
                    found += picture.pixel(x, y) != CARD_FILL
        return found

    assert handle_pixels(image) == 0
    ARTIFACTS.mkdir(exist_ok=True)
    assert image.save(str(ARTIFACTS / "legend-export.png"))
    # the probe finds handles where they are drawn: the same picture with them shown
    for card in scene.cards.values():
        card.show_handle = True
    with_handles = QImage(image.size(), QImage.Format.Format_ARGB32)
    with_handles.fill(QColor("white"))
    painter = QPainter(with_handles)
    layout.paint(painter, scene)
    painter.end()
    assert handle_pixels(with_handles) > 5 * len(scene.cards)


def test_command_line_exports_show_the_legend_in_the_journeys_language(tmp_path):
    from journeymap.storage import open_document

    sample = find_sample("installation", "de").path
    journey = open_document(sample).journeys[0]  # the as-is map, not its service blueprint
    out = tmp_path / "karte.svg"
    command = [sys.executable, "-m", "journeymap", "export", str(sample), "--svg", str(out),
               "--journey", journey.name, "--highlight", "handoffs",
               "--colour-by", "ces"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=120,
                            check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    texts = svg_texts(out)
    assert journey.name in texts
    assert "Hervorgehoben: Übergaben zwischen Abteilungen" in texts
    assert "Kartenfarbe: CES-Wert" in texts


def test_the_legend_can_be_put_away_and_the_map_takes_its_room(window, qtbot):
    window.resize(1280, 720)
    open_sample(window)
    view = window.canvas.view
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    with_legend = view.zoom()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_shift)
    assert not view.legend.isVisible() and not window.act_legend.isChecked()
    assert view.zoom() >= with_legend  # the fit no longer keeps clear of a legend
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_shift)
    assert view.legend.isVisible()

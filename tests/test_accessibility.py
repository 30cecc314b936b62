"""A map anyone can read: the traffic lights stay apart for readers with red-green colour
blindness, and no light is colour alone (each carries ✓, !, ✕ or –) on the map, in its
legend, in the exported pictures and in the workbook."""

import itertools
import math
import xml.etree.ElementTree as ET

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymap.excel.workbook import export_workbook
from journeymap.model.palette import RATING_HEX, RATING_TINTS
from journeymap.samples import find_sample
from journeymap.storage import open_document

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
DEUTERANOPIA = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)
PROTANOPIA = (
    (0.152286, 1.052583, -0.204868),
    (0.114503, 0.786281, 0.099216),
    (-0.003882, -0.048116, 1.051998),
)
#: CIE76 ΔE two simulated states must be apart at least: about 2.3 is the smallest
#: difference a person sees side by side; 20 is what categorical palettes aim for, so
#: two badges on opposite sides of the map are told apart at a glance.
APART = 20.0
STATES = ("red", "amber", "green")  # far below, below, met: the states that must differ
#: The palette before this change, which a deuteranope could not read.
OLD_MAP = {"red": "d64545", "amber": "e8a33d", "green": "3f9d5a"}
OLD_TINTS = {"red": "F4A7A7", "amber": "FFD966", "green": "A9D18E"}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def simulated(hex_colour: str, matrix) -> tuple[float, float, float]:
    """The colour as a reader with that deficiency sees it, in linear RGB."""
    rgb = [_linear(int(hex_colour[i : i + 2], 16) / 255) for i in (0, 2, 4)]
    return tuple(
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix
    )


def lab(linear_rgb) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a linear sRGB colour."""
    r, g, b = linear_rgb
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def closest_pair(palette: dict[str, str], matrix) -> float:
    """The smallest CIE76 ΔE between two of the states as simulated."""
    seen = {state: lab(simulated(palette[state], matrix)) for state in STATES}
    return min(math.dist(seen[a], seen[b]) for a, b in itertools.combinations(STATES, 2))


IDENTITY = ((1, 0, 0), (0, 1, 0), (0, 0, 1))


@pytest.mark.parametrize("matrix", [IDENTITY, DEUTERANOPIA, PROTANOPIA],
                         ids=["normal", "deuteranopia", "protanopia"])  # fmt: skip
@pytest.mark.parametrize("palette", [RATING_HEX, RATING_TINTS], ids=["map", "workbook"])
def test_the_traffic_lights_stay_apart_for_red_green_colour_blind_readers(palette, matrix):
    assert closest_pair(palette, matrix) >= APART


@pytest.mark.parametrize("palette", [OLD_MAP, OLD_TINTS], ids=["map", "workbook"])
def test_the_old_red_amber_green_fails_the_same_check(palette):
    # amber and green merged into one khaki for a deuteranope
    assert closest_pair(palette, DEUTERANOPIA) < APART


def svg_texts(draw, size) -> str:
    """Every text ``draw(device)`` paints, recorded as vector text in an SVG of ``size``."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    draw(generator)
    root = ET.fromstring(bytes(buffer.data()))
    return " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))


def map_texts(view) -> str:
    """The texts of the map at the view's zoom. The scene is drawn afresh at that scale,
    its cards uncached as the exports draw them (the cache would record their pixmaps, which
    the same paint() drew)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsItem

    scene, zoom = view.scene(), view.transform().m11()
    for card in scene.cards.values():
        card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    source = scene.itemsBoundingRect()
    target = QRectF(0, 0, source.width() * zoom, source.height() * zoom)

    def draw(device) -> None:
        painter = QPainter(device)
        scene.render(painter, target, source)
        painter.end()

    return svg_texts(draw, target.size().toSize())


def test_the_badges_carry_their_symbol_at_fit_zoom_at_100_percent_and_in_the_legend(window, qtbot):
    window.open_sample(find_sample("installation", "en").path)
    view = window.canvas.view
    fitted = map_texts(view)  # the map as the window opens it: fitted, the cards' overview
    # far below, below, met and no data, each beside a card's name
    assert {"✕", "!", "✓", "–"} <= set(fitted.split())
    legend = svg_texts(view.legend.render, view.legend.size())
    assert all(mark in legend for mark in ("✕", "!", "✓", "–")), legend
    view.resetTransform()  # 100 %: the detailed cards, their badges spelled out
    detailed = map_texts(view)
    assert "✕ CSAT -52.6" in detailed and "✓ CES +0.2" in detailed and "! CSAT -5.1" in detailed


def test_the_workbook_writes_each_lights_symbol_beside_its_fill(tmp_path):
    doc = open_document(find_sample("installation", "en").path)
    path = tmp_path / "gaps.xlsx"
    export_workbook(doc, path)
    wb = load_workbook(path)
    overview = [c.value for row in wb["Overview"].iter_rows() for c in row if c.value]
    for name in ("✕ far below target", "! below target", "✓ target met", "– no data"):
        assert name in overview, name
    cards = [c.value for row in wb["Map"].iter_rows() for c in row[1:] if isinstance(c.value, str)]
    assert any("\n✕ CSAT %" in card for card in cards)
    assert "✕ far below target: gap < -10 % of scale" in cards  # the Map sheet's legend
    icons = [r.iconSet.iconSet for rules in wb["Gaps"].conditional_formatting
             for r in rules.rules if r.iconSet]  # fmt: skip
    assert icons == ["3Symbols"]  # a cross, an exclamation mark, a tick: not three lights


def spoken_texts(widget) -> tuple[str, str]:
    """What a screen reader reads of a widget: its accessible name and description."""
    from PySide6.QtGui import QAccessible

    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_a_screen_reader_hears_the_card_or_note_selected_with_the_mouse(window, qtbot):
    from journeymap.ui.canvas.notes import NoteItem
    from tests.gui_helpers import click

    window.open_sample(find_sample("installation", "en").path)
    view, scene = window.canvas.view, window.canvas.scene
    name, description = spoken_texts(view)
    assert name == "Journey map"
    assert "Stages: Order, Appointment booking" in description
    assert "Lanes: Customer actions, Touchpoints, Thoughts" in description
    view.resetTransform()
    card = next(c for c in scene.cards.values() if c.look.name == "Customer calls the technician")
    view.centerOn(card)
    click(view, card.sceneBoundingRect().center())
    assert card.isSelected()
    name, description = spoken_texts(view)
    assert name == "Touchpoint: Customer calls the technician"
    for said in ("Stage 3: Installation", "Field technicians",
                 "✕ Far below target (by over 10 % of the scale)", "CSAT -52.6"):  # fmt: skip
        assert said in description, description
    note = next(i for i in scene.items() if isinstance(i, NoteItem))
    view.centerOn(note)
    click(view, note.sceneBoundingRect().center() + QPointF(0, -10))
    assert note.isSelected()
    name, description = spoken_texts(view)
    assert name == f"Note: {note.look.text}"
    assert description.startswith("Lane: ") and "Stage " in description, description


def svg_text_elements(view) -> dict[str, ET.Element]:
    """The map's <text> elements at 100 % by what they say (the first of each)."""
    from PySide6.QtCore import QBuffer, QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtWidgets import QGraphicsItem

    scene = view.scene()
    for card in scene.cards.values():
        card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    source = scene.itemsBoundingRect()
    buffer = QBuffer()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(source.size().toSize())
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    root = ET.fromstring(bytes(buffer.data()))
    found: dict[str, ET.Element] = {}
    for element in root.iter():
        if element.tag.endswith("text"):
            found.setdefault("".join(element.itertext()).strip(), element)
    return found


def view_menu_entry(window, *path: str):
    """The View menu's action at ``path`` (a submenu's title, then the entry)."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    for step in path:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == step)
        menu = action.menu() or menu
    return action


@pytest.fixture
def reading_reset():
    """The map's look as it was after each test, so the next one sees the usual map."""
    yield
    from journeymap.ui.canvas import colors
    from journeymap.ui.canvas.text_layout import TEXT_SIZE

    TEXT_SIZE.factor = 1.0
    colors.set_high_contrast(False)


def test_text_size_and_high_contrast_change_the_map_and_survive_a_restart(
    window, qtbot, reading_reset
):
    from journeymap.ui.main_window import MainWindow

    window.open_sample(find_sample("installation", "en").path)
    before = svg_text_elements(window.canvas.view)
    title, lane = before["Customer calls the"], before["Customer actions"]
    assert (title.get("font-size"), lane.get("font-size")) == ("13", "13")
    assert title.get("fill") == "#1f2630"
    view_menu_entry(window, "Text size", "200 %").trigger()
    view_menu_entry(window, "High contrast").trigger()
    after = svg_text_elements(window.canvas.view)
    # the card's title twice as large (26, or 24 where a long word would not fit whole),
    # wrapped anew: its first line is shorter
    title = next(e for t, e in after.items() if t.startswith("Customer"))
    assert int(title.get("font-size")) >= 24
    # the lane's name, broken in its label column: "Custo-" / "mer" / "actions"
    assert after["Custo-"].get("font-size") == "26"
    assert title.get("fill") == "#000000"  # black on white
    assert any(t.startswith("✕ CSAT") and e.get("font-size") == "24" for t, e in after.items())
    # a new window after a restart finds the map as it was left
    again = MainWindow("en")
    try:
        assert view_menu_entry(again, "High contrast").isChecked()
        assert view_menu_entry(again, "Text size", "200 %").isChecked()
    finally:
        again.close()
        import shiboken6

        shiboken6.delete(again)


def drawn_lines(widget) -> list[tuple[float, float, str]]:
    """A widget's lines of text as drawn: each text's baseline, its font size and its
    words (a badge's lone symbol left out: it stands in its row)."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    widget.render(generator)
    root = ET.fromstring(bytes(buffer.data()))
    texts = [t for t in root.iter() if t.tag.endswith("text") and len("".join(t.itertext())) > 1]
    return [(float(t.get("y")), float(t.get("font-size")), "".join(t.itertext())) for t in texts]


def assert_apart(lines: list[tuple[float, float, str]], height: float) -> None:
    """Each line is at least its font's size below the one above, the last in the box."""
    for (above, tall, _), (below, _, text) in itertools.pairwise(lines):
        assert below - above >= tall, f"{text!r} runs into the line above it"
    last, tall, _ = lines[-1]
    assert last + tall / 3 <= height  # its descenders inside the box


@pytest.mark.parametrize("size", ["125 %", "150 %", "200 %"])
def test_the_legend_and_the_presentation_heading_keep_their_lines_apart_at_any_text_size(
    window, qtbot, reading_reset, size
):
    window.open_sample(find_sample("installation", "en").path)
    legend = window.canvas.view.legend
    view_menu_entry(window, "Text size", size).trigger()
    lines = drawn_lines(legend)
    assert [text for *_, text in lines] == legend.texts()
    assert_apart(lines, legend.height() / legend.drawn_at)  # (drawn smaller in a small window)
    QTest.keyClick(window, Qt.Key.Key_F11)  # presenting: the journey's name over its persona
    heading = window.canvas.heading
    qtbot.waitUntil(heading.isVisible)
    lines = drawn_lines(heading)
    assert len(lines) == 2 and lines[1][2].startswith("For Sabine")  # (elided when narrow)
    assert_apart(lines, heading.height())
    QTest.keyClick(window, Qt.Key.Key_F11)


def test_the_arrow_keys_tab_and_enter_move_through_the_cards_and_edit_them(window, qtbot):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from tests.gui_helpers import click

    window.open_sample(find_sample("installation", "en").path)
    view, scene = window.canvas.view, window.canvas.scene
    view.resetTransform()
    cards = {c.look.name: c for c in scene.cards.values()}
    start = cards["Customer calls the technician"]
    view.centerOn(start)
    click(view, start.sceneBoundingRect().center())
    view.setFocus()

    def selected() -> list[str]:
        return [i.look.name if hasattr(i.look, "name") else i.look.text
                for i in scene.selectedItems()]  # fmt: skip

    QTest.keyClick(view, Qt.Key.Key_Down)  # the card beneath it in its stage
    below = [c for c in cards.values() if abs(c.x() - start.x()) < 1 and c.y() > start.y()]
    nearest = min(below, key=lambda c: c.y())
    assert selected() == [nearest.look.name]
    assert spoken_texts(view)[0] == f"Touchpoint: {nearest.look.name}"  # and says so
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert selected() == [start.look.name]
    QTest.keyClick(view, Qt.Key.Key_Right)  # into the next stage
    (moved,) = scene.selectedItems()
    assert moved.x() > start.x()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selectedItems() and scene.selectedItems()[0] is not moved
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert scene.selectedItems() == [moved]
    QTest.keyClick(view, Qt.Key.Key_Return)  # Enter edits its name in place
    editor = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    assert editor.text() == moved.look.name
    QTest.keyClicks(editor, "Renamed by keyboard")
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # Esc drops the edit
    assert not editor.isVisible() and window.canvas.renamer is None
    QTest.keyClick(view, Qt.Key.Key_Return)
    editor = window.canvas.renamer
    editor.selectAll()
    QTest.keyClicks(editor, "Renamed by keyboard")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # Enter keeps it, and opens no editor again
    assert window.canvas.renamer is None
    assert "Renamed by keyboard" in {c.look.name for c in scene.cards.values()}

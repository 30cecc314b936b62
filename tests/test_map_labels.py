"""The map stays legible on a projector: arrow labels clear of the cards and of each
other (before and after Journey ▸ Auto-layout), long titles wrapped rather than cut off,
and, zoomed out, an overview instead of illegibly small text."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from journeymap.samples import find_sample, list_samples
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.items import CARD_TITLE_LINES, StageColumnItem, card_text
from journeymap.ui.canvas.label_placement import Box, LabelRequest, place_labels
from journeymap.ui.canvas.looks import arrow_label
from journeymap.ui.canvas.text_layout import LEGIBLE_PIXELS


def label_problems(scene, journey) -> list[str]:
    """Every label that touches a card or another label, or is missing: as sentences."""
    names = {tp.id: tp.name for tp in journey.touchpoints}
    cards = {tid: card.sceneBoundingRect() for tid, card in scene.cards.items()}
    labels = {}
    problems = []
    for t in journey.transitions:
        item = scene.arrows[t.id].label_item
        what = f"label {item.text!r} of {names[t.source]} -> {names[t.target]}"
        if (t.share is not None or t.label) and not item.text:
            problems.append(f"{what} is empty")
        if item.text:
            labels[t.id] = (what, item.label_rect())
    for tid, (what, rect) in labels.items():
        problems += [
            f"{what} covers card {names[c]}" for c, r in cards.items() if rect.intersects(r)
        ]
        problems += [
            f"{what} covers {other}"
            for o, (other, r) in labels.items()
            if o > tid and rect.intersects(r)
        ]
    return problems


def cards_follow_document(scene, journey) -> bool:
    return all(
        abs(scene.cards[tp.id].pos().y() - g.card_top(tp.y, scene.graph_top)) < 0.5
        for tp in journey.touchpoints
    )


def show_journey(qtbot, window, row: int):
    """Click a journey in the Journeys list, as a person does, and wait for the map."""
    journeys = window.journeys_dock.widget().list
    item = journeys.item(row)
    journey = window.editor.doc.journey(item.data(Qt.ItemDataRole.UserRole))
    qtbot.mouseClick(
        journeys.viewport(), Qt.MouseButton.LeftButton, pos=journeys.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: window.canvas.scene.journey_id == journey.id)
    return journey


@pytest.mark.parametrize("sample", list_samples(), ids=lambda s: f"{s.name}.{s.language}")
def test_arrow_labels_clear_cards_and_each_other_before_and_after_auto_layout(
    qtbot, window, sample
):
    window.resize(1280, 720)
    window.open_sample(sample.path)
    for row in range(window.journeys_dock.widget().list.count()):
        journey = show_journey(qtbot, window, row)
        scene = window.canvas.scene
        assert label_problems(scene, journey) == []
        # labels are placed once the editor has settled after the layout's burst of moves
        with qtbot.waitSignal(window.editor.settled, timeout=5000):
            qtbot.keyClick(window.canvas.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert cards_follow_document(window.canvas.scene, journey)
        assert label_problems(window.canvas.scene, journey) == [], "after auto-layout"


def test_a_label_moves_clear_when_a_card_is_moved_onto_it(qtbot, window):
    from gui_helpers import drag

    window.resize(1280, 720)
    window.open_sample(find_sample("online-order", "en").path)
    scene, view = window.canvas.scene, window.canvas.view
    journey = window.editor.journey
    labelled = next(t for t in journey.transitions if scene.arrows[t.id].label_item.text)
    label = scene.arrows[labelled.id].label_item.label_rect()
    mover = next(
        tp for tp in journey.touchpoints if tp.id not in (labelled.source, labelled.target)
    )
    card = scene.cards[mover.id]
    grip = card.sceneBoundingRect().center()
    view.centerOn((grip + label.center()) / 2)
    with qtbot.waitSignal(window.editor.settled, timeout=5000):
        drag(view, grip, label.center())
    assert window.editor.undo_stack.count() == 1
    assert card.sceneBoundingRect().intersects(label)  # the card sits where the label was
    assert label_problems(scene, window.editor.journey) == []  # and the label moved away
    with qtbot.waitSignal(window.editor.settled, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo it
    assert not card.sceneBoundingRect().intersects(label)
    assert label_problems(scene, window.editor.journey) == []


def test_a_crowded_label_takes_its_short_form_and_hovering_it_shows_the_full_text(window):
    window.open_sample(find_sample("omnichannel-support", "en").path)
    scene = window.canvas.scene
    journey = window.editor.journey
    arrows = {t.id: (t, scene.arrows[t.id]) for t in journey.transitions}
    shortened = [(t, a) for t, a in arrows.values() if a.label_item.text not in ("", a.label)]
    assert shortened, "the crowded sample needs short forms somewhere"
    for t, arrow in shortened:
        assert arrow.label_item.text == arrow_label(t.share, "")  # the share alone
        # the label's spot belongs to its arrow: a tooltip there tells the whole text
        under = scene.items(arrow.label_item.label_rect().center())
        assert arrow in under  # (a line about its opportunities may follow the text)
        assert arrow.toolTip().split("\n")[0] == arrow_label(t.share, t.label)
    assert label_problems(scene, journey) == []


def test_placement_keeps_labels_off_obstacles_and_off_each_other():
    card = Box(0, 0, 200, 100)
    # two arrows along the same short line between two cards: only one fits on it
    line = {a: (200 + 40 * a, 50) for a in (0.5, 0.4, 0.6, 0.3, 0.7)}
    request = LabelRequest(line, [(120, 20), (36, 20)])
    first, second = place_labels([request, request], [card, Box(240, 0, 200, 100)])
    assert not first.box.intersects(second.box)
    for box in (first.box, second.box):
        assert not box.intersects(card) and not box.intersects(Box(240, 0, 200, 100))


def test_a_long_title_wraps_onto_at_most_three_lines_with_its_words_visible(qtbot):
    title = "Reads the shipping notice and calls the forwarder about the delivery date"
    text = card_text(title)
    assert 2 <= len(text.title_lines) <= CARD_TITLE_LINES
    metrics = QFontMetricsF(text.title_font)
    assert all(
        metrics.horizontalAdvance(line) <= text.title_box.width() for line in text.title_lines
    )
    assert text.title_lines[0].split() == title.split()[: len(text.title_lines[0].split())]
    # a title that fits in three lines shows every word, with no ellipsis
    fits = "Checks the tracking page again and still sees no date"
    assert " ".join(card_text(fits).title_lines).split() == fits.split()
    # the box the lines go in is tall enough for them, above the owner line
    assert len(text.title_lines) * metrics.lineSpacing() <= text.title_box.height()
    assert text.title_box.bottom() <= text.owner_box.top()


def test_a_german_stage_header_wraps_instead_of_being_clipped(qtbot):
    column = StageColumnItem("s", "Warten auf die Lieferung", 2)
    column.set_size(g.COLUMN_WIDTH, 600)
    font, lines = column.header_lines()
    assert " ".join(lines).split() == ["3", "Warten", "auf", "die", "Lieferung"]
    metrics = QFontMetricsF(font)
    assert all(metrics.horizontalAdvance(line) <= g.COLUMN_WIDTH - 20 for line in lines)


def test_zoomed_out_the_map_draws_an_overview_with_no_text_below_a_legible_size(qtbot, window):
    window.resize(1280, 720)
    window.open_sample(find_sample("online-order", "de").path)
    view, scene = window.canvas.view, window.canvas.scene
    view.setFocus()
    while view.zoom() >= 0.35:  # View ▸ Zoom out, as far as a fit on a small screen goes
        qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    view.centerOn(scene.itemsBoundingRect().center())
    view.viewport().grab()  # paints every visible item at this zoom
    items = [*scene.cards.values(), *scene.columns.values()]
    items += [a.label_item for a in scene.arrows.values()]
    drawn = [i.smallest_text_px for i in items if i.smallest_text_px is not None]
    assert drawn, "the overview still names the cards and stages"
    assert min(drawn) >= LEGIBLE_PIXELS
    # the overview names the cards: at least one card drew its title
    assert any(card.smallest_text_px for card in scene.cards.values())


def test_at_100_percent_cards_show_their_details_and_labels_their_text(qtbot, window):
    window.open_sample(find_sample("online-order", "en").path)
    view, scene = window.canvas.view, window.canvas.scene
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # fit
    while view.zoom() < 0.99:
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    card = next(iter(scene.cards.values()))
    view.centerOn(card)
    view.viewport().grab()
    assert card.smallest_text_px == pytest.approx(12 * view.zoom(), abs=1)


def test_exports_keep_the_details_at_their_own_scale(tmp_path, qtbot):
    from journeymap.storage import open_document
    from journeymap.ui.map_pictures import journey_scene, write_png

    doc = open_document(find_sample("online-order", "en").path)
    scene = journey_scene(doc, doc.journeys[0].id)
    write_png(scene, tmp_path / "map.png", dpi=96)
    cards = list(scene.cards.values())
    assert all(c.smallest_text_px == pytest.approx(12) for c in cards)  # details, not overview
    assert all(a.label_item.smallest_text_px for a in scene.arrows.values() if a.label_item.text)

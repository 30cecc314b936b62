"""The Paths dock (View ▸ Paths): the paths the graph predicts beside the paths a contact
log showed (issue 15); a click on a path selects its touchpoints and transitions on the
map; the lists follow edits and undo; a hand-drawn journey has no log behind it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.discovery import DiscoveryOptions, LogColumns, discover_log
from journeymap.model.document import Document
from journeymap.ui.canvas.items import ArrowItem, CardItem
from tests.builders import small_document
from tests.gui_helpers import LEFT, click_menu_entry
from tests.test_gui_editor import type_into_renamer

#: Four orders: two go straight to delivery and rating, one calls the hotline first, one
#: calls it twice.
ORDER_LOG = """case,activity,time
A,Order,2026-03-01 09:00
A,Delivery,2026-03-03 09:00
A,Rating,2026-03-04 09:00
B,Order,2026-03-01 10:00
B,Delivery,2026-03-02 10:00
B,Rating,2026-03-02 12:00
C,Order,2026-03-01 11:00
C,Hotline,2026-03-01 11:30
C,Delivery,2026-03-02 11:00
C,Rating,2026-03-03 11:00
D,Order,2026-03-01 12:00
D,Hotline,2026-03-01 14:00
D,Hotline,2026-03-02 09:00
D,Delivery,2026-03-04 12:00
D,Rating,2026-03-05 12:00
"""
DIRECT = "Order → Delivery → Rating"
CALLED = "Order → Hotline → Delivery → Rating"
TWICE = "Order → Hotline → Hotline → Delivery → Rating"


def discovered(tmp_path: Path) -> Document:
    """ORDER_LOG discovered through discover_log, every transition kept."""
    log = tmp_path / "orders.csv"
    log.write_text(ORDER_LOG, encoding="utf-8")
    columns = LogColumns("case", "activity", "time")
    journey = discover_log(log, columns, DiscoveryOptions(min_share=0.0)).journey
    return Document(journeys=[journey])


def click_in_window(widget, at: QPoint) -> None:
    """A left click at a point of a widget, through its window as the windowing system
    sends it (the menus then know where the button is)."""
    top = widget.window()
    where = widget.mapTo(top, at)
    QTest.mouseMove(top.windowHandle(), where)
    QTest.mouseClick(top.windowHandle(), LEFT, pos=where)


def open_paths_dock(qtbot, window):
    """Open View ▸ Paths as a person does: click the menu bar's View, then the entry."""
    bar = window.menuBar()
    view = next(a for a in bar.actions() if a.text() == "&View")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    click_in_window(bar, bar.actionGeometry(view).center())
    menu = view.menu()
    qtbot.waitUntil(menu.isVisible)
    entry = next(a for a in menu.actions() if a.text().replace("&", "") == "Paths")
    click_menu_entry(menu, entry)
    # on screen, in front of the gap report's tab and the others it shares the dock with
    qtbot.waitUntil(lambda: not window.paths.visibleRegion().isEmpty())
    return window.paths


def rows(tree) -> list[list[str]]:
    """What a list shows, row by row."""
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def click_row(qtbot, tree, text: str) -> None:
    """Click the row whose path reads ``text``."""
    item = next(
        tree.topLevelItem(r)
        for r in range(tree.topLevelItemCount())
        if tree.topLevelItem(r).text(0) == text
    )
    tree.scrollToItem(item)
    click_in_window(tree.viewport(), tree.visualItemRect(item).center())


def selected_on_map(window) -> tuple[set[str], set[tuple[str, str]]]:
    """The names of the selected cards and the (from, to) names of the selected arrows."""
    scene = window.canvas.scene
    names = {tid: card.look.name for tid, card in scene.cards.items()}
    items = scene.selectedItems()
    cards = {i.look.name for i in items if isinstance(i, CardItem)}
    arrows = {(names[i.source.object_id], names[i.target.object_id])
              for i in items if isinstance(i, ArrowItem)}  # fmt: skip
    return cards, arrows


def test_predicted_and_observed_paths_side_by_side_and_a_click_selects_one(qtbot, window, tmp_path):
    window.load(discovered(tmp_path), None)
    dock = open_paths_dock(qtbot, window)
    assert window.paths_dock.isVisible()
    assert rows(dock.observed) == [
        [DIRECT, "2", "50.0%"],  # A and B
        [CALLED, "1", "25.0%"],
        [TWICE, "1", "25.0%"],
    ]
    assert not dock.no_log.isVisible()
    # the graph's paths repeat no touchpoint: half the orders go straight to delivery,
    # half call, and two thirds of the calls go on to delivery (a third is a repeat call)
    assert rows(dock.predicted) == [[DIRECT, "50.0%"], [CALLED, "33.3%"]]

    click_row(qtbot, dock.observed, TWICE)
    qtbot.waitUntil(lambda: len(window.canvas.scene.selectedItems()) == 8)
    cards, arrows = selected_on_map(window)
    assert cards == {"Order", "Hotline", "Delivery", "Rating"}
    assert arrows == {("Order", "Hotline"), ("Hotline", "Hotline"),
                      ("Hotline", "Delivery"), ("Delivery", "Rating")}  # fmt: skip

    click_row(qtbot, dock.predicted, DIRECT)
    qtbot.waitUntil(lambda: selected_on_map(window)[0] == {"Order", "Delivery", "Rating"})
    assert selected_on_map(window)[1] == {("Order", "Delivery"), ("Delivery", "Rating")}
    assert not dock.observed.selectedItems()  # one path picked at a time


def test_the_lists_follow_a_rename_and_its_undo(qtbot, window, tmp_path):
    window.load(discovered(tmp_path), None)
    dock = open_paths_dock(qtbot, window)
    hotline = next(tp for tp in window.editor.journey.touchpoints if tp.name == "Hotline")
    window.editor.select([hotline.id])
    window.canvas.view.setFocus()
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_F2)
    type_into_renamer(qtbot, window, "Phone hotline")
    renamed = "Order → Phone hotline → Delivery → Rating"
    qtbot.waitUntil(lambda: rows(dock.observed)[1][0] == renamed)
    assert rows(dock.predicted)[1][0] == renamed

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: rows(dock.observed)[1][0] == CALLED)
    assert rows(dock.predicted)[1][0] == CALLED


def test_a_hand_drawn_journey_has_no_contact_log_behind_it(qtbot, window):
    doc, _, _ = small_document()
    window.load(doc, None)
    dock = open_paths_dock(qtbot, window)
    assert rows(dock.predicted) == [["Call hotline → Confirmation → Technician visit", "90.0%"]]
    assert dock.no_log.isVisible() and not dock.observed.isVisible()
    assert dock.no_log.text() == "No contact log behind this journey"

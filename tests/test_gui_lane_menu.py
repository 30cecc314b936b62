"""The context menu of a lane's name on the map, worked as a person does: a right-click on
the name left of the stages, then an entry of the menu. Each entry is one undo step and the
rows on the map follow it, and its undo."""

from gui_helpers import click_menu_entry, double_click, right_click
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from journeymap.model import AddObject, Note
from journeymap.ui.canvas.notes import LaneRowItem
from tests.test_gui_lane_list import CLASSIC, last_step, press_toolbar
from tests.test_gui_lane_list import window as window  # the fixture: a new journey


def rows_on_map(window) -> list[str]:
    """The lane rows the map shows, top to bottom, by their label."""
    found = [i for i in window.canvas.scene.items() if isinstance(i, LaneRowItem)]
    return [row.title for row in sorted(found, key=lambda row: row.pos().y())]


def lane_named(window, title):
    return next(lane for lane in window.editor.journey.lanes if lane.name == title)


def right_click_name(window, title) -> QMenu:
    """Press the right mouse button on a lane's name on the map; the menu that opens."""
    scene, view = window.canvas.scene, window.canvas.view
    label = scene.board.label_rect(lane_named(window, title).id)
    assert not label.isEmpty(), f"{title} is not on the map"
    assert view.viewport().rect().contains(view.mapFromScene(label.center()))
    right_click(view, label.center())
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.isVisible()
    return menu


def shown(action) -> str:
    """An entry's text as the menu shows it, without its accelerator's "&"."""
    return action.text().replace("&", "")


def entry(menu: QMenu, text: str):
    return next(a for a in menu.actions() if shown(a) == text)


def choose(qtbot, menu: QMenu, *path: str) -> None:
    """Click the entries along a path of (sub)menus, as a person does."""
    for text in path:
        action = entry(menu, text)
        assert action.isEnabled(), text
        submenu = action.menu()
        click_menu_entry(menu, action)
        if submenu is not None:
            qtbot.waitUntil(lambda m=submenu: QApplication.activePopupWidget() is m)
            menu = submenu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_the_menu_hides_a_lane_and_shows_it_again_each_one_undoable_step(qtbot, window):
    assert rows_on_map(window) == CLASSIC
    steps = window.editor.undo_stack.count()
    menu = right_click_name(window, "Thoughts")
    assert [shown(a) for a in menu.actions() if a.text()] == [
        "Rename…", "Hide lane", "Move up", "Move down", "Add lane below",
        "Show hidden lanes", "Delete lane",
    ]  # fmt: skip
    assert not entry(menu, "Show hidden lanes").isEnabled()  # none is hidden yet
    choose(qtbot, menu, "Hide lane")
    assert "Thoughts" not in rows_on_map(window)
    assert window.editor.undo_stack.count() == steps + 1
    assert last_step(window) == "Hide lane ‘Thoughts’"
    choose(qtbot, right_click_name(window, "Feelings"), "Show hidden lanes", "Thoughts")
    assert rows_on_map(window) == CLASSIC
    press_toolbar(window, window.act_undo)
    assert "Thoughts" not in rows_on_map(window)
    press_toolbar(window, window.act_undo)
    assert rows_on_map(window) == CLASSIC


def test_moving_a_lane_down_passes_the_hidden_lane_below_it(qtbot, window):
    choose(qtbot, right_click_name(window, "Feelings"), "Hide lane")
    choose(qtbot, right_click_name(window, "Thoughts"), "Move down")
    assert rows_on_map(window) == [*CLASSIC[:2], "Emotion curve", "Thoughts", *CLASSIC[5:]]
    assert last_step(window) == "Move ‘Thoughts’ to position 5"
    menu = right_click_name(window, "Customer actions")
    assert not entry(menu, "Move up").isEnabled()  # the top lane
    choose(qtbot, menu, "Move down")
    assert rows_on_map(window)[:2] == ["Touchpoints", "Customer actions"]
    press_toolbar(window, window.act_undo)
    press_toolbar(window, window.act_undo)
    press_toolbar(window, window.act_undo)
    assert rows_on_map(window) == CLASSIC


def test_deleting_a_lane_from_the_map_takes_its_notes_and_undo_brings_both(qtbot, window):
    journey = window.editor.journey
    pains = lane_named(window, "Pain points")
    window.editor.push(AddObject(Note(pains.id, journey.stages[0].id, "Too many forms"),
                                 journey.id))  # fmt: skip
    shown = [n for n in window.canvas.scene.notes.values() if n.isVisible()]
    assert [n.look.text for n in shown] == ["Too many forms"]
    choose(qtbot, right_click_name(window, "Pain points"), "Delete lane")
    assert "Pain points" not in rows_on_map(window) and journey.notes == []
    assert not window.canvas.scene.notes
    assert last_step(window) == "Delete lane ‘Pain points’"
    press_toolbar(window, window.act_undo)
    assert rows_on_map(window) == CLASSIC
    assert [n.look.text for n in window.canvas.scene.notes.values() if n.isVisible()] == [
        "Too many forms"
    ]


def test_the_touchpoint_lane_can_be_neither_hidden_nor_deleted_and_says_why(qtbot, window):
    menu = right_click_name(window, "Touchpoints")
    for text in ("Hide lane", "Delete lane"):
        assert not entry(menu, text).isEnabled()
        assert "only touchpoint lane" in entry(menu, text).toolTip()
    assert "cannot be deleted" in entry(menu, "Delete lane").statusTip()
    choose(qtbot, menu, "Move up")  # it can move, though
    assert rows_on_map(window)[:2] == ["Touchpoints", "Customer actions"]
    press_toolbar(window, window.act_undo)
    assert rows_on_map(window) == CLASSIC


def test_a_lane_is_added_below_the_one_clicked(qtbot, window):
    menu = right_click_name(window, "Touchpoints")
    kinds = entry(menu, "Add lane below").menu()
    offered = [shown(a) for a in kinds.actions()]
    assert "Touchpoints" not in offered  # a journey has one
    assert {"Frontstage", "Backstage", "Line of interaction", "Figures"} <= set(offered)
    choose(qtbot, menu, "Add lane below", "Line of visibility")
    assert rows_on_map(window) == [*CLASSIC[:2], "Line of visibility", *CLASSIC[2:]]
    assert last_step(window) == "Add lane ‘Line of visibility’"
    press_toolbar(window, window.act_undo)
    assert rows_on_map(window) == CLASSIC


def test_rename_edits_the_name_in_place_and_undo_brings_the_old_one_back(qtbot, window):
    choose(qtbot, right_click_name(window, "Feelings"), "Rename…")
    box = window.canvas.renamer
    assert box is not None and box.text() == "Feelings" and box.hasFocus()
    QTest.keyClicks(box, "Emotions")  # the name was selected: typing replaces it
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert rows_on_map(window)[3] == "Emotions"
    assert last_step(window) == "Rename ‘Feelings’ to ‘Emotions’"
    press_toolbar(window, window.act_undo)
    assert rows_on_map(window) == CLASSIC


def test_a_name_typed_blank_keeps_the_lane_its_name(qtbot, window):
    steps = window.editor.undo_stack.count()
    choose(qtbot, right_click_name(window, "Thoughts"), "Rename…")
    box = window.canvas.renamer
    QTest.keyClick(box, Qt.Key.Key_Delete)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert rows_on_map(window) == CLASSIC
    assert window.editor.undo_stack.count() == steps


def test_a_double_click_on_a_lane_name_renames_it(qtbot, window):
    scene = window.canvas.scene
    double_click(window.canvas.view, scene.board.label_rect(lane_named(window, "Thoughts").id)
                 .center())  # fmt: skip
    assert window.canvas.renamer is not None and window.canvas.renamer.text() == "Thoughts"

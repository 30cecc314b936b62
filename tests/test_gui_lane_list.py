"""The journey's lanes in the inspector, worked as a person does: tick a lane's box to show
or hide it, type its new name, press the buttons to add, move and delete lanes. Each
change is one undo step and the list follows the toolbar's Undo and Redo."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from journeymap.model import AddObject, Journey, Note
from journeymap.ui.new_journey import TemplateDialog
from tests.builders import small_document
from tests.modal import answer_next
from tests.test_gui_inspector import type_into
from tests.test_gui_new_journey import press_new
from tests.test_i18n import german_window  # noqa: F401  (a fixture)

LEFT = Qt.MouseButton.LeftButton


def make_new_journey(qtbot, window):
    """File ▸ New with the stock choices taken."""
    shown = answer_next(
        qtbot, TemplateDialog, lambda d: QTest.keyClick(d.choices, Qt.Key.Key_Return)
    )
    press_new(qtbot, window)
    assert shown
    window.activateWindow()  # offscreen, no window manager hands it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot, window):
    """The main window with a new journey made by File ▸ New."""
    return make_new_journey(qtbot, window)


def lane_list(window):
    """The lane list on the journey's page, which the inspector shows with nothing
    selected."""
    window.editor.select([])
    page = window.inspector.pages[Journey]
    assert window.inspector.stack.currentWidget() is page
    return page.lane_list


def row(window, name):
    """The row of the lane shown with this name."""
    rows = lane_list(window).rows.values()
    return next(r for r in rows if r.name_field.widget.text() == name)


def shown_lanes(window):
    """The lanes as the list shows them: name, and ticked or not, top to bottom."""
    rows = lane_list(window).rows.values()
    return [(r.name_field.widget.text(), r.visible_flag.widget.isChecked()) for r in rows]


def press(button):
    QTest.mouseClick(button, LEFT)


def press_toolbar(window, action):
    """Click Undo or Redo on the toolbar."""
    bar = window.findChild(QToolBar, "main-toolbar")
    press(bar.widgetForAction(action))


def tick(checkbox):
    """Click the check box itself (its indicator at the left)."""
    QTest.mouseClick(checkbox, LEFT, pos=QPoint(8, checkbox.height() // 2))


def last_step(window):
    stack = window.editor.undo_stack
    return stack.text(stack.index() - 1)


CLASSIC = ["Customer actions", "Touchpoints", "Thoughts", "Feelings", "Emotion curve",
           "Pain points", "Opportunities"]  # fmt: skip


def test_a_new_journey_lists_its_classic_lanes_all_shown(window):
    assert shown_lanes(window) == [(name, True) for name in CLASSIC]
    rows = list(lane_list(window).rows.values())
    assert not rows[0].up_button.isEnabled() and not rows[-1].down_button.isEnabled()


def test_unticking_a_lane_hides_it_in_one_step_and_undo_ticks_it_again(window):
    steps = window.editor.undo_stack.count()
    tick(row(window, "Thoughts").visible_flag.widget)
    thoughts = window.editor.journey.lanes[2]
    assert not thoughts.visible and ("Thoughts", False) in shown_lanes(window)
    assert window.editor.undo_stack.count() == steps + 1
    assert last_step(window) == "Hide lane ‘Thoughts’"
    press_toolbar(window, window.act_undo)
    assert thoughts.visible and ("Thoughts", True) in shown_lanes(window)
    press_toolbar(window, window.act_redo)
    assert ("Thoughts", False) in shown_lanes(window)


def test_the_touchpoint_lane_stays_shown_and_stays_put(window):
    steps = window.editor.undo_stack.count()
    touchpoints = row(window, "Touchpoints")
    tick(touchpoints.visible_flag.widget)
    assert touchpoints.visible_flag.widget.isChecked()
    assert "only touchpoint lane" in window.statusBar().currentMessage()
    press(touchpoints.delete_button)
    assert [name for name, _ in shown_lanes(window)] == CLASSIC
    assert "cannot be deleted" in window.statusBar().currentMessage()
    assert window.editor.undo_stack.count() == steps
    assert window.editor.journey.lanes[1].visible


def test_typing_a_new_name_renames_the_lane_and_undo_brings_the_old_one_back(window):
    field = row(window, "Feelings").name_field.widget
    type_into(field, "Emotions")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.editor.journey.lanes[3].name == "Emotions"
    assert last_step(window) == "Rename ‘Feelings’ to ‘Emotions’"
    type_into(field, "")  # a lane without a name: refused, the name comes back
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "Emotions" and window.editor.journey.lanes[3].name == "Emotions"
    press_toolbar(window, window.act_undo)
    assert [name for name, _ in shown_lanes(window)] == CLASSIC


def test_the_arrows_move_a_lane_and_keep_the_focus_on_it(window):
    press(row(window, "Customer actions").down_button)
    assert [name for name, _ in shown_lanes(window)][:2] == ["Touchpoints", "Customer actions"]
    assert last_step(window) == "Move ‘Customer actions’ to position 2"
    moved = row(window, "Customer actions")
    assert QApplication.focusWidget() is moved.down_button  # press again to go on down
    press(moved.up_button)
    assert [name for name, _ in shown_lanes(window)] == CLASSIC
    assert QApplication.focusWidget() is row(window, "Customer actions").down_button  # at the top


def test_deleting_a_lane_takes_its_notes_in_one_step(window):
    journey = window.editor.journey
    pains = journey.lanes[5]
    window.editor.push(AddObject(Note(pains.id, journey.stages[0].id, "Too many forms"),
                                 journey.id))  # fmt: skip
    steps = window.editor.undo_stack.count()
    press(row(window, "Pain points").delete_button)
    assert "Pain points" not in [name for name, _ in shown_lanes(window)]
    assert journey.notes == [] and window.editor.undo_stack.count() == steps + 1
    assert last_step(window) == "Delete lane ‘Pain points’"
    press_toolbar(window, window.act_undo)
    assert [name for name, _ in shown_lanes(window)] == CLASSIC
    assert [note.text for note in journey.notes] == ["Too many forms"]


def choose_in_next_menu(qtbot, text, seen):
    """Once a menu pops up, note its entries and click the one with this text."""
    deadline = time.monotonic() + 15
    timer = QTimer(QApplication.instance())
    timer.setInterval(20)

    def look():
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu) and menu.isVisible():
            timer.stop()
            seen.extend(a.text().replace("&", "") for a in menu.actions())
            action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
            QTest.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
        elif time.monotonic() > deadline:
            timer.stop()

    timer.timeout.connect(look)
    timer.start()


@pytest.mark.parametrize("where", ["below Touchpoints", "at the bottom"])
def test_a_lane_is_added_from_the_menu_of_lane_kinds(qtbot, window, where):
    offered = []
    choose_in_next_menu(qtbot, "Support processes", offered)
    if where == "at the bottom":
        press(lane_list(window).add_button)
        expected = [*CLASSIC, "Support processes"]
    else:
        press(row(window, "Touchpoints").add_button)
        expected = [*CLASSIC[:2], "Support processes", *CLASSIC[2:]]
    assert "Touchpoints" not in offered and "Line of visibility" in offered  # one graph lane
    assert [name for name, _ in shown_lanes(window)] == expected
    assert last_step(window) == "Add lane ‘Support processes’"


BUTTONS = ("up", "down", "delete", "tick")


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.tuples(st.integers(0, 6), st.sampled_from(BUTTONS)), min_size=1, max_size=6))
def test_any_clicks_on_the_lane_list_undo_to_the_lanes_it_had(window, clicks):
    before = shown_lanes(window)
    steps = window.editor.undo_stack.index()
    for index, button in clicks:
        rows = list(lane_list(window).rows.values())
        target = rows[index % len(rows)]
        if button == "tick":
            tick(target.visible_flag.widget)
        else:
            widget = getattr(target, f"{button}_button")
            if widget.isEnabled():
                press(widget)
    assert window.editor.undo_stack.index() - steps <= len(clicks)  # one step a click at most
    while window.editor.undo_stack.index() > steps:
        press_toolbar(window, window.act_undo)
    assert shown_lanes(window) == before


def test_the_german_lane_list_adds_lanes_with_german_names(qtbot, german_window):  # noqa: F811
    window = make_new_journey(qtbot, german_window)
    assert [name for name, _ in shown_lanes(window)][:3] == ["Kundenaktionen", "Touchpoints",
                                                             "Gedanken"]  # fmt: skip
    offered = []
    choose_in_next_menu(qtbot, "Unterstützungsprozesse", offered)
    press(lane_list(window).add_button)
    assert {"Kundenaktionen", "Chancen", "Sichtbarkeitslinie"} <= set(offered)
    assert shown_lanes(window)[-1] == ("Unterstützungsprozesse", True)
    assert last_step(window) == "Swimlane ‘Unterstützungsprozesse’ hinzufügen"
    assert lane_list(window).add_button.text() == "Swimlane hinzufügen"


def test_a_journey_drawn_without_lanes_gets_its_touchpoint_lane_with_the_first(qtbot, window):
    doc, _, _ = small_document()  # a journey from before lanes: the card graph alone
    window.editor.set_document(doc, None)
    assert shown_lanes(window) == []
    choose_in_next_menu(qtbot, "Thoughts", [])
    press(lane_list(window).add_button)
    assert shown_lanes(window) == [("Touchpoints", True), ("Thoughts", True)]
    press_toolbar(window, window.act_undo)  # one step took both
    assert shown_lanes(window) == []

"""The inspector saves every kind of field the same way: what was typed counts once Enter,
Tab or a click elsewhere ends the edit, as ONE undo step (none when nothing changed), and
the window title shows its *. A transition's share is typed in percent."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from journeymap.model import Touchpoint
from journeymap.model.commands import SetFields
from journeymap.samples import find_sample
from tests.gui_helpers import click
from tests.test_i18n import german_window  # noqa: F401  (a fixture)

FINISHES = ("Enter", "Tab", "a click elsewhere")


def open_sample(window, language="en"):
    window.open_sample(find_sample("installation", language).path)
    return window.editor.journey


def show_in_inspector(window, obj):
    """Click the card (or the arrow) on the map so the inspector shows it."""
    scene, view = window.canvas.scene, window.canvas.view
    if isinstance(obj, Touchpoint):
        click(view, scene.cards[obj.id].sceneBoundingRect().center())
    else:
        arrow = scene.arrows[obj.id]
        click(view, arrow.mapToScene(arrow.path().pointAtPercent(0.5)))
    page = window.inspector.pages[type(obj)]
    assert window.editor.selection == [obj.id]
    assert window.inspector.stack.currentWidget() is page
    return page


def field(page, name):
    return next(b for b in page.bindings if b.field == name).widget


def type_into(widget, text):
    """Put the caret in the field, select what is there and type over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        QTest.keyClicks(widget, text)


def finish(window, widget, how):
    """End the edit with Enter, Tab, or a click on an empty spot of the map."""
    if how == "Enter":
        QTest.keyClick(widget, Qt.Key.Key_Return)
    elif how == "Tab":
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        assert not widget.hasFocus()
    else:
        viewport = window.canvas.view.viewport()
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(3, viewport.height() - 3))
        assert not widget.hasFocus()


def shown_title(window):
    """The title as the window manager shows it ([*] becomes * when modified)."""
    return window.windowHandle().title()


def last_step(window):
    stack = window.editor.undo_stack
    return stack.count(), stack.text(stack.index() - 1)


def edit_touchpoint_field(window, name, text, how):
    """Edit one field of the first card: first finish without a change (no step), then type
    and finish. Returns the touchpoint and the undo stack's count before."""
    tp = open_sample(window).touchpoints[0]
    steps = window.editor.undo_stack.count()
    for typed in ("", text):
        widget = field(show_in_inspector(window, tp), name)
        type_into(widget, typed)
        finish(window, widget, how)
        if not typed:
            assert window.editor.undo_stack.count() == steps  # nothing changed: no step
            assert "*" not in shown_title(window)
    return tp, steps


def assert_one_step(window, steps, text):
    assert last_step(window) == (steps + 1, text)
    assert "* — journeymap" in shown_title(window)
    assert window.statusBar().currentMessage() == ""  # nothing refused


@pytest.mark.parametrize("how", FINISHES)
def test_a_line_edit_saves_on_enter_tab_or_a_click_elsewhere(window, how):
    tp, steps = edit_touchpoint_field(window, "goal", "Get it working today", how)
    assert tp.goal == "Get it working today"
    assert_one_step(window, steps, "Change the customer goal of ‘Order online’")


@pytest.mark.parametrize("how", FINISHES)
def test_a_new_owner_typed_into_the_combo_box_is_saved(window, how):
    tp, steps = edit_touchpoint_field(window, "owner", "Partner shop", how)
    assert tp.owner == "Partner shop"
    assert_one_step(window, steps, "Change the owner of ‘Order online’")
    owner = field(window.inspector.pages[Touchpoint], "owner")
    owner.setFocus()
    QTest.keyClick(owner, Qt.Key.Key_Tab)  # leaving again saves nothing more
    assert last_step(window)[0] == steps + 1


@pytest.mark.parametrize("how", FINISHES)
def test_a_spin_box_saves_what_was_typed(window, how):
    tp, steps = edit_touchpoint_field(window, "importance", "2", how)
    assert tp.importance == 2
    assert_one_step(window, steps, "Change the importance of ‘Order online’")


@pytest.mark.parametrize("how", FINISHES)
def test_a_text_area_saves_on_enter_tab_or_a_click_elsewhere(window, how):
    tp, steps = edit_touchpoint_field(window, "expectation", "Long wait", how)
    assert tp.expectation == "Long wait"  # Enter saved; it added no line
    assert_one_step(window, steps, "Change the expectation of ‘Order online’")


def test_shift_enter_starts_a_new_line_in_a_text_area(window):
    tp = open_sample(window).touchpoints[0]
    box = field(show_in_inspector(window, tp), "notes")
    type_into(box, "Long wait")
    QTest.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(box, "No callback")
    assert tp.notes == ""  # still being typed
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert tp.notes == "Long wait\nNo callback"


@pytest.mark.parametrize("how", FINISHES)
def test_a_check_box_is_one_step_whatever_ends_the_edit(window, how):
    tp = open_sample(window).touchpoints[0]
    before, steps = tp.moment_of_truth, window.editor.undo_stack.count()
    box = field(show_in_inspector(window, tp), "moment_of_truth")
    box.setFocus()
    finish(window, box, how)
    assert window.editor.undo_stack.count() == steps
    box = field(show_in_inspector(window, tp), "moment_of_truth")
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    finish(window, box, how)
    assert tp.moment_of_truth is not before
    assert_one_step(window, steps, "Mark ‘Order online’ as a moment of truth")


# ---- the share of a transition, in percent ------------------------------------------------


def type_share(window, link, text):
    share = field(show_in_inspector(window, link), "share")
    type_into(share, text)
    QTest.keyClick(share, Qt.Key.Key_Return)
    return share


def test_the_share_is_typed_and_shown_in_percent(window):
    link = open_sample(window).transitions[0]
    steps = window.editor.undo_stack.count()
    share = type_share(window, link, "12")
    assert link.share == 0.12 and share.text() == "12.0 %"
    share = type_share(window, link, "12.5")
    assert link.share == 0.125 and share.text() == "12.5 %"
    assert window.editor.undo_stack.count() == steps + 2
    assert last_step(window)[1].startswith("Change the share of ‘")
    window.editor.undo_stack.undo()
    assert link.share == 0.12 and share.text() == "12.0 %"


def test_leaving_a_share_shown_rounded_changes_nothing(window):
    link = open_sample(window).transitions[0]
    window.editor.push(SetFields(link.id, {"share": 1 / 3}))
    steps = window.editor.undo_stack.count()
    share = field(show_in_inspector(window, link), "share")
    assert share.text() == "33.3 %"
    share.setFocus()
    QTest.keyClick(share, Qt.Key.Key_Tab)
    assert link.share == 1 / 3 and window.editor.undo_stack.count() == steps


def test_the_german_share_takes_a_decimal_comma(german_window):  # noqa: F811
    link = open_sample(german_window, "de").transitions[0]
    share = type_share(german_window, link, "12,5")
    assert link.share == 0.125 and share.text() == "12,5 %"
    share = type_share(german_window, link, "40")
    assert link.share == 0.4 and share.text() == "40,0 %"
    assert german_window.editor.undo_stack.text(1).startswith("Änderung des Anteils von ‘")


def test_the_empty_inspectors_hint_wraps_inside_the_dock(german_window):  # noqa: F811
    """Before a document is open the inspector asks to select something; the German hint
    ran past the dock's right edge (under a horizontal scroll bar)."""
    german_window.resize(1400, 860)
    inspector = german_window.inspector
    assert inspector.stack.currentWidget() is inspector.empty
    assert inspector.empty.text().startswith("Wählen Sie")
    visible = inspector.viewport().width()
    assert 0 < inspector.empty.width() <= visible
    needed = inspector.empty.heightForWidth(inspector.empty.width())
    assert needed <= inspector.empty.height()  # every wrapped line shows

"""The value-effort matrix (View ▸ Value-effort matrix): a dot per opportunity where its
effort and value put it, sized by the gap it addresses, coloured by its status; dragged
to rescore it in one undo step, Esc to cancel, a click to select it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from journeymap.model import AddObject, Link, Opportunity, SetFields
from journeymap.model.opportunities import value
from journeymap.ui.opportunity_matrix import (
    MAX_RADIUS,
    MIN_RADIUS,
    STATUS_COLOURS,
    OpportunityMatrix,
    dragged_scores,
)
from tests.builders import small_document, with_lanes, with_opportunity
from tests.gui_helpers import click, drag, press_and_move, release

KEYS = ("opportunity", "quick", "big", "fill", "pit")  # one of each quadrant, and the hotline
LONG = "Text the technician's arrival window to the customer the evening before the visit"


def _document():
    """small_document with the hotline opportunity and one more per quadrant, and a
    dismissed one."""
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    with_opportunity(doc, stack, ids)  # 80/40, effort 2: a quick win on the CSAT gap
    more = {
        "quick": Opportunity(LONG, customer_value=70, business_value=60, effort=1,
                             status="planned", links=[Link("touchpoint", ids["tech"])]),
        "big": Opportunity("New CRM", customer_value=60, business_value=90, effort=5,
                           status="in_progress"),
        "fill": Opportunity("Nicer email", customer_value=30, business_value=20, effort=1,
                            status="done"),
        "pit": Opportunity("Rebuild the portal", customer_value=20, business_value=30,
                           effort=4),
        "dropped": Opportunity("Chatbot", customer_value=50, business_value=50, effort=3,
                               status="dismissed"),
    }  # fmt: skip
    for key, opportunity in more.items():
        stack.push(AddObject(opportunity))
        ids[key] = opportunity.id
    return doc, ids


@pytest.fixture
def matrix(window, qtbot):
    """The window with the document, the matrix opened as a person does: Ctrl+Shift+M."""
    doc, ids = _document()
    window.load(doc, None)
    entry = next(
        a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
        if a.text() == "Value-effort &matrix"
    )  # fmt: skip
    assert entry.shortcut().toString() == "Ctrl+Shift+M"
    # shortcuts reach the active window only (the fixture's waitActive does not wait)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(window.matrix.view.isVisible)
    view = window.matrix.view
    qtbot.waitUntil(lambda: len(view.dots) == 5)
    return window, view, ids


def _texts(view) -> set[str]:
    return {i.text() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)}


def test_each_opportunity_is_a_dot_where_its_effort_and_value_put_it(matrix):
    window, view, ids = matrix
    doc = window.editor.doc
    assert ids["dropped"] not in view.dots  # dismissed: left out
    assert {"Quick wins", "Big bets", "Fill-ins", "Money pits"} <= _texts(view)
    middle = view.point_for(3, 50)  # where the split lines cross
    labels = {i.text(): i for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)}
    quadrant = {"opportunity": "Quick wins", "quick": "Quick wins", "big": "Big bets",
                "fill": "Fill-ins", "pit": "Money pits"}  # fmt: skip
    for key, name in quadrant.items():
        dot = view.dots[ids[key]]
        label = labels[name].sceneBoundingRect().center()
        # the dot and its quadrant's label lie on the same side of both split lines
        assert (dot.pos().x() < middle.x()) == (label.x() < middle.x()), key
        assert (dot.pos().y() < middle.y()) == (label.y() < middle.y()), key
    # low effort left, high value up, in proportion
    quick, hotline = view.dots[ids["quick"]], view.dots[ids["opportunity"]]
    big, pit = view.dots[ids["big"]], view.dots[ids["pit"]]
    assert quick.pos().x() < hotline.pos().x() < middle.x() < pit.pos().x() < big.pos().x()
    assert big.pos().y() < quick.pos().y() < hotline.pos().y() < middle.y() < pit.pos().y()
    step = hotline.pos().x() - quick.pos().x()
    assert big.pos().x() - pit.pos().x() == pytest.approx(step)
    for key in KEYS:
        o = doc.get(ids[key])
        assert view.dots[ids[key]].pos() == view.point_for(o.effort, value(o))


def test_dot_size_follows_the_gap_and_colour_the_status(matrix):
    window, view, ids = matrix
    hotline = view.dots[ids["opportunity"]]  # addresses the only gap: the largest dot
    assert hotline.rect().width() == pytest.approx(2 * MAX_RADIUS)
    for key in ("quick", "big", "fill", "pit"):  # no gap row among their links
        assert view.dots[ids[key]].rect().width() == pytest.approx(2 * MIN_RADIUS)
    colours = {key: view.dots[ids[key]].brush().color().rgb() for key in KEYS}
    assert len(set(colours.values())) == 4  # idea (twice), planned, in progress, done
    assert colours["opportunity"] == colours["pit"] == STATUS_COLOURS["idea"].rgb()
    assert colours["big"] == STATUS_COLOURS["in_progress"].rgb()
    legend = [label.text() for label in window.matrix.legend_labels.values()
              if label.isVisibleTo(window.matrix)]  # fmt: skip
    assert [t.rsplit("</span> ", 1)[1] for t in legend] == [
        "Idea", "Planned", "In progress", "Done"]  # fmt: skip


def test_a_long_title_is_elided_beside_the_dot_and_whole_in_the_tooltip(matrix):
    _, view, ids = matrix
    dot = view.dots[ids["quick"]]
    shown = dot.caption.text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1]) and len(shown) < len(LONG)
    assert dot.caption.sceneBoundingRect().left() > dot.pos().x()  # beside, on the right
    tip = dot.toolTip()
    assert LONG in tip and "Value 65.0 (customer 70, business 60)" in tip
    assert "Effort 1 of 5" in tip and "Priority 65.0" in tip and "Quick wins" in tip
    assert "Largest gap priority addressed" in view.dots[ids["opportunity"]].toolTip()


def test_dragging_a_dot_rescores_it_in_one_undo_step_and_undo_moves_it_back(matrix, qtbot):
    window, view, ids = matrix
    stack = window.editor.undo_stack
    before = stack.count()
    dot = view.dots[ids["pit"]]  # effort 4, value 25
    start = dot.pos()
    drag(view, start, view.point_for(2, 45))
    pit = window.editor.doc.get(ids["pit"])
    assert pit.effort == 2
    assert pit.customer_value - 20 == pit.business_value - 30  # both shifted alike
    assert value(pit) == pytest.approx(45, abs=1)  # a pixel is about half a point
    assert stack.count() == before + 1
    assert "value-effort matrix" in stack.undoText()
    moved = view.point_for(2, value(pit))
    qtbot.waitUntil(lambda: view.dots[ids["pit"]].pos() == moved)
    assert window.editor.selection == [ids["pit"]]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    pit = window.editor.doc.get(ids["pit"])
    assert (pit.customer_value, pit.business_value, pit.effort) == (20, 30, 4)
    qtbot.waitUntil(lambda: view.dots[ids["pit"]].pos() == start)


def test_esc_during_a_drag_puts_the_dot_back_and_changes_nothing(matrix, qtbot):
    window, view, ids = matrix
    stack = window.editor.undo_stack
    before = stack.count()
    start = view.dots[ids["big"]].pos()
    end = view.point_for(1, 10)
    press_and_move(view, start, end)
    assert view.dots[ids["big"]].pos() != start  # it follows the mouse
    assert QApplication.focusWidget() is view  # the key goes where a person's would
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.dots[ids["big"]].pos() == start
    release(view, end)
    big = window.editor.doc.get(ids["big"])
    assert (big.customer_value, big.business_value, big.effort) == (60, 90, 5)
    assert stack.count() == before
    assert view.dots[ids["big"]].pos() == start


def test_clicking_a_dot_selects_it_and_the_matrix_follows_the_selection(matrix, qtbot):
    window, view, ids = matrix
    stack = window.editor.undo_stack
    before = stack.count()
    click(view, view.dots[ids["fill"]].pos())
    assert window.editor.selection == [ids["fill"]]
    assert stack.count() == before  # a click rescored nothing
    assert view.dots[ids["fill"]].pen().widthF() > view.dots[ids["big"]].pen().widthF()
    window.editor.select([ids["big"]])  # another view selects another one
    assert view.dots[ids["big"]].pen().widthF() > view.dots[ids["fill"]].pen().widthF()


def test_the_matrix_follows_edits_made_elsewhere(matrix, qtbot):
    window, view, ids = matrix
    editor = window.editor
    editor.push(SetFields(ids["fill"], {"effort": 5, "status": "planned"}))
    qtbot.waitUntil(lambda: view.dots[ids["fill"]].pos() == view.point_for(5, 25))
    assert view.dots[ids["fill"]].brush().color().rgb() == STATUS_COLOURS["planned"].rgb()
    editor.push(SetFields(ids["pit"], {"status": "dismissed"}))
    qtbot.waitUntil(lambda: ids["pit"] not in view.dots)
    # the hotline's gap closes: it addresses no gap any more and shrinks to the smallest
    editor.push(SetFields(ids["opportunity"], {"links": []}))
    qtbot.waitUntil(
        lambda: view.dots[ids["opportunity"]].rect().width() == pytest.approx(2 * MIN_RADIUS)
    )


def test_show_dismissed_brings_them_in_greyed(matrix, qtbot):
    window, view, ids = matrix
    box = window.matrix.dismissed_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert ids["dropped"] in view.dots
    dot = view.dots[ids["dropped"]]
    assert dot.brush().color().rgb() == STATUS_COLOURS["dismissed"].rgb()
    assert window.matrix.legend_labels["dismissed"].isVisible()


def test_the_drag_rule_keeps_the_scores_within_0_to_100():
    hotline = Opportunity("Call back", customer_value=80, business_value=40, effort=2)
    assert dragged_scores(hotline, 2.2, 60.0) == {}  # not moved far enough to change
    assert dragged_scores(hotline, 3.6, 70.0) == {
        "customer_value": 90, "business_value": 50, "effort": 4}  # fmt: skip
    # the customer value reaches 100 and the business value takes the rest
    assert dragged_scores(hotline, 2, 95.0) == {"customer_value": 100, "business_value": 90}
    assert dragged_scores(hotline, 2, 100.0) == {"customer_value": 100, "business_value": 100}
    assert dragged_scores(hotline, 2, 10.0) == {"customer_value": 20, "business_value": 0}
    assert dragged_scores(hotline, 0.2, -5.0) == {
        "customer_value": 0, "business_value": 0, "effort": 1}  # fmt: skip


def test_the_quadrants_and_the_legend_speak_german(qtbot):
    from journeymap.ui.app import make_app
    from journeymap.ui.editor import Editor
    from journeymap.ui.i18n import install_translations, remove_translations

    app = make_app()
    install_translations(app, "de")
    try:
        editor = Editor()
        doc, _ = _document()
        editor.set_document(doc, None)
        widget = OpportunityMatrix(editor)
        qtbot.addWidget(widget)
        widget.resize(700, 450)
        widget.show()
        qtbot.waitUntil(lambda: len(widget.view.dots) == 5)
        texts = _texts(widget.view)
        assert {"Quick Wins", "Große Vorhaben", "Kleinaufgaben", "Geldgräber"} <= texts
        assert {"Aufwand →", "Wert →"} <= texts
        assert "Geplant" in widget.legend_labels["planned"].text()
        assert widget.dismissed_box.text() == "Verworfene zeigen"
    finally:
        remove_translations(app)


def test_dots_with_the_same_scores_are_stacked_so_each_can_be_picked(matrix, qtbot):
    window, view, ids = matrix
    twin = Opportunity("Portal light", customer_value=20, business_value=30, effort=4)
    window.editor.push(AddObject(twin))
    qtbot.waitUntil(lambda: twin.id in view.dots)
    home = view.point_for(4, 25)
    a, b = view.dots[ids["pit"]].pos(), view.dots[twin.id].pos()
    assert a.x() == b.x() == home.x()
    assert abs(a.y() - b.y()) >= 12 and a.y() < home.y() < b.y()  # a line apart, around it
    click(view, b)
    assert window.editor.selection == [twin.id]
    click(view, a)
    assert window.editor.selection == [ids["pit"]]

"""The opportunities dock, worked as a person does: click a row and see its touchpoints
selected on the map, double-click a cell and type, press Add and Delete; each edit is one
undo step and the table follows the toolbar's Undo and Redo."""

from builders import small_document, with_lanes, with_opportunity
from gui_helpers import click_menu_entry
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu, QSpinBox

from journeymap.model import AddObject, Journey, Link, Opportunity
from journeymap.samples import find_sample
from journeymap.ui.canvas.items import OPPORTUNITY_MARK
from journeymap.ui.opportunities_dock import COLUMNS
from journeymap.ui.suggest_dialog import SuggestDialog
from tests.test_gui_lane_list import last_step, press_toolbar
from tests.test_gui_voting import journey_action
from tests.test_i18n import german_window  # noqa: F401  (a fixture)

LEFT = Qt.MouseButton.LeftButton
HEADERS = [header for header, _, _ in COLUMNS]


def open_with_opportunity(qtbot, window):
    """small_document with its lanes and the hotline opportunity, the dock in front."""
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    with_opportunity(doc, stack, ids)
    window.load(doc, None)
    window.opportunities_dock.show()
    window.opportunities_dock.raise_()
    qtbot.waitUntil(lambda: len(shown_rows(window)) == 1)
    return ids


def shown_rows(window) -> list[list[str]]:
    """The table's rows as the user reads them, top to bottom."""
    model = window.opportunities.table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def cell(window, row: int, header: str) -> QPoint:
    """The middle of a cell of the table, in its viewport."""
    table = window.opportunities.table
    index = table.model().index(row, HEADERS.index(header))
    table.scrollTo(index)
    return table.visualRect(index).center()


def click_cell(window, row: int, header: str) -> None:
    QTest.mouseClick(window.opportunities.table.viewport(), LEFT, pos=cell(window, row, header))


def open_editor(qtbot, window, row: int, header: str):
    """Click a row, then double-click one of its cells; the editor that opens in it.
    (Offscreen, QTest's double-click alone on a row not yet current opens no editor.)"""
    table = window.opportunities.table
    click_cell(window, row, header)
    qtbot.waitUntil(lambda: table.currentIndex().row() == row)
    QTest.mouseDClick(table.viewport(), LEFT, pos=cell(window, row, header))
    qtbot.waitUntil(
        lambda: isinstance(QApplication.focusWidget(), QLineEdit | QSpinBox | QComboBox)
    )
    return QApplication.focusWidget()


def type_into_cell(qtbot, window, row: int, header: str, text: str) -> None:
    """Double-click a cell, replace its text with ``text`` and press Enter."""
    box = open_editor(qtbot, window, row, header)
    line = box.lineEdit() if isinstance(box, QSpinBox) else box
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.opportunities.table)


def test_the_dock_lists_the_opportunity_with_its_scores_priority_and_links(qtbot, window):
    open_with_opportunity(qtbot, window)
    assert window.opportunities_dock.isVisible()
    assert shown_rows(window) == [[
        "Call back instead of waiting", "Idea", "Service team", "", "80", "40", "2", "30.0",
        "Call hotline, Call hotline: CSAT gap, note ‘Waits 20 minutes’",
    ]]  # fmt: skip
    assert window.opportunities.summary.text() == "1 opportunities · 1 open"


def test_clicking_a_row_selects_what_it_addresses_on_the_map(qtbot, window):
    ids = open_with_opportunity(qtbot, window)
    click_cell(window, 0, "Title")
    qtbot.waitUntil(lambda: window.canvas.scene.cards[ids["call"]].isSelected())
    assert window.canvas.scene.notes[ids["note"]].isSelected()
    assert not window.canvas.scene.cards[ids["mail"]].isSelected()
    assert set(window.editor.selection) == {ids["call"], ids["note"]}


def test_typing_into_cells_changes_them_one_undo_step_each(qtbot, window):
    open_with_opportunity(qtbot, window)
    steps = window.editor.undo_stack.count()
    type_into_cell(qtbot, window, 0, "Owner", "Hotline lead")
    qtbot.waitUntil(lambda: shown_rows(window)[0][2] == "Hotline lead")
    assert last_step(window) == "Change the owner of ‘Call back instead of waiting’"
    type_into_cell(qtbot, window, 0, "Effort", "4")
    qtbot.waitUntil(lambda: shown_rows(window)[0][6] == "4")
    assert shown_rows(window)[0][7] == "15.0"  # the priority follows: 60 / 4
    type_into_cell(qtbot, window, 0, "Due", "2026-12-31")
    qtbot.waitUntil(lambda: shown_rows(window)[0][3] == "2026-12-31")
    assert window.editor.undo_stack.count() == steps + 3
    press_toolbar(window, window.act_undo)
    qtbot.waitUntil(lambda: shown_rows(window)[0][3] == "")
    press_toolbar(window, window.act_undo)
    qtbot.waitUntil(lambda: shown_rows(window)[0][6:8] == ["2", "30.0"])
    press_toolbar(window, window.act_redo)
    qtbot.waitUntil(lambda: shown_rows(window)[0][6] == "4")


def test_a_date_that_does_not_exist_is_refused_with_the_reason(qtbot, window):
    open_with_opportunity(qtbot, window)
    steps = window.editor.undo_stack.count()
    type_into_cell(qtbot, window, 0, "Due", "31.02.")
    qtbot.waitUntil(lambda: "is not a date" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == "Due date: '31.02.' is not a date (YYYY-MM-DD)"
    assert shown_rows(window)[0][3] == ""
    assert window.editor.undo_stack.count() == steps


def test_a_due_date_typed_the_german_way_is_kept_as_that_date(qtbot, window):
    open_with_opportunity(qtbot, window)
    type_into_cell(qtbot, window, 0, "Due", "28.02.2027")
    qtbot.waitUntil(lambda: shown_rows(window)[0][3] == "2027-02-28")
    assert window.editor.doc.opportunities[0].due == "2027-02-28"


def test_the_status_is_chosen_from_a_drop_down_and_done_ones_leave_the_open_view(qtbot, window):
    open_with_opportunity(qtbot, window)
    combo = open_editor(qtbot, window, 0, "Status")
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Idea", "Planned", "In progress", "Done", "Dismissed"]  # fmt: skip
    combo.setCurrentIndex(combo.findText("Done"))
    combo.activated.emit(combo.currentIndex())  # what a click on the entry sends
    qtbot.waitUntil(lambda: shown_rows(window) == [])  # "All open" hides it now
    assert last_step(window) == "Change the status of ‘Call back instead of waiting’"
    status = window.opportunities.status_filter
    status.setCurrentIndex(status.findText("Done"))
    assert [row[1] for row in shown_rows(window)] == ["Done"]


def test_rows_sort_by_priority_and_filter_by_owner_and_text(qtbot, window):
    open_with_opportunity(qtbot, window)
    quick = Opportunity("Quick win", customer_value=90, business_value=90, effort=1, owner="Web")
    window.editor.push(AddObject(quick))
    qtbot.waitUntil(lambda: len(shown_rows(window)) == 2)
    assert [row[0] for row in shown_rows(window)] == ["Quick win", "Call back instead of waiting"]
    table = window.opportunities.table
    header = table.horizontalHeader()
    QTest.mouseClick(header.viewport(), LEFT, pos=QPoint(
        header.sectionViewportPosition(0) + 10, header.height() // 2))  # fmt: skip
    assert [row[0] for row in shown_rows(window)] == ["Call back instead of waiting", "Quick win"]
    owners = window.opportunities.owner_filter
    assert [owners.itemText(i) for i in range(owners.count())] == [
        "All owners", "Service team", "Web"]  # fmt: skip
    owners.setCurrentIndex(owners.findText("Web"))
    assert [row[0] for row in shown_rows(window)] == ["Quick win"]
    owners.setCurrentIndex(0)
    QTest.keyClicks(window.opportunities.filter, "hotline")  # the links' text counts too
    assert [row[0] for row in shown_rows(window)] == ["Call back instead of waiting"]


def test_add_opens_a_new_idea_for_typing_and_delete_takes_it_away_undoably(qtbot, window):
    open_with_opportunity(qtbot, window)
    dock = window.opportunities
    QTest.mouseClick(dock.add_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and QApplication.focusWidget().parent() is dock.table.viewport())  # fmt: skip
    box = QApplication.focusWidget()
    box.selectAll()
    QTest.keyClicks(box, "Text the arrival window")
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r[0] == "Text the arrival window" for r in shown_rows(window)))
    new = next(r for r in shown_rows(window) if r[0] == "Text the arrival window")
    assert new[1:3] == ["Idea", ""]
    assert window.editor.undo_stack.count() >= 2
    QTest.mouseClick(dock.delete_button, LEFT)
    qtbot.waitUntil(lambda: len(shown_rows(window)) == 1)
    assert last_step(window) == "Delete opportunity ‘Text the arrival window’"
    press_toolbar(window, window.act_undo)
    qtbot.waitUntil(lambda: len(shown_rows(window)) == 2)


def test_a_row_about_another_journey_brings_that_journey_on_show(qtbot, window):
    ids = open_with_opportunity(qtbot, window)
    other = Journey("Cancellation")
    window.editor.push(AddObject(other))
    window.editor.switch_journey(other.id)
    qtbot.waitUntil(lambda: not window.canvas.scene.cards)
    click_cell(window, 0, "Addresses")
    qtbot.waitUntil(lambda: window.editor.journey_id == ids["journey"])
    qtbot.waitUntil(lambda: window.canvas.scene.cards[ids["call"]].isSelected())


def colour_on_map(window, item) -> QColor:
    """The colour the view shows at the middle of an item's opportunity marker."""
    view = window.canvas.view
    where = view.mapFromScene(item.mapToScene(item.mark_centre()))
    return view.viewport().grab().toImage().pixelColor(where)


def is_mark(colour: QColor) -> bool:
    return colour.name() == OPPORTUNITY_MARK.name()


def test_cards_and_arrows_addressed_by_an_open_opportunity_show_a_marker(qtbot, window):
    ids = open_with_opportunity(qtbot, window)
    scene = window.canvas.scene
    call, mail, arrow = (
        scene.cards[ids["call"]],
        scene.cards[ids["mail"]],
        scene.arrows[ids["link2"]],
    )
    window.act_layout.trigger()  # Journey ▸ Auto-layout: the two booking cards one above the other
    window.canvas.view.fit()
    qtbot.waitUntil(lambda: call.pos() != mail.pos())
    assert is_mark(colour_on_map(window, call))
    assert "Opportunities: 1" in call.toolTip()
    assert not is_mark(colour_on_map(window, mail)) and "Opportunities" not in mail.toolTip()
    assert not is_mark(colour_on_map(window, arrow))
    about_arrow = Opportunity("Confirm sooner", links=[Link("transition", ids["link2"])])
    window.editor.push(AddObject(about_arrow))
    qtbot.waitUntil(lambda: is_mark(colour_on_map(window, arrow)))
    assert "Opportunities: 1" in arrow.toolTip()
    type_status(qtbot, window, "Call back instead of waiting", "Done")  # done: no more mark
    qtbot.waitUntil(lambda: not is_mark(colour_on_map(window, call)))
    press_toolbar(window, window.act_undo)
    qtbot.waitUntil(lambda: is_mark(colour_on_map(window, call)))


def type_status(qtbot, window, title: str, status: str) -> None:
    """Choose a new status in the drop-down of an opportunity's row."""
    row = next(r for r, cells in enumerate(shown_rows(window)) if cells[0] == title)
    combo = open_editor(qtbot, window, row, "Status")
    combo.setCurrentIndex(combo.findText(status))
    combo.activated.emit(combo.currentIndex())  # what a click on the entry sends
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not combo)


def test_a_right_click_on_a_gap_row_creates_an_opportunity_to_close_it(qtbot, window):
    ids = open_with_opportunity(qtbot, window)
    window.gap_dock.raise_()
    gaps = window.gap_table.table
    qtbot.waitUntil(lambda: gaps.model().rowCount() > 0)
    row = next(r for r in range(gaps.model().rowCount())
               if gaps.model().index(r, 1).data() == "Call hotline")  # fmt: skip
    steps = window.editor.undo_stack.count()
    where = gaps.visualRect(gaps.model().index(row, 1)).center()
    top = gaps.window()
    at = gaps.viewport().mapTo(top, where)
    QTest.mouseMove(top.windowHandle(), at)
    QTest.mouseClick(top.windowHandle(), Qt.MouseButton.RightButton, pos=at)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text() == "&Create opportunity for this gap")
    click_menu_entry(menu, action)
    qtbot.waitUntil(lambda: window.opportunities.isVisible())
    title = "Close the CSAT gap at ‘Call hotline’"
    qtbot.waitUntil(lambda: any(r[0] == title for r in shown_rows(window)))
    new = next(r for r in shown_rows(window) if r[0] == title)
    assert new[1:3] == ["Idea", "Service team"]
    assert new[8] == "Call hotline: CSAT gap, Call hotline"
    assert window.editor.undo_stack.count() == steps + 1
    box = QApplication.focusWidget()  # its title open for typing
    assert isinstance(box, QLineEdit) and box.text() == title
    QTest.keyClick(box, Qt.Key.Key_Escape)
    created = next(o for o in window.editor.doc.opportunities if o.title == title)
    assert [(e.touchpoint_id, e.metric, e.target) for e in created.effects] == [
        (ids["call"], "csat", 80.0)]  # fmt: skip
    press_toolbar(window, window.act_undo)
    qtbot.waitUntil(lambda: all(r[0] != title for r in shown_rows(window)))


def open_suggestions(qtbot, window) -> SuggestDialog:
    """Journey ▸ Suggest opportunities…; the dialog it opens."""
    journey_action(window, "Suggest opportunities").trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, SuggestDialog) for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SuggestDialog))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # offscreen, no window manager makes the new dialog active
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def titles(dialog) -> list[str]:
    return [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]


def click_suggestion(dialog, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = dialog.table
    where = table.visualItemRect(table.item(row, 1)).center()
    QTest.mouseClick(table.viewport(), LEFT, modifier, where)


def test_suggestions_are_accepted_as_ideas_or_dismissed_one_undo_step_a_press(qtbot, window):
    window.open_sample(find_sample("online-order").path)
    dialog = open_suggestions(qtbot, window)
    listed = titles(dialog)
    assert len(listed) >= 3 and dialog.table.isVisible() and not dialog.empty.isVisible()
    assert dialog.table.item(0, 0).text() in {"Largest gap", "Expectation management",
                                              "Many detractors", "Handoff between owners",
                                              "Repeat contacts", "Below target at high volume",
                                              "Channel break on the worst path"}  # fmt: skip
    assert not dialog.accept_button.isEnabled()  # nothing chosen yet
    steps = window.editor.undo_stack.count()
    before = len(window.editor.doc.opportunities)
    click_suggestion(dialog, 0)
    QTest.mouseClick(dialog.accept_button, LEFT)
    assert listed[0] not in titles(dialog) and listed[1] in titles(dialog)
    assert window.editor.undo_stack.count() == steps + 1
    assert last_step(window) == f"Accept the suggestion ‘{listed[0]}’"
    accepted = window.editor.doc.opportunities[-1]
    assert (accepted.title, accepted.status) == (listed[0], "idea")
    click_suggestion(dialog, 0)
    click_suggestion(dialog, 1, Qt.KeyboardModifier.ControlModifier)
    QTest.mouseClick(dialog.dismiss_button, LEFT)
    assert not set(listed[:3]) & set(titles(dialog))  # (a fourth largest gap may come up)
    assert last_step(window) == "Dismiss 2 suggestions"
    assert [o.status for o in window.editor.doc.opportunities[before:]] == [
        "idea", "dismissed", "dismissed"]  # fmt: skip
    press_toolbar(window, window.act_undo)  # the dismissed ones come back
    qtbot.waitUntil(lambda: set(listed[1:3]) <= set(titles(dialog)))
    assert listed[0] not in titles(dialog)
    dialog.close()


def test_with_every_suggestion_dismissed_the_dialog_says_there_is_nothing_to_suggest(qtbot, window):
    doc, _stack, _ids = small_document()
    window.load(doc, None)
    dialog = open_suggestions(qtbot, window)
    assert titles(dialog)
    for _ in range(5):  # dismissing the largest gaps lets the next ones come up
        dialog.table.setFocus()
        QTest.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.mouseClick(dialog.dismiss_button, LEFT)
        if not titles(dialog):
            break
    assert not dialog.table.isVisible() and dialog.empty.isVisible()
    assert dialog.empty.text().startswith("Nothing to suggest")
    dialog.close()


def test_the_german_dock_speaks_german(qtbot, german_window):  # noqa: F811
    open_with_opportunity(qtbot, german_window)
    table = german_window.opportunities.table
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert headers[:3] == ["Titel", "Status", "Verantwortlich"] and headers[7] == "Priorität"
    assert shown_rows(german_window)[0][1] == "Idee"
    assert shown_rows(german_window)[0][7] == "30,0"
    assert "Notiz „Waits 20 minutes“" in shown_rows(german_window)[0][8]

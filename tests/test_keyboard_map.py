"""The map from the keyboard alone, pressed as a facilitator at a projector would: Tab and
Alt+arrow keys reach the arrows, Delete and Enter work on them, C connects two cards, and
a screen reader hears the arrow, the connection being chosen and the lane cell."""

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from journeymap.samples import find_sample
from journeymap.ui.canvas import colors
from journeymap.ui.canvas.items import ArrowItem, CardItem
from journeymap.ui.canvas.notes import NoteItem
from tests.gui_helpers import click, double_click, drag

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
REMINDER = "Appointment reminder"  # two arrows out, one in


def open_installation(window):
    """The installation sample at 100 %, the view holding the keyboard."""
    if window.editor.journey is None or window.editor.journey.name != (
        "Internet and landline installation"
    ):
        window.open_sample(find_sample("installation", "en").path)
    window.canvas.view.resetTransform()
    window.canvas.view.auto_fit = False
    return window.editor.doc, window.canvas.view, window.canvas.scene


def pick_card(window, name: str) -> CardItem:
    """Click the card called ``name`` and give the map the keyboard."""
    view, scene = window.canvas.view, window.canvas.scene
    card = next(c for c in scene.cards.values() if c.look.name == name)
    view.centerOn(card)
    click(view, card.sceneBoundingRect().center())
    view.setFocus()
    assert scene.selectedItems() == [card]
    return card


def in_hand(scene) -> str:
    """What the user sees selected, in words: a card's or note's text, or an arrow's ends."""
    (item,) = scene.selectedItems()
    if isinstance(item, ArrowItem):
        return f"{item.source.look.name} → {item.target.look.name}"
    return item.look.name if isinstance(item, CardItem) else item.look.text


def heard(view) -> tuple[str, str]:
    """What a screen reader reads of the map: its accessible name and description."""
    face = QAccessible.queryAccessibleInterface(view)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def clear_point(scene, arrow: ArrowItem) -> QPointF | None:
    """A point on the arrow where nothing else lies over it (no card, no other arrow)."""
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
        point = arrow.point_at(t)
        on_top = [i for i in scene.items(point) if isinstance(i, CardItem | ArrowItem)]
        if on_top == [arrow]:
            return point
    return None


def ends(doc, journey_id):
    """Every transition of the journey as (source name, target name, label, share)."""
    journey = doc.journey(journey_id)
    return [(doc.get(t.source).name, doc.get(t.target).name, t.label, t.share)
            for t in journey.transitions]  # fmt: skip


def test_tab_and_alt_arrows_reach_the_arrows_delete_removes_one_and_undo_brings_it_back(
    window, monkeypatch
):
    doc, view, scene = open_installation(window)
    original = copy.deepcopy(doc)
    pick_card(window, REMINDER)
    told = []  # what the map tells a screen reader (Qt's name and description events aside)
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: told.append((event.object(), event.type())))  # fmt: skip
    QTest.keyClick(view, Qt.Key.Key_Tab)  # its outgoing arrows come before the next card
    assert told == [(view, QAccessible.Event.Focus)]  # read out as the focus moved there
    assert in_hand(scene) == f"{REMINDER} → Customer calls the technician"
    (arrow,) = scene.selectedItems()
    assert arrow.colour() == colors.CARD_SELECTED  # drawn in the selection's blue, haloed
    name, description = heard(view)
    assert name == f"Arrow from {REMINDER} to Customer calls the technician"
    assert "has to call the technician · 64%" in description and "Delete removes it" in description
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert in_hand(scene) == f"{REMINDER} → Technician installs on site"
    QTest.keyClick(view, Qt.Key.Key_Tab)  # then on to the next card or note
    assert not isinstance(scene.selectedItems()[0], ArrowItem)
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert in_hand(scene) == f"{REMINDER} → Technician installs on site"
    QTest.keyClick(view, Qt.Key.Key_Escape)  # back to its card
    assert in_hand(scene) == REMINDER

    QTest.keyClick(view, Qt.Key.Key_Right, ALT)  # the outgoing arrows, round and round
    assert in_hand(scene) == f"{REMINDER} → Customer calls the technician"
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    assert in_hand(scene) == f"{REMINDER} → Customer calls the technician"
    QTest.keyClick(view, Qt.Key.Key_Left, ALT)  # the incoming one
    assert in_hand(scene) == f"Installation appointment booked by phone → {REMINDER}"
    QTest.keyClick(view, Qt.Key.Key_Escape)  # back to the card it was reached from
    assert in_hand(scene) == REMINDER
    QTest.keyClick(view, Qt.Key.Key_Left, ALT)
    QTest.keyClick(view, Qt.Key.Key_Left)  # Left follows the arrow back to its source
    assert in_hand(scene) == "Installation appointment booked by phone"
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    QTest.keyClick(view, Qt.Key.Key_Right)  # and Right on to its target
    assert in_hand(scene) == REMINDER

    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    doomed = scene.selectedItems()[0].object_id
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert doomed not in doc and doomed not in scene.arrows
    assert in_hand(scene) == REMINDER  # the keyboard goes on from its card
    assert window.editor.undo_stack.text(window.editor.undo_stack.index() - 1) == (
        f"Delete the transition from ‘{REMINDER}’ to ‘Customer calls the technician’"
    )
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert doomed in doc and doomed in scene.arrows
    assert doc == original


def test_enter_edits_an_arrows_label_and_share_in_one_step_as_a_double_click_does(window):
    doc, view, scene = open_installation(window)
    journey_id = window.editor.journey.id
    pick_card(window, REMINDER)
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    (arrow,) = scene.selectedItems()
    steps = window.editor.undo_stack.count()
    QTest.keyClick(view, Qt.Key.Key_Return)
    box = window.canvas.arrow_entry.box
    assert box is not None and box.isVisible()
    label, share = box.label.widget, box.share.widget
    assert QApplication.focusWidget() is label and label.text() == "has to call the technician"
    QTest.keyClicks(label, " again")
    QTest.keyClick(label, Qt.Key.Key_Escape)  # Esc drops the edit
    assert window.canvas.arrow_entry.box is None and window.editor.undo_stack.count() == steps
    QTest.keyClick(view, Qt.Key.Key_Return)
    box = window.canvas.arrow_entry.box
    label, share = box.label.widget, box.share.widget
    label.selectAll()
    QTest.keyClicks(label, "calls the technician")
    QTest.keyClick(label, Qt.Key.Key_Tab)  # to the share, in percent
    assert QApplication.focusWidget() is share
    share.selectAll()
    QTest.keyClicks(share, "40")
    QTest.keyClick(share, Qt.Key.Key_Return)
    assert window.canvas.arrow_entry.box is None
    assert (REMINDER, "Customer calls the technician", "calls the technician", 0.4) in ends(
        doc, journey_id
    )
    assert window.editor.undo_stack.count() == steps + 1  # both fields in one step
    assert arrow.label == "calls the technician · 40%"  # the map says so
    assert scene.selectedItems() == [arrow] and view.hasFocus()  # and the keyboard goes on

    # a double-click on an arrow opens the same box, and never adds a card under it
    cards = len(scene.cards)
    clear = {a: p for a in scene.arrows.values() if (p := clear_point(scene, a)) is not None}
    assert len(clear) > len(scene.arrows) / 2
    for other, at in clear.items():
        view.centerOn(at)
        double_click(view, at)
        box = window.canvas.arrow_entry.box
        assert box is not None and box.label.widget.text() == doc.get(other.object_id).label
        QTest.keyClick(box.label.widget, Qt.Key.Key_Escape)
    assert len(scene.cards) == cards and window.editor.undo_stack.count() == steps + 1


def test_c_connects_the_card_in_hand_to_the_card_chosen_next(window):
    doc, view, scene = open_installation(window)
    original = copy.deepcopy(doc)
    journey_id = window.editor.journey.id
    source = pick_card(window, "Order confirmation")
    assert window.act_connect.isEnabled() and window.act_connect.shortcut().toString() == "C"
    before = ends(doc, journey_id)
    QTest.keyClick(view, Qt.Key.Key_C)
    hint = "Connecting from ‘Order confirmation’ — choose the card and press Enter, Escape cancels"
    assert window.statusBar().currentMessage() == hint
    assert heard(view)[1].startswith(hint)
    QTest.keyClick(view, Qt.Key.Key_Right)  # the nearest card that way, in the next stage
    target = scene.selectedItems()[0]
    assert isinstance(target, CardItem) and target.x() > source.x()
    assert heard(view)[0] == f"Touchpoint: {target.look.name}"
    band = window.canvas.connecting.line
    assert band.isVisible() and band.line().p2() == target.sceneBoundingRect().center()
    QTest.keyClick(view, Qt.Key.Key_Delete)  # no shortcut works on the card being chosen
    assert target.object_id in doc
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert ends(doc, journey_id) == [*before, ("Order confirmation", target.look.name, "", None)]
    assert band.scene() is None and window.statusBar().currentMessage() == ""
    (arrow,) = scene.selectedItems()  # the new arrow, on the map and in hand
    assert isinstance(arrow, ArrowItem) and (arrow.source, arrow.target) == (source, target)
    assert window.editor.undo_stack.text(window.editor.undo_stack.index() - 1) == (
        f"Connect ‘Order confirmation’ to ‘{target.look.name}’"
    )
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)  # one undo step takes it away
    assert ends(doc, journey_id) == before and arrow.scene() is None

    pick_card(window, "Order confirmation")
    QTest.keyClick(view, Qt.Key.Key_C)
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Escape)  # cancels: nothing changed, the source in hand
    assert ends(doc, journey_id) == before and doc == original
    assert in_hand(scene) == "Order confirmation" and window.canvas.connecting.source is None
    assert window.statusBar().currentMessage() == ""


def test_a_connection_made_twice_is_refused_by_keyboard_with_the_message_a_drag_gives(window):
    doc, view, scene = open_installation(window)
    journey_id = window.editor.journey.id
    before = ends(doc, journey_id)
    # Order confirmation already leads to the appointment booked by phone, just below it
    source = pick_card(window, "Order confirmation")
    QTest.keyClick(view, Qt.Key.Key_C)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert in_hand(scene) == "Installation appointment booked by phone"
    target = scene.selectedItems()[0]
    QTest.keyClick(view, Qt.Key.Key_Return)
    refusal = "‘Order confirmation’ leads to ‘Installation appointment booked by phone’ already"
    assert window.statusBar().currentMessage() == refusal
    assert ends(doc, journey_id) == before and in_hand(scene) == "Order confirmation"
    name, description = heard(view)  # a screen reader hears why, with the card in hand
    assert description.startswith(refusal) and "Order confirmation" in name + description
    QTest.keyClick(view, Qt.Key.Key_Down)  # until the next key
    assert refusal not in heard(view)[1]
    window.statusBar().clearMessage()
    drag(view, source.mapToScene(source.handle_center()), target.sceneBoundingRect().center())
    assert window.statusBar().currentMessage() == refusal
    assert ends(doc, journey_id) == before


def test_connect_is_in_the_edit_menu_and_the_help_enabled_only_with_a_card_selected(window):
    from journeymap.ui.help_dialogs import shortcut_rows

    _, view, scene = open_installation(window)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.act_connect in edit.actions()
    assert ("Connect to another card", "C") in shortcut_rows(window)
    rows = dict(shortcut_rows(window))
    assert "Alt+Right" in rows["Go to the card's outgoing / incoming arrows"]
    pick_card(window, REMINDER)
    assert window.act_connect.isEnabled()
    note = next(n for n in scene.notes.values() if n.isVisible())
    view.centerOn(note)
    click(view, note.sceneBoundingRect().center() + QPointF(0, -10))
    assert scene.selectedItems() == [note] and not window.act_connect.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_C)  # a note connects to nothing
    assert window.canvas.connecting.source is None


def test_a_lane_cell_chosen_says_its_lane_stage_and_notes(window):
    _, view, scene = open_installation(window)
    journey = window.editor.journey
    lane = next(la for la in journey.lanes if la.kind == "thoughts")
    stage, notes = next(
        (s, ns) for s in journey.stages
        if len(ns := [n for n in journey.notes if (n.lane_id, n.stage_id) == (lane.id, s.id)]) == 1
    )  # fmt: skip
    empty = scene.next_note_rect(lane.id, stage.id).center()  # beside its one note
    view.centerOn(empty)
    click(view, empty)
    assert scene.current_cell == (lane.id, stage.id) and not scene.selectedItems()
    name, description = heard(view)
    index = journey.stages.index(stage) + 1
    assert name == f"Lane Thoughts, stage {index}: {stage.name}"
    assert description == f"Notes: {notes[0].text}. Type to write a note here"
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_C)  # with no card in hand, C is a letter of a new note
    box = window.canvas.note_entry.box
    assert box is not None and box.text() == "c" and window.canvas.connecting.source is None
    QTest.keyClick(box, Qt.Key.Key_Escape)


def test_the_keyboard_reaches_every_lane_cell_and_writes_a_note_there(window):
    doc, view, scene = open_installation(window)
    journey = window.editor.journey
    steps = window.editor.undo_stack.count()
    note = next(n for n in scene.notes.values() if n.isVisible())
    view.centerOn(note)
    click(view, note.sceneBoundingRect().center() + QPointF(0, -10))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Escape)  # from the note to its cell
    lane_id, stage_id = scene.current_cell
    assert not scene.selectedItems() and doc.get(note.object_id).lane_id == lane_id
    assert heard(view)[0].startswith("Lane ")
    QTest.keyClick(view, Qt.Key.Key_Right)  # the same lane, the next stage
    assert scene.current_cell == (lane_id, journey.stages[1].id)
    QTest.keyClick(view, Qt.Key.Key_Down)  # the next lane that holds notes
    lower, stage_id = scene.current_cell
    assert lower != lane_id and stage_id == journey.stages[1].id
    stage = journey.stages[1]
    assert heard(view)[0] == f"Lane {doc.get(lower).name or 'Feelings'}, stage 2: {stage.name}"
    QTest.keyClick(view, Qt.Key.Key_Return)  # writes a new note there, as a double-click
    box = window.canvas.note_entry.box
    assert box is not None
    QTest.keyClicks(box, "Waiting for the letter")
    QTest.keyClick(box, Qt.Key.Key_Escape)  # (Enter would keep it and open the next)
    assert window.editor.undo_stack.count() == steps
    QTest.keyClick(view, Qt.Key.Key_Tab)  # Tab: the cell's first note
    (first,) = scene.selectedItems()
    assert isinstance(first, NoteItem)
    assert scene.lane_cell_at(first.sceneBoundingRect().center()) == (lower, stage_id)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.keyClick(view, Qt.Key.Key_Escape)  # Esc in a cell keeps it: the keyboard stays there
    assert scene.current_cell == (lower, stage_id) and not scene.selectedItems()


def test_a_note_says_its_lane_and_the_arrow_keys_go_on_from_it(window):
    _, view, scene = open_installation(window)
    note = next(n for n in scene.notes.values() if n.isVisible())
    view.centerOn(note)
    click(view, note.sceneBoundingRect().center() + QPointF(0, -10))
    view.setFocus()
    name, description = heard(view)
    assert name == f"Note: {note.look.text}" and description.startswith("Lane: ")
    QTest.keyClick(view, Qt.Key.Key_Right)
    (moved,) = scene.selectedItems()
    assert moved is not note and heard(view)[0] != name


NAVIGATION = [
    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Right, ALT),
    (Qt.Key.Key_Left, ALT),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.sampled_from(NAVIGATION), min_size=1, max_size=25))
def test_navigation_keys_never_change_the_map_and_always_leave_one_item_in_hand(window, keys):
    doc, view, scene = open_installation(window)
    original = copy.deepcopy(doc)
    steps = window.editor.undo_stack.count()
    pick_card(window, REMINDER)
    for key, held in keys:
        QTest.keyClick(view, key, held)
        name = heard(view)[0]
        if not scene.selectedItems():  # Esc from a note: its lane cell, where typing writes
            assert scene.current_cell is not None and name.startswith("Lane "), name
            continue
        (item,) = scene.selectedItems()  # one card, note or arrow
        assert isinstance(item, CardItem | NoteItem | ArrowItem) and item.isVisible()
        assert window.editor.selection == [item.object_id]  # the inspector shows the same
        assert name.startswith(("Touchpoint: ", "Note: ", "Arrow from ")), name
    assert doc == original and window.editor.undo_stack.count() == steps


def tool_button(window, action) -> QToolButton:
    """The main tool bar's button for ``action`` (it takes no keyboard focus when clicked)."""
    return window.findChild(QToolBar, "main-toolbar").widgetForAction(action)


def test_an_undo_that_takes_the_card_being_named_away_closes_its_name_box(window):
    _, view, scene = open_installation(window)
    pick_card(window, REMINDER)
    cards = len(scene.cards)
    QTest.keyClick(view, Qt.Key.Key_T, CTRL)  # a new card in the stage, its name box open
    box = window.canvas.renamer
    assert len(scene.cards) == cards + 1 and box is not None and box.hasFocus()
    QTest.mouseClick(tool_button(window, window.act_undo), Qt.MouseButton.LeftButton)
    assert len(scene.cards) == cards  # the new card is gone, and so is the box naming it
    assert window.canvas.renamer is None and not box.isVisible()
    pick_card(window, REMINDER)  # the map goes on as before, the name box left nothing behind
    assert view.hasFocus() and window.editor.undo_stack.canRedo()


def test_an_undo_that_takes_the_arrow_being_edited_away_closes_its_box(window):
    doc, view, _ = open_installation(window)
    journey_id = window.editor.journey.id
    before = ends(doc, journey_id)
    pick_card(window, "Order confirmation")
    QTest.keyClick(view, Qt.Key.Key_C)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Return)  # the new arrow, in hand
    QTest.keyClick(view, Qt.Key.Key_Return)  # its label and share in the box
    box = window.canvas.arrow_entry.box
    assert box is not None and box.label.widget.hasFocus()
    QTest.mouseClick(tool_button(window, window.act_undo), Qt.MouseButton.LeftButton)
    assert ends(doc, journey_id) == before and not box.isVisible()
    assert window.canvas.arrow_entry.box is None


def test_ctrl_tab_leaves_the_map_at_once_and_ends_a_connection_being_chosen(window):
    from journeymap.ui.help_dialogs import shortcut_rows

    doc, view, scene = open_installation(window)
    original = copy.deepcopy(doc)
    pick_card(window, REMINDER)
    QTest.keyClick(view, Qt.Key.Key_Tab, CTRL)  # not through the map's seventy-odd items
    assert QApplication.focusWidget() is window.journeys_dock.widget().list  # the next panel
    assert in_hand(scene) == REMINDER  # the map keeps its selection for the way back
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    before = QApplication.focusWidget()
    assert before is not view and not view.isAncestorOf(before)  # the panel before the map
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_C)
    assert window.canvas.connecting.source is not None
    QTest.keyClick(view, Qt.Key.Key_Tab, CTRL)
    assert not view.hasFocus() and window.canvas.connecting.source is None
    assert window.statusBar().currentMessage() == "" and doc == original
    rows = dict(shortcut_rows(window))
    assert rows["Leave the map for the next / previous panel"] == "Ctrl+Tab / Ctrl+Shift+Tab"


def test_ctrl_z_while_a_connection_is_chosen_ends_it_and_undoes_the_last_step(window):
    doc, view, scene = open_installation(window)
    original = copy.deepcopy(doc)
    pick_card(window, REMINDER)
    QTest.keyClick(view, Qt.Key.Key_F2)
    QTest.keyClicks(window.canvas.renamer, "Reminder by text")
    QTest.keyClick(window.canvas.renamer, Qt.Key.Key_Return)
    QTest.keyClick(view, Qt.Key.Key_C)
    QTest.keyClick(view, Qt.Key.Key_Right)  # another card chosen, the rubber band to it
    band = window.canvas.connecting.line
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)  # as anywhere: the rename is undone
    assert doc == original
    assert window.canvas.connecting.source is None and band.scene() is None
    assert window.statusBar().currentMessage() == ""
    assert in_hand(scene) == REMINDER  # the card the connection started from, in hand again
    QTest.keyClick(view, Qt.Key.Key_Delete)  # and the keys act on the map as before
    assert not any(c.look.name == REMINDER for c in scene.cards.values())


def test_delete_in_an_inspector_combo_box_leaves_the_map_alone_the_menu_entry_still_deletes(
    window,
):
    """Delete and Backspace are the map's keys: with the keyboard in a combo box of the
    inspector they used to delete the card selected on the map."""
    from PySide6.QtWidgets import QComboBox

    doc, view, scene = open_installation(window)
    card = pick_card(window, REMINDER)
    box = next(b for b in window.inspector.findChildren(QComboBox) if b.isVisible())
    box.setFocus()
    assert QApplication.focusWidget() is box
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        QTest.keyClick(box, key)
    assert card.object_id in doc and card.object_id in scene.cards
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    delete = next(a for a in edit.actions() if a.text() == "&Delete")
    edit.popup(window.mapToGlobal(window.rect().center()))
    edit.setActiveAction(delete)
    QTest.keyClick(edit, Qt.Key.Key_Return)  # chosen in the menu, from anywhere
    assert card.object_id not in doc
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    pick_card(window, REMINDER)
    QTest.keyClick(view, Qt.Key.Key_Delete)  # and the map's own key, on the map
    assert card.object_id not in doc


def test_a_sample_opened_from_the_welcome_page_by_keyboard_hands_the_keys_to_the_map(window, qtbot):
    # the welcome page's list went away with the page, and the focus with it: the next
    # Tab or arrow key went nowhere (or into the inspector), not to the map
    window.show_welcome()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    samples = window.welcome.samples["en"]
    samples.setFocus()
    samples.setCurrentRow(0)
    QTest.keyClick(samples, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.canvas
    focus = QApplication.focusWidget()
    assert focus is window.canvas.view
    QTest.keyClick(focus, Qt.Key.Key_Tab)  # the first card or note of the map
    assert len(window.canvas.scene.selectedItems()) == 1


def test_tab_goes_through_the_notes_of_a_cell_as_they_are_read_left_to_right(window):
    # two notes abreast of different heights (the German sample's first two): the
    # shorter one's centre is higher, and Tab took it first, the right before the left
    window.open_sample(find_sample("installation", "de").path)
    view, scene = window.canvas.view, window.canvas.scene
    view.resetTransform()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    (first,) = scene.selectedItems()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    (second,) = scene.selectedItems()
    assert isinstance(first, NoteItem) and isinstance(second, NoteItem)
    a, b = first.sceneBoundingRect(), second.sceneBoundingRect()
    assert a.top() == b.top() and a.height() != b.height()  # the case: abreast, unlike
    assert a.left() < b.left()


def test_f1_lists_every_shortcut_in_a_dialog_no_taller_than_the_screen(window, qtbot):
    # the list was a message box 1,258 px tall: on a laptop its lower rows and its button
    # lay below the screen's edge
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser

    from journeymap.ui.help_dialogs import shortcut_rows

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    screen = window.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert all(what in text and keys in text for what, keys in shortcut_rows(window))
    close = dialog.findChild(QDialogButtonBox).buttons()[0]
    assert close.isVisible() and dialog.rect().contains(close.geometry())
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

"""A touchpoint's pain points and opportunities are the notes about it: its inspector lists
them, writes, edits and deletes them (on the map at once, each one undo step), and a
note's own inspector page ticks the touchpoints it is about."""

from builders import small_document, with_lanes
from gui_helpers import click, write_note_about
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from test_gui_lanes import notes_shown, rows

from journeymap.model import Note, SetFields, Touchpoint


def open_with_lanes(window):
    """small_document with a touchpoint lane and a pain-point lane, its two booking cards
    one above the other (not on top of each other), open in the window."""
    doc, stack, ids = small_document()
    stack.push(SetFields(ids["mail"], {"y": 130.0}))
    with_lanes(doc, stack, ids)
    window.load(doc, None)
    return doc, doc.journey(ids["journey"]), ids


def show_card(window, tp_id: str):
    """Click a card on the map; the touchpoint page of the inspector."""
    view = window.canvas.view
    click(view, window.canvas.scene.cards[tp_id].sceneBoundingRect().center())
    return window.inspector.pages[Touchpoint]


def listed(notes_about) -> list[str]:
    return [notes_about.notes.item(i).text() for i in range(notes_about.notes.count())]


def test_the_inspector_lists_writes_and_undoes_the_pain_points_of_a_card(qtbot, window):
    _doc, _journey, ids = open_with_lanes(window)
    scene = window.canvas.scene
    page = show_card(window, ids["call"])
    assert listed(page.pain_points) == ["Waits 20 minutes"]
    assert listed(page.opportunities) == []
    write_note_about(qtbot, page.pain_points, "Nobody picks up")
    assert listed(page.pain_points) == ["Waits 20 minutes", "Nobody picks up"]
    note = notes_shown(scene)["Nobody picks up"].sceneBoundingRect()
    # on the map: in the pain-point lane, under the card's stage, counted on the card
    assert rows(scene)["Pain points"].sceneBoundingRect().contains(note)
    assert scene.columns[ids["booking"]].sceneBoundingRect().contains(note)
    assert scene.cards[ids["call"]].look.notes == 2
    assert window.editor.undo_stack.undoText() == "Add note ‘Nobody picks up’"
    window.editor.undo_stack.undo()
    assert "Nobody picks up" not in notes_shown(scene)
    assert listed(page.pain_points) == ["Waits 20 minutes"]


def test_an_opportunity_gets_its_lane_when_the_journey_has_none(qtbot, window):
    _doc, journey, ids = open_with_lanes(window)
    scene = window.canvas.scene
    assert "Opportunities" not in rows(scene)
    page = show_card(window, ids["tech"])
    write_note_about(qtbot, page.opportunities, "Text the arrival window")
    assert "Opportunities" in rows(scene)
    note = notes_shown(scene)["Text the arrival window"].sceneBoundingRect()
    assert rows(scene)["Opportunities"].sceneBoundingRect().contains(note)
    window.editor.undo_stack.undo()  # one step took both the lane and the note
    assert "Opportunities" not in rows(scene)
    assert [lane.kind for lane in journey.lanes] == ["touchpoints", "pain_points"]


def test_a_listed_pain_point_is_edited_in_place_and_emptied_away(qtbot, window):
    _doc, _journey, ids = open_with_lanes(window)
    scene = window.canvas.scene
    page = show_card(window, ids["call"])
    notes = page.pain_points.notes
    steps = window.editor.undo_stack.count()

    def retype(text: str) -> None:
        rect = notes.visualItemRect(notes.item(0))
        QTest.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        box = QApplication.focusWidget()
        box.selectAll()
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    retype("Waits 40 minutes")
    qtbot.waitUntil(lambda: "Waits 40 minutes" in notes_shown(scene))
    assert "Waits 20 minutes" not in notes_shown(scene)
    assert window.editor.undo_stack.count() == steps + 1
    retype("")
    qtbot.waitUntil(lambda: "Waits 40 minutes" not in notes_shown(scene))
    assert listed(page.pain_points) == []
    assert scene.cards[ids["call"]].look.notes == 0
    window.editor.undo_stack.undo()
    assert listed(page.pain_points) == ["Waits 40 minutes"]


def test_the_delete_button_takes_the_chosen_pain_point_off_the_map(qtbot, window):
    _doc, journey, ids = open_with_lanes(window)
    page = show_card(window, ids["call"])
    notes = page.pain_points.notes
    assert not page.pain_points.remove_button.isEnabled()  # nothing chosen yet
    rect = notes.visualItemRect(notes.item(0))
    QTest.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.pain_points.remove_button, Qt.MouseButton.LeftButton)
    assert "Waits 20 minutes" not in notes_shown(window.canvas.scene)
    assert journey.notes == []


def test_a_note_page_ticks_the_touchpoints_the_note_is_about(qtbot, window):
    _doc, journey, ids = open_with_lanes(window)
    view, scene = window.canvas.view, window.canvas.scene
    click(view, notes_shown(scene)["Waits 20 minutes"].sceneBoundingRect().center())
    page = window.inspector.stack.currentWidget()
    assert page is window.inspector.pages[Note]
    about = page.about
    ticked = {
        about.item(i).text(): about.item(i).checkState() == Qt.CheckState.Checked
        for i in range(about.count())
    }
    call = journey.touchpoints[[tp.id for tp in journey.touchpoints].index(ids["call"])]
    assert [name for name, on in ticked.items() if on] == [f"Booking · {call.name}"]
    mail = next(i for i in range(about.count()) if about.item(i).data(Qt.ItemDataRole.UserRole)
                == ids["mail"])  # fmt: skip
    box = about.visualItemRect(about.item(mail))
    # the check box sits at the left of the row
    check_box = QPoint(box.left() + 10, box.center().y())
    QTest.mouseClick(about.viewport(), Qt.MouseButton.LeftButton, pos=check_box)
    assert journey.notes[0].touchpoint_ids == [ids["call"], ids["mail"]]
    assert scene.cards[ids["mail"]].look.notes == 1
    window.editor.undo_stack.undo()
    assert scene.cards[ids["mail"]].look.notes == 0


def test_without_lanes_a_card_can_still_be_given_a_pain_point(qtbot, window):
    doc, _stack, ids = small_document()
    window.load(doc, None)
    page = show_card(window, ids["call"])
    write_note_about(qtbot, page.pain_points, "Waits")
    journey = doc.journey(ids["journey"])
    assert [lane.kind for lane in journey.lanes] == ["touchpoints", "pain_points"]
    assert "Waits" in notes_shown(window.canvas.scene)


def test_a_note_page_opens_at_its_left_edge_after_a_wide_touchpoint_page(qtbot, window):
    _doc, _journey, ids = open_with_lanes(window)
    show_card(window, ids["call"])
    bar = window.inspector.horizontalScrollBar()
    window.inspector.resize(120, window.inspector.height())  # too narrow: it scrolls sideways
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    click(window.canvas.view, notes_shown(window.canvas.scene)["Waits 20 minutes"]
          .sceneBoundingRect().center())  # fmt: skip
    assert window.inspector.stack.currentWidget() is window.inspector.pages[Note]
    assert bar.value() == 0  # its labels are not cut at the left

"""The persona editor, opened from the journey's inspector: each addition, rename,
description and deletion is one undo step, and the journey's persona choice follows."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.model import Journey
from journeymap.samples import find_sample
from journeymap.ui.persona_editor import PersonaEditor


def open_persona_editor(window, qtbot):
    """Open a sample, and press "Edit personas…" on the journey's page of the inspector."""
    window.open_sample(find_sample("installation", "en").path)
    page = window.inspector.pages[Journey]
    assert window.inspector.stack.currentWidget() is page  # nothing selected: the journey
    return page, press_edit_personas(page, qtbot)


def press_edit_personas(page, qtbot):
    """Press the button and wait for the editor to be the active window."""
    QTest.mouseClick(page.personas_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PersonaEditor))
    return QApplication.activeWindow()


def persona_choice(page):
    box = page.persona.widget
    return [box.itemText(i) for i in range(box.count())]


def listed(dialog):
    return [dialog.persona_list.item(r).text() for r in range(dialog.persona_list.count())]


def test_a_persona_typed_in_the_editor_is_one_step_and_can_be_chosen(window, qtbot):
    page, dialog = open_persona_editor(window, qtbot)
    doc, stack = window.editor.doc, window.editor.undo_stack
    before = [p.name for p in doc.personas]
    QTest.keyClicks(dialog.new_name, "Budget family")
    QTest.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert [p.name for p in doc.personas] == [*before, "Budget family"]
    assert listed(dialog) == [*before, "Budget family"]
    assert persona_choice(page) == ["(none)", *before, "Budget family"]
    assert stack.count() == 1 and stack.text(0) == "Add persona ‘Budget family’"
    assert dialog.isVisible() and window.isWindowModified()

    assert dialog.name_field.widget.text() == "Budget family"  # the new one is chosen
    dialog.description_field.widget.setFocus()
    QTest.keyClicks(dialog.description_field.widget, "Two children, one income")
    QTest.keyClick(dialog.description_field.widget, Qt.Key.Key_Return)
    name = dialog.name_field.widget
    name.setFocus()
    name.selectAll()
    QTest.keyClicks(name, "Family on a budget")
    QTest.keyClick(name, Qt.Key.Key_Tab)
    added = doc.personas[-1]
    assert (added.name, added.description) == ("Family on a budget", "Two children, one income")
    assert [stack.text(i) for i in (1, 2)] == [
        "Change the description of ‘Budget family’",
        "Rename ‘Budget family’ to ‘Family on a budget’",
    ]
    assert persona_choice(page)[-1] == "Family on a budget"

    stack.undo()
    stack.undo()
    stack.undo()
    assert [p.name for p in doc.personas] == before
    assert persona_choice(page) == ["(none)", *before]
    assert listed(dialog) == before


def test_deleting_a_persona_unsets_it_on_its_journeys_and_undo_brings_both_back(window, qtbot):
    page, dialog = open_persona_editor(window, qtbot)
    doc, journey, stack = window.editor.doc, window.editor.journey, window.editor.undo_stack
    QTest.keyClicks(dialog.new_name, "Commuter")
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    persona = doc.personas[-1]
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    box = page.persona.widget
    box.setFocus()
    QTest.keyClicks(box, "Commuter")  # the journey is for the commuter
    assert journey.persona_id == persona.id

    dialog = press_edit_personas(page, qtbot)
    people = dialog.persona_list
    row = people.visualItemRect(people.item(listed(dialog).index("Commuter")))
    QTest.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert dialog.name_field.widget.text() == "Commuter"
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert persona.id not in doc and journey.persona_id is None
    assert "Commuter" not in persona_choice(page) + listed(dialog)
    assert stack.text(stack.index() - 1) == "Delete persona ‘Commuter’"
    stack.undo()
    assert journey.persona_id == persona.id and "Commuter" in listed(dialog)
    assert page.persona.widget.currentText() == "Commuter"

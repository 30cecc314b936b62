"""The persona editor, opened from the journey's inspector: each addition, rename,
description and deletion is one undo step, and the journey's persona choice follows."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journeymap.model import Journey
from journeymap.model.validation import PICTURE_SIGNATURES
from journeymap.samples import find_sample
from journeymap.ui.numbers import whole
from journeymap.ui.persona_editor import PersonaEditor
from tests.modal import answer_next
from tests.test_gui_file_names import type_path
from tests.test_gui_legend import svg_texts


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

    assert dialog.texts["name"].widget.text() == "Budget family"  # the new one is chosen
    dialog.texts["description"].widget.setFocus()
    QTest.keyClicks(dialog.texts["description"].widget, "Two children, one income")
    QTest.keyClick(dialog.texts["description"].widget, Qt.Key.Key_Return)
    name = dialog.texts["name"].widget
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
    assert dialog.texts["name"].widget.text() == "Commuter"
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert persona.id not in doc and journey.persona_id is None
    assert "Commuter" not in persona_choice(page) + listed(dialog)
    assert stack.text(stack.index() - 1) == "Delete persona ‘Commuter’"
    stack.undo()
    assert journey.persona_id == persona.id and "Commuter" in listed(dialog)
    assert page.persona.widget.currentText() == "Commuter"


def type_into(field, text):
    """Replace a field's text by typing, and press Enter, as a person finishes an entry."""
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_a_persona_gets_a_quote_goals_and_a_picture_and_the_map_shows_its_card(
    window, qtbot, tmp_path
):
    _, dialog = open_persona_editor(window, qtbot)
    persona = dialog.chosen()
    assert window.editor.journey.persona_id == persona.id  # the sample's journey is hers
    type_into(dialog.texts["quote"].widget, "One appointment that holds, please.")
    type_into(dialog.texts["goals"].widget, "Internet from day one")
    assert (persona.quote, persona.goals) == ("One appointment that holds, please.",
                                             "Internet from day one")  # fmt: skip
    card = window.canvas.scene.persona_card
    assert card.name == persona.name and card.quote == persona.quote
    assert window.exporter.svg(tmp_path / "map.svg")  # the card is part of every picture
    assert "One appointment that holds" in svg_texts(tmp_path / "map.svg")
    assert card.picture.isNull() and dialog.picture_view.text() == "No picture"

    face = tmp_path / "face.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fde"))
    assert image.save(str(face))
    answer_next(qtbot, QFileDialog, type_path(face, []))
    QTest.mouseClick(dialog.choose_picture, Qt.MouseButton.LeftButton)
    assert persona.picture == face.read_bytes()
    assert not card.picture.isNull() and not dialog.picture_view.pixmap().isNull()
    stack = window.editor.undo_stack
    assert stack.text(stack.index() - 1) == f"Change the picture of ‘{persona.name}’"
    stack.undo()
    assert persona.picture == b"" and window.canvas.scene.persona_card.picture.isNull()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            PICTURE_SIGNATURES["PNG"] + b"\0" * (2 * 1024 * 1024),
            "is {size} bytes; a persona's picture may be at most {limit} bytes (2 MB)",
        ),
        (b"hello, not a picture", "is not a PNG or JPEG picture"),
        (PICTURE_SIGNATURES["JPEG"] + b"broken", "is not a PNG or JPEG picture"),
    ],
)
def test_a_file_that_is_no_fitting_picture_gets_a_message_and_changes_nothing(
    window, qtbot, tmp_path, monkeypatch, content, expected
):
    _, dialog = open_persona_editor(window, qtbot)
    persona = dialog.chosen()
    path = tmp_path / "chosen.png"
    path.write_bytes(content)
    steps = window.editor.undo_stack.count()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    answer_next(qtbot, QFileDialog, type_path(path, []))
    QTest.mouseClick(dialog.choose_picture, Qt.MouseButton.LeftButton)
    (text,) = said
    sizes = {"size": whole(len(content)), "limit": whole(2 * 1024 * 1024)}  # as the locale has it
    assert text.startswith("“chosen.png”") and expected.format(**sizes) in text
    assert persona.picture == b"" and window.editor.undo_stack.count() == steps

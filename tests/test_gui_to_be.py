"""Journey ▸ Create to-be from selected solutions: the dialog lists the solutions for the
journey on show; ticking two and pressing OK adds the to-be journey with them realised,
shows it, and one undo takes it all back. Without solutions the entry is disabled."""

from builders import small_document, with_lanes, with_opportunity
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_gui_voting import journey_action

from journeymap.model import AddObject, RemoveObject, SetFields, Solution
from journeymap.storage import save_document
from journeymap.ui.to_be_dialog import ToBeDialog

MENU_TEXT = "Create to-be from selected solutions"


def planned_file(tmp_path):
    """The hotline document with two solutions (one about the hotline, one with no
    touchpoint), saved; and its ids."""
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    with_opportunity(doc, stack, ids)
    stack.push(SetFields(ids["solution"], {"touchpoint_ids": [ids["call"]]}))
    texting = Solution(ids["opportunity"], "Text the waiting time")
    stack.push(AddObject(texting))
    ids["texting"] = texting.id
    path = tmp_path / "plan.json"
    save_document(doc, path)
    return path, ids


def tick(dialog: ToBeDialog, row: int) -> None:
    """Click the check box of one row, as a person does."""
    choices = dialog.choices
    rect = choices.visualItemRect(choices.topLevelItem(row))
    box = QPoint(rect.left() + rect.height() // 2, rect.center().y())  # the box leads the row
    QTest.mouseClick(choices.viewport(), Qt.MouseButton.LeftButton, pos=box)


def open_dialog(qtbot, window) -> ToBeDialog:
    journey_action(window, MENU_TEXT).trigger()

    def found() -> list[ToBeDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, ToBeDialog)]

    qtbot.waitUntil(lambda: bool(found()) and found()[0].isVisible())
    return found()[0]


def test_ticked_solutions_become_a_to_be_journey_in_one_undo_step(qtbot, window, tmp_path):
    path, ids = planned_file(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    assert journey_action(window, MENU_TEXT).isEnabled()
    dialog = open_dialog(qtbot, window)
    first = dialog.choices.topLevelItem(0)
    assert dialog.choices.topLevelItemCount() == 2
    texts = [first.text(column) for column in range(3)]
    # it names the as-is journey it will change: not realised in any to-be yet
    assert texts == ["Callback button", "Call back instead of waiting", ""]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing ticked yet
    tick(dialog, 0)
    tick(dialog, 1)
    assert dialog.ticked() == [ids["solution"], ids["texting"]] and ok.isEnabled()
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    doc, journey = window.editor.doc, window.editor.journey
    assert (journey.name, journey.state) == ("Installation (to-be)", "to-be")  # shown at once
    names = {tp.name: tp for tp in journey.touchpoints}
    assert names["Call hotline"].targets == {"csat": 85.0}
    assert set(window.canvas.scene.cards) == {tp.id for tp in journey.touchpoints}
    assert names["Text the waiting time"].id in window.canvas.scene.cards
    assert doc.get(ids["texting"]).journey_id == journey.id
    assert window.editor.undo_stack.undoText() == "Add journey ‘Installation (to-be)’"
    window.editor.undo_stack.undo()
    assert [j.name for j in doc.journeys] == ["Installation"]
    assert doc.get(ids["texting"]).journey_id is None


def test_the_entry_is_disabled_without_solutions_for_the_journey(qtbot, window, tmp_path):
    path, ids = planned_file(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    assert journey_action(window, MENU_TEXT).isEnabled()
    with qtbot.waitSignal(window.editor.settled):
        window.editor.push(RemoveObject(ids["opportunity"]))  # and its solutions
    assert not journey_action(window, MENU_TEXT).isEnabled()
    with qtbot.waitSignal(window.editor.settled):
        window.editor.undo_stack.undo()
    assert journey_action(window, MENU_TEXT).isEnabled()

"""File ▸ New asks which stages and lanes the journey starts with and remembers the
choices."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from journeymap.ui.new_journey import TemplateDialog
from tests.modal import answer_next
from tests.test_i18n import _widget_texts, english_leftovers, german_window  # noqa: F401

CTRL = Qt.KeyboardModifier.ControlModifier


def press_new(qtbot, window):
    """Ctrl+N on the active window (offscreen there is no window manager to hand the
    activation back to it when a dialog closes)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)


def stage_names(window):
    return [stage.name for stage in window.editor.journey.stages]


def current_key(dialog):
    return dialog.choices.currentItem().data(Qt.ItemDataRole.UserRole)


def pick_by_keyboard(key):
    """Arrow down to the template ``key`` and press Enter."""

    def answer(dialog):
        for _ in range(dialog.choices.count()):
            if current_key(dialog) == key:
                break
            QTest.keyClick(dialog.choices, Qt.Key.Key_Down)
        assert key in dialog.stage_list.text() or current_key(dialog) == key
        QTest.keyClick(dialog.choices, Qt.Key.Key_Return)

    return answer


def test_new_offers_templates_and_preselects_the_last_choice(qtbot, window):
    preselected = []

    def pick_service_case(dialog):
        preselected.append(current_key(dialog))
        pick_by_keyboard("service_case")(dialog)

    shown = answer_next(qtbot, TemplateDialog, pick_service_case)
    press_new(qtbot, window)
    assert shown and preselected == ["lifecycle"]  # the stock stages, the first time
    assert stage_names(window) == [
        "Problem occurs", "Look for help", "Get in touch", "Diagnosis", "Solution", "Follow-up",
    ]  # fmt: skip
    assert window.pages.currentWidget() is window.canvas
    assert len(window.canvas.scene.columns) == 6

    def pick_empty_with_the_mouse(dialog):
        preselected.append(current_key(dialog))
        row = next(r for r in range(dialog.choices.count())
                   if dialog.choices.item(r).data(Qt.ItemDataRole.UserRole) == "empty")  # fmt: skip
        rect = dialog.choices.visualItemRect(dialog.choices.item(row))
        QTest.mouseClick(dialog.choices.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert "Add stage" in dialog.stage_list.text()
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next(qtbot, TemplateDialog, pick_empty_with_the_mouse)
    press_new(qtbot, window)
    assert preselected == ["lifecycle", "service_case"]  # remembered
    assert stage_names(window) == []
    assert len(window.canvas.scene.columns) == 0


def test_cancelling_the_choice_keeps_the_journey_on_show(qtbot, window):
    answer_next(qtbot, TemplateDialog, pick_by_keyboard("purchase"))
    press_new(qtbot, window)
    before = window.editor.doc
    answer_next(qtbot, TemplateDialog, lambda d: QTest.keyClick(d.choices, Qt.Key.Key_Escape))
    press_new(qtbot, window)
    assert window.editor.doc is before
    assert stage_names(window)[-2:] == ["Waiting for the delivery", "Unpacking"]


def test_the_german_ui_offers_german_templates_and_stages(qtbot, german_window):  # noqa: F811
    texts = []

    def look_and_pick(dialog):
        texts.append(("title", dialog.windowTitle()))
        for widget in [dialog, *dialog.findChildren(QWidget)]:
            texts.extend(_widget_texts(widget))
        pick_by_keyboard("onboarding")(dialog)

    answer_next(qtbot, TemplateDialog, look_and_pick)
    press_new(qtbot, german_window)
    texts = [(where, text) for where, text in texts if isinstance(text, str) and text.strip()]
    shown = {text for _, text in texts}
    assert {"Neue Journey", "Kundenlebenszyklus", "Servicefall", "Klassische Journey Map"} <= shown
    assert "Kundenaktionen · Touchpoints · Gedanken · Gefühle" in " ".join(shown)
    assert not english_leftovers(texts)
    assert stage_names(german_window)[:3] == ["Registrierung", "Begrüßung", "Einrichtung"]


def lane_kinds(window):
    return [lane.kind for lane in window.editor.journey.lanes]


def test_new_offers_lane_sets_classic_first_and_remembers_a_blueprint(qtbot, window):
    preselected = []

    def pick_blueprint(dialog):
        preselected.append(dialog.lane_sets.currentText())
        assert "Customer actions · Touchpoints · Thoughts" in dialog.lane_list.text()
        dialog.lane_sets.setFocus()
        QTest.keyClick(dialog.lane_sets, Qt.Key.Key_Down)  # the next set: the blueprint
        assert dialog.lane_sets.currentText() == "Service blueprint"
        assert "Line of interaction · Frontstage" in dialog.lane_list.text()
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next(qtbot, TemplateDialog, pick_blueprint)
    press_new(qtbot, window)
    assert preselected == ["Classic journey map"]
    assert lane_kinds(window) == ["actions", "touchpoints", "line_of_interaction", "frontstage",
                                  "line_of_visibility", "backstage", "support"]  # fmt: skip
    assert len(stage_names(window)) == 7  # the stages as before: the customer lifecycle

    def take_what_is_offered(dialog):
        preselected.append(dialog.lane_sets.currentText())
        QTest.keyClick(dialog.choices, Qt.Key.Key_Return)

    answer_next(qtbot, TemplateDialog, take_what_is_offered)
    press_new(qtbot, window)
    assert preselected == ["Classic journey map", "Service blueprint"]  # remembered
    assert lane_kinds(window)[-1] == "support"

"""The desktop editor driven like a user: real mouse and keyboard events, offscreen."""

import copy
import itertools

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymap.model import Stage, Touchpoint
from journeymap.samples import find_sample
from journeymap.storage import open_document
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.notes import LaneRowItem
from tests.gui_helpers import click, double_click, drag


def open_installation(window):
    window.open_sample(find_sample("installation", "en").path)
    return window.editor.doc, window.editor.journey


def card_centre(window, tp_id) -> QPointF:
    return window.canvas.scene.cards[tp_id].sceneBoundingRect().center()


def type_into_renamer(qtbot, window, text):
    box = window.canvas.renamer
    assert box is not None and box.isVisible()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_edit_by_mouse_and_keyboard_then_undo_everything_and_save(qtbot, window, tmp_path):
    doc, journey = open_installation(window)
    original = copy.deepcopy(doc)
    view, scene = window.canvas.view, window.canvas.scene
    view.setFocus()

    # add a touchpoint by double-clicking in the second stage's column, under its cards in
    # the touchpoint lane (a double-click in a lane of notes writes a note), and name it
    second = journey.stages[1]
    column = scene.columns[second.id].sceneBoundingRect()
    lowest = max(scene.cards[tp.id].sceneBoundingRect().bottom()
                 for tp in journey.touchpoints_in(second.id))  # fmt: skip
    before = len(journey.touchpoints)
    double_click(view, QPointF(column.center().x(), lowest + 20))
    assert len(journey.touchpoints) == before + 1
    added = journey.touchpoints[-1]
    assert added.stage_id == second.id
    type_into_renamer(qtbot, window, "Welcome call")
    assert added.name == "Welcome call"

    # drag the new card into the third stage: one undo step, snapped to the column
    steps = window.editor.undo_stack.count()
    third = journey.stages[2]
    target_x = scene.columns[third.id].sceneBoundingRect().center().x()
    start = card_centre(window, added.id)
    drag(view, start, QPointF(target_x, start.y() + 40))
    assert added.stage_id == third.id
    assert window.editor.undo_stack.count() == steps + 1
    card = scene.cards[added.id]
    assert card.pos().x() == g.column_x(2) + g.CARD_INSET

    # connect it to the first card of the journey by dragging from its handle
    first = journey.touchpoints[0]
    handle = card.mapToScene(card.handle_center())
    links = len(journey.transitions)
    drag(view, handle, card_centre(window, first.id))
    assert len(journey.transitions) == links + 1
    assert (journey.transitions[-1].source, journey.transitions[-1].target) == (added.id, first.id)

    # rename the first card with F2
    click(view, card_centre(window, first.id))
    assert window.editor.selection == [first.id]
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_into_renamer(qtbot, window, "Order via website")
    assert first.name == "Order via website"

    # delete the new card with the Delete key: its link goes with it
    click(view, card_centre(window, added.id))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert added.id not in doc
    assert all(added.id not in (t.source, t.target) for t in journey.transitions)

    # undo all of it with Ctrl+Z: back to the sample exactly
    while window.editor.undo_stack.canUndo():
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc == original
    assert not window.isWindowModified()

    # redo one step with Ctrl+Y, then save and reopen
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.isWindowModified()
    path = tmp_path / "edited.jmap"
    assert window.documents.write(path)
    assert not window.isWindowModified()
    assert open_document(path) == doc
    assert window.windowTitle().startswith("edited.jmap")


def test_keyboard_adds_stages_and_touchpoints_and_duplicates(qtbot, window):
    _doc, journey = open_installation(window)
    view = window.canvas.view
    view.setFocus()
    stages = len(journey.stages)
    qtbot.keyClick(
        view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(journey.stages) == stages + 1
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    type_into_renamer(qtbot, window, "Quick poll")
    new = next(tp for tp in journey.touchpoints if tp.name == "Quick poll")
    window.editor.select([new.id])
    count = len(journey.touchpoints)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(journey.touchpoints) == count + 1
    twin = journey.touchpoints[-1]
    assert twin.name == "Quick poll" and twin.id != new.id and twin.y == new.y + 30
    assert window.editor.selection == [twin.id]


def test_copy_and_paste_keeps_links_between_the_copied_cards(qtbot, window):
    _doc, journey = open_installation(window)
    link = journey.transitions[0]
    window.editor.select([link.source, link.target])
    window.canvas.view.setFocus()
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    before_tps, before_links = len(journey.touchpoints), len(journey.transitions)
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(journey.touchpoints) == before_tps + 2
    assert len(journey.transitions) >= before_links + 1
    window.editor.undo_stack.undo()
    assert len(journey.touchpoints) == before_tps


def test_paste_with_an_empty_clipboard_says_so_and_changes_nothing(qtbot, window):
    doc, _journey = open_installation(window)
    original = copy.deepcopy(doc)
    QApplication.clipboard().clear()  # nothing copied yet (the platform may hold no data)
    window.canvas.view.setFocus()
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "The clipboard holds no touchpoints."
    assert doc == original


def test_rubber_band_selects_several_cards_and_one_drag_moves_them_as_one_step(qtbot, window):
    _doc, journey = open_installation(window)
    view, scene = window.canvas.view, window.canvas.scene
    first_stage = journey.stages[0]
    column = scene.columns[first_stage.id].sceneBoundingRect()
    members = journey.touchpoints_in(first_stage.id)
    assert len(members) >= 2
    drag(
        view,
        QPointF(column.left() + 2, column.top() + g.HEADER_HEIGHT + 4),
        QPointF(column.right() - 2, column.bottom() - 2),
    )
    assert set(window.editor.selection) >= {tp.id for tp in members}
    steps = window.editor.undo_stack.count()
    start = card_centre(window, members[0].id)
    drag(view, start, QPointF(start.x() + g.COLUMN_WIDTH + g.COLUMN_GAP, start.y()))
    assert all(tp.stage_id == journey.stages[1].id for tp in members)
    assert window.editor.undo_stack.count() == steps + 1
    window.editor.undo_stack.undo()
    assert all(tp.stage_id == first_stage.id for tp in members)


def test_zoom_and_fit_shortcuts(qtbot, window):
    open_installation(window)
    view = window.canvas.view
    view.setFocus()
    zoom = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > zoom
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < zoom
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.zoom() - zoom) < 1e-6


def lane_rows(window) -> list[str]:
    """The lane rows on the map, top to bottom, by their label."""
    found = [i for i in window.canvas.scene.items() if isinstance(i, LaneRowItem)]
    return [row.title for row in sorted(found, key=lambda row: row.pos().y())]


def test_make_service_blueprint_adds_the_blueprint_lanes_in_one_step(qtbot, window):
    _doc, journey = open_installation(window)
    before = lane_rows(window)
    owners = list(dict.fromkeys(tp.owner for tp in journey.touchpoints if tp.owner))
    assert len(owners) > 1
    stack = window.editor.undo_stack
    steps = stack.count()
    window.canvas.view.setFocus()
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    shown = lane_rows(window)
    graph = shown.index("Touchpoints")
    backstage = [f"Backstage: {owner}" for owner in owners]
    assert shown[graph + 1 : graph + 5 + len(owners)] == [
        "Line of interaction", "Frontstage", "Line of visibility", *backstage,
        "Support processes",
    ]  # fmt: skip
    assert stack.count() == steps + 1
    assert stack.text(stack.index() - 1) == f"Make ‘{journey.name}’ a service blueprint"
    # the cards all stay in the touchpoint lane, above the line of interaction
    line = next(i for i in window.canvas.scene.items()
                if isinstance(i, LaneRowItem) and i.title == "Line of interaction")  # fmt: skip
    assert all(c.sceneBoundingRect().bottom() <= line.pos().y()
               for c in window.canvas.scene.cards.values())  # fmt: skip
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == steps + 1  # nothing twice
    assert "service blueprint already" in window.statusBar().currentMessage()
    window.act_undo.trigger()
    assert lane_rows(window) == before


def test_auto_layout_is_one_step_and_stacks_cards_without_overlap(window):
    _doc, journey = open_installation(window)
    window.act_layout.trigger()
    for stage in journey.stages:
        ys = sorted(tp.y for tp in journey.touchpoints_in(stage.id))
        assert all(b - a >= g.CARD_STEP for a, b in itertools.pairwise(ys))
    window.editor.undo_stack.undo()


def test_journeys_dock_duplicates_as_is_into_to_be_and_switches(window):
    doc, journey = open_installation(window)
    before = len(doc.journeys)  # the as-is journey and its service blueprint
    dock = window.journeys_dock.widget()
    dock.duplicate()
    assert len(doc.journeys) == before + 1
    copy_ = doc.journeys[1]  # right after the journey it copies
    assert copy_.state == "to-be" and copy_.name.endswith("(to-be)")
    assert window.editor.journey_id == copy_.id
    assert {tp.id for tp in copy_.touchpoints}.isdisjoint({tp.id for tp in journey.touchpoints})
    assert len(window.canvas.scene.cards) == len(copy_.touchpoints)
    dock.list.setCurrentRow(0)
    assert window.editor.journey_id == journey.id
    window.editor.undo_stack.undo()
    assert len(doc.journeys) == before


def test_title_marks_unsaved_changes_and_closing_asks(qtbot, window, monkeypatch):
    _doc, journey = open_installation(window)
    assert not window.isWindowModified()
    from journeymap.model import SetFields

    window.editor.push(SetFields(journey.touchpoints[0].id, {"name": "Changed"}))
    assert window.isWindowModified()
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel,
    )
    assert not window.close()
    assert asked and window.isVisible()


def test_storage_errors_appear_as_a_message_box(window, tmp_path, monkeypatch):
    bad = tmp_path / "broken.jmap"
    bad.write_text("not a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert not window.open_path(bad)
    assert shown == [f"{bad}: is not a journeymap document"]


def test_dropping_a_file_opens_it(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from journeymap.storage import save_document

    source = find_sample("cancellation", "de").path
    path = tmp_path / "kuendigung.jmap"
    save_document(open_document(source), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.editor.path == path
    assert window.editor.journey.language == "de"


def test_recent_files_and_welcome_page_list_files_and_samples(window, tmp_path):
    from journeymap.storage import save_document

    path = tmp_path / "recent.jmap"
    save_document(open_document(find_sample("installation", "en").path), path)
    window.open_path(path)
    window.show_welcome()
    assert window.welcome.recent.item(0).toolTip() == str(path.resolve())
    assert window.welcome.samples["de"].count() >= 5 and window.welcome.samples["en"].count() >= 5


def test_no_top_level_window_is_left_open(qtbot, window):
    open_installation(window)
    window.editor.undo_stack.setClean()
    window.close()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == []


def test_inspector_shows_a_card_and_each_edit_is_one_undo_step(qtbot, window):
    _doc, journey = open_installation(window)
    tp = journey.touchpoints[0]
    window.editor.select([tp.id])
    page = window.inspector.pages[Touchpoint]
    assert window.inspector.stack.currentWidget() is page
    bindings = {b.field: b for b in page.bindings}
    steps = window.editor.undo_stack.count()

    importance = bindings["importance"].widget
    importance.setValue(1 if tp.importance != 1 else 2)
    assert tp.importance == importance.value()
    assert window.editor.undo_stack.count() == steps + 1

    owner = bindings["owner"].widget
    owner.setEditText("Partner shop")
    owner.lineEdit().editingFinished.emit()
    assert tp.owner == "Partner shop"

    channel = bindings["channel"].widget
    channel.setCurrentIndex(channel.findData("chatbot"))
    assert tp.channel == "chatbot"

    emotion = bindings["emotion"].widget
    emotion.setValue(-2)
    assert tp.emotion == -2 and "very negative" in page.face.text()

    target = page.targets["nps"].widget
    target.setValue(35.0)
    assert tp.targets["nps"] == 35.0
    target.setValue(target.minimum())
    assert "nps" not in tp.targets

    expectation = bindings["expectation"].widget
    expectation.setFocus()
    expectation.setPlainText("Long wait")
    window.canvas.view.setFocus()
    assert tp.expectation == "Long wait"

    assert window.editor.undo_stack.count() == steps + 7
    while window.editor.undo_stack.index() > steps:
        window.editor.undo_stack.undo()
    assert importance.value() == tp.importance  # the form follows undo


def test_inspector_shows_measurements_read_only_with_their_n(window):
    _doc, journey = open_installation(window)
    measured = next(m for m in journey.measurements)
    window.editor.select([measured.touchpoint_id])
    page = window.inspector.pages[Touchpoint]
    text = " ".join(w.text() for w in page.measured.findChildren(type(page.face)))
    assert measured.metric.upper() in text and "n = " in text


def test_stage_and_transition_pages(window):
    _doc, journey = open_installation(window)
    window.editor.select([journey.stages[0].id])
    assert window.inspector.stack.currentWidget() is window.inspector.pages[Stage]
    link = journey.transitions[0]
    window.editor.select([link.id])
    page = window.inspector.stack.currentWidget()
    assert "→" in page.route.text()
    share = next(b for b in page.bindings if b.field == "share").widget
    share.setValue(40)  # percent
    assert link.share == 0.4


def test_text_still_being_typed_in_the_inspector_is_saved(window, tmp_path):
    _doc, journey = open_installation(window)
    tp = journey.touchpoints[0]
    window.editor.select([tp.id])
    page = window.inspector.pages[Touchpoint]
    box = next(b for b in page.bindings if b.field == "expectation").widget
    box.setFocus()
    box.setPlainText("Answer within the hour")  # typed, focus still in the field
    path = tmp_path / "typed.jmap"
    assert window.documents.write(path)
    assert open_document(path).get(tp.id).expectation == "Answer within the hour"
    assert not window.isWindowModified()


def test_the_tool_bar_says_undo_while_the_menu_and_tooltip_name_the_step(qtbot, window):
    """The step's whole name on the tool bar's Undo button pushed Fit to window into the
    tool bar's overflow on a laptop's screen."""
    from PySide6.QtWidgets import QToolBar

    window.resize(1280, 720)
    window.show()
    _doc, journey = open_installation(window)
    view = window.canvas.view
    view.setFocus()
    click(view, card_centre(window, journey.touchpoints[0].id))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_into_renamer(qtbot, window, "Order confirmed by e-mail within the same afternoon")
    step = window.editor.undo_stack.undoText()
    assert "Order confirmed by e-mail within the same afternoon" in step
    bar = window.findChild(QToolBar, "main-toolbar")
    undo = bar.widgetForAction(window.act_undo)
    assert undo.text() == "Undo"
    assert window.act_undo.text().replace("&", "") == f"Undo {step}"
    assert undo.toolTip() == f"Undo {step}"
    fit = bar.widgetForAction(window.act_fit)
    assert fit.isVisible() and bar.rect().contains(fit.geometry())

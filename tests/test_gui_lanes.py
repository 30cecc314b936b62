"""The journey's lanes on the map: rows under the stages, sticky notes in their cells, and
quick entry as a workshop writes them (double-click, type, Enter, Esc, Del, drag)."""

import itertools
import xml.etree.ElementTree as ET

from builders import small_document, with_lanes
from gui_helpers import click, double_click, drag
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymap.model import AddObject, Lane, Note, SetFields
from journeymap.model.starter import blank_document
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.notes import CellMarkItem, LaneRowItem, NoteItem
from journeymap.ui.map_pictures import journey_scene, write_svg


def open_with_lanes(window, *extra_lanes: Lane):
    """small_document with a touchpoint lane and a pain-point lane (and ``extra_lanes``
    added first, above the cards), open in the window."""
    doc, stack, ids = small_document()
    for index, lane in enumerate(extra_lanes):
        stack.push(AddObject(lane, ids["journey"], index))
    with_lanes(doc, stack, ids)
    window.load(doc, None)
    return doc, doc.journey(ids["journey"]), ids


def rows(scene) -> dict[str, LaneRowItem]:
    """The lane rows on show, by their label."""
    return {i.title: i for i in scene.items() if isinstance(i, LaneRowItem)}


def cell_centre(scene, lane_title: str, stage_id: str) -> QPointF:
    """A point in the empty lower part of a lane's cell."""
    row = rows(scene)[lane_title].sceneBoundingRect()
    column = scene.columns[stage_id].sceneBoundingRect()
    return QPointF(column.center().x(), row.bottom() - 12)


def notes_shown(scene) -> dict[str, NoteItem]:
    """The visible sticky notes, by their text."""
    return {n.look.text: n for n in scene.notes.values() if n.isVisible()}


def test_lanes_are_rows_under_the_stages_and_the_cards_make_room_for_lanes_above(window):
    _doc, journey, ids = open_with_lanes(window)
    scene = window.canvas.scene
    shown = rows(scene)
    assert set(shown) == {"Touchpoints", "Pain points"}
    # the pain points come after the touchpoint lane: below every card
    pains = shown["Pain points"].sceneBoundingRect()
    assert pains.top() >= max(c.sceneBoundingRect().bottom() for c in scene.cards.values())
    assert pains.left() < scene.columns[ids["booking"]].sceneBoundingRect().left()
    note = notes_shown(scene)["Waits 20 minutes"].sceneBoundingRect()
    assert scene.columns[ids["booking"]].sceneBoundingRect().contains(note)
    assert pains.contains(note)
    card_top = scene.cards[ids["call"]].pos().y()
    # a lane listed before the touchpoints lies between the header and the cards
    lane = Lane("actions", "What they do")
    window.editor.push(AddObject(lane, journey.id, 0))
    window.editor.push(AddObject(Note(lane.id, ids["visit"], "Opens the door"), journey.id))
    actions = rows(scene)["What they do"].sceneBoundingRect()
    assert actions.top() == g.HEADER_HEIGHT
    assert scene.cards[ids["call"]].pos().y() == card_top + actions.height()
    assert actions.contains(notes_shown(scene)["Opens the door"].sceneBoundingRect())
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    assert "What they do" not in rows(scene)
    assert "Opens the door" not in notes_shown(scene)
    assert scene.cards[ids["call"]].pos().y() == card_top


def test_a_hidden_lane_and_its_notes_leave_the_map(window):
    _doc, journey, ids = open_with_lanes(window)
    scene = window.canvas.scene
    window.editor.push(SetFields(ids["lane"], {"visible": False}))
    assert "Pain points" not in rows(scene)
    assert "Waits 20 minutes" not in notes_shown(scene)
    window.editor.undo_stack.undo()
    assert "Waits 20 minutes" in notes_shown(scene)
    # with no lane on show, the map is the card graph alone again
    for lane in journey.lanes:
        window.editor.push(SetFields(lane.id, {"visible": False}))
    assert rows(scene) == {} and notes_shown(scene) == {}
    tp = window.editor.doc.get(ids["call"])
    assert scene.cards[tp.id].pos().y() == g.card_top(tp.y)
    assert scene.persona_card.pos().x() == -scene.persona_card.rect.width() - 2 * g.COLUMN_GAP


def test_double_click_a_cell_writes_notes_one_after_another_until_esc(qtbot, window):
    _doc, journey, ids = open_with_lanes(window)
    view, scene, canvas = window.canvas.view, window.canvas.scene, window.canvas
    steps = window.editor.undo_stack.count()
    double_click(view, cell_centre(scene, "Pain points", ids["booking"]))
    box = canvas.note_entry.box
    assert box is not None and box.isVisible() and box.text() == ""
    QTest.keyClicks(box, "No parking space")
    QTest.keyClick(box, Qt.Key.Key_Return)
    # the next box opens at once, in the same cell
    second = canvas.note_entry.box
    assert second is not None and second is not box and second.isVisible()
    QTest.keyClicks(second, "Nobody says when")
    QTest.keyClick(second, Qt.Key.Key_Return)
    QTest.keyClicks(canvas.note_entry.box, "not kept")
    QTest.keyClick(canvas.note_entry.box, Qt.Key.Key_Escape)
    assert canvas.note_entry.box is None
    cell = [
        n.text for n in journey.notes if (n.lane_id, n.stage_id) == (ids["lane"], ids["booking"])
    ]
    assert cell == ["Waits 20 minutes", "No parking space", "Nobody says when"]
    assert window.editor.undo_stack.count() == steps + 2
    assert window.editor.undo_stack.undoText() == "Add note ‘Nobody says when’"
    # on the map: two abreast, then the third below the first, all in the cell
    shown = notes_shown(scene)
    first, new, third = (shown[t].pos() for t in cell)
    assert new.y() == first.y() and new.x() > first.x()
    assert third.x() == first.x() and third.y() > first.y()
    column = scene.columns[ids["booking"]].sceneBoundingRect()
    assert column.contains(shown["Nobody says when"].sceneBoundingRect())
    assert (
        rows(scene)["Pain points"]
        .sceneBoundingRect()
        .contains(shown["Nobody says when"].sceneBoundingRect())
    )
    window.editor.undo_stack.undo()
    assert "Nobody says when" not in notes_shown(scene)
    assert "No parking space" in notes_shown(scene)


def test_esc_on_an_empty_box_adds_no_note(window):
    _doc, journey, ids = open_with_lanes(window)
    steps = window.editor.undo_stack.count()
    double_click(window.canvas.view, cell_centre(window.canvas.scene, "Pain points", ids["visit"]))
    QTest.keyClick(window.canvas.note_entry.box, Qt.Key.Key_Escape)
    assert window.canvas.note_entry.box is None
    assert len(journey.notes) == 1
    assert window.editor.undo_stack.count() == steps


def test_double_click_a_note_edits_its_text(window):
    _doc, journey, _ids = open_with_lanes(window)
    scene = window.canvas.scene
    note = notes_shown(scene)["Waits 20 minutes"]
    double_click(window.canvas.view, note.sceneBoundingRect().center())
    box = window.canvas.note_entry.box
    assert box is not None and box.text() == "Waits 20 minutes"
    box.selectAll()
    QTest.keyClicks(box, "Waits 40 minutes on hold")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert window.canvas.note_entry.box is None  # an edit opens no next note
    assert journey.notes[0].text == "Waits 40 minutes on hold"
    assert "Waits 40 minutes on hold" in notes_shown(scene)
    assert window.editor.undo_stack.undoText() == "Change the note ‘Waits 20 minutes’"
    window.editor.undo_stack.undo()
    assert "Waits 20 minutes" in notes_shown(scene)


def test_del_removes_the_selected_notes_in_one_step(qtbot, window):
    _doc, journey, ids = open_with_lanes(window)
    window.editor.push(AddObject(Note(ids["lane"], ids["visit"], "Late again"), journey.id))
    view, scene = window.canvas.view, window.canvas.scene
    shown = notes_shown(scene)
    viewport = view.viewport()
    first = view.mapFromScene(shown["Waits 20 minutes"].sceneBoundingRect().center())
    second = view.mapFromScene(shown["Late again"].sceneBoundingRect().center())
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, second
    )
    assert set(window.editor.selection) == {n.id for n in journey.notes}
    steps = window.editor.undo_stack.count()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert journey.notes == []
    assert notes_shown(scene) == {}
    assert window.editor.undo_stack.count() == steps + 1
    window.editor.undo_stack.undo()
    assert set(notes_shown(scene)) == {"Waits 20 minutes", "Late again"}


def test_dragging_a_note_moves_it_to_another_cell_or_lane_but_not_onto_the_cards(window):
    ideas = Lane("opportunities", "Ideas")
    _doc, journey, ids = open_with_lanes(window)
    window.editor.push(AddObject(ideas, journey.id))  # below the pain points
    view, scene = window.canvas.view, window.canvas.scene
    note = journey.notes[0]

    def grab_note() -> QPointF:
        return notes_shown(scene)["Waits 20 minutes"].sceneBoundingRect().center()

    drag(view, grab_note(), cell_centre(scene, "Pain points", ids["visit"]))
    assert (note.lane_id, note.stage_id) == (ids["lane"], ids["visit"])
    assert window.editor.undo_stack.undoText() == "Move ‘Waits 20 minutes’"
    assert window.editor.selection == [note.id]  # the moved note stays selected
    assert scene.columns[ids["visit"]].sceneBoundingRect().contains(grab_note())
    drag(view, grab_note(), cell_centre(scene, "Ideas", ids["booking"]))
    assert (note.lane_id, note.stage_id) == (ideas.id, ids["booking"])
    assert rows(scene)["Ideas"].sceneBoundingRect().contains(grab_note())
    # the touchpoint lane holds cards, not notes: the note goes back where it was
    steps, before = window.editor.undo_stack.count(), grab_note()
    drag(view, before, cell_centre(scene, "Touchpoints", ids["visit"]))
    assert (note.lane_id, note.stage_id) == (ideas.id, ids["booking"])
    assert window.editor.undo_stack.count() == steps
    assert grab_note() == before
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    assert (note.lane_id, note.stage_id) == (ids["lane"], ids["booking"])
    assert rows(scene)["Pain points"].sceneBoundingRect().contains(grab_note())


def test_notes_stay_legible_zoomed_out(qtbot, window):
    _doc, _journey, _ids = open_with_lanes(window)
    view, scene = window.canvas.view, window.canvas.scene
    view.zoom_by(0.35 / view.zoom())
    view.centre_on(notes_shown(scene)["Waits 20 minutes"].sceneBoundingRect())
    view.viewport().grab()  # paints what is on show
    drawn = [n.smallest_text_px for n in scene.notes.values() if n.smallest_text_px is not None]
    drawn += [r.smallest_text_px for r in rows(scene).values() if r.smallest_text_px is not None]
    assert drawn and min(drawn) >= 9 - 0.01


def test_svg_export_shows_the_notes(window, tmp_path):
    doc, journey, _ids = open_with_lanes(window)
    scene = journey_scene(doc, journey.id)
    write_svg(scene, tmp_path / "map.svg")
    svg = ET.parse(tmp_path / "map.svg").getroot()
    texts = " ".join(t.text or "" for t in svg.iter() if t.tag.endswith("text"))
    assert "Pain points" in texts
    assert "Waits 20" in texts and "minutes" in texts


def test_a_card_counts_the_pain_points_and_opportunities_about_it(qtbot, window):
    _doc, journey, ids = open_with_lanes(window)
    view, scene = window.canvas.view, window.canvas.scene
    card = scene.cards[ids["call"]]
    assert card.look.notes == 1
    assert "Pain points and opportunities: 1" in card.toolTip()
    assert scene.cards[ids["mail"]].look.notes == 0
    hangs_up = Note(ids["lane"], ids["booking"], "Hangs up", touchpoint_ids=[ids["call"]])
    window.editor.push(AddObject(hangs_up, journey.id))
    assert card.look.notes == 2
    note = notes_shown(scene)["Waits 20 minutes"].sceneBoundingRect().center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(note),
    )  # fmt: skip
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert card.look.notes == 1
    window.editor.undo_stack.undo()
    assert card.look.notes == 2


def test_typing_in_a_chosen_cell_writes_a_note_there(qtbot, window):
    _doc, journey, ids = open_with_lanes(window)
    view, scene, canvas = window.canvas.view, window.canvas.scene, window.canvas
    click(view, cell_centre(scene, "Pain points", ids["visit"]))
    assert scene.current_cell == (ids["lane"], ids["visit"])
    mark = next(i for i in scene.items() if isinstance(i, CellMarkItem))
    assert mark.sceneBoundingRect().contains(cell_centre(scene, "Pain points", ids["visit"]))
    view.setFocus()
    qtbot.keyClick(view, "R")  # the first key opens the box, holding it
    box = canvas.note_entry.box
    assert box is not None and box.text() == "R"
    QTest.keyClicks(box, "ain delays the visit")
    QTest.keyClick(box, Qt.Key.Key_Return)
    QTest.keyClick(canvas.note_entry.box, Qt.Key.Key_Escape)
    (new,) = [n for n in journey.notes if n.stage_id == ids["visit"]]
    assert (new.lane_id, new.text) == (ids["lane"], "Rain delays the visit")
    assert "Rain delays the visit" in notes_shown(scene)
    # a click on a card chooses no cell: typing there writes nothing
    click(view, scene.cards[ids["tech"]].sceneBoundingRect().center())
    assert scene.current_cell is None
    qtbot.keyClick(view, "X")
    assert canvas.note_entry.box is None


def test_the_blueprint_lines_are_named_dashed_lines_even_zoomed_out(window):
    window.load(blank_document("en", "service_case", "blueprint"), None)
    view, scene = window.canvas.view, window.canvas.scene
    lines = {t: r for t, r in rows(scene).items() if r.line}
    assert set(lines) == {"Line of interaction", "Line of visibility"}
    for zoom in (1.0, 0.35):  # at 100 % and as far out as a fit on a laptop goes
        view.zoom_by(zoom / view.zoom())
        view.centre_on(lines["Line of visibility"].sceneBoundingRect())
        view.viewport().grab()  # paints what is on show
        for title, line in lines.items():
            assert line.smallest_text_px is not None, f"{title} drew no name at {zoom:.0%}"
            assert line.smallest_text_px >= 9 - 0.01
    # a line parts its lanes: the lane under it draws no rule of its own beside the line
    ordered = sorted(rows(scene).values(), key=lambda r: r.pos().y())
    for above, row in itertools.pairwise(ordered):
        assert row.rule == (not above.line), row.title

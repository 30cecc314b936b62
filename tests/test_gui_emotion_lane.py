"""The emotion curve and the metrics lane on the map: a point per touchpoint under its
card, dragged up or down to change its emotion (one undo step), and per stage the
figures, following the segment chosen in the gap table (issue 13)."""

from builders import small_document, with_lanes
from gui_helpers import drag
from PySide6.QtCore import QPointF

from journeymap.model import AddObject, Lane, SetFields
from journeymap.model.report import gap_report
from journeymap.ui.canvas.emotion_lane import emotion_y
from journeymap.ui.numbers import fixed, signed, whole
from tests.test_gui_figures import choose, survey_document
from tests.test_gui_legend import svg_texts


def open_with_curve(window):
    """small_document with a touchpoint lane, a pain-point lane and an emotion curve."""
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    stack.push(AddObject(Lane("emotion", ""), ids["journey"]))
    window.load(doc, None)
    return doc, ids


def point_at(scene, tid: str) -> QPointF:
    """Where a touchpoint's point of the curve is, in the scene."""
    return scene.curve.points[tid].scenePos()


def test_dragging_a_point_up_changes_the_emotion_in_one_undo_step(qtbot, window):
    doc, ids = open_with_curve(window)
    scene, view = window.canvas.scene, window.canvas.view
    start = point_at(scene, ids["call"])
    card = scene.cards[ids["call"]].sceneBoundingRect()
    assert card.left() < start.x() < card.right()  # under its card
    row = scene.curve.row
    zero = row.scenePos().y() + emotion_y(0, row.tall)
    assert start.y() == zero  # a new touchpoint feels neutral
    view.centerOn(start)
    step = emotion_y(0, row.tall) - emotion_y(1, row.tall)
    drag(view, start, start - QPointF(0, 2 * step - 3))  # near enough to +2
    assert doc.get(ids["call"]).emotion == 2
    assert window.editor.undo_stack.undoText() == "Change the emotion of ‘Call hotline’"
    assert point_at(scene, ids["call"]).y() == zero - 2 * step  # snapped to the step
    assert scene.curve.points[ids["call"]].toolTip() == "Call hotline: emotion +2 (very positive)"
    drag(view, point_at(scene, ids["call"]), start + QPointF(0, 30 * step))  # far below
    assert doc.get(ids["call"]).emotion == -2  # no lower than -2
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    assert doc.get(ids["call"]).emotion == 0
    assert point_at(scene, ids["call"]).y() == zero
    window.editor.undo_stack.redo()
    assert point_at(scene, ids["call"]).y() == zero - 2 * step


def test_a_drag_that_stays_on_its_step_changes_nothing(qtbot, window):
    _doc, ids = open_with_curve(window)
    scene, view = window.canvas.scene, window.canvas.view
    start = point_at(scene, ids["tech"])
    view.centerOn(start)
    count = window.editor.undo_stack.count()
    drag(view, start, start + QPointF(40, 5))  # sideways and a little: still neutral
    assert window.editor.undo_stack.count() == count
    assert point_at(scene, ids["tech"]) == start  # back on its step, under its card


def test_the_curve_joins_the_points_in_stage_order_and_follows_edits(qtbot, window):
    _doc, ids = open_with_curve(window)
    scene = window.canvas.scene
    with qtbot.waitSignal(window.editor.settled):
        window.editor.push(SetFields(ids["mail"], {"y": 200.0}))  # below the hotline
    order = [ids["call"], ids["mail"], ids["tech"]]
    xs = [point_at(scene, tid).x() for tid in order]
    assert xs == sorted(xs)
    line = scene.curve.row.line
    joined = [line.elementAt(i) for i in range(line.elementCount())]
    assert [round(e.x) for e in joined] == [round(x) for x in xs]
    with qtbot.waitSignal(window.editor.settled):
        window.editor.push(SetFields(ids["tech"], {"stage_id": ids["booking"]}))
    assert set(scene.curve.points) == set(order)
    assert all(point_at(scene, t).x() < scene.columns[ids["visit"]].scenePos().x() for t in order)


def figure_texts(scene) -> dict[str, list[str]]:
    """What each stage's cell of the metrics lane says."""
    return {stage_id: cell.texts() for stage_id, cell in scene.figures_row.cells.items()}


def test_the_metrics_lane_follows_the_segment_chosen_in_the_gap_table(qtbot, window, tmp_path):
    path, hotline, app = survey_document(tmp_path)
    with qtbot.waitSignal(window.editor.settled):
        assert window.open_path(path)
    journey = window.editor.journey
    with qtbot.waitSignal(window.editor.settled):
        window.editor.push(AddObject(Lane("touchpoints", ""), journey.id))
        window.editor.push(AddObject(Lane("metrics", ""), journey.id))
    scene = window.canvas.scene
    stage = journey.stages[0].id
    rows = {r.touchpoint_id: r for r in gap_report(journey)}
    # no volumes: the hotline and the app count equally; only the hotline has a target
    level = (rows[hotline.id].measured + rows[app.id].measured) / 2
    n = whole(rows[hotline.id].n + rows[app.id].n)
    assert figure_texts(scene) == {
        stage: [f"✓ CSAT {fixed(level)} % n = {n} · gap {signed(level - 80)}"]  # met
    }
    cell = scene.figures_row.cells[stage]
    assert cell.sceneBoundingRect().top() >= max(
        c.sceneBoundingRect().bottom() for c in scene.cards.values()
    )  # the lane after the touchpoints lies below the cards
    choose(qtbot, window, window.gap_table.segment, "Business")
    # the app has no Business answers: the hotline's 60 alone, 40 of them satisfied
    assert figure_texts(scene) == {
        stage: [f"✕ CSAT {fixed(40 / 60 * 100)} % n = 60 · gap {signed(40 / 60 * 100 - 80)}"]
    }
    assert "Segment: Business" in scene.figures_row.cells[stage].toolTip()
    assert window.exporter.svg(tmp_path / "business.svg")  # the export shows the same
    assert f"CSAT {fixed(40 / 60 * 100)} %" in svg_texts(tmp_path / "business.svg")
    choose(qtbot, window, window.gap_table.segment, "All respondents")
    assert figure_texts(scene)[stage] == [
        f"✓ CSAT {fixed(level)} % n = {n} · gap {signed(level - 80)}"
    ]

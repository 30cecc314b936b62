"""The to-be curve over the as-is one (issue 13): View ▸ Overlay the to-be / as-is curve, and
Journey ▸ Compare while its dialog is open, lay the counterpart journey's emotion curve over
the map's own, dashed: under the cards of the matching touchpoints, following every undoable
edit of either journey, never dragged, explained by the legend and shown by the exports."""

import os
import subprocess
import sys

from gui_helpers import drag
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from journeymap.model import SetFields
from journeymap.samples import find_sample
from journeymap.ui.canvas import geometry as g
from journeymap.ui.canvas.curve_overlay import OVERLAY_COLOUR, CurveOverlayItem
from journeymap.ui.canvas.emotion_lane import emotion_y
from tests.test_gui_legend import svg_texts

AS_IS = "Online order and delivery (as-is)"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def menu_action(window, menu: str, text: str):
    """An action of a menu of the menu bar, found by the texts a person reads."""
    found = next(a.menu() for a in window.menuBar().actions() if a.text() == menu)
    return next(a for a in found.actions() if a.text().replace("&", "") == text)


def overlay_action(window):
    return menu_action(window, "&View", "Overlay the to-be / as-is curve")


def open_online_order(window):
    """The online-order sample (as-is and to-be), its as-is journey on show."""
    window.open_sample(find_sample("online-order", "en").path)
    doc = window.editor.doc
    as_is, to_be = doc.journeys
    assert window.editor.journey is as_is and to_be.state == "to-be"
    return doc, as_is, to_be


def overlays(scene) -> list[CurveOverlayItem]:
    return [item for item in scene.items() if isinstance(item, CurveOverlayItem)]


def overlay_point(scene, touchpoint_id: str) -> QPointF:
    """Where the overlaid curve has a to-be touchpoint's point, in the scene."""
    (overlay,) = overlays(scene)
    return overlay.mapToScene(overlay.points[overlay.touchpoint_ids.index(touchpoint_id)])


def test_the_view_menu_lays_the_to_be_curve_under_the_matching_cards(window, qtbot):
    _doc, as_is, to_be = open_online_order(window)
    scene = window.canvas.scene
    action = overlay_action(window)
    assert action.isEnabled() and not action.isChecked() and not overlays(scene)
    action.trigger()
    (overlay,) = overlays(scene)
    assert overlay.line_pen().style() == Qt.PenStyle.DashLine
    assert overlay.line_pen().color() == OVERLAY_COLOUR
    assert overlay.touchpoint_ids and set(overlay.touchpoint_ids) == {
        tp.id for tp in to_be.touchpoints
    }
    row = scene.curve.row
    by_name = {tp.name: tp for tp in as_is.touchpoints}
    matched = 0
    for tp in to_be.touchpoints:
        at = overlay_point(scene, tp.id)
        assert at.y() == row.scenePos().y() + emotion_y(tp.emotion, row.tall)
        twin = by_name.get(tp.name)
        if twin is not None:  # under the as-is card, at the as-is point's x
            card = scene.cards[twin.id].sceneBoundingRect()
            assert card.left() < at.x() < card.right()
            assert at.x() == scene.curve.points[twin.id].scenePos().x()
            matched += 1
        else:  # new in the to-be journey: the middle of its stage's column
            stage_name = next(s.name for s in to_be.stages if s.id == tp.stage_id)
            stage = next(s for s in as_is.stages if s.name == stage_name)
            assert at.x() == scene.columns[stage.id].scenePos().x() + g.COLUMN_WIDTH / 2
    assert matched == 12  # two of the 14 are new or renamed
    delivered = next(tp for tp in to_be.touchpoints if tp.name == "Desk delivered on day 8")
    hover = overlay_point(scene, delivered.id)
    tips = [item.toolTip() for item in scene.items(hover) if item.toolTip()]
    assert tips[0] == "To-be curve · Desk delivered on day 8: emotion +2 (very positive)"
    texts = window.canvas.view.legend.texts()
    assert texts[-3:] == ["Emotion curve", "As-is curve", "To-be curve"]
    action.trigger()
    assert not overlays(scene) and "To-be curve" not in window.canvas.view.legend.texts()


def test_dragging_an_as_is_point_leaves_the_to_be_curve_where_it_is(window, qtbot):
    doc, as_is, to_be = open_online_order(window)
    overlay_action(window).trigger()
    scene, view = window.canvas.scene, window.canvas.view
    dispatch = next(tp for tp in as_is.touchpoints if tp.name == "Dispatch notice")
    twin = next(tp for tp in to_be.touchpoints if tp.name == "Dispatch notice")
    start = scene.curve.points[dispatch.id].scenePos()
    assert overlay_point(scene, twin.id) == start  # both neutral: one under the other
    (before,) = overlays(scene)
    placed = list(before.points)
    view.centerOn(start)
    row = scene.curve.row
    step = emotion_y(0, row.tall) - emotion_y(1, row.tall)
    with qtbot.waitSignal(window.editor.settled):
        drag(view, start, start - QPointF(0, 2 * step))  # the as-is point, not the overlay's
    assert doc.get(dispatch.id).emotion == 2 and doc.get(twin.id).emotion == 0
    (after,) = overlays(scene)
    assert after.points == placed
    assert overlay_point(scene, twin.id) == start
    # a point of the to-be curve alone does not drag: the map stays as it is
    new = next(tp for tp in to_be.touchpoints if tp.name == "Proactive status text on day 4")
    alone = overlay_point(scene, new.id)
    assert all((p.scenePos() - alone).manhattanLength() > 10 for p in scene.curve.points.values())
    count = window.editor.undo_stack.count()
    drag(view, alone, alone + QPointF(0, 3 * step))
    assert window.editor.undo_stack.count() == count and doc.get(new.id).emotion == 1
    assert overlay_point(scene, new.id) == alone


def test_an_undoable_edit_of_a_to_be_emotion_moves_the_overlay_and_undo_moves_it_back(
    window, qtbot
):
    _doc, _as_is, to_be = open_online_order(window)
    overlay_action(window).trigger()
    scene = window.canvas.scene
    row = scene.curve.row
    delivered = next(tp for tp in to_be.touchpoints if tp.name == "Desk delivered on day 8")
    was = overlay_point(scene, delivered.id)
    assert was.y() == row.scenePos().y() + emotion_y(2, row.tall)
    with qtbot.waitSignal(window.editor.settled):
        window.editor.push(SetFields(delivered.id, {"emotion": -1}))
    moved = overlay_point(scene, delivered.id)
    assert (moved.x(), moved.y()) == (was.x(), row.scenePos().y() + emotion_y(-1, row.tall))
    with qtbot.waitSignal(window.editor.settled):
        window.editor.undo_stack.undo()
    assert overlay_point(scene, delivered.id) == was


def test_the_compare_dialog_overlays_the_curve_while_it_is_open(window, qtbot):
    open_online_order(window)
    action = overlay_action(window)
    menu_action(window, "&Journey", "Compare as-is and to-be…").trigger()
    dialog = window.compare_dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    assert action.isChecked() and overlays(window.canvas.scene)
    with qtbot.waitSignal(dialog.finished):
        dialog.close()
    assert not action.isChecked() and not overlays(window.canvas.scene)


def test_a_journey_without_counterpart_has_nothing_to_overlay(window, qtbot):
    window.open_sample(find_sample("installation", "en").path)
    assert not overlay_action(window).isEnabled()
    open_online_order(window)
    assert overlay_action(window).isEnabled()


def test_the_file_menu_export_shows_the_overlay_the_view_shows(window, tmp_path):
    open_online_order(window)
    assert window.exporter.svg(tmp_path / "plain.svg")
    overlay_action(window).trigger()
    assert window.exporter.svg(tmp_path / "overlay.svg")
    assert "To-be curve" not in svg_texts(tmp_path / "plain.svg")
    assert "To-be curve" in svg_texts(tmp_path / "overlay.svg")


def export(*args) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "journeymap", "export", *map(str, args)]
    result = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=120,
                            check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result


def teal_pixels(path) -> int:
    image = QImage(str(path))
    return sum(image.pixelColor(x, y) == OVERLAY_COLOUR
               for x in range(0, image.width(), 2) for y in range(image.height()))  # fmt: skip


def test_command_line_export_overlays_the_curve_with_a_german_legend(tmp_path):
    sample = find_sample("online-order", "en").path
    export(sample, "--journey", AS_IS, "--png", tmp_path / "plain.png", "--dpi", "96")
    export(sample, "--journey", AS_IS, "--png", tmp_path / "curves.png", "--dpi", "96",
           "--overlay-curve")  # fmt: skip
    assert teal_pixels(tmp_path / "plain.png") == 0
    assert teal_pixels(tmp_path / "curves.png") > 200
    german = find_sample("cancellation", "de").path
    export(german, "--journey", "Vertragskündigung (Soll)", "--svg", tmp_path / "soll.svg",
           "--overlay-curve")  # fmt: skip
    texts = svg_texts(tmp_path / "soll.svg")
    assert "Emotionskurve" in texts and "Soll-Kurve" in texts and "Ist-Kurve" in texts
    alone = find_sample("installation", "en").path
    result = export(alone, "--journey", "Internet and landline installation", "--png",
                    tmp_path / "alone.png", "--overlay-curve")  # fmt: skip
    assert "has no as-is or to-be journey to compare with" in result.stderr

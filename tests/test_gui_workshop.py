"""Workshop features of the editor: the gap dock, overlays and the heat map."""

from PySide6.QtCore import Qt

from journeymap.model import SetFields
from journeymap.model.figures import FigureView
from journeymap.model.report import gap_report
from journeymap.samples import find_sample
from tests.gui_helpers import emotion_legend
from tests.test_gui_screenshot import ARTIFACTS


def open_sample(qtbot, window, name="omnichannel-support", lang="en"):
    # the gap table and the charts fill once the editor has settled, after the map
    with qtbot.waitSignal(window.editor.settled, timeout=2000):
        window.open_sample(find_sample(name, lang).path)
    return window.editor.journey


def test_gap_dock_shows_the_report_sorted_by_priority_and_picks_touchpoints(qtbot, window):
    journey = open_sample(qtbot, window)
    dock = window.gap_table
    rows = gap_report(journey)
    assert dock.proxy.rowCount() == len(rows)
    top = dock.proxy.index(0, 1).data()
    assert top == rows[0].touchpoint  # highest priority first
    dock.table.selectRow(0)
    assert window.editor.selection == [rows[0].touchpoint_id]
    assert window.canvas.scene.cards[rows[0].touchpoint_id].isSelected()


def test_gap_dock_filters_by_metric_segment_and_text(qtbot, window):
    journey = open_sample(qtbot, window)
    dock = window.gap_table
    dock.metric_filter.setCurrentIndex(dock.metric_filter.findData("nps"))
    assert {dock.proxy.index(r, 4).data() for r in range(dock.proxy.rowCount())} == {"NPS"}
    segment = dock.segment.itemText(1)
    assert segment != "All respondents"  # the sample splits its measurements by segment
    with qtbot.waitSignal(window.editor.settled):
        dock.segment.setCurrentIndex(1)
    assert dock.model.rows == gap_report(journey, FigureView(segment), ("nps",))
    dock.metric_filter.setCurrentIndex(0)
    with qtbot.waitSignal(window.editor.settled):
        dock.segment.setCurrentIndex(0)
    dock.filter.setText("chatbot")
    assert 0 < dock.proxy.rowCount() < len(gap_report(journey))


def test_gap_dock_follows_every_edit_and_undo(qtbot, window):
    journey = open_sample(qtbot, window)
    dock = window.gap_table
    tp = next(tp for tp in journey.touchpoints if "csat" in tp.targets)
    window.editor.push(SetFields(tp.id, {"targets": {**tp.targets, "csat": 100.0}}))
    qtbot.waitUntil(
        lambda: any(r.touchpoint_id == tp.id and r.target == 100.0 for r in dock.model.rows)
    )
    window.editor.undo_stack.undo()
    qtbot.waitUntil(
        lambda: not any(r.target == 100.0 and r.touchpoint_id == tp.id for r in dock.model.rows)
    )


def test_sorting_by_a_column_header(qtbot, window):
    open_sample(qtbot, window)
    table = window.gap_table.table
    table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # gap, worst first
    gaps = [
        window.gap_table.proxy.index(r, 7).data(Qt.ItemDataRole.UserRole)
        for r in range(window.gap_table.proxy.rowCount())
    ]
    assert gaps == sorted(gaps)


def test_highlighting_handoffs_emphasises_exactly_the_handoff_arrows(qtbot, window):
    from journeymap.model.graph import analyze

    journey = open_sample(qtbot, window, "installation")
    result = analyze(journey)
    window.canvas.highlight("handoffs")
    scene = window.canvas.scene
    on = {tid for tid, arrow in scene.arrows.items() if arrow.emphasis == "on"}
    assert on == {h.transition_id for h in result.handoffs}
    involved = {t for h in result.handoffs for t in (h.source, h.target)}
    faded = {tid for tid, card in scene.cards.items() if card.opacity() < 1}
    assert faded == {tp.id for tp in journey.touchpoints} - involved
    window.canvas.highlight("worst_path")
    path = set(result.worst_path.touchpoint_ids)
    assert {tid for tid, c in scene.cards.items() if c.opacity() == 1} == path
    window.canvas.highlight("")
    assert all(a.emphasis == "" for a in scene.arrows.values())


def test_heat_map_colours_cards_by_a_metric_level(qtbot, window):
    journey = open_sample(qtbot, window)
    window.canvas.colour_by("nps")
    looks = {tid: card.look for tid, card in window.canvas.scene.cards.items()}
    measured = {m.touchpoint_id for m in journey.measurements if m.metric == "nps"}
    assert {tid for tid, look in looks.items() if look.heat is not None} == measured
    assert all(look.rating_text.startswith("NPS") for tid, look in looks.items() if tid in measured)
    ARTIFACTS.mkdir(exist_ok=True)
    window.canvas.highlight("loops")
    window.grab().save(str(ARTIFACTS / "heat-map-and-loops.png"))
    window.canvas.colour_by("gap")
    assert all(card.look.heat is None for card in window.canvas.scene.cards.values())


def test_gap_dock_screenshot(qtbot, window):
    open_sample(qtbot, window)
    ARTIFACTS.mkdir(exist_ok=True)
    window.resize(1500, 950)
    window.gap_dock.raise_()
    assert window.grab().save(str(ARTIFACTS / "gap-dock.png"))


def test_charts_draw_the_emotion_curve_with_to_be_overlay_gaps_and_answers(qtbot, window):
    journey = open_sample(qtbot, window, "online-order")
    axes, labels = emotion_legend(qtbot, window)
    charts = window.charts
    assert len(axes.get_lines()) >= 2  # as-is and to-be overlaid (plus the zero line)
    assert any("as-is" in t for t in labels) and any("to-be" in t for t in labels)
    charts.setCurrentIndex(1)
    charts.redraw()
    assert len(charts.figures["gaps"].axes[0].patches) > 0
    measured = journey.measurements[0].touchpoint_id
    window.editor.select([measured])
    charts.setCurrentIndex(2)
    charts.redraw()
    assert (
        charts.figures["answers"].axes and "n = " in charts.figures["answers"].axes[0].get_title()
    )
    ARTIFACTS.mkdir(exist_ok=True)
    charts.setCurrentIndex(0)
    charts.redraw()
    window.grab().save(str(ARTIFACTS / "charts.png"))


def test_compare_dialog_shows_as_is_and_to_be_side_by_side_with_differences(qtbot, window):
    open_sample(qtbot, window, "online-order")
    window.compare()
    dialog = window.compare_dialog
    doc = window.editor.doc
    assert dialog.left.currentData() == doc.journeys[0].id
    assert dialog.right.currentData() == doc.journeys[1].id
    statuses = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert "changed" in statuses
    assert len(dialog.scenes[0].cards) == len(doc.journeys[0].touchpoints)
    assert len(dialog.scenes[1].cards) == len(doc.journeys[1].touchpoints)
    changed = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "changed"
    )
    dialog.table.selectRow(changed)
    diff = dialog.differences[changed]
    assert dialog.scenes[0].cards[diff.before_id].isSelected()
    assert dialog.scenes[1].cards[diff.after_id].isSelected()
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "compare.png"))
    dialog.close()


def test_presentation_mode_hides_the_docks_and_steps_through_stages(qtbot, window):
    journey = open_sample(qtbot, window, "installation")
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.act_present.isChecked()
    assert not window.inspector_dock.isVisible() and not window.menuBar().isVisible()
    assert all(card.font_scale > 1 for card in window.canvas.scene.cards.values())
    view = window.canvas.view
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.editor.selection == [journey.stages[1].id]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.editor.selection == [journey.stages[0].id]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.act_present.isChecked()
    assert window.inspector_dock.isVisible() and window.menuBar().isVisible()


def test_keyboard_shortcuts_are_listed_in_the_help(qtbot, window):
    rows = dict(window.shortcuts())
    for action in ("Undo", "Redo", "Save", "Add touchpoint", "Presentation mode", "Delete"):
        assert action in rows, action
    assert rows["Presentation mode"] == "F11"
    assert "Ctrl+Shift+Z" in rows["Redo"] and "Ctrl+Y" in rows["Redo"]


def test_every_action_has_a_tooltip(qtbot, window):
    from PySide6.QtGui import QAction

    for action in window.findChildren(QAction):
        if action.text() and not action.isSeparator() and not action.menu():
            assert action.toolTip(), action.text()

"""Readable on a laptop: Fit to window shows every stage, the panels fold away in one
keystroke, and presentation mode shows the map alone with its title, then gives the zoom
back. Driven with the keys a facilitator presses, at 1280×720 with the docks open."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from journeymap.samples import list_samples
from journeymap.ui.new_journey import TemplateDialog
from tests.modal import answer_next
from tests.test_gui_screenshot import ARTIFACTS

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def laptop(window, qtbot):
    """The window at 1280×720 with its usual docks open (journeys, inspector, gap report)."""
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.size() == QSize(1280, 720))
    for dock in (window.journeys_dock, window.inspector_dock, window.gap_dock):
        assert dock.isVisible()
    return window


def visible_scene_rect(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def columns_outside_the_view(window) -> list[str]:
    """The stages whose column is not wholly on screen."""
    view, scene = window.canvas.view, window.canvas.scene
    shown = visible_scene_rect(view)
    return [
        column.title
        for column in scene.columns.values()
        if not shown.contains(column.sceneBoundingRect())
    ]


def press_fit(qtbot, window) -> None:
    """Press Ctrl+0 and wait until it has run View ▸ Fit to window."""
    with qtbot.waitSignal(window.act_fit.triggered, timeout=2000):
        QTest.keyClick(window, Qt.Key.Key_0, CTRL)


def zoom_in_twice(window) -> None:
    for _ in range(2):
        QTest.keyClick(window, Qt.Key.Key_Plus, CTRL)


def centre_of(view):
    """The scene point in the middle of the view."""
    return view.mapToScene(view.viewport().rect().center())


def open_docks(window) -> set[str]:
    return {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}


@pytest.mark.parametrize("blueprint", [False, True], ids=["map", "blueprint"])
def test_fit_to_window_shows_every_stage_of_every_sample_and_a_new_journey(
    laptop, blueprint, qtbot
):
    window = laptop
    samples = [s for s in list_samples() if s.language == "en"] + list_samples("de")[:1]
    for sample in samples:
        window.editor.undo_stack.setClean()  # the blueprint lanes are not worth keeping
        window.open_sample(sample.path)
        for journey in window.editor.doc.journeys:
            window.editor.switch_journey(journey.id)
            if blueprint:  # Journey ▸ Make service blueprint: the map grows its lanes
                lanes = len(journey.lanes)
                QTest.keyClick(window, Qt.Key.Key_B, CTRL)
                assert (
                    len(journey.lanes) > lanes or "already" in window.statusBar().currentMessage()
                )
            zoom_in_twice(window)
            assert columns_outside_the_view(window), "zoomed in, some stage is off screen"
            press_fit(qtbot, window)
            assert not columns_outside_the_view(window), (sample.name, journey.name)
            view = window.canvas.view
            assert not view.horizontalScrollBar().isVisible()
            assert not view.verticalScrollBar().isVisible()
    window.editor.undo_stack.setClean()
    answer_next(qtbot, TemplateDialog, lambda d: QTest.keyClick(d.choices, Qt.Key.Key_Return))
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)  # File ▸ New, with the stock stages
    assert len(window.canvas.scene.columns) >= 5
    # the closed dialog leaves no window active: a person clicks on the map first
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    zoom_in_twice(window)
    assert columns_outside_the_view(window), "zoomed in, some stage is off screen"
    press_fit(qtbot, window)
    assert not columns_outside_the_view(window)


def test_fit_leaves_no_card_under_the_legend(laptop, qtbot):
    window = laptop
    for sample in list_samples("en"):
        window.open_sample(sample.path)
        press_fit(qtbot, window)
        view = window.canvas.view
        legend = view.legend.geometry().translated(-view.viewport().pos())
        assert view.legend.isVisible() and view.viewport().rect().contains(legend)
        for card in window.canvas.scene.cards.values():
            on_screen = view.mapFromScene(card.sceneBoundingRect()).boundingRect()
            assert not on_screen.intersects(legend), (sample.name, card.look.name)


def test_hide_panels_folds_every_dock_away_and_brings_the_same_ones_back(laptop, qtbot):
    window = laptop
    window.open_sample(list_samples("en")[0].path)
    view = window.canvas.view
    before, zoom = open_docks(window), view.zoom()
    assert not window.history_dock.isVisible()
    QTest.keyClick(window, Qt.Key.Key_H, CTRL | SHIFT)
    assert open_docks(window) == set()
    qtbot.waitUntil(lambda: view.zoom() > zoom * 1.2)  # the map refits into the room
    assert not columns_outside_the_view(window)
    QTest.keyClick(window, Qt.Key.Key_H, CTRL | SHIFT)
    assert open_docks(window) == before
    qtbot.waitUntil(lambda: abs(view.zoom() - zoom) < 1e-9)
    QTest.keyClick(window, Qt.Key.Key_F12)  # the same action, one key
    assert open_docks(window) == set()
    assert dict(window.shortcuts())["Hide panels"] == "Ctrl+Shift+H, F12"


def test_presentation_shows_the_title_and_no_scroll_bars_and_gives_the_zoom_back(laptop, qtbot):
    window = laptop
    window.open_sample(list_samples("en")[0].path)
    journey, view = window.editor.journey, window.canvas.view
    persona = next(p for p in window.editor.doc.personas if p.id == journey.persona_id)
    fitted = view.zoom()
    QTest.keyClick(window, Qt.Key.Key_F11)
    band = window.canvas.heading
    qtbot.waitUntil(band.isVisible)
    title, persona_line = band.heading_texts
    assert title == journey.name and persona.name in persona_line
    assert band.geometry().bottom() < view.geometry().top() + 1  # over the map, not on it
    qtbot.waitUntil(lambda: window.canvas.width() == window.width())  # the docks are gone
    qtbot.waitUntil(lambda: view.zoom() != fitted)  # fitted again to the full screen
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "presentation.png"))
    QTest.keyClick(view, Qt.Key.Key_Right)  # step to a stage: zoomed in, still no bars
    assert not view.horizontalScrollBar().isVisible()
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert not band.isVisible()
    qtbot.waitUntil(lambda: window.size() == QSize(1280, 720))
    qtbot.waitUntil(lambda: view.transform().m11() == fitted)


def test_leaving_presentation_with_esc_restores_a_zoom_and_position_of_ones_own(laptop, qtbot):
    window = laptop
    window.open_sample(list_samples("en")[0].path)
    view = window.canvas.view
    zoom_in_twice(window)
    zoom_in_twice(window)  # far enough in that the map scrolls both ways, lanes and all
    across, down = view.horizontalScrollBar(), view.verticalScrollBar()
    assert across.maximum() > across.minimum() and down.maximum() > down.minimum()
    across.setValue((across.minimum() + across.maximum()) // 2)
    zoom, middle = view.transform().m11(), centre_of(view)
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.canvas.heading.isVisible())
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not window.act_present.isChecked()
    qtbot.waitUntil(lambda: window.size() == QSize(1280, 720))
    assert view.transform().m11() == zoom
    moved = centre_of(view) - middle  # the same part of the map in the middle, to a pixel
    assert abs(moved.x()) * zoom <= 2 and abs(moved.y()) * zoom <= 2

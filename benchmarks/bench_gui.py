"""gui.*: start-up against a bare PySide6 window, opening and drawing the 2,000-
touchpoint document, one move of a dragged card, and the same journey with 8 lanes of
sticky notes opened and exported as a PNG, each against bare Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, compare, median_time


def _startup(kind: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "benchmarks.startup_probe", kind], env=env, check=True)
    return time.perf_counter() - start


def _open_and_draw(window, path: Path) -> None:
    """Open a file in the window and paint it; then let Qt delete the scene it replaced, as
    the event loop does right after (a benchmark that never returned to the loop would
    keep every old scene, and the garbage collector would walk them all)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from journeymap.storage import open_document

    window.load(open_document(path), path)
    window.canvas.view.viewport().repaint()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _lanes(window, view, path: Path) -> list[Result]:
    """gui.open_2000_lanes: the 2,000-card journey with 8 lanes and 3 notes in every cell
    of the 7 note lanes (840 notes) opened and drawn; gui.drag_2000_lanes: a move of its
    lowest card, dragged over the lane below the graph; map.png_2000_lanes: its PNG at 150
    dpi. The references draw bare Qt items of the same number."""
    from PySide6.QtGui import QImage, QPainter

    from benchmarks.generate import build_large_document
    from journeymap.storage import save_document
    from journeymap.ui import map_pictures
    from journeymap.ui.canvas.notes import note_lines

    doc, _ = build_large_document(notes_per_cell=3)
    save_document(doc, path)
    notes = len(doc.journeys[0].notes)

    def bare_draw() -> None:
        view.setScene(_bare_scene(2000 + notes, 3000)[0])
        view.viewport().repaint()

    # each open as the first: no note's text wrapped before (notes.py keeps them per text)
    ours = median_time(lambda: _open_and_draw(window, path), note_lines.cache_clear, repeats=3)
    ref = median_time(bare_draw, repeats=3)
    results = [compare("gui.open_2000_lanes", ours, "bare QGraphicsScene, same item count", ref,
                       1.0)]  # fmt: skip
    # the lowest card of the graph, dragged over the lane below it (which follows the drop)
    lowest = max(window.canvas.scene.cards.values(), key=lambda card: card.pos().y())
    ours = _drag_step(window, lowest)
    ref = _bare_drag_step(view, 2000 + notes)
    results.append(compare("gui.drag_2000_lanes", ours, "moving a bare QGraphicsRectItem", ref,
                           0.016))  # fmt: skip
    out = path.with_name("lanes.png")
    journey_id = doc.journeys[0].id

    size = []

    def png() -> None:
        scene = map_pictures.journey_scene(window.editor.doc, journey_id)
        size[:] = [map_pictures.write_png(scene, out)]

    bare, _ = _bare_scene(2000 + notes, 3000)

    def bare_png() -> None:
        # a picture of as many pixels, in the same format with the same PNG settings
        image = QImage(size[0], QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        bare.render(painter)
        painter.end()
        image.save(str(out.with_name("bare.png")))

    ours = median_time(png, repeats=3)
    ref = median_time(bare_png, repeats=3)
    results.append(compare("map.png_2000_lanes", ours, "bare scene, PNG as large, RGB32",
                           ref, 3.0))  # fmt: skip
    return results


def _drag_step(window, card) -> float:
    """The median time of one move of a dragged card: the event and the repaint it
    causes, at 100 % (where one works on a card, and the zoom of the reference): fitted,
    the whole 2,000-card map is on screen and every repaint draws all of it. The card is
    dropped where it was picked up, and the document left clean."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    view = window.canvas.view
    view.auto_fit = False
    view.resetTransform()
    view.centerOn(card)
    QApplication.processEvents()
    viewport = view.viewport()
    start = view.mapFromScene(card.sceneBoundingRect().center())

    def send(kind, pos, button, buttons) -> None:
        global_pos = QPointF(viewport.mapToGlobal(pos))
        event = QMouseEvent(kind, QPointF(pos), global_pos, button, buttons,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(viewport, event)

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, start, left, left)
    step = [0]

    def move_once() -> None:
        step[0] += 1
        pos = start + type(start)(step[0] % 40, step[0] % 25)
        send(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, left)
        viewport.repaint()

    seconds = median_time(move_once, repeats=41)
    send(QEvent.Type.MouseButtonRelease, start, left, Qt.MouseButton.NoButton)
    window.editor.undo_stack.setClean()
    return seconds


def _bare_drag_step(view, cards: int) -> float:
    """The reference of a drag step: moving a bare rectangle among ``cards`` others."""
    from PySide6.QtWidgets import QApplication

    bare_scene, rects = _bare_scene(cards, 3000)
    rects[0].setFlag(rects[0].GraphicsItemFlag.ItemIsMovable)
    view.setScene(bare_scene)
    view.centerOn(rects[0])
    QApplication.processEvents()
    step = [0]

    def bare_move() -> None:
        step[0] += 1
        rects[0].setPos(step[0] % 40, step[0] % 25)
        view.viewport().repaint()

    return median_time(bare_move, repeats=41)


def _bare_scene(cards: int, links: int):
    """The reference scene: plain rectangles and lines, as many as our items."""
    from PySide6.QtWidgets import QGraphicsScene

    scene = QGraphicsScene()
    rects = [scene.addRect(0, 0, 210, 96) for _ in range(cards)]
    for i, rect in enumerate(rects):
        rect.setPos((i // 50) * 266, (i % 50) * 130)
    for i in range(links):
        a, b = rects[i % cards].pos(), rects[(i * 7 + 50) % cards].pos()
        scene.addLine(a.x(), a.y(), b.x(), b.y())
    return scene, rects


def run() -> list[Result]:
    """Time start-up, open-and-draw and a drag step."""
    from PySide6.QtWidgets import QApplication, QGraphicsView

    from benchmarks.generate import build_large_document
    from journeymap.storage import save_document
    from journeymap.ui.app import make_app
    from journeymap.ui.main_window import MainWindow

    ours = median_time(lambda: _startup("app"), repeats=5)
    ref = median_time(lambda: _startup("bare"), repeats=5)
    results = [compare("gui.startup", ours, "bare PySide6 QMainWindow, first paint", ref)]

    app = make_app()
    doc, _ = build_large_document()
    path = Path(tempfile.mkdtemp(prefix="jm-bench-")) / "big.jmap"
    save_document(doc, path)
    window = MainWindow("en")
    window.show()
    QApplication.processEvents()

    view = QGraphicsView()
    view.resize(window.canvas.view.size())
    view.show()

    def bare_draw() -> None:
        view.setScene(_bare_scene(2000, 3000)[0])
        view.viewport().repaint()

    ours = median_time(lambda: _open_and_draw(window, path), repeats=3)
    ref = median_time(bare_draw, repeats=3)
    results.append(compare("gui.open_2000", ours, "bare QGraphicsScene, same item count", ref, 1.5))

    scene = window.canvas.scene
    ours = _drag_step(window, next(iter(scene.cards.values())))
    ref = _bare_drag_step(view, 2000)
    results.append(compare("gui.drag_move", ours, "moving a bare QGraphicsRectItem", ref, 0.016))
    results += _lanes(window, view, path.with_name("lanes.jmap"))
    window.close()
    view.close()
    del app
    return results

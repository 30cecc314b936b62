"""A short workshop in a real X11 window, for tests/test_x11_session.py.

    DISPLAY=:N QT_QPA_PLATFORM=xcb python -m tests.x11_driver WORK_DIR

It opens a sample from the welcome page, imports a survey through the survey dialog (a
typed path, then Import), opens Journey ▸ Compare and closes it, exports the map as SVG
and PNG, drags a card, and closes the window, discarding the change. Each step prints
``STEP name`` and then ``OK name`` or ``FAILED name: why``. Every Qt warning, critical or
fatal message is printed as ``QT <kind> [step]: text``, and an exception that reached the
event loop as ``PYTHON ERROR [step]``. The exit code is 0 only when every step passed and
nothing was printed that way; a crash shows as a signal exit. The offscreen platform hides
what only a real window system shows (such as a Python override that Qt calls while
painting), which is why this runs under Xvfb.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QMessageLogContext,
    QPointF,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

#: A bound for a hung step (a dialog nobody answers), not a timing check.
GIVE_UP_MS = 60_000
SAMPLE = "online-order"  # as-is and to-be: something for Compare to compare

messages: list[str] = []
current_step = "start"


def on_qt_message(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    """Print and remember every warning, critical and fatal message of Qt."""
    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        return
    line = f"QT {kind.name} [{current_step}]: {text}"
    messages.append(line)
    print(line, flush=True)


def on_python_error(kind, error, trace) -> None:
    """Print and remember an exception that reached the event loop (a Python override or
    slot that Qt called), which PySide6 would otherwise only print."""
    text = "".join(traceback.format_exception(kind, error, trace))
    messages.append(f"PYTHON [{current_step}]: {error!r}")
    print(f"PYTHON ERROR [{current_step}]:\n{text}", flush=True)


class Waiter:
    """The part of pytest-qt's qtbot that tests/modal.py uses, for a process without
    pytest."""

    @staticmethod
    def waitUntil(condition: Callable[[], object], timeout: int = 5000) -> None:
        """Spin the event loop until ``condition()`` is true; TimeoutError after
        ``timeout`` milliseconds."""
        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} ms for {condition}")
            QTest.qWait(10)


def write_survey(path: Path, names: list[str]) -> None:
    """A survey export answering three touchpoints (columns named as the touchpoints)."""
    lines = ["respondent;" + ";".join(names)]
    lines += [f"{i};" + ";".join(str((i + k) % 5 + 1) for k in range(len(names)))
              for i in range(40)]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def open_sample(window) -> None:
    """Double-click the sample in the welcome page's English list."""
    from journeymap.samples import find_sample

    samples = window.welcome.samples["en"]
    wanted = str(find_sample(SAMPLE, "en").path)
    item = next(samples.item(r) for r in range(samples.count())
                if samples.item(r).data(Qt.ItemDataRole.UserRole) == wanted)  # fmt: skip
    centre = samples.visualItemRect(item).center()
    QTest.mouseClick(samples.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(samples.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    Waiter.waitUntil(lambda: window.pages.currentWidget() is window.canvas)
    assert window.editor.journey.name.startswith("Online order"), window.editor.journey.name


def import_survey(window, work: Path) -> None:
    """File ▸ Import ▸ Survey data (Ctrl+I): type the path, Enter for the preview, then
    Import."""
    from journeymap.ui.import_dialogs import SurveyImportDialog
    from tests.modal import answer_next

    journey = window.editor.journey
    names = [tp.name for tp in journey.touchpoints[:3]]
    survey = work / "survey.csv"
    write_survey(survey, names)

    def type_and_import(dialog) -> None:
        field = dialog.file_field.path_edit
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        QTest.keyClicks(field, str(survey))
        QTest.keyClick(field, Qt.Key.Key_Return)  # fills the preview, imports nothing yet
        Waiter.waitUntil(lambda: dialog.preview.rowCount() > 0)
        assert dialog.isVisible(), "Enter in the file field imported without a preview"
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    shown = answer_next(Waiter, SurveyImportDialog, type_and_import)
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    Waiter.waitUntil(lambda: bool(shown), 10_000)  # the dialog opens with open(): no wait
    Waiter.waitUntil(lambda: not shiboken6.isValid(shown[0]) or not shown[0].isVisible(),
                     15_000)  # fmt: skip
    added = [m for m in journey.measurements if m.source == survey.name]
    assert {m.touchpoint_id for m in added} == {tp.id for tp in journey.touchpoints[:3]}, (
        "the survey was not imported for the three touchpoints it answers"
    )


def compare(window) -> None:
    """Journey ▸ Compare (Ctrl+Shift+C), look, close it with Escape."""
    from journeymap.ui.compare_view import CompareDialog

    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window, Qt.Key.Key_C, keys)
    Waiter.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(CompareDialog)))
    dialog = next(d for d in window.findChildren(CompareDialog) if d.isVisible())
    QTest.qWaitForWindowExposed(dialog)
    assert dialog.table.rowCount() > 0, "Compare lists no touchpoints"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    Waiter.waitUntil(lambda: not dialog.isVisible())
    QTest.qWait(50)  # let the closed dialog be deleted before the next edits


def export_map(window, work: Path) -> None:
    """The SVG and PNG exports of File ▸ Export."""
    assert window.exporter.svg(work / "map.svg"), "SVG export failed"
    assert window.exporter.png(work / "map.png", dpi=96), "PNG export failed"
    assert (work / "map.svg").stat().st_size > 0 and (work / "map.png").stat().st_size > 0


def drag_card(window) -> None:
    """Drag the first card into the next stage's column on the canvas."""
    from tests.gui_helpers import drag

    journey, scene = window.editor.journey, window.canvas.scene
    tp = journey.touchpoints[0]
    target = journey.stages[journey.stage_index(tp.stage_id) + 1]
    start = scene.cards[tp.id].sceneBoundingRect().center()
    end = QPointF(scene.columns[target.id].sceneBoundingRect().center().x(), start.y())
    steps = window.editor.undo_stack.count()
    drag(window.canvas.view, start, end)
    QTest.qWait(50)
    assert tp.stage_id == target.id, "the card did not move to the next stage"
    assert window.editor.undo_stack.count() == steps + 1, "the move is not one undo step"
    assert window.isWindowModified(), "no * in the title after the move"


def close_discarding(window) -> None:
    """Close the window and answer the unsaved-changes question with Discard."""
    from tests.modal import answer_next

    def discard(box) -> None:
        button = box.button(QMessageBox.StandardButton.Discard)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    asked = answer_next(Waiter, QMessageBox, discard)
    assert window.close(), "the window did not close"
    assert asked, "closing with changes did not ask about them"


def main(argv: list[str]) -> int:
    """Play the workshop; the exit code says whether anything went wrong."""
    global current_step
    from journeymap.ui.app import make_app
    from journeymap.ui.main_window import MainWindow

    work = Path(argv[0])
    qInstallMessageHandler(on_qt_message)
    sys.excepthook = on_python_error
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    app = make_app()
    print("PLATFORM", app.platformName(), flush=True)
    QTimer.singleShot(GIVE_UP_MS, lambda: (print("TIMEOUT", current_step, flush=True),
                                           app.exit(3)))  # fmt: skip
    window = MainWindow("en")
    window.interactive = False  # an error goes to stderr instead of waiting for a click
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    failed = []
    steps = [
        ("open sample", lambda: open_sample(window)),
        ("import survey", lambda: import_survey(window, work)),
        ("compare", lambda: compare(window)),
        ("export map", lambda: export_map(window, work)),
        ("drag card", lambda: drag_card(window)),
        ("close discarding", lambda: close_discarding(window)),
    ]
    for name, step in steps:
        current_step = name
        print("STEP", name, flush=True)
        try:
            # a person clicks on the window first: with no window manager under Xvfb,
            # closing a dialog hands the keyboard focus back to no one
            window.activateWindow()
            Waiter.waitUntil(window.isActiveWindow)
            step()
        except Exception as error:  # report and go on: later steps still tell something
            failed.append(name)
            print(f"FAILED {name}: {error!r}", flush=True)
            traceback.print_exc()
        else:
            print("OK", name, flush=True)
        # not a wait (each step waits for its own outcome above): this script runs without
        # pytest, and the step's leftover events (late paints, deferred deletes) run here so
        # a warning they raise is charged to this step, not to the next
        QApplication.processEvents()
    current_step = "shutdown"
    if window.isVisible():
        window.editor.undo_stack.setClean()
        window.close()
    shiboken6.delete(window)
    app.clipboard().clear()
    app.processEvents()  # not a wait: deliver what the deletion posted while the app lives
    print(f"DONE {len(steps) - len(failed)} of {len(steps)} steps passed, "
          f"{len(messages)} warnings or errors", flush=True)  # fmt: skip
    return 1 if failed or messages else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

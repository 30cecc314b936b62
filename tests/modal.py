"""Answering a modal dialog the way a person does: the action that opens it blocks until
it closes, so the answer is set up first and runs inside the dialog's event loop."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: How long to look for the dialog; a bound for a broken test, not a timing check.
LOOK_FOR_SECONDS = 15.0


def answer_next(qtbot, kind: type[QWidget], answer: Callable[[QWidget], object]) -> list[QWidget]:
    """Once a modal dialog of ``kind`` is open, activate it and call ``answer(dialog)``;
    call this just before the action that opens it. (Offscreen no window manager activates
    a new dialog, and keys typed into an inactive Qt file dialog go astray.) Returns a list
    that receives the dialog, so the test can tell that it was shown. A dialog still open
    after its answer (a failing one, say) is rejected, so the test fails, not hangs."""
    seen: list[QWidget] = []
    deadline = time.monotonic() + LOOK_FOR_SECONDS
    timer = QTimer(QApplication.instance())  # polled, never nested: the action may spin
    timer.setInterval(20)  # the event loop itself before it opens the dialog

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            timer.stop()
            timer.deleteLater()
            seen.append(dialog)
            try:
                dialog.activateWindow()
                qtbot.waitUntil(dialog.isActiveWindow)
                answer(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()
        elif time.monotonic() > deadline:
            timer.stop()
            timer.deleteLater()

    timer.timeout.connect(look)
    timer.start()
    return seen

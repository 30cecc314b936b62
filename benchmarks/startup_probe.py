"""Started as a process by bench_gui: shows a window and exits at its first paint.

`python -m benchmarks.startup_probe bare` shows a bare PySide6 main window (the
reference); `... app` starts journeymap's main window the way `journeymap` does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer


class _ExitOnPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: sys.exit(0))
        return False


def main(kind: str) -> None:
    """Show the kind of window asked for and leave at its first paint."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if kind == "bare":
        window = QMainWindow()
        window.resize(1400, 860)
    else:
        from journeymap.ui.app import make_app
        from journeymap.ui.main_window import MainWindow

        make_app()
        window = MainWindow("en")
    watcher = _ExitOnPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])

"""Starting the desktop editor: `journeymap [FILE] [--sample NAME] [--lang en|de]
[--screenshot OUT.png]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from journeymap import __version__
from journeymap.model.vocabulary import LANGUAGES
from journeymap.ui.app_icon import application_icon
from journeymap.ui.fonts import register_fonts
from journeymap.ui.i18n import install_translations, startup_language


def gui_parser() -> argparse.ArgumentParser:
    """The options of the editor itself."""
    parser = argparse.ArgumentParser(prog="journeymap", description="Open the journeymap editor.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a .jmap or .json file to open")
    parser.add_argument(
        "--sample", metavar="NAME", help="open a bundled sample as an untitled copy"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="user-interface language")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="save a PNG of the window after its first paint, then exit",
    )
    return parser


class _FirstPaint(QObject):
    """Calls back once, right after the watched widget has painted for the first time."""

    def __init__(self, callback) -> None:
        super().__init__()
        self.callback = callback
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.callback)
        return False


def make_app() -> QApplication:
    """The QApplication, named so settings land in one place, with journeymap's icon."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("journeymap")
    # Also the X11 window class (packaging/linux/journeymap.desktop's StartupWMClass).
    app.setApplicationName("journeymap")
    app.setApplicationVersion(__version__)
    register_fonts()  # before any widget lays out text
    # Wayland's app id: the desktop finds journeymap.desktop, and its icon, by it.
    app.setDesktopFileName("journeymap")
    app.setWindowIcon(application_icon())
    return app


def run(argv: list[str]) -> int:
    """Open the main window, optionally on a file or a sample; returns the exit code."""
    args = gui_parser().parse_args(argv)
    app = make_app()
    from journeymap.ui.main_window import MainWindow

    # Qt deletes what we put on the clipboard when the application goes; a QMimeData made
    # in Python must go first, or the interpreter can crash on the way out.
    app.aboutToQuit.connect(lambda: app.clipboard().ownsClipboard() and app.clipboard().clear())
    language = startup_language(args.lang)  # --lang, else the settings, else the system's
    install_translations(app, language)  # before any widget asks tr() for its text
    window = MainWindow(language)
    window.interactive = not args.screenshot
    window.offer_recovery()  # after a crash: restore, discard or keep the unsaved work
    if args.file:
        if not window.open_path(Path(args.file)) and args.screenshot:
            return 1
    elif args.sample:
        from journeymap.samples import find_sample

        try:
            sample = find_sample(args.sample, window.language)
        except KeyError as error:
            print(f"journeymap: {error.args[0]}", file=sys.stderr)
            return 1
        window.open_sample(sample.path)
    window.show()
    if args.screenshot:
        out = Path(args.screenshot)

        def shoot() -> None:
            ok = window.grab().save(str(out))
            app.exit(0 if ok else 1)

        watcher = _FirstPaint(shoot)
        target = (
            window.canvas.view.viewport()
            if window.pages.currentWidget() is window.canvas
            else window
        )
        target.installEventFilter(watcher)
        target.update()
    return app.exec()

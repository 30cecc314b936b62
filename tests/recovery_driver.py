"""A real editor process for tests/test_recovery.py, there to be killed.

    python -m tests.recovery_driver SETTINGS_DIR [FILE] [--sample NAME] [--lang en|de]

It builds the window as ``journeymap.ui.app.run`` does (settings kept in SETTINGS_DIR, the
recovery folder taken from $JOURNEYMAP_RECOVERY_DIR), makes the edits of
``scripted_edits``, prints ``WRITTEN <path>`` once a recovery copy is on disk, and then
waits to be killed. It quits by itself after two minutes so that a test that died before
killing it leaves no process behind.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journeymap.model import SetFields
from journeymap.model.commands import Command
from journeymap.model.document import Document

WRITTEN = "WRITTEN"
RENAMED = "Renamed before the crash"


def scripted_edits(doc: Document) -> list[Command]:
    """The edits the driver makes (the test replays them to know what to expect)."""
    journey = doc.journeys[0]
    return [
        SetFields(journey.touchpoints[0].id, {"name": RENAMED}),
        SetFields(journey.stages[0].id, {"description": "Edited, never saved"}),
    ]


def main(argv: list[str]) -> int:
    """Open the editor, edit, report the recovery write, and run until killed."""
    from PySide6.QtCore import QSettings, QTimer

    from journeymap.ui.app import gui_parser, make_app
    from journeymap.ui.i18n import startup_language
    from journeymap.ui.main_window import MainWindow

    settings_dir, *gui_args = argv
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    args = gui_parser().parse_args(gui_args)
    app = make_app()
    window = MainWindow(startup_language(args.lang))
    window.interactive = False  # a dialog would wait forever for a click
    if args.file:
        window.open_path(Path(args.file))
    elif args.sample:
        from journeymap.samples import find_sample

        window.open_sample(find_sample(args.sample, window.language).path)
    window.show()

    window.recovery.interval = 50
    window.recovery.written.connect(lambda path: print(WRITTEN, path, flush=True))
    for command in scripted_edits(window.editor.doc):
        if not window.editor.push(command):
            print("REFUSED", command.text, flush=True)
            return 2
    QTimer.singleShot(120_000, lambda: app.exit(3))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

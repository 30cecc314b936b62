"""Test set-up: Qt runs headless, and hypothesis keeps its runs short on a 2-core box."""

import os

# Must be set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("default")

# postgres_url / postgres_schema: a real PostgreSQL server for the SQL path's tests
pytest_plugins = ["tests.postgres", "tests.library_fixtures"]


import pytest  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The main window with its settings in a temporary folder; closed afterwards
    without questions, so no top-level window outlives a test."""
    import shiboken6
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journeymap.ui.app import make_app
    from journeymap.ui.main_window import MainWindow

    monkeypatch.setenv("JOURNEYMAP_RECOVERY_DIR", str(tmp_path / "recovery"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    make_app()
    win = MainWindow("en")  # not qtbot.addWidget: its teardown would close it unclean
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)  # keyboard shortcuts only reach the active window
    yield win
    win.canvas.cancel_rename()
    win.editor.undo_stack.setClean()
    win.close()
    # Delete the C++ side now, while the QApplication lives: left to the garbage
    # collector at interpreter exit, Qt objects can outlive the application and crash.
    shiboken6.delete(win)
    QApplication.clipboard().clear()  # our QMimeData must not outlive the application


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(request, monkeypatch):
    """A modal message box would wait for a click that never comes: make any dialog a
    test did not expect fail at once instead of hanging the run."""
    if "qtbot" not in request.fixturenames and "window" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "critical", "warning", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    yield

"""Crash recovery: unsaved work is copied aside and offered back after a crash."""

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymap.model import SetFields
from journeymap.samples import find_sample
from journeymap.storage import open_document, save_document
from journeymap.ui.recovery import dialog, store
from journeymap.ui.recovery.dialog import Choice
from tests.recovery_driver import RENAMED, WRITTEN, scripted_edits

ROOT = Path(__file__).resolve().parents[1]
REAL_ASK = dialog.ask_restore  # before the autouse fixture replaces it


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    """Every test gets its own recovery folder (for this process and any it starts)."""
    path = tmp_path / "recovery"
    monkeypatch.setenv(store.ENV_FOLDER, str(path))
    return path


@pytest.fixture(autouse=True)
def no_unexpected_offer(monkeypatch):
    """The restore question is a QMessageBox instance, which the conftest guard does not
    catch: a test that gets asked without expecting it fails instead of hanging."""

    def unexpected(parent, entry):
        raise AssertionError(f"unexpected restore question about {entry.document}")

    monkeypatch.setattr(dialog, "ask_restore", unexpected)


@pytest.fixture(scope="module")
def dead_pid():
    """The id of a process that has run and been reaped."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def answer(monkeypatch, choice):
    """Answer the restore question with ``choice``; returns the list of entries asked about."""
    asked = []
    monkeypatch.setattr(dialog, "ask_restore", lambda parent, entry: asked.append(entry) or choice)
    return asked


def sample_doc():
    return open_document(find_sample("installation", "en").path)


def plant(folder, doc, *, pid, instance="0dd", path=None, untitled_name=""):
    """A recovery copy as another process would have left it."""
    folder.mkdir(exist_ok=True)
    stem = f"journeymap-{pid}-{instance}-1"
    save_document(doc, folder / f"{stem}.jmap")
    meta = {
        "format": "journeymap-recovery",
        "version": 1,
        "pid": pid,
        "instance": instance,
        "written": "2026-01-01T12:00:00+00:00",
        "path": str(path) if path else None,
        "untitled_name": untitled_name,
    }
    (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder / f"{stem}.jmap"


def edit_and_wait_for_copy(qtbot, window):
    """Rename the first card and wait for the guard's next copy; returns its path."""
    guard = window.recovery
    guard.interval = 20
    tp = window.editor.journey.touchpoints[0]
    with qtbot.waitSignal(guard.written) as blocker:
        window.editor.push(SetFields(tp.id, {"name": "Copied aside"}))
    return blocker.args[0]


def test_unsaved_changes_are_copied_on_the_timer_with_a_sidecar(qtbot, window, folder):
    window.open_sample(find_sample("installation", "en").path)
    guard = window.recovery
    assert not guard.maybe_write()  # clean: nothing to copy
    copy = edit_and_wait_for_copy(qtbot, window)
    assert copy.parent == folder and copy.name.startswith(f"journeymap-{os.getpid()}-")
    assert open_document(copy) == window.editor.doc
    meta = json.loads(copy.with_name(copy.name.replace(".jmap", ".meta.json")).read_text())
    assert meta["pid"] == os.getpid() and meta["instance"] == store.INSTANCE
    assert meta["path"] is None and meta["untitled_name"] == window.editor.untitled_name
    assert meta["written"]
    assert not guard.maybe_write()  # nothing changed since the copy

    # undoing back to the file's state leaves nothing to recover
    window.editor.undo_stack.undo()
    assert list(folder.iterdir()) == []


def test_a_clean_save_removes_the_copy(qtbot, window, folder, tmp_path):
    window.open_sample(find_sample("installation", "en").path)
    copy = edit_and_wait_for_copy(qtbot, window)
    assert copy.exists()
    assert window.documents.write(tmp_path / "saved.jmap")
    assert list(folder.iterdir()) == []


def test_closing_and_discarding_the_changes_removes_the_copy(qtbot, window, folder, monkeypatch):
    window.open_sample(find_sample("installation", "en").path)
    edit_and_wait_for_copy(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert list(folder.iterdir()) == []
    assert not window.recovery.maybe_write()  # and it does not come back


def test_restoring_an_untitled_copy_shows_it_as_unsaved(window, folder, dead_pid, monkeypatch):
    doc = sample_doc()
    doc.journeys[0].touchpoints[0].name = "Only in the copy"
    planted = plant(folder, doc, pid=dead_pid, untitled_name="Installation (sample copy)")
    asked = answer(monkeypatch, Choice.RESTORE)

    assert window.offer_recovery()
    assert [e.document for e in asked] == [planted]
    assert window.editor.doc == doc
    assert window.editor.path is None
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Installation (sample copy)[*]")
    # the planted copy is gone once the window has its own
    assert not planted.exists()
    assert window.recovery.entry.document.exists()
    assert open_document(window.recovery.entry.document) == doc


def test_discard_deletes_the_copy_and_later_keeps_it(window, folder, dead_pid, monkeypatch):
    planted = plant(folder, sample_doc(), pid=dead_pid)
    answer(monkeypatch, Choice.LATER)
    assert not window.offer_recovery()
    assert planted.exists()
    assert not window.isWindowModified()

    asked = answer(monkeypatch, Choice.DISCARD)
    assert not window.offer_recovery()
    assert asked and list(folder.iterdir()) == []
    assert not window.editor.doc.journeys  # nothing was loaded


def test_copies_of_running_processes_are_not_offered(qtbot, window, folder, dead_pid):
    # another window of this process, and a running process (our parent)
    window.open_sample(find_sample("installation", "en").path)
    own = edit_and_wait_for_copy(qtbot, window)
    other = plant(folder, sample_doc(), pid=os.getppid())
    assert not window.offer_recovery()  # the autouse guard fails if it asks
    assert own.exists() and other.exists()


def test_our_process_id_from_an_earlier_run_counts_as_gone(window, folder, monkeypatch):
    # process ids are reused (after a reboot): only this run's instance token is live
    planted = plant(folder, sample_doc(), pid=os.getpid(), instance="ea71e5")
    asked = answer(monkeypatch, Choice.LATER)
    window.offer_recovery()
    assert [e.document for e in asked] == [planted]


def test_a_damaged_copy_is_set_aside_with_one_message(window, folder, dead_pid, monkeypatch):
    planted = plant(folder, sample_doc(), pid=dead_pid, untitled_name="Onboarding")
    planted.write_bytes(b"half a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    assert not window.offer_recovery()  # not asked: the autouse guard would fail
    assert len(shown) == 1
    aside = planted.with_name(planted.name + ".damaged")
    assert "“Onboarding”" in shown[0] and str(aside) in shown[0]
    assert aside.read_bytes() == b"half a database" and not planted.exists()
    assert not window.offer_recovery()  # set aside for good
    assert len(shown) == 1


def test_screenshot_runs_and_scripts_are_never_asked(window, folder, dead_pid):
    planted = plant(folder, sample_doc(), pid=dead_pid)
    window.interactive = False
    assert not window.offer_recovery()
    assert planted.exists()


def test_the_question_has_restore_discard_and_later_buttons(qtbot, folder):
    entry = store.RecoveryEntry(folder, "journeymap-1-0dd-1", {"path": "/data/a.jmap"})
    texts = []

    def press(label):
        box = QApplication.activeModalWidget()
        texts.append(box.text() + box.informativeText())
        next(b for b in box.buttons() if b.text() == label).click()

    for label, choice in (("&Restore", Choice.RESTORE), ("&Discard", Choice.DISCARD)):
        QTimer.singleShot(0, lambda label=label: press(label))
        assert REAL_ASK(None, entry) is choice
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # Escape
    assert REAL_ASK(None, entry) is Choice.LATER
    assert "“a.jmap”" in texts[0] and "/data/a.jmap" in texts[0]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_after_kill_9_the_next_start_restores_the_unsaved_work(
    window, folder, tmp_path, monkeypatch
):
    original = tmp_path / "installation.jmap"
    save_document(sample_doc(), original)
    expected = open_document(original)
    for command in scripted_edits(expected):
        command.do(expected)

    # a real editor process opens the file, edits it and copies the work aside
    errors = open(tmp_path / "driver.err", "w")  # noqa: SIM115 (closed below)
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.recovery_driver", str(tmp_path / "settings"), str(original)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
    )
    lines = queue.Queue()

    def read_lines():
        for text in driver.stdout:
            lines.put(text)

    threading.Thread(target=read_lines, daemon=True).start()
    try:
        try:
            line = lines.get(timeout=90)  # a bound for a hung driver, not a timing check
        except queue.Empty:
            pytest.fail("the driver never wrote a recovery copy")
        assert line.startswith(WRITTEN), line
        copy = Path(line.split(" ", 1)[1].strip())
        assert copy.parent == folder
        os.kill(driver.pid, signal.SIGKILL)
        assert driver.wait() == -signal.SIGKILL  # reaped: its process id is gone
    finally:
        if driver.poll() is None:
            driver.kill()
            driver.wait()
        errors.close()
    assert open_document(original) != expected  # the edits never reached the file

    # the next start: the question is answered "Restore"
    asked = answer(monkeypatch, Choice.RESTORE)
    assert window.offer_recovery()
    assert [e.document for e in asked] == [copy]
    assert asked[0].original == original.resolve()
    assert window.editor.doc == expected
    assert window.editor.journey.touchpoints[0].name == RENAMED
    assert window.editor.path == original.resolve()
    assert window.isWindowModified()
    assert window.windowTitle().startswith("installation.jmap[*]")
    assert not copy.exists()  # replaced by this window's own copy
    assert window.recovery.entry.document.exists()

    # Save writes back to the original file, and nothing is left to recover
    assert window.save()
    assert open_document(original) == expected
    assert not window.isWindowModified()
    assert list(folder.iterdir()) == []


def test_a_copy_that_cannot_be_written_is_reported_in_the_status_bar(
    qtbot, window, tmp_path, monkeypatch
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(store.ENV_FOLDER, str(blocker / "recovery"))
    window.open_sample(find_sample("installation", "en").path)
    guard = window.recovery
    guard.interval = 20
    with qtbot.waitSignal(guard.failed) as failed:
        window.editor.push(SetFields(window.editor.journey.stages[0].id, {"name": "Kept"}))
    assert "crash recovery" in failed.args[0]
    assert window.statusBar().currentMessage() == failed.args[0]
    assert guard.maybe_write() is False  # still pending: tried again, failing again
    monkeypatch.setenv(store.ENV_FOLDER, str(tmp_path / "recovery"))
    assert guard.maybe_write()


def test_the_editor_offers_recovery_before_opening_a_file_or_sample(window, monkeypatch):
    from journeymap.ui import app
    from journeymap.ui.main_window import MainWindow

    seen = []
    monkeypatch.setattr(
        MainWindow, "offer_recovery", lambda w: seen.append(list(w.editor.doc.journeys))
    )
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.run(["--sample", "installation"]) == 0
    started = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    started = [w for w in started if w is not window and w.isVisible()]
    assert seen == [[]]  # asked while the window was still empty
    assert len(started) == 1 and started[0].editor.doc.journeys
    started[0].close()


def test_a_library_documents_unsaved_work_comes_back_and_saves_as_its_next_revision(
    qtbot, window, folder, dead_pid, monkeypatch, library
):
    from journeymap.storage.library import history, pull, push
    from tests.test_library_gui import save_to_library

    push(library, "Onboarding", sample_doc(), author="ana")
    doc, _ = pull(library, "Onboarding")  # as the editor had it open from the library
    doc.journeys[0].touchpoints[0].name = "Only in the copy"
    plant(folder, doc, pid=dead_pid, untitled_name="Onboarding")
    answer(monkeypatch, Choice.RESTORE)
    assert window.offer_recovery()
    assert window.editor.doc.library_origin == doc.library_origin  # still knows its base
    assert "(revision 1)" in window.windowTitle() and window.isWindowModified()
    save_to_library(qtbot, window, "after the crash")
    qtbot.waitUntil(lambda: len(history(library, "Onboarding")) == 2)
    assert pull(library, "Onboarding")[0].journeys[0].touchpoints[0].name == "Only in the copy"

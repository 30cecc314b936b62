"""Crash recovery: unsaved work is copied to a recovery folder now and then, and offered
back at the next start when the process that wrote it is gone.

Each window has a ``RecoveryGuard``. Every ``interval`` (30 s by default) it checks whether
the document has unsaved changes made since its last copy; if so it writes

* ``journeymap-<pid>-<instance>-<n>.meta.json``: who wrote it (process id and a token
  unique to that process run), when, and the document's file (or its untitled name);
* ``journeymap-<pid>-<instance>-<n>.jmap``: the document itself, with ``save_document``.

Both are replaced atomically, the sidecar first, so a kill at any moment leaves either the
previous complete copy or the new one. A clean state (saved, undone back to the saved state,
another document opened after the user saved or discarded) or a clean close removes them.

The folder is ``QStandardPaths.AppDataLocation/recovery`` (``~/.local/share/journeymap/
journeymap/recovery`` on Linux), or the folder named by the environment variable
``JOURNEYMAP_RECOVERY_DIR`` (tests point it at a temporary folder).

At start-up ``offer_recovery`` lists the copies whose writing process is no longer running
and asks, one by one, whether to restore, discard or keep them for later. Copies of a
running process (another open window) are left alone; an unreadable copy is renamed to
``….damaged`` and reported once.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import json
import os
import re
import sys
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QStandardPaths,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from journeymap.model.document import Document
from journeymap.storage import DocumentFileError, open_document, save_document
from journeymap.storage.atomic import atomic_write
from journeymap.ui.numbers import date_time

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

#: Environment variable naming the recovery folder (instead of the per-user default).
ENV_FOLDER = "JOURNEYMAP_RECOVERY_DIR"
#: How often unsaved work is copied, in milliseconds.
INTERVAL_MS = 30_000
DOC_SUFFIX = ".jmap"
META_SUFFIX = ".meta.json"
DAMAGED_SUFFIX = ".damaged"
META_FORMAT = "journeymap-recovery"

#: Tells this process run apart from an earlier one that had the same process id (process
#: ids are reused, e.g. after a reboot), so its files are never mistaken for ours.
INSTANCE = uuid.uuid4().hex[:12]
_serial = itertools.count(1)
_STEM = re.compile(r"^journeymap-(\d+)-([0-9a-f]+)-")


def tr(text: str) -> str:
    """Translate a user-visible text of crash recovery."""
    return QCoreApplication.translate("Recovery", text)


def recovery_folder() -> Path:
    """Where recovery copies live: $JOURNEYMAP_RECOVERY_DIR, else the per-user app data
    folder's ``recovery`` subfolder."""
    configured = os.environ.get(ENV_FOLDER)
    if configured:
        return Path(configured)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


# ---- is the writer still running? ----------------------------------------------------


def process_alive(pid: int) -> bool:
    """Whether a process with this id is running (a zombie counts as gone)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) would terminate the process on Windows: ask the kernel instead.
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it just is not ours to signal
    except OSError:
        return False
    # A killed process whose parent has not reaped it yet still answers kill(pid, 0).
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc (macOS): kill(pid, 0) is the best answer there is
    return state not in ("Z", "X")


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


# ---- the files ------------------------------------------------------------------------


@dataclass
class RecoveryEntry:
    """One recovery copy on disk: the document and its sidecar."""

    folder: Path
    stem: str
    meta: dict[str, Any] = field(default_factory=dict)  # empty when the sidecar is unreadable

    @property
    def document(self) -> Path:
        """The copied document (.jmap)."""
        return self.folder / f"{self.stem}{DOC_SUFFIX}"

    @property
    def sidecar(self) -> Path:
        """The JSON file describing the copy."""
        return self.folder / f"{self.stem}{META_SUFFIX}"

    @property
    def pid(self) -> int | None:
        """The id of the process that wrote the copy."""
        pid = self.meta.get("pid")
        if isinstance(pid, int) and not isinstance(pid, bool):
            return pid
        match = _STEM.match(self.stem)  # the name carries it too, should the sidecar be lost
        return int(match.group(1)) if match else None

    @property
    def original(self) -> Path | None:
        """The file the document was opened from or saved to; None when untitled."""
        path = self.meta.get("path")
        return Path(path) if isinstance(path, str) and path else None

    @property
    def untitled_name(self) -> str:
        """The name an untitled document was shown under."""
        name = self.meta.get("untitled_name")
        return name if isinstance(name, str) else ""

    @property
    def display_name(self) -> str:
        """The name the user knew the document by."""
        if self.original is not None:
            return self.original.name
        return self.untitled_name or tr("Untitled")

    @property
    def written(self) -> datetime | None:
        """When the copy was last written (local time)."""
        with contextlib.suppress(OSError):
            return datetime.fromtimestamp(self.document.stat().st_mtime).astimezone()
        return None

    def alive(self) -> bool:
        """Whether the writing process is still running (then the copy is not ours)."""
        return _writer_alive(self.stem, self.pid)

    def read(self) -> Document:
        """The copied document; DocumentFileError when it cannot be read."""
        return open_document(self.document)

    def remove(self) -> None:
        """Delete the copy (document first: a sidecar alone is cleaned up later)."""
        for path in (self.document, self.sidecar):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    def set_aside(self) -> Path:
        """Rename the copy to ``….damaged`` so it is never offered again; the new name of
        the document (or its old one, if renaming failed)."""
        kept = self.document
        for path in (self.document, self.sidecar):
            if not path.exists():
                continue
            target = path.with_name(path.name + DAMAGED_SUFFIX)
            for n in itertools.count(1):  # never overwrite an earlier damaged copy
                if not target.exists():
                    break
                target = path.with_name(f"{path.name}.{n}{DAMAGED_SUFFIX}")
            try:
                path.replace(target)
            except OSError:
                continue
            if path == self.document:
                kept = target
        return kept


def _writer_alive(stem: str, pid: int | None) -> bool:
    if pid is None:
        return False
    if pid == os.getpid():
        # Our process id, but maybe an earlier run's: only this run's files are live.
        match = _STEM.match(stem)
        return bool(match) and match.group(2) == INSTANCE
    return process_alive(pid)


def _read_meta(path: Path) -> dict[str, Any]:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) and meta.get("format") == META_FORMAT else {}


def find_entries(folder: Path | None = None) -> list[RecoveryEntry]:
    """Every recovery copy in the folder (live or not), newest first."""
    folder = folder or recovery_folder()
    if not folder.is_dir():
        return []
    stems = {p.name.removesuffix(DOC_SUFFIX) for p in folder.glob(f"*{DOC_SUFFIX}")}
    stems |= {p.name.removesuffix(META_SUFFIX) for p in folder.glob(f"*{META_SUFFIX}")}
    entries = [
        RecoveryEntry(folder, stem, _read_meta(folder / f"{stem}{META_SUFFIX}")) for stem in stems
    ]
    unknown = datetime.min.replace(tzinfo=UTC)  # no document: sorts last
    return sorted(entries, key=lambda e: e.written or unknown, reverse=True)


def orphaned_entries(folder: Path | None = None) -> list[RecoveryEntry]:
    """The copies left behind by processes that are gone, newest first. Leftovers with
    nothing to restore (a sidecar without its document, a temporary file of an
    interrupted write) are deleted on the way."""
    folder = folder or recovery_folder()
    found = []
    for entry in find_entries(folder):
        if entry.alive():
            continue
        if not entry.document.exists():
            entry.remove()
            continue
        found.append(entry)
    if folder.is_dir():
        for temp in folder.glob(".journeymap-*.saving"):
            match = _STEM.match(temp.name[1:])
            if match and not _writer_alive(temp.name[1:], int(match.group(1))):
                with contextlib.suppress(OSError):
                    temp.unlink()
    return found


# ---- writing: one guard per window ----------------------------------------------------


class RecoveryGuard(QObject):
    """Copies a window's unsaved work to the recovery folder every ``interval`` ms.

    The copy is written on the UI thread: the 2,000-touchpoint benchmark document saves in
    about 0.1 s (BENCHMARKS.md, file.save_2000), and a worker thread would first need a
    snapshot of the document (the model is not thread-safe), which costs about as much.
    """

    #: A copy was written (the .jmap path).
    written = Signal(Path)
    #: A copy could not be written (the reason); the work is tried again at the next tick.
    failed = Signal(str)

    def __init__(self, window: MainWindow, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.editor = window.editor
        self.stem = f"journeymap-{os.getpid()}-{INSTANCE}-{next(_serial)}"
        self.entry: RecoveryEntry | None = None  # our copy, once a write was tried
        self._pending = False  # changed since the last copy
        self._adopted: RecoveryEntry | None = None  # a restored copy, dropped once ours exists
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.maybe_write)
        self.timer.start()
        self.editor.changed.connect(self._note_change)
        self.editor.undo_stack.indexChanged.connect(self._note_change)
        self.editor.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def interval(self) -> int:
        """Milliseconds between checks for unsaved work."""
        return self.timer.interval()

    @interval.setter
    def interval(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)

    def _note_change(self, *_: object) -> None:
        self._pending = True

    def _clean_changed(self, clean: bool) -> None:
        # Clean = the document equals its file (saved, or undone back to it) or a fresh
        # document was loaded after the user saved or discarded: nothing left to recover.
        if clean:
            self.discard()

    def maybe_write(self) -> bool:
        """Write a copy if there are unsaved changes made since the last one."""
        if not self._pending or self.editor.undo_stack.isClean():
            return False
        return self.write_now()

    def write_now(self) -> bool:
        """Write a copy of the document now; False (and ``failed``) when it cannot be."""
        entry = RecoveryEntry(recovery_folder(), self.stem)
        path = self.editor.path
        meta = {
            "format": META_FORMAT,
            "version": 1,
            "pid": os.getpid(),
            "instance": INSTANCE,
            "written": datetime.now(UTC).isoformat(timespec="seconds"),
            "path": str(path.resolve()) if path else None,
            "untitled_name": "" if path else self.window.untitled_name,
        }
        text = json.dumps(meta, indent=2, ensure_ascii=False)
        if self.entry is not None and self.entry.folder != entry.folder:
            self.entry.remove()  # the folder was changed meanwhile
        self.entry = entry  # before writing: discard() then also removes a partial copy
        try:
            # Customer data: only the user may read the folder (the files are 0600 already).
            entry.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            # The sidecar first: a kill in between leaves a sidecar whose document is the
            # previous copy (or none, and such a leftover is cleaned up), never the reverse.
            atomic_write(entry.sidecar, lambda temp: temp.write_text(text, encoding="utf-8"))
            save_document(self.editor.doc, entry.document)
        except (OSError, DocumentFileError) as error:
            message = tr("Unsaved work could not be copied for crash recovery: {}").format(error)
            self.window.statusBar().showMessage(message, 10_000)
            self.failed.emit(message)
            return False
        self._pending = False
        if self._adopted is not None:
            self._adopted.remove()
            self._adopted = None
        self.written.emit(entry.document)
        return True

    def adopt(self, entry: RecoveryEntry) -> None:
        """Take over a restored copy: it stays until this guard has written its own."""
        self._adopted = entry

    def discard(self) -> None:
        """Remove this window's copy (saved, or the user chose to drop the changes)."""
        self._pending = False
        for entry in (self.entry, self._adopted):
            if entry is not None:
                entry.remove()
        self.entry = self._adopted = None


# ---- the offer at start-up ------------------------------------------------------------


class Choice(enum.Enum):
    """The answers to the restore question."""

    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


def ask_restore(parent: QWidget | None, entry: RecoveryEntry) -> Choice:
    """Ask whether to restore, discard or keep a recovery copy (Escape keeps it)."""
    when = entry.written
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Recover unsaved work"),
        tr("journeymap did not close properly. Unsaved changes to “{}” were kept.").format(
            entry.display_name
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    shown = date_time(when) if when else "?"
    details = [tr("Last copied: {}").format(shown)]
    if entry.original is not None:
        details.append(tr("File: {}").format(entry.original))
    details.append(
        tr(
            "Restore opens them as unsaved changes; Discard deletes them; "
            "Later asks again at the next start."
        )
    )
    box.setInformativeText("\n".join(details))
    restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return Choice.RESTORE
    return Choice.DISCARD if clicked is discard else Choice.LATER


def restore(window: MainWindow, entry: RecoveryEntry, doc: Document) -> None:
    """Show a recovered document as unsaved changes to its original file (or untitled)."""
    window.load(doc, entry.original, "" if entry.original else entry.display_name)
    # Not clean: the title gets its *, closing asks, and Save writes to the original file.
    window.editor.undo_stack.resetClean()
    # The copy on disk is deleted only once this window has written its own.
    window.recovery.adopt(entry)
    window.recovery.write_now()


def offer_recovery(window: MainWindow) -> bool:
    """At start-up: offer each copy left by a process that is gone; True when one was
    restored into the window (the others then wait for the next start)."""
    if not window.interactive:
        return False  # screenshot runs and scripts never ask
    for entry in orphaned_entries():
        try:
            doc = entry.read()
        except Exception as error:
            # Whatever is wrong with a copy, it must not keep the editor from starting: it is
            # set aside (not deleted: someone may still rescue it) and reported once.
            kept = entry.set_aside()
            QMessageBox.warning(
                window,
                tr("Recovered work is damaged"),
                tr(
                    "Unsaved changes to “{}” were kept when journeymap did not close "
                    "properly, but that copy cannot be opened ({}).\n\n"
                    "It was set aside as {} and will not be offered again."
                ).format(entry.display_name, getattr(error, "problem", error), kept),
            )
            continue
        choice = ask_restore(window, entry)
        if choice is Choice.RESTORE:
            if not window.maybe_save():
                return False
            restore(window, entry, doc)
            return True
        if choice is Choice.DISCARD:
            entry.remove()
    return False

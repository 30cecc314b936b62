"""The recovery folder and its files.

A copy of unsaved work is two files, replaced atomically, the sidecar first:

* ``journeymap-<pid>-<instance>-<n>.meta.json``: who wrote it (process id and a token
  unique to that process run), when, and the document's file (or its untitled name);
* ``journeymap-<pid>-<instance>-<n>.jmap``: the document itself, with ``save_document``.

The folder is ``QStandardPaths.AppDataLocation/recovery`` (``~/.local/share/journeymap/
journeymap/recovery`` on Linux), or the folder named by the environment variable
``JOURNEYMAP_RECOVERY_DIR`` (tests point it at a temporary folder). An unreadable copy is
renamed to ``….damaged`` so it is never offered again.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths

from journeymap.model.document import Document
from journeymap.storage import open_document, save_document
from journeymap.storage.atomic import atomic_write
from journeymap.ui.recovery.process import process_alive

#: Environment variable naming the recovery folder (instead of the per-user default).
ENV_FOLDER = "JOURNEYMAP_RECOVERY_DIR"
DOC_SUFFIX = ".jmap"
META_SUFFIX = ".meta.json"
DAMAGED_SUFFIX = ".damaged"
META_FORMAT = "journeymap-recovery"

#: Tells this process run apart from an earlier one that had the same process id (process
#: ids are reused, e.g. after a reboot), so its files are never mistaken for ours.
INSTANCE = uuid.uuid4().hex[:12]
_STEM = re.compile(r"^journeymap-(\d+)-([0-9a-f]+)-")
_serial = itertools.count(1)


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

    def write(self, doc: Document, original: Path | None, untitled_name: str) -> None:
        """Copy ``doc`` here, with a sidecar naming its file (or, when untitled, the name it
        is shown under); OSError or DocumentFileError when it cannot be written."""
        meta = {
            "format": META_FORMAT,
            "version": 1,
            "pid": os.getpid(),
            "instance": INSTANCE,
            "written": datetime.now(UTC).isoformat(timespec="seconds"),
            "path": str(original.resolve()) if original else None,
            "untitled_name": "" if original else untitled_name,
        }
        text = json.dumps(meta, indent=2, ensure_ascii=False)
        # Customer data: only the user may read the folder (the files are 0600 already).
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # The sidecar first: a kill in between leaves a sidecar whose document is the
        # previous copy (or none, and such a leftover is cleaned up), never the reverse.
        atomic_write(self.sidecar, lambda temp: temp.write_text(text, encoding="utf-8"))
        save_document(doc, self.document)

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


def own_stem() -> str:
    """A new name for copies written by this process run (one per guard)."""
    return f"journeymap-{os.getpid()}-{INSTANCE}-{next(_serial)}"


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

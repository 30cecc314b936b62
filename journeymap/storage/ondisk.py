"""Knowing that the file on disk is still the one a document was read from.

Reading a document records a FileStamp of the bytes it read. Saving with that stamp
(``save_document(doc, path, expected=stamp)``) first checks the file on disk against it
and raises DocumentChangedOnDisk when another program, another window or another
journeymap command has changed it meanwhile, so neither version is lost silently.

Read-modify-write runs (``import-survey``, ``import-xlsx``) also hold ``document_lock``:
an advisory ``fcntl.flock`` on the document file itself, so a second run waits for the
first to finish and then reads what the first one saved. Because a save renames a new
file over the old one, the lock is taken on the file the path names *after* locking
(re-tried when the path moved on). The lock needs no extra file beside the document.
Where ``fcntl`` does not exist (Windows) there is no lock and the stamp check alone
refuses the second save.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from journeymap.errors import DocumentFileError
from journeymap.storage.limits import check_file_size
from journeymap.words import phrase

try:
    import fcntl
except ImportError:  # Windows: see the module docstring
    fcntl = None  # type: ignore[assignment]

#: How long a command waits for another journeymap to finish with the same document.
LOCK_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class FileStamp:
    """What a document file was when it was read: its size, modification time (ns) and
    the SHA-256 of its bytes. Two stamps are the same file when size and hash agree; a
    changed time alone (``touch``, a backup tool) is not a change of content."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of_bytes(cls, data: bytes, stat: os.stat_result) -> FileStamp:
        """The stamp of bytes just read from a file whose ``os.stat`` is ``stat``."""
        return cls(len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())

    @classmethod
    def of_file(cls, path: str | Path) -> FileStamp | None:
        """The stamp of a file as it is now; None when there is no file."""
        try:
            with open(path, "rb") as handle:
                stat = os.fstat(handle.fileno())
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise DocumentFileError(
                path, phrase("cannot be read: {reason}", reason=str(error.strerror))
            ) from None
        return cls(stat.st_size, stat.st_mtime_ns, digest)

    def same_content(self, other: FileStamp | None) -> bool:
        """Whether ``other`` is a stamp of the same bytes."""
        return other is not None and (self.size, self.sha256) == (other.size, other.sha256)


def read_stamped(path: Path) -> tuple[bytes, FileStamp]:
    """All bytes of a document file (bounded by ``MAX_FILE_BYTES``) and their stamp.
    Only a regular file is read: a FIFO or a device would block or never end."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise DocumentFileError(path, phrase("does not exist")) from None
    except OSError as error:
        raise DocumentFileError(
            path, phrase("cannot be read: {reason}", reason=str(error.strerror))
        ) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise DocumentFileError(path, phrase("is not a file"))
    with open(fd, "rb") as handle:
        check_file_size(info.st_size, path)
        try:
            data = handle.read(info.st_size + 1)  # one more: a file that grew is caught
        except OSError as error:
            raise DocumentFileError(
                path, phrase("cannot be read: {reason}", reason=str(error.strerror))
            ) from None
    check_file_size(len(data), path)
    return data, FileStamp.of_bytes(data, info)


class DocumentChangedOnDisk(DocumentFileError):
    """Saving was refused: the file is no longer the one the document was read from.

    ``expected`` is the stamp taken when reading, ``found`` the file now (None: it is
    gone). The caller can save elsewhere (a copy), compare, or save again with
    ``force=True`` to replace the other version knowingly."""

    def __init__(self, path: str | Path, expected: FileStamp, found: FileStamp | None) -> None:
        self.expected = expected
        self.found = found
        what = (
            phrase("was deleted or moved")
            if found is None
            else phrase("was changed by another program")
        )
        super().__init__(
            path,
            phrase(
                "{what} since it was read; nothing was saved, so that change is not lost "
                "(open it again, or save under another name)",
                what=what,
            ),
        )


def check_unchanged(path: str | Path, expected: FileStamp) -> None:
    """Raise DocumentChangedOnDisk unless the file still has the ``expected`` content."""
    found = FileStamp.of_file(path)
    if not expected.same_content(found):
        raise DocumentChangedOnDisk(path, expected, found)


_held: dict[str, int] = {}  # real path -> depth, so a process may lock a document twice


@contextlib.contextmanager
def document_lock(path: str | Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the advisory lock of an existing document while reading, changing and saving
    it; other journeymap processes wait (up to ``timeout`` seconds, then a message).
    Re-entrant within a process; a missing file needs no lock."""
    real = os.path.realpath(path)
    if fcntl is None or real in _held or not os.path.isfile(real):
        _held[real] = _held.get(real, 0) + 1
        try:
            yield
        finally:
            _release_count(real)
        return
    handle = _lock_current_file(path, real, timeout)
    _held[real] = 1
    try:
        yield
    finally:
        _release_count(real)
        handle.close()  # closing releases the flock


def _release_count(real: str) -> None:
    _held[real] -= 1
    if not _held[real]:
        del _held[real]


def _lock_current_file(path: str | Path, real: str, timeout: float) -> BinaryIO:
    """Lock the file ``real`` names, retrying when a save renamed a new file over it
    while we waited; a file that stays locked past ``timeout`` gives a message."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            handle = open(real, "rb")  # noqa: SIM115 - held open for the lock's lifetime
        except OSError as error:
            raise DocumentFileError(
                path, phrase("cannot be read: {reason}", reason=str(error.strerror))
            ) from None
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    handle.close()
                    raise DocumentFileError(
                        path,
                        phrase(
                            "is being changed by another journeymap command; waited {seconds} s, "
                            "nothing was changed. Try again when it has finished",
                            seconds=float(timeout),
                        ),
                    ) from None
                time.sleep(0.02)
            except OSError:  # a file system without flock: the stamp check still holds
                return handle
        try:
            same = os.fstat(handle.fileno()).st_ino == os.stat(real).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return handle
        handle.close()  # a save replaced the file while we waited: lock the new one

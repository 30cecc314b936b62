"""Replace a file atomically: write beside it, sync, rename over it."""

from __future__ import annotations

import contextlib
import errno
import gc
import glob
import os
import re
import stat
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from journeymap.errors import DocumentFileError
from journeymap.storage.ondisk import FileStamp, check_unchanged, document_lock
from journeymap.words import phrase

try:
    import fcntl
except ImportError:  # Windows: leftovers are recognised by their age instead
    fcntl = None  # type: ignore[assignment]

#: Without flock, a leftover temporary file older than this is taken for a killed save.
_STALE_SECONDS = 24 * 3600


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def real_target(target: str | Path) -> Path:
    """The file a save must replace: a symlink's final target (so the link stays a link
    and the real file gets the new content); refused when it is not a regular file."""
    target = Path(target)
    real = Path(os.path.realpath(target))
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        return real
    except OSError as error:
        raise DocumentFileError(
            target, phrase("cannot be written: {reason}", reason=str(error.strerror))
        ) from None
    if not stat.S_ISREG(mode):
        raise DocumentFileError(target, phrase("is not a regular file, so it cannot be saved over"))
    return real


def _remove_leftovers(real: Path) -> None:
    """Delete the temporary files of earlier saves that were killed. A save in progress
    holds a flock on its temporary file, so only abandoned ones can be locked here."""
    for leftover in real.parent.glob(f".{glob.escape(real.name)}.*.saving"):
        with contextlib.suppress(OSError):
            if fcntl is None:
                if time.time() - leftover.stat().st_mtime > _STALE_SECONDS:
                    leftover.unlink()
                continue
            with open(leftover, "rb") as handle:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                leftover.unlink()


@contextlib.contextmanager
def _claimed(temp: Path) -> Iterator[None]:
    """Hold a flock on our temporary file while it exists, so other saves leave it be."""
    if fcntl is None:
        yield
        return
    with open(temp, "rb") as handle:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield


def _mode_for(real: Path) -> int:
    """The permissions of the file being replaced, or the usual ones for a new file;
    never writable by everyone, whatever the old file allowed."""
    try:
        mode = stat.S_IMODE(real.stat().st_mode)
    except FileNotFoundError:  # mkstemp makes files private (0600); use the umask
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    return mode & ~0o002


def atomic_write(
    target: str | Path, write: Callable[[Path], None], expected: FileStamp | None = None
) -> FileStamp:
    """Call ``write`` on a temporary file in the target's folder, fsync it, then rename
    it over the target (through symlinks, keeping the target's permissions). On any
    failure the target is untouched and the temporary file is removed; a kill leaves at
    most a stray ``.NAME.*.saving`` file, never a broken target, and the next save
    removes it. With ``expected``, the target must still hold the content of that stamp
    (DocumentChangedOnDisk otherwise), checked under the document lock just before the
    rename. Returns the stamp of the file written. Errors become DocumentFileError
    naming the target."""
    real = real_target(target)
    _remove_leftovers(real)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{real.name}.", suffix=".saving", dir=real.parent
        )
    except OSError as error:
        raise DocumentFileError(
            target, phrase("cannot be written: {reason}", reason=str(error.strerror))
        ) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        with _claimed(temp):
            write(temp)
            with open(temp, "rb+") as written:
                os.fsync(written.fileno())
            os.chmod(temp, _mode_for(real))
            stamp = FileStamp.of_file(temp)
            with document_lock(real):
                if expected is not None:
                    check_unchanged(target, expected)
                os.replace(temp, real)
        _fsync_folder(real.parent)
        assert stamp is not None  # we have just written it
        return stamp
    except BaseException as error:
        temp.unlink(missing_ok=True)
        problem = _io_failure(error)
        if problem is None:
            raise
        _release_quietly(error)
    raise DocumentFileError(target, phrase("could not be saved: {problem}", problem=problem))


def _io_failure(error: BaseException) -> str | None:
    """The reason when writing failed for want of space or access, also when a library
    reports it in its own words (lxml: ``IO_EFBIG``); None for any other error."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    match = re.fullmatch(r"IO_(E[A-Z0-9]+)", str(error))
    if match and isinstance(getattr(errno, match[1], None), int):
        return os.strerror(getattr(errno, match[1]))
    return None


def _release_quietly(error: BaseException) -> None:
    """Free what the failed writer left half-open now, and silently: a generator or file
    of the writer would otherwise fail once more when collected later and print
    "Exception ignored ... Traceback" after the one message the user should see."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        traceback.clear_frames(error.__traceback__)
        error.__traceback__ = None
        gc.collect()
    finally:
        sys.unraisablehook = hook

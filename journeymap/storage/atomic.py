"""Replace a file atomically: write beside it, sync, rename over it."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from journeymap.storage.errors import DocumentFileError


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(target: str | Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a temporary file in the target's folder, fsync it, then rename
    it over the target. On any failure the target is untouched and the temporary file
    is removed; a kill leaves at most a stray ``.NAME.*.saving`` file, never a broken
    target. Errors become DocumentFileError naming the target."""
    target = Path(target)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".saving", dir=target.parent
        )
    except OSError as error:
        raise DocumentFileError(target, f"cannot be written: {error.strerror}") from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        if target.exists():
            shutil.copymode(target, temp)
        else:  # mkstemp makes files private (0600); a new document gets the usual mode
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
        _fsync_folder(target.parent)
    except BaseException as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise DocumentFileError(target, f"could not be saved: {error.strerror}") from None
        raise

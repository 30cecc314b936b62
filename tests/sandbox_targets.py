"""Functions the sandbox tests run in a child process (module level, so they pickle)."""

from __future__ import annotations

import ctypes
import os
import signal
from typing import Any

from journeymap.errors import DocumentFileError


def echo(report: Any, value: Any) -> Any:
    """Send two progress reports, then return the value."""
    report(1)
    report(2)
    return value


def address_space(report: Any) -> int:
    """This process's virtual memory size in bytes, as Linux counts it against RLIMIT_AS."""
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmSize:"))
    return int(line.split()[1]) * 1024


def abort(report: Any) -> None:
    """Die as python-calamine does when an allocation fails."""
    os.kill(os.getpid(), signal.SIGABRT)


def segfault(report: Any) -> None:
    """Die by a segmentation fault."""
    ctypes.string_at(0)


def hog_memory(report: Any) -> int:
    """Ask for far more memory than the limit."""
    blocks = [bytearray(64 * 1024**2) for _ in range(64)]
    return len(blocks)


def spin(report: Any) -> None:
    """Run forever."""
    while True:
        pass


def refuse(report: Any, path: str) -> None:
    """Refuse the file as a reader does."""
    raise DocumentFileError(path, "is not a survey export")


def fail(report: Any) -> None:
    """A reader's bug."""
    raise KeyError("surprise")


def flood(report: Any) -> bytes:
    """A result larger than the output limit."""
    return b"x" * (4 * 1024**2)


def smuggle(report: Any) -> Any:
    """A result holding an object the parent must not build."""
    return os.system


def calamine_unchecked(report: Any, path: str) -> int:
    """Read a workbook with python-calamine, skipping every check before it."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
    return len(rows)


def imported(report: Any, module: str) -> bool:
    """Whether the child had imported ``module`` before it was given this job."""
    import sys

    return module in sys.modules

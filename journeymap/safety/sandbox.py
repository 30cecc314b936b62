"""Parsing an untrusted file in a child process, with limits on memory, CPU time and output.

A file from outside may make its parser abort (python-calamine aborts the process when
an allocation fails; a Rust panic in a C extension is no Python exception), run out of
memory or run for hours. So the parser runs in a child process and only plain data comes
back; whatever the child does, the caller's process and its document stay as they were.

How the child is made:
- On POSIX, multiprocessing's "forkserver": a fresh interpreter (started by fork and exec,
  never a fork of a Qt process) that imports the spreadsheet libraries once and forks one
  child per file, so a child starts in milliseconds. Elsewhere, "spawn": a new interpreter per file.
- On Linux the child limits itself with ``resource.setrlimit`` before it parses: address
  space (RLIMIT_AS, MEMORY_LIMIT), CPU time (RLIMIT_CPU, TIME_LIMIT), no core dumps.
  Where ``resource`` is missing or does not enforce a limit (Windows has no setrlimit;
  job objects are not used here, and macOS ignores RLIMIT_AS), the limits are only the
  wall-clock timeout and the output size, both enforced by the parent.
- The parent waits with a wall-clock timeout (TIME_LIMIT too), takes at most
  OUTPUT_LIMIT bytes from the child, and unpickles the result with an unpickler that
  builds only the classes the caller names: a child that a hostile file took over
  could otherwise send a pickle that runs code in the parent.

Every failure becomes one DocumentFileError naming the file, e.g. "…: could not be read:
the spreadsheet reader crashed" / "needed more than 1 GB of memory" / "took more than
60 s". Errors the parser raises itself (DocumentFileError, InvalidValue) come back as
they were raised.
"""

from __future__ import annotations

import importlib
import io
import json
import multiprocessing
import os
import pickle
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Final

from journeymap.errors import DocumentFileError
from journeymap.model.validation import InvalidValue
from journeymap.words import Phrase, from_data, phrase

#: The memory a parser may use (its address space, on Linux).
MEMORY_LIMIT: Final = 1024**3
#: The CPU time and the wall-clock time a parser may take, in seconds.
TIME_LIMIT: Final = 60
#: The most data a parser may send back: the counts of a survey are kilobytes, the rows
#: of a 30,000-touchpoint fill-in sheet a few megabytes.
OUTPUT_LIMIT: Final = 256 * 1024**2
#: How much of the child's own error output is kept to tell why it died.
_DIAGNOSTICS: Final = 16 * 1024
_POLL_SECONDS: Final = 0.05
#: The exit status of a child that ran out of memory in Python (MemoryError).
_OUT_OF_MEMORY: Final = 3
#: Classes any result may hold besides the builtin containers and scalars.
_ALWAYS: Final = (Counter, Path, type(Path()), PurePosixPath, PureWindowsPath)
_DATETIME: Final = frozenset({"date", "datetime", "time", "timedelta", "timezone"})

#: The reader a message names when the caller names none.
SPREADSHEET_READER = phrase("spreadsheet reader")
#: Frames from the child: progress (a JSON int), result (a pickle), error (JSON).
_PROGRESS, _RESULT, _ERROR = b"p", b"r", b"e"

#: Libraries the forkserver imports once, so each child starts with them loaded (a child
#: that imports openpyxl itself takes 0.3 s longer). journeymap's own modules are not
#: among them: the forkserver ignores the caller's sys.path (CPython 3.11), so it could
#: find another copy of journeymap; each child imports them after taking the caller's path.
_PRELOAD: Final = ("openpyxl", "python_calamine", "defusedxml.ElementTree")

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Limits:
    """What a child may use; the defaults are the documented limits."""

    memory_bytes: int = MEMORY_LIMIT
    cpu_seconds: int = TIME_LIMIT
    wall_seconds: float = TIME_LIMIT
    output_bytes: int = OUTPUT_LIMIT


class Cancelled(Exception):
    """The caller cancelled: the child was stopped, nothing came back."""


def run_untrusted(
    target: Callable[..., Any],
    path: str | Path,
    args: tuple[Any, ...],
    *,
    reader: str = SPREADSHEET_READER,
    result_types: Iterable[type] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    limits: Limits = Limits(),
    warm: tuple[str, ...] = (),
) -> Any:
    """Run ``target(report, *args)`` in a child process and return its result.

    ``target`` is a module-level function; ``report(rows)`` sends progress, passed on to
    ``progress``. The result may hold builtin values, dates, paths and the classes in
    ``result_types``. ``cancelled`` is asked while waiting; True stops the child and
    raises Cancelled. ``warm`` names the modules of a child prepare_child started ahead,
    taken when it is ready (else a child is started now). Raises DocumentFileError naming
    ``path`` when the child crashes, exceeds a limit, or fails; DocumentFileError and
    InvalidValue raised by ``target`` are raised here as they were."""
    child = _READY.pop(warm, None) if warm else None
    if child is None or not child.process.is_alive():
        if child is not None:
            child.close()
        child = _start_child(warm)
    try:
        child.jobs.send((target, args, limits.memory_bytes, limits.cpu_seconds))
        return _wait(child.process, child.results, child.diagnostics, path, reader,
                     set(result_types), progress, cancelled, limits)  # fmt: skip
    finally:
        child.close()


@dataclass
class _Child:
    """A child process and the parent's ends of its pipes: its results and its error
    output come back, its job goes out."""

    process: multiprocessing.process.BaseProcess
    results: Connection
    diagnostics: Connection
    jobs: Connection

    def close(self) -> None:
        """Stop the child if it still runs, and close the pipes."""
        if self.process.pid is not None:  # started
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
        for end in (self.results, self.diagnostics, self.jobs):
            end.close()


#: Children started ahead, by the modules they import, each waiting for one job.
_READY: dict[tuple[str, ...], _Child] = {}


def _start_child(modules: tuple[str, ...]) -> _Child:
    context = _context()
    results, child_results = context.Pipe(duplex=False)
    diagnostics, child_diagnostics = context.Pipe(duplex=False)
    child_jobs, jobs = context.Pipe(duplex=False)
    process = context.Process(
        target=_child_main, args=(child_results, child_diagnostics, child_jobs, modules),
        daemon=True,
    )  # fmt: skip
    process.start()
    for end in (child_results, child_diagnostics, child_jobs):
        end.close()
    return _Child(process, results, diagnostics, jobs)


def prepare_child(modules: tuple[str, ...]) -> None:
    """Start a child now that imports ``modules`` (the reader's own code, before any
    file) and waits, so that the next ``run_untrusted(..., warm=modules)`` starts at
    once instead of importing them first: a dialog calls this while the user chooses a
    file. One child waits per set of modules; it is used once."""
    ready = _READY.get(modules)
    if ready is None or not ready.process.is_alive():
        if ready is not None:
            ready.close()
        _READY[modules] = _start_child(modules)


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(_PRELOAD))
        return context
    return multiprocessing.get_context("spawn")


def _wait(
    child: multiprocessing.process.BaseProcess,
    results: Connection,
    diagnostics: Connection,
    path: str | Path,
    reader: str,
    result_types: set[type],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    limits: Limits,
) -> Any:
    deadline = time.monotonic() + limits.wall_seconds
    received, said = 0, b""
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled(str(path))
        said = (said + _drain(diagnostics))[-_DIAGNOSTICS:]
        if results.poll(_POLL_SECONDS):
            try:
                frame = results.recv_bytes(limits.output_bytes - received)
            except EOFError:  # the child is gone without a word
                child.join()
                raise _death(path, reader, child.exitcode, said, limits) from None
            except OSError:  # longer than the room left
                too_much = phrase("sent more than {size}", size=_size(limits.output_bytes))
                raise _failure(path, reader, too_much) from None
            received += len(frame)
            kind, payload = frame[:1], frame[1:]
            if kind == _PROGRESS and progress is not None:
                progress(int(json.loads(payload)))
            elif kind == _RESULT:
                return _restricted_loads(path, reader, payload, result_types)
            elif kind == _ERROR:
                raise _raised(path, reader, json.loads(payload))
        elif not child.is_alive() and not results.poll(0):
            said = (said + _drain(diagnostics))[-_DIAGNOSTICS:]
            raise _death(path, reader, child.exitcode, said, limits)
        if time.monotonic() > deadline:
            seconds = float(limits.wall_seconds)
            raise _failure(path, reader, phrase("took more than {seconds} s", seconds=seconds))


def _drain(diagnostics: Connection) -> bytes:
    """What the child wrote to its standard error since the last look."""
    said = b""
    while len(said) < _DIAGNOSTICS and diagnostics.poll(0):
        try:
            chunk = os.read(diagnostics.fileno(), _DIAGNOSTICS)
        except OSError:
            break
        if not chunk:
            break
        said += chunk
    return said


def _failure(path: str | Path, reader: str, what: str) -> DocumentFileError:
    return DocumentFileError(
        path, phrase("could not be read: the {reader} {what}", reader=reader, what=what)
    )


def _size(limit: int) -> str:
    if limit >= 1024**3:
        return phrase("{size} GB", size=limit / 1024**3)
    return phrase("{size} MB", size=limit / 1024**2)


def _death(
    path: str | Path, reader: str, status: int | None, said: bytes, limits: Limits
) -> DocumentFileError:
    """Why the child died, in a reader's words."""
    memory = phrase("needed more than {size} of memory", size=_size(limits.memory_bytes))
    if status == _OUT_OF_MEMORY or b"memory allocation of" in said or b"MemoryError" in said:
        return _failure(path, reader, memory)
    if status == -getattr(signal, "SIGXCPU", -1000):
        seconds = str(limits.cpu_seconds)
        return _failure(path, reader, phrase("took more than {seconds} s", seconds=seconds))
    if status is not None and status < 0:
        try:
            name = signal.Signals(-status).name
        except ValueError:
            name = f"signal {-status}"
        return _failure(path, reader, phrase("crashed ({name})", name=name))
    return _failure(path, reader, phrase("crashed (exit status {status})", status=str(status)))


def _raised(path: str | Path, reader: str, error: dict[str, str]) -> Exception:
    """The exception the parser raised, rebuilt from plain data."""
    kind = error.get("kind")
    if kind == "file":
        return DocumentFileError(error["path"], from_data(error["problem"]))
    if kind == "invalid":
        return InvalidValue(error["message"])
    said = error.get("message", "")[:300]
    return _failure(path, reader, phrase("failed ({reason})", reason=said))


class _RestrictedUnpickler(pickle.Unpickler):
    """Builds only the classes it was told to expect, and dates and paths."""

    def __init__(self, data: bytes, allowed: set[type]) -> None:
        super().__init__(io.BytesIO(data))
        self.allowed = {(c.__module__, c.__qualname__): c for c in (*_ALWAYS, *allowed)}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self.allowed:
            return self.allowed[module, name]
        if module == "datetime" and name in _DATETIME:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not expected from a reader")


def _restricted_loads(path: str | Path, reader: str, payload: bytes, allowed: set[type]) -> Any:
    try:
        return _RestrictedUnpickler(payload, allowed).load()
    except Exception as error:  # UnpicklingError, or a damaged stream
        said = f"{error}"[:260]
        raise _failure(
            path, reader, phrase("sent back unexpected data ({reason})", reason=said)
        ) from None


# ---- in the child -------------------------------------------------------------------


def _child_main(
    results: Connection, diagnostics: Connection, jobs: Connection, modules: tuple[str, ...]
) -> None:
    """The child: import the reader's modules, wait for its job, limit itself, run the
    target, send its result or its error."""
    os.dup2(diagnostics.fileno(), 2)  # the parent reads why a parser died
    os.dup2(diagnostics.fileno(), 1)  # and a parser's prints cannot reach the terminal
    for name in modules:  # our own code, before any file is touched
        importlib.import_module(name)
    try:
        target, args, memory_bytes, cpu_seconds = jobs.recv()
    except EOFError:  # the parent went away, or closed this child unused
        return
    _limit_self(memory_bytes, cpu_seconds)
    try:
        result = target(lambda rows: _send(results, _PROGRESS, json.dumps(rows).encode()), *args)
        payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        _send(results, _RESULT, payload)
    except MemoryError:
        os._exit(_OUT_OF_MEMORY)
    except DocumentFileError as error:
        problem = error.problem.data() if isinstance(error.problem, Phrase) else error.problem
        _send_error(results, {"kind": "file", "path": error.path, "problem": problem})
    except InvalidValue as error:
        _send_error(results, {"kind": "invalid", "message": str(error)})
    except Exception as error:  # a parser's own failure: one message, not a traceback
        message = f"{type(error).__name__}: {error}"[:300]
        _send_error(results, {"kind": "failed", "message": message})
    except BaseException as error:  # a Rust panic (PanicException) derives from this
        _send_error(results, {"kind": "failed", "message": f"{type(error).__name__}"})
    sys.stdout.flush()
    sys.stderr.flush()


def _send(results: Connection, kind: bytes, payload: bytes) -> None:
    results.send_bytes(kind + payload)


def _send_error(results: Connection, error: dict[str, str]) -> None:
    _send(results, _ERROR, json.dumps(error).encode())


def _limit_self(memory_bytes: int, cpu_seconds: int) -> None:
    """Set this process's limits, where the system has them (see the module's text)."""
    try:
        import resource
    except ImportError:  # Windows: only the parent's timeout and output limit apply
        return
    wanted = (
        (resource.RLIMIT_CORE, 0, 0),  # an abort leaves no core file behind
        (resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 2),  # SIGXCPU, then SIGKILL
        (resource.RLIMIT_AS, memory_bytes, memory_bytes),
    )
    for which, soft, hard in wanted:
        try:
            _, current_hard = resource.getrlimit(which)
            if current_hard != resource.RLIM_INFINITY:
                soft, hard = min(soft, current_hard), min(hard, current_hard)
            resource.setrlimit(which, (soft, hard))
        except (ValueError, OSError):  # macOS refuses RLIMIT_AS: the timeout remains
            continue

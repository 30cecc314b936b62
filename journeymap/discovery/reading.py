"""Reading a contact log into events, in a sandboxed child process.

CSV and .xlsx go through the survey import's protected readers (journeymap.survey.readers:
every encoding and delimiter it reads, bounded lines and cells), XES through a streaming
parser that refuses DTDs and entities (xes.py). The whole reading runs in a child process
with limits on memory and time (journeymap.safety.sandbox), so a hostile file takes
nothing else down; only plain events come back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from journeymap.discovery.columns import LogColumns, match_columns
from journeymap.discovery.timestamps import parse_time
from journeymap.discovery.xes import xes_rows
from journeymap.errors import DocumentFileError
from journeymap.safety.sandbox import run_untrusted
from journeymap.survey.answers import cell_text
from journeymap.survey.readers import XLSX_SUFFIXES, EncodingMismatch, open_table

XES_SUFFIXES = (".xes",)
#: The most row numbers of unreadable timestamps a message lists before a count.
SHOWN_BAD_ROWS = 10
#: Events per progress report from the XES reader.
_XES_CHUNK = 5000

Progress = Callable[[int], None]


class Event(NamedTuple):
    """One row of the log: its case, activity and time (seconds since 1970, UTC), the
    optional facts ("" when not read or blank), and its row number in the file (the
    event's number in an XES file), which orders events of the same time."""

    case: str
    activity: str
    time: float
    channel: str
    owner: str
    segment: str
    score: str
    row: int


@dataclass
class EventLog:
    """The events read from a log file, in file order, and what was left out."""

    path: Path
    events: list[Event] = field(default_factory=list)
    #: rows without a case or an activity, left out
    skipped: int = 0


def read_log(
    path: str | Path,
    columns: LogColumns,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> EventLog:
    """Read a log file's events (CSV, .xlsx or XES). Raises DocumentFileError naming the
    file for a missing column, unreadable timestamps (their row numbers, up to
    SHOWN_BAD_ROWS, then a count), an empty log, or a file its reader cannot read."""
    path = Path(path)
    if not path.is_file():
        raise DocumentFileError(path, "does not exist" if not path.exists() else "is not a file")
    suffix = path.suffix.lower()
    reader = (
        "XES reader" if suffix in XES_SUFFIXES
        else "spreadsheet reader" if suffix in XLSX_SUFFIXES else "CSV reader"
    )  # fmt: skip
    log = run_untrusted(
        _read_in_child, path, (path, columns), reader=reader,
        result_types=(EventLog, Event), progress=progress, cancelled=cancelled,
    )  # fmt: skip
    if not log.events:
        raise DocumentFileError(path, "holds no events (no row with a case and an activity)")
    return log


def _read_in_child(progress: Progress, path: Path, columns: LogColumns) -> EventLog:
    """read_log's work, in the child."""
    if path.suffix.lower() in XES_SUFFIXES:
        return _events(path, columns, *_xes_table(path, progress))
    try:
        return _read_table(path, columns, None, progress)
    except EncodingMismatch:  # looked like UTF-8 at the start: German Excel's cp1252
        return _read_table(path, columns, "cp1252", progress)


def _read_table(
    path: Path, columns: LogColumns, encoding: str | None, progress: Progress
) -> EventLog:
    with open_table(path, encoding) as table:

        def rows() -> Iterator[tuple[int, list[Any]]]:
            for chunk in table.chunks:
                for i, row in enumerate(chunk.rows):
                    yield chunk.row_number(i), list(row)
                progress(chunk.read)

        return _events(path, columns, list(table.header), rows())


def _xes_table(path: Path, progress: Progress) -> tuple[list[str], Iterable]:
    """The XES events as numbered rows under a header of every key seen; the header is
    only known at the end, so the rows are collected first (as compact dicts)."""
    header: dict[str, None] = {}
    collected = []
    for number, row in enumerate(xes_rows(path), start=1):
        header.update(dict.fromkeys(row))
        collected.append(row)
        if number % _XES_CHUNK == 0:
            progress(number)
    names = list(header)
    return names, (
        (number, [row.get(name, "") for name in names])
        for number, row in enumerate(collected, start=1)
    )


def _text(value: Any) -> str:
    """A cell as text; an empty cell (None) as ""."""
    return "" if value is None else cell_text(value)


def _events(
    path: Path, columns: LogColumns, header: list[str], rows: Iterable[tuple[int, list[Any]]]
) -> EventLog:
    """The events of numbered rows, their columns matched by name; refuses unreadable
    timestamps with their row numbers."""
    index = match_columns(path, header, columns)
    time_at = index["time"]
    optional = [index.get(role) for role in ("channel", "owner", "segment", "score")]
    log = EventLog(path)
    bad: list[int] = []
    for number, row in rows:
        case, activity = _text(row[index["case"]]), _text(row[index["activity"]])
        if not case or not activity:
            log.skipped += 1
            continue
        seconds = parse_time(row[time_at])
        if seconds is None:
            bad.append(number)
            continue
        facts = ["" if i is None else _text(row[i]) for i in optional]
        log.events.append(Event(case, activity, seconds, *facts, number))
    if bad:
        shown = ", ".join(str(n) for n in bad[:SHOWN_BAD_ROWS])
        more = f" and {len(bad) - SHOWN_BAD_ROWS:,} more" if len(bad) > SHOWN_BAD_ROWS else ""
        raise DocumentFileError(
            path,
            f"has {len(bad):,} timestamps in “{header[time_at]}” that are neither ISO 8601 "
            f"nor DD.MM.YYYY HH:MM (rows {shown}{more})",
        )
    return log

"""Reading a contact log file into its facts, in a sandboxed child process.

CSV is read by polars (the encoding and the delimiter guessed as the survey import
guesses them, journeymap.survey.sniff; a file in another encoding than UTF-8 is first
re-encoded, in pieces, to a temporary file). .xlsx goes through the survey import's
protected reader, XES through a streaming parser that refuses DTDs and entities
(xes.py). The whole reading and counting runs in a child process with limits on memory
and time (journeymap.safety.sandbox), so a hostile file takes nothing else down; only
the facts (a few figures per touchpoint) come back.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import polars as pl

from journeymap.discovery.columns import LogColumns, match_columns
from journeymap.discovery.event_table import TEXT_COLUMNS, collect_events, events_frame
from journeymap.discovery.facts import KeyFacts, LogFacts, PairFacts, PathFacts, ScoreFacts
from journeymap.discovery.frame_facts import frame_facts
from journeymap.discovery.frame_times import time_columns
from journeymap.discovery.log_files import checked_log, is_xes, is_xlsx
from journeymap.discovery.options import DiscoveryOptions
from journeymap.discovery.timestamps import parse_time
from journeymap.discovery.xes import xes_rows
from journeymap.errors import DocumentFileError
from journeymap.safety.sandbox import Limits, prepare_child, run_untrusted
from journeymap.survey.answers import cell_text
from journeymap.survey.readers import EncodingMismatch, open_table
from journeymap.survey.sniff import sniff_text
from journeymap.words import phrase

#: What the child may use. polars reserves address space for its allocator and threads
#: far beyond what it touches, so the address-space limit is wider than for the survey
#: readers; ten million events need about 0.8 GB (BENCHMARKS.md).
LIMITS = Limits(memory_bytes=6 * 1024**3, cpu_seconds=600, wall_seconds=600)
#: What a reading child imports before it is given a log (polars and this module take
#: a third of a second): prepare_reading starts one ahead.
WARM_MODULES = ("journeymap.discovery.reading",)
#: The progress (per mille) reported once the events are read.
_READ = 500
_UTF8 = ("utf-8", "utf-8-sig")
_RECODE_CHARS = 1024 * 1024

Progress = Callable[[int], None]


def prepare_reading() -> None:
    """Start the child that will read the next log now, with its code imported, so that
    reading it starts at once (the discover dialog calls this once a log is chosen)."""
    prepare_child(WARM_MODULES)


def file_facts(
    path: str | Path,
    columns: LogColumns,
    options: DiscoveryOptions,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LogFacts:
    """The facts of a log file (CSV, .xlsx or XES). Raises DocumentFileError naming the
    file for a missing column, unreadable timestamps (their row numbers, up to
    SHOWN_BAD_ROWS, then a count), an empty log, or a file its reader cannot read."""
    path, reader = checked_log(path)
    return run_untrusted(
        _facts_in_child, path, (path, columns, options), reader=reader,
        result_types=(LogFacts, KeyFacts, PairFacts, PathFacts, ScoreFacts),
        progress=progress, cancelled=cancelled, limits=LIMITS, warm=WARM_MODULES,
    )  # fmt: skip


def _facts_in_child(
    progress: Progress, path: Path, columns: LogColumns, options: DiscoveryOptions
) -> LogFacts:
    """file_facts' work, in the child."""
    progress(0)
    period = (options.start, options.end)
    if is_xes(path) or is_xlsx(path):
        rows = _row_events(path, columns, *_xes_table(path)) if is_xes(path) else (
            _xlsx_events(path, columns)
        )  # fmt: skip
        events, time_column = rows
        events, keys, skipped = collect_events(events, path, time_column, *period)
    else:
        events, keys, skipped = _csv_events(path, columns, period)
    progress(_READ)
    facts = frame_facts(events, keys, path, skipped)
    progress(1000)
    return facts


# ---- CSV, by polars ---------------------------------------------------------------------


def _csv_events(
    path: Path, columns: LogColumns, period: tuple[float | None, float | None]
) -> tuple[pl.DataFrame, pl.DataFrame, int]:
    """The log's events, keys and rows left out (event_table.collect_events)."""
    text_format = sniff_text(path)
    with open_table(path, text_format.encoding) as table:  # the header, as a person reads it
        header = list(table.header)
    index = match_columns(path, header, columns)
    encoding = text_format.encoding
    if encoding in _UTF8:
        try:
            return _collected(path, path, text_format.delimiter, header, index, period)
        except EncodingMismatch:  # UTF-8 at the start only: German Excel's cp1252
            encoding = "cp1252"
    with tempfile.TemporaryDirectory(prefix="journeymap-log-") as folder:
        recoded = Path(folder) / "log.csv"
        _recode(path, encoding, recoded)
        return _collected(path, recoded, text_format.delimiter, header, index, period)


def _recode(path: Path, encoding: str, target: Path) -> None:
    """The file re-encoded as UTF-8, a megabyte of text at a time."""
    with (
        open(path, encoding=encoding, newline="", errors="strict") as source,
        open(target, "w", encoding="utf-8", newline="") as out,
    ):
        try:
            shutil.copyfileobj(source, out, _RECODE_CHARS)
        except UnicodeDecodeError as error:
            raise DocumentFileError(
                path,
                phrase(
                    "is not readable as {encoding} text (byte {byte} of a piece)",
                    encoding=encoding,
                    byte=error.start,
                ),
            ) from None


def _collected(
    path: Path, data: Path, delimiter: str, header: list[str], index: dict[str, int],
    period: tuple[float | None, float | None],
) -> tuple[pl.DataFrame, pl.DataFrame, int]:  # fmt: skip
    """The events of ``data`` (``path`` itself, or its re-encoded copy), read by polars."""
    roles = sorted(index, key=index.get)  # polars hands the columns out in file order
    options = {
        "separator": delimiter, "has_header": False, "skip_rows": 1,
        "schema": {f"column {i}": pl.String for i in range(len(header))},
        "truncate_ragged_lines": True, "missing_columns": "insert", "encoding": "utf8",
        "raise_if_empty": False,
    }  # fmt: skip
    names = [f"column {index[role]}" for role in roles]
    try:
        sample = pl.read_csv(data, n_rows=200, columns=[index["time"]], **options)
    except pl.exceptions.PolarsError as error:
        raise _unreadable(path, error) from None
    texts = (
        pl.scan_csv(data, **options)
        .select(names)
        .rename(dict(zip(names, roles, strict=True)))
        .with_columns(pl.col(roles).str.strip_chars().fill_null(""))
    )
    # the header is row 1, the first data row row 2, as a spreadsheet shows them
    events = texts.with_row_index("row", offset=2).with_columns(time_columns(sample.to_series()))
    try:
        return collect_events(events, path, header[index["time"]], *period)
    except pl.exceptions.PolarsError as error:
        raise _unreadable(path, error) from None


def _unreadable(path: Path, error: Exception) -> DocumentFileError:
    text = str(error)
    if "utf-8" in text.lower() or "utf8" in text.lower():
        return EncodingMismatch(path, "is not UTF-8 throughout")
    first = (text.splitlines() or ["?"])[0][:200]
    return DocumentFileError(path, phrase("could not be read as CSV ({reason})", reason=first))


# ---- .xlsx and XES, row by row ----------------------------------------------------------


def _xlsx_events(path: Path, columns: LogColumns) -> tuple[pl.LazyFrame, str]:
    with open_table(path) as table:

        def rows() -> Iterator[tuple[int, list[Any]]]:
            for chunk in table.chunks:
                for i, row in enumerate(chunk.rows):
                    yield chunk.row_number(i), list(row)

        return _row_events(path, columns, list(table.header), rows())


def _xes_table(path: Path) -> tuple[list[str], Iterable]:
    """The XES events as numbered rows under a header of every key seen; the header is
    only known at the end, so the rows are collected first (as compact dicts)."""
    header: dict[str, None] = {}
    collected = []
    for row in xes_rows(path):
        header.update(dict.fromkeys(row))
        collected.append(row)
    names = list(header)
    return names, (
        (number, [row.get(name, "") for name in names])
        for number, row in enumerate(collected, start=1)
    )


def _text(value: Any) -> str:
    """A cell as text; an empty cell (None) as ""."""
    return "" if value is None else cell_text(value)


def _row_events(
    path: Path, columns: LogColumns, header: list[str], rows: Iterable[tuple[int, list[Any]]]
) -> tuple[pl.LazyFrame, str]:
    """The events of numbered rows, their columns matched by name, and the time column's
    name. A time parse_time does not read keeps its text, to be refused with its row."""
    index = match_columns(path, header, columns)
    wanted = [role for role in TEXT_COLUMNS if role in index]
    data: dict[str, list] = {role: [] for role in [*wanted, "time", "time_text", "row"]}
    for number, row in rows:
        cell = row[index["time"]]
        seconds = parse_time(cell)  # a spreadsheet's dates as they are
        for role in wanted:
            data[role].append(_text(row[index[role]]))
        data["time"].append(seconds)
        data["time_text"].append(None if seconds is not None else _text(cell))
        data["row"].append(number)
    return events_frame(data), header[index["time"]]

"""Streaming the rows of a survey file, CSV or .xlsx, in chunks of a few thousand.

Nothing here holds the whole file: the CSV module reads a text stream line by line, and
calamine hands out the rows of the first sheet one by one. Counting whole chunks with
``collections.Counter`` runs in C, which is what makes a million rows take a second or
two instead of ten (see tally.py). Every problem with the file becomes one
DocumentFileError naming it.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Any

from journeymap.errors import DocumentFileError
from journeymap.model.messages import Message, message
from journeymap.safety.archive import check_xlsx_archive
from journeymap.safety.extent import check_sheet_extent
from journeymap.survey.answers import cell_text
from journeymap.survey.sniff import sniff_text
from journeymap.words import phrase

#: Rows per chunk: large enough that the per-chunk Python work vanishes, small enough
#: that progress and cancel respond within milliseconds.
CHUNK_ROWS = 2000
#: A line longer than this is handed to the CSV parser in pieces, so one 50 MB line
#: never sits in memory whole; the pieces then fail the field-size or width checks.
MAX_LINE_CHARS = 1024 * 1024
#: Each CSV row is cut to the header's width plus this many cells as it is parsed: a
#: line of a million commas then holds a million cells only for a moment, not in a chunk.
SURPLUS_CELLS = 64
#: Excel's own limit; a header with more columns is not a survey export.
MAX_COLUMNS = 16_384
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")

Row = Sequence[Any]


class EncodingMismatch(DocumentFileError):
    """A file guessed as UTF-8 from its start turned out not to be; read it again as
    Windows-1252 (German Excel writes umlauts in later rows that way)."""


@dataclass
class Chunk:
    """Consecutive data rows, each as wide as the header, with their row numbers as a
    spreadsheet shows them (the header of a plain CSV file is row 1)."""

    rows: list[Row]
    first_row: int
    read: int  # data rows read so far, this chunk included
    numbers: list[int] | None = field(default=None)  # when empty lines were dropped

    def row_number(self, index: int) -> int:
        """The spreadsheet row number of ``rows[index]``."""
        return self.numbers[index] if self.numbers is not None else self.first_row + index


@dataclass
class Table:
    """An open survey file: its header and a stream of row chunks. Use it in a ``with``
    block, so the file is closed even when the reading stops early (cancel, error)."""

    path: Path
    header: list[str]
    description: Message  # e.g. "CSV, cp1252, delimiter “;”"
    chunks: Iterator[Chunk]
    _source: _Source

    def close(self) -> None:
        """Close the file."""
        self._source.close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _Source:
    """The raw rows of a file, taken a slice at a time (a C loop, not a Python one per
    row); reading errors become DocumentFileError naming the file."""

    def __init__(
        self,
        path: Path,
        rows: Iterator[Row],
        resource: Any,
        encoding: str | None = None,  # None for a workbook
        reader: Any = None,  # the csv reader, which knows the line it is on
    ) -> None:
        self.path, self.rows, self.resource = path, rows, resource
        self.encoding, self.reader = encoding, reader
        self.taken = 0  # rows taken so far: the next row's number is taken + 1

    def take(self, size: int) -> tuple[int, list[Row]]:
        """The next rows, at most ``size``, with the row number of the first."""
        try:
            rows = list(itertools.islice(self.rows, size))
        except UnicodeDecodeError:
            line = str(self.reader.line_num + 1)
            problem = phrase("is not valid {encoding} text at line {line}",
                             encoding=self.encoding, line=line)  # fmt: skip
            if self.encoding == "utf-8":  # a guess: worth reading again as cp1252
                raise EncodingMismatch(self.path, problem) from None
            raise DocumentFileError(self.path, problem) from None
        except csv.Error as error:
            line, said = str(self.reader.line_num), str(error)
            problem = (
                phrase("is not valid CSV at line {line} ({error}: a quote is never closed)",
                       line=line, error=said)
                if "end of data" in said
                else phrase("is not valid CSV at line {line} ({error})", line=line, error=said)
            )  # fmt: skip
            raise DocumentFileError(self.path, problem) from None
        except OSError as error:
            problem = phrase("cannot be read: {reason}", reason=str(error.strerror or error))
            raise DocumentFileError(self.path, problem) from None
        except BaseException as error:
            if self.encoding is None and _is_calamine_failure(error):
                raise _workbook_error(self.path, error) from None
            raise
        first = self.taken + 1
        self.taken += len(rows)
        return first, rows

    def close(self) -> None:
        """Close the file."""
        self.resource.close()


def open_table(path: str | Path, encoding: str | None = None) -> Table:
    """Open a CSV or .xlsx survey file and read its header (the first non-empty row).

    ``encoding`` overrides the guess for CSV. Raises DocumentFileError naming the file."""
    path = Path(path)
    if not path.is_file():
        raise DocumentFileError(
            path, phrase("does not exist") if not path.exists() else phrase("is not a file")
        )
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        source, description = _xlsx_source(path)
    elif suffix in CSV_SUFFIXES:
        source, description = _csv_source(path, encoding)
    elif suffix == ".xls":
        raise DocumentFileError(
            path, phrase("is an old Excel 97-2003 file; save it as .xlsx or CSV")
        )
    else:
        raise DocumentFileError(path, phrase("has an unknown file type (use .csv or .xlsx)"))
    try:
        while True:
            _, rows = source.take(1)
            if not rows:
                raise DocumentFileError(path, phrase("is empty"))
            if any(cell_text(cell) for cell in rows[0]):
                break
    except BaseException:
        source.close()
        raise
    header = [cell_text(cell) for cell in rows[0]]
    if len(header) > MAX_COLUMNS:
        source.close()
        raise DocumentFileError(
            path, phrase("has {count} columns; no survey export has that many", count=len(header))
        )
    if source.reader is not None:
        source.rows = map(itemgetter(slice(0, len(header) + SURPLUS_CELLS)), source.rows)
    return Table(path, header, description, _chunks(path, header, source), source)


def _csv_source(path: Path, encoding: str | None) -> tuple[_Source, str]:
    text_format = sniff_text(path, encoding)
    try:
        stream = open(path, encoding=text_format.encoding, newline="")  # noqa: SIM115
    except OSError as error:
        raise DocumentFileError(
            path, phrase("cannot be read: {reason}", reason=str(error.strerror))
        ) from None
    lines = iter(partial(stream.readline, MAX_LINE_CHARS), "")  # C-level: no Python per line
    # strict: a quote that is never closed is an error, not the rest of the file in a cell
    reader = csv.reader(lines, delimiter=text_format.delimiter, strict=True)
    shown = {"\t": message("survey.tab"), ";": "“;”", ",": "“,”"}[text_format.delimiter]
    # records, not physical lines, are numbered: a quoted line break stays in its row,
    # as Excel shows it
    source = _Source(path, reader, stream, text_format.encoding, reader)
    return source, message("survey.csv", encoding=text_format.encoding, delimiter=shown)


def _xlsx_source(path: Path) -> tuple[_Source, str]:
    try:
        check_xlsx_archive(path)
    except DocumentFileError:
        raise
    except Exception as error:  # zipfile raises NotImplementedError for odd versions
        problem = phrase("is not an Excel workbook (.xlsx), or it is damaged ({reason})",
                         reason=type(error).__name__)  # fmt: skip
        raise DocumentFileError(path, problem) from None
    check_sheet_extent(path)  # calamine aborts the process on a sheet spanning too much
    try:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
        name = workbook.sheet_names[0]
        rows = workbook.get_sheet_by_index(0).iter_rows()
    except BaseException as error:
        if not _is_calamine_failure(error):
            raise
        raise _workbook_error(path, error) from None
    # calamine starts its rows at the sheet's row 1, even when that is empty, so the
    # numbers match what Excel shows
    return _Source(path, rows, workbook), message("survey.excel", sheet=name)


def _is_calamine_failure(error: BaseException) -> bool:
    """Whether calamine failed on the file. A Rust panic surfaces as PanicException,
    which derives from BaseException; KeyboardInterrupt and the like are no failure."""
    return isinstance(error, Exception) or type(error).__name__ == "PanicException"


def _workbook_error(path: Path, error: BaseException) -> DocumentFileError:
    message = (str(error).splitlines() or [type(error).__name__])[0][:200]
    return DocumentFileError(
        path, phrase("could not be read as an Excel workbook ({reason})", reason=message)
    )


def _chunks(path: Path, header: list[str], source: _Source) -> Iterator[Chunk]:
    width, read = len(header), 0
    while True:
        first_row, rows = source.take(CHUNK_ROWS)
        if not rows:
            return
        numbers = None
        if set(map(len, rows)) != {width}:  # else the fast path: all rows fit
            rows, numbers = _even_out(path, rows, first_row, width)
        read += len(rows)
        yield Chunk(rows, first_row, read, numbers)


def _even_out(
    path: Path, given: list[Row], first_row: int, width: int
) -> tuple[list[Row], list[int]]:
    """Rows made as wide as the header: empty lines dropped, missing trailing cells
    blank (exports often omit them), surplus cells allowed only when blank."""
    rows, numbers = [], []
    for number, row in enumerate(given, first_row):
        if not row:
            continue
        if len(row) > width:
            if any(cell_text(cell) for cell in row[width:]):
                cells = (
                    str(len(row))
                    if len(row) < width + SURPLUS_CELLS
                    else phrase("over {count}", count=str(len(row) - 1))
                )
                raise DocumentFileError(
                    path, phrase("row {row} has {cells} cells, but the header only {width}; "
                                 "is the delimiter right, and are cells that contain it quoted?",
                                 row=str(number), cells=cells, width=str(width)),
                )  # fmt: skip
            row = row[:width]
        elif len(row) < width:
            row = [*row, *[""] * (width - len(row))]
        rows.append(row)
        numbers.append(number)
    return rows, numbers

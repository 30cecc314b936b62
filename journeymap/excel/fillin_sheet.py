"""Reading the Fill-in sheet of a returned template, in a child process, as plain values.

The workbook comes from outside (by email, edited by anyone), so it is checked first
(journeymap.safety.archive and .extent) and then read in a child process with limits on
memory and time (journeymap.safety.sandbox). openpyxl reads it in read-only mode with
the columns bounded, so a cell at XFD1 cannot make every row 16,384 values wide.

A template written for journeys with lanes also has a Notes sheet (notes_template.py),
one for a document with opportunities an Opportunities sheet (opportunities_template.py):
their key rows and rows are read the same way; a template without them reads as before.

Besides the values, the reader reports what would make them lie: a merged range over
the key row, the segment cell or the touchpoint rows (only its first cell keeps a
value, the others read as blank), and a formula without a computed value (it reads as
blank). Both are refused by cell; a formula with its value is read as that value.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from defusedxml.common import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._reader import WorkSheetParser

from journeymap import words
from journeymap.errors import DocumentFileError
from journeymap.excel.cells import col, unescape_text
from journeymap.excel.language import tr_marked
from journeymap.excel.notes_template import NOTES, NOTES_FIRST_ROW, NOTES_KEY_ROW
from journeymap.excel.opportunities_template import (
    OPPORTUNITIES_FIRST_ROW,
    OPPORTUNITIES_KEY_ROW,
)
from journeymap.excel.opportunity_cells import OPPORTUNITIES
from journeymap.excel.template import FILL_IN, FIRST_ROW, KEY_ROW, SEGMENT_COLUMN, SEGMENT_ROW
from journeymap.model.messages import Message, message
from journeymap.model.vocabulary import LANGUAGES
from journeymap.safety.archive import check_xlsx_archive
from journeymap.safety.extent import check_sheet_extent
from journeymap.safety.sandbox import run_untrusted
from journeymap.words import phrase

#: The columns read: the template has about 40; a team's notes beyond are ignored.
MAX_COLUMNS: Final = 256
_BLOCK: Final = 4 * 1024 * 1024
_MERGE: Final = re.compile(
    rb"""<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref\s*=\s*["']([^"']{1,40})"""
)
_FORMULA: Final = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell that cannot be imported: its sheet, its reference and why."""

    sheet: str
    cell: str
    reason: Message

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.reason}"


@dataclass
class KeyedSheet:
    """A Notes or Opportunities sheet as plain values."""

    keys: tuple[Any, ...]  # the hidden key row, as typed
    rows: list[tuple[int, tuple[Any, ...]]]  # (row number, values) from its first row on

    def missing_keys(self, needed: tuple[str, ...], title: str, key_row: int) -> list[CellError]:
        """An error for each key the reader needs that the hidden key row (of the sheet
        called ``title``, in row ``key_row``) no longer has: a column was deleted."""
        where = f"{col(len(self.keys) + 1)}{key_row}"
        return [
            CellError(title, where, message("cell.key_deleted", key=key))
            for key in needed
            if key not in self.keys
        ]


@dataclass
class FillInSheet:
    """The Fill-in sheet as plain values, and the Notes and Opportunities sheets when
    there are."""

    keys: tuple[Any, ...]  # the hidden key row, as typed
    segment: str
    rows: list[tuple[int, tuple[Any, ...]]]  # (row number, values) from FIRST_ROW on
    problems: list[CellError] = field(default_factory=list)  # merges, formulas
    notes: KeyedSheet | None = None  # a template written before notes has none
    opportunities: KeyedSheet | None = None  # nor one written before opportunities
    language: str = "en"  # the language it was written in: its sheets' names say it


def sheet_named(sheetnames: list[str], marked_name: str) -> tuple[str, str] | None:
    """(name, language) of a template's sheet as the workbook calls it, in the language
    that wrote it ("Fill-in" or "Ausfüllen"); None when it has no such sheet."""
    for language in LANGUAGES:
        with words.speaking(language):
            name = tr_marked(marked_name)
        if name in sheetnames:
            return name, language
    return None


def read_fill_in(path: str | Path) -> FillInSheet:
    """The Fill-in sheet's keys, segment and rows, read in a child process.
    DocumentFileError for anything that is not a readable journeymap template,
    hostile files included."""
    path = Path(path)
    return run_untrusted(
        _read_in_child, path, (path,), result_types=(FillInSheet, KeyedSheet, CellError, Message)
    )


def _read_in_child(_progress: Any, path: Path) -> FillInSheet:
    check_xlsx_archive(path)  # before any parser sees the file
    check_sheet_extent(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            found = sheet_named(wb.sheetnames, FILL_IN)
            if found is None:
                raise DocumentFileError(
                    path,
                    phrase(
                        "has no “{sheet}” sheet: it is not a journeymap fill-in template",
                        sheet=FILL_IN,
                    ),
                )
            name, language = found
            ws = wb[name]
            keys, rows = _keys_and_rows(ws, KEY_ROW)
            problems = _hidden_losses(wb, ws._worksheet_path, rows, name, _read_here)
            notes = opportunities = None
            if notes_sheet := sheet_named(wb.sheetnames, NOTES):
                notes, more = _read_keyed(wb, notes_sheet[0], NOTES_KEY_ROW, NOTES_FIRST_ROW)
                problems += more
            if opportunities_sheet := sheet_named(wb.sheetnames, OPPORTUNITIES):
                opportunities, more = _read_keyed(
                    wb, opportunities_sheet[0], OPPORTUNITIES_KEY_ROW, OPPORTUNITIES_FIRST_ROW
                )
                problems += more
        finally:
            wb.close()
    except DocumentFileError:
        raise
    except Exception as error:  # a damaged or hostile file: any parser error, one message
        raise DocumentFileError(
            path, phrase("cannot be read as an Excel workbook: {reason}", reason=_why(error))
        ) from None
    if not keys or keys[0] != "id":
        raise DocumentFileError(
            path,
            phrase(
                "is not a journeymap fill-in template (row {row} of “{sheet}” was changed)",
                row=str(KEY_ROW),
                sheet=FILL_IN,
            ),
        )
    segment_row = rows[SEGMENT_ROW - 1] if len(rows) >= SEGMENT_ROW else ()
    segment = segment_row[SEGMENT_COLUMN - 1] if len(segment_row) >= SEGMENT_COLUMN else None
    body = list(enumerate(rows[FIRST_ROW - 1 :], FIRST_ROW))
    segment = "" if segment is None else unescape_text(str(segment)).strip()
    return FillInSheet(tuple(keys), segment, body, problems, notes, opportunities, language)


def _keys_and_rows(ws: Any, key_row: int) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """A sheet's key row, and its rows as wide as its keys reach."""
    ws.reset_dimensions()  # don't trust the size the file claims
    keys = next(ws.iter_rows(min_row=key_row, max_row=key_row, max_col=MAX_COLUMNS,
                             values_only=True), ())  # fmt: skip
    width = max((i + 1 for i, key in enumerate(keys) if key is not None), default=1)
    return tuple(keys), list(ws.iter_rows(max_col=width, values_only=True))


def _read_keyed(
    wb: Any, title: str, key_row: int, first_row: int
) -> tuple[KeyedSheet, list[CellError]]:
    """A keyed sheet's keys and rows (from ``first_row`` on), and its merges and formulas
    without a value where the import reads (the key row and the rows)."""
    ws = wb[title]
    keys, rows = _keys_and_rows(ws, key_row)

    def read_here(first: int, last: int) -> bool:
        return first <= key_row or last >= first_row

    problems = _hidden_losses(wb, ws._worksheet_path, rows, title, read_here)
    return KeyedSheet(keys, list(enumerate(rows[first_row - 1 :], first_row))), problems


def _hidden_losses(
    wb: Any,
    part: str,
    rows: list[tuple[Any, ...]],
    sheet: str,
    read_here: Callable[[int, int], bool],
) -> list[CellError]:
    """Merged ranges and formulas without a value where the reader looks (the rows
    ``read_here`` says) on one sheet."""
    merges, formulas = _scan_part(wb._archive, part)
    problems = []
    for merged in merges:
        try:
            _, first_row, _, last_row = range_boundaries(merged)
        except ValueError:
            continue  # openpyxl has read the sheet: a bad range changes no value
        if read_here(first_row, last_row):
            problems.append(CellError(sheet, merged, message("cell.merged")))
    if formulas:  # rare: read the sheet again to see where the formulas are
        with wb._archive.open(part) as source:
            parser = WorkSheetParser(source, wb.shared_strings, data_only=False)
            for number, cells in parser.parse():
                for cell in cells:
                    row, column = cell["row"], cell["column"]
                    if cell["data_type"] != "f" or not read_here(row, row):
                        continue
                    values = rows[row - 1] if row <= len(rows) else ()
                    if column > len(values) or values[column - 1] is None:
                        formula = str(cell["value"])[:40]
                        reason = message("cell.formula", formula=formula)
                        problems.append(CellError(sheet, f"{col(column)}{number}", reason))
    return problems


def _read_here(first_row: int, last_row: int) -> bool:
    """Whether rows first_row..last_row hold cells the import reads (the key row, the
    segment cell's row, the touchpoint rows)."""
    return first_row <= SEGMENT_ROW or last_row >= FIRST_ROW


def _scan_part(archive: zipfile.ZipFile, part: str) -> tuple[list[str], bool]:
    """The merged ranges of a sheet part, and whether it holds any formula."""
    merges: list[str] = []
    formulas = False
    with archive.open(part) as stream:
        tail = b""
        while block := stream.read(_BLOCK):
            data = tail + block
            cut = max(data.rfind(b"<"), 0) or len(data)
            merges += [m.decode("ascii", "replace") for m in _MERGE.findall(data[:cut])]
            formulas = formulas or bool(_FORMULA.search(data[:cut]))
            tail = data[cut:]
        merges += [m.decode("ascii", "replace") for m in _MERGE.findall(tail)]
        formulas = formulas or bool(_FORMULA.search(tail))
    return merges, formulas


def _why(error: BaseException) -> str:
    """A reader's words for why a parser gave up, from the chain of exceptions."""
    chain: list[BaseException] = []
    while error is not None and len(chain) < 10:
        chain.append(error)
        error = error.__cause__ or error.__context__
    if any(isinstance(e, DefusedXmlException) for e in chain):
        return phrase("it declares XML entities, refused for safety (an XML bomb?)")
    missing = next((e for e in chain if isinstance(e, KeyError)), None)
    if missing is not None:
        return phrase("a part of it is missing ({part})", part=str(missing).strip(chr(34)))
    return phrase("it is damaged ({reason})", reason=type(chain[-1]).__name__)

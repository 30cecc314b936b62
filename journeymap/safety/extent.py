"""Refusing a workbook whose sheets span or hold more cells than a reader can take.

calamine keeps a sheet as a dense grid from its first to its last cell. A 5 KB file with
two cells, A1 and XFD1048576, asks for 17 billion cells and the process aborts: a failed
allocation in Rust is no exception Python could catch. check_xlsx_archive cannot see this,
the archive is tiny. So before calamine opens a workbook, its XML parts are scanned for the
largest row and column that any cell or row names.

Only the worksheets are scanned (those workbook.xml names, and whatever lies under
xl/worksheets/): other parts, such as the theme, have attributes that look alike.
Python's regular expressions manage about 300 MB/s per pass, so the scan makes few passes:
one for the rare references that could matter (column AAA or later, row 100,000 or later),
and two quick searches for the mere presence of two-letter columns and five-digit rows,
which bound the rest. Only a sheet whose bounds are still too large, with more than 26
columns and 10,000 rows, is read a second time for its exact extent.

Cells and rows may leave out their reference (r="B7"): a reader then places them after
the previous one, so a row of 16,384 bare ``<c/>`` spans A to XFD. A sheet with any such
cell is measured exactly, tag by tag. The cells and rows a sheet holds are counted too
(MAX_SHEET_CELLS, MAX_ROWS): an honest sheet of 0.75 GB is refused in seconds rather
than read for minutes.

Sheets are found as calamine and openpyxl find them, whatever the namespace prefix of
a relationship id says; a sheet part that is not XML (a binary .bin part of .xlsb) or
that is missing cannot be checked, and the workbook is refused.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring

from journeymap.errors import DocumentFileError
from journeymap.words import phrase

#: The most cells a sheet may span: calamine holds 32 bytes each, so 512 MB, half of the
#: reader's memory limit (sandbox.MEMORY_LIMIT).
MAX_CELLS: Final = 16_000_000
#: The most cells a sheet may hold: 100,000 respondents answering 50 questions. A reader
#: takes about a second per million.
MAX_SHEET_CELLS: Final = 5_000_000
#: The most rows a sheet may hold or name: Excel's own limit.
MAX_ROWS: Final = 1_048_576
_BLOCK: Final = 4 * 1024 * 1024
#: workbook.xml and its relationships are small; larger ones are not read.
_MAX_INDEX_BYTES: Final = 16 * 1024 * 1024
#: the start of r="A1" or r='1': a cell's or a row's reference (the literal "r" first
#: keeps the regular expressions fast)
_R = rb"""r\s*=\s*["']"""
#: columns AAA.. (group 1 with the row in group 2), or rows 100000.. (group 3)
_RARE: Final = re.compile(
    _R + rb"(?:([A-Za-z]{3,8})0*([0-9]{1,12})|[A-Za-z]{0,2}0*([1-9][0-9]{5,11}))"
)
_TWO_LETTERS: Final = re.compile(_R + rb"[A-Za-z]{2}[0-9]")
_FIVE_DIGITS: Final = re.compile(_R + rb"[A-Za-z]{0,2}0*[1-9][0-9]{4}")
_EXACT_COLUMNS: Final = re.compile(_R + rb"([A-Za-z]{2})[0-9]")
_EXACT_ROWS: Final = re.compile(_R + rb"[A-Za-z]{0,2}0*([1-9][0-9]{4})[^0-9]")
#: Cell and row tags whose first attribute is not r (every writer puts r first).
_OTHER_CELL: Final = re.compile(rb"<c(?! r\s*=)(?=[\s/>])")
_OTHER_ROW: Final = re.compile(rb"<row(?! r\s*=)(?=[\s/>])")
#: Cell and row tags with a namespace prefix (calamine reads <anything:c> as a cell),
#: and a quick search for a sign of them: colons are rare in a sheet.
_PREFIX_HINT: Final = re.compile(rb":(?:c|row)[\s/>]")
_PREFIXED_TAG: Final = re.compile(rb"<[A-Za-z_][\w.-]*:(c|row)(?=[\s/>])")
_REFERENCE_ATTRIBUTE: Final = re.compile(rb"\sr\s*=")
#: Every cell and row tag, for the exact measure: closing slash, name, attributes.
_TAG: Final = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(c|row)(?=[\s/>])([^>]*)>")
_CELL_REFERENCE: Final = re.compile(rb"""\sr\s*=\s*["']\s*([A-Za-z]{0,8})0*([0-9]{0,12})""")
#: Relationship types of the parts a reader takes for sheets.
_SHEET_TYPES: Final = ("/worksheet", "/chartsheet", "/dialogsheet", "/macrosheet", "/xlMacrosheet")


def column_number(letters: bytes) -> int:
    """The 1-based number of a column: A is 1, Z 26, AA 27, XFD 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number


@dataclass
class _Extent:
    """What the scan found: exact maxima of the rare references, and whether two-letter
    columns and five-digit rows occur at all."""

    rows: int = 0
    columns: int = 0
    two_letters: bool = False
    five_digits: bool = False
    cells_held: int = 0  # cell tags in the part scanned last
    rows_held: int = 0
    unreferenced: bool = False  # a cell or row without r= in the part scanned last

    def scan(self, block: bytes) -> None:
        self.count(block)
        for letters, row, big_row in set(_RARE.findall(block)):
            if letters:
                self.columns = max(self.columns, column_number(letters))
            self.rows = max(self.rows, int(row or big_row))
        # a search stops at the first hit, and is skipped once anything was found
        self.two_letters = self.two_letters or bool(_TWO_LETTERS.search(block))
        self.five_digits = self.five_digits or bool(_FIVE_DIGITS.search(block))

    def count(self, block: bytes) -> None:
        """Count the cell and row tags (an upper bound: <col and <rowBreaks count too),
        and look for one without a reference. Each search starts from a literal of two
        or more bytes, which Python finds fast: a pattern starting with "<" alone would
        be tried at every tag and take three times as long."""
        self.cells_held += block.count(b"<c")
        self.rows_held += block.count(b"<row")
        # tags whose first attribute is not r: rare, so each is looked at in full
        for pattern in (_OTHER_CELL, _OTHER_ROW):
            for found in pattern.finditer(block):
                self.unreferenced = self.unreferenced or _lacks_reference(block, found.end())
        if _PREFIX_HINT.search(block):  # a namespace prefix: <x:c r="A1">
            for found in _PREFIXED_TAG.finditer(block):
                self.cells_held += found[1] == b"c"
                self.rows_held += found[1] == b"row"
                self.unreferenced = self.unreferenced or _lacks_reference(block, found.end())

    def refine(self, block: bytes) -> None:
        if self.two_letters:
            found = set(_EXACT_COLUMNS.findall(block))
            self.columns = max(self.columns, *map(column_number, found), 26)
        if self.five_digits:
            self.rows = max(self.rows, *map(int, set(_EXACT_ROWS.findall(block))), 9_999)

    def bounds(self) -> tuple[int, int]:
        """Upper bounds of the rows and columns."""
        rows = max(self.rows, 99_999 if self.five_digits else 9_999)
        return rows, max(self.columns, 702 if self.two_letters else 26)


def check_sheet_extent(path: str | Path) -> None:
    """Refuse a workbook (checked by check_xlsx_archive first) with a sheet that could
    not be checked, that names a row and a column whose grid would exceed MAX_CELLS, or
    that holds more than MAX_SHEET_CELLS cells or MAX_ROWS rows. Raises DocumentFileError."""
    held = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for part in sheet_parts(archive, path):
                extent = _measure(archive, part)
                held += extent.cells_held
                _refuse_oversized(path, extent, held)
    except DocumentFileError:
        raise
    except Exception as error:  # BadZipFile, zlib.error, EOFError, XML errors...
        raise DocumentFileError(
            path, phrase("is a damaged workbook ({reason})", reason=type(error).__name__)
        ) from None


def _measure(archive: zipfile.ZipFile, part: str) -> _Extent:
    """The bounds of one sheet: quick passes, and an exact one only where needed (bare
    cells, or bounds still too large: a few rows reaching far to the right)."""
    extent = _Extent()
    _scan(archive, part, extent.scan)
    if extent.cells_held > MAX_SHEET_CELLS or extent.rows_held > MAX_ROWS:
        return extent  # refused by its count: no need to measure
    rows, columns = extent.bounds()
    quick = not extent.unreferenced and (extent.two_letters or extent.five_digits)
    if quick and rows * columns > MAX_CELLS:
        refined = _Extent(extent.rows, extent.columns, extent.two_letters, extent.five_digits)
        _scan(archive, part, refined.refine)
        rows, columns = max(refined.rows, 9_999), max(refined.columns, 26)
    if extent.unreferenced or rows * columns > MAX_CELLS:
        exact = _Exact()  # tag by tag: at most MAX_SHEET_CELLS tags, a few seconds
        _scan(archive, part, exact.scan)
        rows, columns = exact.rows, exact.columns
    extent.rows, extent.columns = rows, columns
    extent.two_letters = extent.five_digits = False
    return extent


def _refuse_oversized(path: str | Path, extent: _Extent, held: int) -> None:
    rows, columns = extent.rows, extent.columns  # as _measure left them: upper bounds
    if held > MAX_SHEET_CELLS:
        raise DocumentFileError(
            path, phrase("holds more than {limit} cells ({held} so far), more than journeymap "
                         "reads from a workbook; keep only the answers, or save as CSV",
                         limit=MAX_SHEET_CELLS, held=held),
        )  # fmt: skip
    if extent.rows_held > MAX_ROWS or extent.rows > MAX_ROWS:
        count = max(extent.rows_held, extent.rows)
        raise DocumentFileError(
            path, phrase("has a sheet of {count} rows, more than the {limit} of Excel's limit "
                         "that journeymap reads; save it as CSV", count=count, limit=MAX_ROWS),
        )  # fmt: skip
    if rows * columns > MAX_CELLS:
        raise DocumentFileError(
            path, phrase("has a sheet spanning up to {rows} rows x {columns} columns, more than "
                         "the {limit} cells journeymap reads; keep only the answers, or save "
                         "as CSV", rows=rows, columns=columns, limit=MAX_CELLS),
        )  # fmt: skip


def _lacks_reference(block: bytes, start: int) -> bool:
    """Whether the tag whose attributes start at ``start`` has no r attribute."""
    end = block.find(b">", start)
    return not _REFERENCE_ATTRIBUTE.search(block, start, end if end >= 0 else len(block))


class _Exact:
    """The exact extent of a sheet, tag by tag, placing a cell or row without a
    reference after the previous one, as the readers do."""

    def __init__(self) -> None:
        self.rows = self.columns = 0
        self._row = self._column = 0

    def scan(self, block: bytes) -> None:
        for closing, name, attributes in _TAG.findall(block):
            if closing:
                continue
            reference = _CELL_REFERENCE.search(b" " + attributes)
            letters, number = reference.groups() if reference else (b"", b"")
            if name == b"row":
                self._row = int(number) if number else self._row + 1
                self._column = 0
            else:
                self._column = column_number(letters) if letters else self._column + 1
                self._row = int(number) if number and letters else self._row
            self.rows = max(self.rows, self._row)
            self.columns = max(self.columns, self._column)


def sheet_parts(archive: zipfile.ZipFile, path: str | Path) -> list[str]:
    """The worksheets a reader may take: those workbook.xml lists, found through its
    relationships under every spelling calamine or openpyxl may use, and everything under
    xl/worksheets/. A sheet that is missing or not XML cannot be checked: refused."""
    names = set(archive.namelist())
    parts = {n for n in names if n.startswith("xl/worksheets/") and not n.endswith(".rels")}
    workbook = _index(archive, "xl/workbook.xml")
    relationships = _index(archive, "xl/_rels/workbook.xml.rels")
    if workbook is None or relationships is None:
        return sorted(parts)  # a reader fails on the missing part: nothing to measure
    ids = {value for sheet in workbook.iter() if _local(sheet.tag) == "sheet"
           for key, value in sheet.attrib.items() if _local(key) == "id"}  # fmt: skip
    for relationship in relationships.iter():
        target = relationship.get("Target")
        kind = relationship.get("Type") or ""
        if not target or not (relationship.get("Id") in ids or kind.endswith(_SHEET_TYPES)):
            continue
        spellings = {target.lstrip("/"), "xl/" + target, posixpath.normpath("xl/" + target),
                     posixpath.normpath(target.lstrip("/"))}  # fmt: skip
        found = spellings & names
        if not found or not all(name.endswith(".xml") for name in found):
            raise DocumentFileError(
                path, phrase("has a sheet part “{part}” that journeymap cannot check (missing, "
                             "or not XML: an .xlsb sheet?); save the workbook as .xlsx or CSV",
                             part=target[:80]),
            )  # fmt: skip
        parts |= found
    return sorted(parts)


def _local(name: str) -> str:
    """An XML name without its namespace: {uri}id and id are both id."""
    return name.rpartition("}")[2]


def _index(archive: zipfile.ZipFile, name: str) -> Element | None:
    """A small XML part, parsed safely; None when the archive lacks it."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_INDEX_BYTES:
        raise DocumentFileError(str(archive.filename), phrase("has an oversized {part}", part=name))
    return fromstring(archive.read(info))


def _scan(archive: zipfile.ZipFile, part: str, look: Callable[[bytes], None]) -> None:
    """Show a part to ``look``, in blocks cut before a tag."""
    with archive.open(part) as stream:
        tail = b""
        while block := stream.read(_BLOCK):
            data = tail + block
            cut = data.rfind(b"<")
            cut = cut if cut > 0 else len(data)
            look(data[:cut])
            tail = data[cut:]
        look(tail)

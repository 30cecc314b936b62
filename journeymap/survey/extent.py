"""Refusing a workbook whose sheets span more cells than calamine can hold.

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

from journeymap.storage.errors import DocumentFileError

#: The most cells a sheet may span: calamine holds 32 bytes each, so about 1.3 GB.
MAX_CELLS: Final = 40_000_000
_BLOCK: Final = 4 * 1024 * 1024
#: workbook.xml and its relationships are small; larger ones are not read.
_MAX_INDEX_BYTES: Final = 16 * 1024 * 1024
_RELATIONSHIP_ID: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
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

    def scan(self, block: bytes) -> None:
        for letters, row, big_row in set(_RARE.findall(block)):
            if letters:
                self.columns = max(self.columns, column_number(letters))
            self.rows = max(self.rows, int(row or big_row))
        # a search stops at the first hit, and is skipped once anything was found
        self.two_letters = self.two_letters or bool(_TWO_LETTERS.search(block))
        self.five_digits = self.five_digits or bool(_FIVE_DIGITS.search(block))

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
    """Refuse a workbook (checked by check_xlsx_archive first) that names a row and a
    column whose grid would exceed MAX_CELLS. Raises DocumentFileError."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = _sheet_parts(archive)
            extent = _Extent()
            _scan(archive, parts, extent.scan)
            rows, columns = extent.bounds()
            if rows * columns > MAX_CELLS and (extent.two_letters or extent.five_digits):
                exact = _Extent(extent.rows, extent.columns, extent.two_letters,
                                extent.five_digits)  # fmt: skip
                _scan(archive, parts, exact.refine)
                rows, columns = max(exact.rows, 9_999), max(exact.columns, 26)
    except DocumentFileError:
        raise
    except Exception as error:  # BadZipFile, zlib.error, EOFError, XML errors...
        raise DocumentFileError(path, f"is a damaged workbook ({type(error).__name__})") from None
    if rows * columns > MAX_CELLS:
        raise DocumentFileError(
            path, f"has a sheet spanning up to {rows:,} rows x {columns:,} columns, more than "
            f"the {MAX_CELLS:,} cells journeymap reads; keep only the answers, or save as CSV",
        )  # fmt: skip


def _sheet_parts(archive: zipfile.ZipFile) -> list[str]:
    """The worksheets calamine may read: those workbook.xml lists, found through its
    relationships as calamine finds them, and everything under xl/worksheets/."""
    names = set(archive.namelist())
    parts = {n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")}
    workbook = _index(archive, "xl/workbook.xml")
    relationships = _index(archive, "xl/_rels/workbook.xml.rels")
    if workbook is not None and relationships is not None:
        ids = {e.get(_RELATIONSHIP_ID) for e in workbook.iter() if e.tag.endswith("sheet")}
        for relationship in relationships.iter():
            target = relationship.get("Target")
            if target and relationship.get("Id") in ids:
                parts.add(target[1:] if target.startswith("/") else posixpath.normpath(
                    "xl/" + target))  # fmt: skip
    return sorted(parts & names)


def _index(archive: zipfile.ZipFile, name: str) -> Element | None:
    """A small XML part, parsed safely; None when the archive lacks it."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_INDEX_BYTES:
        raise DocumentFileError(str(archive.filename), f"has an oversized {name}")
    return fromstring(archive.read(info))


def _scan(archive: zipfile.ZipFile, parts: list[str], look: Callable[[bytes], None]) -> None:
    """Show every part to ``look``, in blocks cut before a tag."""
    for part in parts:
        with archive.open(part) as stream:
            tail = b""
            while block := stream.read(_BLOCK):
                data = tail + block
                cut = data.rfind(b"<")
                cut = cut if cut > 0 else len(data)
                look(data[:cut])
                tail = data[cut:]
            look(tail)

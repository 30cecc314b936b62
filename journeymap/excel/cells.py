"""Writing cells: every value, user text above all, reaches a workbook through here.

Sheets are described as plain rows of values first (a ``Sheet``), then appended to an
openpyxl workbook by ``write_workbook``. Keeping the description apart lets
the benchmark write the very same values with bare openpyxl, and keeps every sheet
builder free of openpyxl's cell API.

Formula injection: a string is always written as text. Only a ``Formula`` becomes a
formula, and only our own code makes those. Text that a spreadsheet might take for a
formula when someone edits the cell (it starts with =, +, -, @, a tab or a CR) also gets
Excel's "quote prefix", so it stays text after an edit too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.language import shown_format
from journeymap.storage.atomic import atomic_write

#: First characters that make a spreadsheet read a typed entry as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Characters XML 1.0 cannot carry (control characters, non-characters, lone surrogates).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: The workbook's font (openpyxl's default); every Font we make names it, or Calc
#: falls back to a serif face.
FONT = "Calibri"
#: Excel's limit on the length of the text in one cell.
MAX_CELL_TEXT = 32_767


#: What Office writes for a character a cell's XML cannot carry: _x000D_ for CR. A
#: literal "_x0041_" in a text is written with its underscore escaped, _x005F_x0041_.
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")
_NEEDS_ESCAPE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff\ud800-\udfff]|_(?=x[0-9A-Fa-f]{4}_)"
)


class ExactText(str):
    """A text that must read back exactly as it is (the template's input cells): it is
    written with Office's escapes (see escape_text) instead of being cleaned, and never
    cut short."""


def escape_text(text: str) -> str:
    """Text with every character a cell cannot carry written as Office does (_x000D_),
    so that reading it with unescape_text gives it back character for character."""
    return _NEEDS_ESCAPE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def unescape_text(text: str) -> str:
    """The text a cell holds with Office's _xHHHH_ escapes undone (Excel writes a CR
    that way, and reads them so)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


class Formula(str):
    """A formula we write on purpose, e.g. ``Formula("=I2-H2")``. Plain strings never
    become formulas."""


@dataclass(frozen=True, slots=True)
class Look:
    """How a cell looks: a small, hashable description turned into an openpyxl style
    once per workbook (assigning Font/Fill objects cell by cell is ten times slower)."""

    bold: bool = False
    italic: bool = False
    size: float | None = None
    colour: str | None = None  # font colour, RRGGBB
    fill: str | None = None  # background, RRGGBB
    number_format: str | None = None
    wrap: bool = False
    horizontal: str | None = None
    vertical: str | None = None
    border: bool = False
    rule: bool = False  # a dashed line along the bottom (a blueprint line)
    unlocked: bool = False  # an input cell on a protected sheet


HEADER = Look(bold=True, fill="DDE4EE", wrap=True, vertical="center")
TITLE = Look(bold=True, size=14)
NOTE = Look(italic=True, colour="595959")
WRAP = Look(wrap=True)  # bottom-aligned like every unstyled cell of its row


@dataclass(frozen=True, slots=True)
class Styled:
    """A value with the look it is written in."""

    value: Any
    look: Look


@dataclass
class Sheet:
    """One worksheet described as data: rows of values (or Styled values), column
    widths, row heights and the touches that need the live worksheet (tables,
    conditional formatting, charts, validation), applied after the rows."""

    title: str
    rows: list[list[Any]] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)  # column number -> width
    hidden_columns: set[int] = field(default_factory=set)
    heights: dict[int, float] = field(default_factory=dict)  # row number -> points
    hidden_rows: set[int] = field(default_factory=set)
    freeze: str | None = None
    print_title_rows: str | None = None  # e.g. "1:1", repeated on every printed page
    print_title_cols: str | None = None  # e.g. "A:B"
    pages_wide: int = 1  # printed this many pages across, as many down as it takes
    landscape: bool = True
    # The looks of the columns of the rows from body_from on (a list sheet's data rows);
    # a Styled value there keeps its own.
    body_looks: Sequence[Look | None] = ()
    body_from: int = 2
    merges: list[str] = field(default_factory=list)  # ranges such as "B5:G5"
    row_breaks: list[int] = field(default_factory=list)  # a new page after these rows
    finish: list[Callable[[Worksheet], None]] = field(default_factory=list)

    def add(self, *values: Any) -> int:
        """Append one row; returns its row number."""
        self.rows.append(list(values))
        return len(self.rows)

    def header(self, titles: Iterable[str], look: Look = HEADER) -> int:
        """Append a row of column titles in the header look; returns its row number."""
        return self.add(*(Styled(t, look) for t in titles))


def clean_text(text: str) -> str:
    """Text as a cell can hold it: without characters XML cannot carry, line breaks as
    LF (an XML reader turns a bare CR into LF anyway), cut to Excel's 32,767 characters."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def text_lines(value: Any, width: float) -> int:
    """About how many lines a value takes when word-wrapped in a column ``width``
    characters wide. Spreadsheets do not grow rows to fit wrapped text written by a
    program, so rows get their height from this."""
    value = plain(value)
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1, int(width * 1.2) - 1)  # text runs narrower than the "0"s of a width
    if len(value) <= per_line and "\n" not in value:
        return 1
    return sum(_wrapped(part, per_line) for part in value.split("\n"))


def _wrapped(text: str, per_line: int) -> int:
    """Lines of greedy word wrapping; a word longer than a line is broken."""
    lines, used = 1, 0
    for word in text.split(" "):
        size = len(word)
        if used and used + 1 + size > per_line:
            lines, used = lines + 1, 0
        if size > per_line:
            lines += (used + size - 1) // per_line
            used = (used + size) % per_line or per_line
        else:
            used += size + (1 if used else 0)
    return lines


def line_height(lines: int) -> float:
    """The height in points of a row showing this many lines of 11-point text."""
    return 15.0 * lines


def plain(value: Any) -> Any:
    """The bare value of a cell description (what a reader of the cell sees)."""
    return value.value if isinstance(value, Styled) else value


def col(number: int) -> str:
    """The column letter of a 1-based column number."""
    return get_column_letter(number)


class _Writer:
    """Turns Looks into style arrays of one workbook and values into cells."""

    def __init__(self) -> None:
        # Keyed by id(look), kept with the look so the id stays its own: hashing a
        # dataclass of twelve fields for each of 100,000 cells costs more than the rest.
        self._styles: dict[tuple[int, bool], tuple[Look | None, StyleArray]] = {}

    def _style(self, ws: Worksheet, look: Look | None, quoted: bool) -> StyleArray:
        known = self._styles.get((id(look), quoted))
        if known is None:
            proto = Cell(ws, 1, 1)
            if look is not None:
                _apply(proto, look)
            proto.quotePrefix = quoted
            known = self._styles[id(look), quoted] = (look, StyleArray(proto._style))
        return known[1]

    def cell(self, ws: Worksheet, value: Any, look: Look | None = None) -> Any:
        """The one path by which every value, and so every user text, becomes a cell:
        a Styled value brings its own look, others take ``look`` (None stays no cell,
        unless Styled: an input cell of a template is styled even when empty)."""
        empty_too = isinstance(value, Styled)  # Styled(None, look): a styled empty cell
        if empty_too:
            value, look = value.value, value.look
        if isinstance(value, Formula):
            return Cell(ws, 1, 1, str(value), style_array=self._style(ws, look, False))
        if isinstance(value, ExactText):
            value = escape_text(value)
        elif isinstance(value, str):
            value = clean_text(value)
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell = Cell(ws, 1, 1, style_array=self._style(ws, look, True))
            cell.value = value
            cell.data_type = "s"  # openpyxl would take "=..." for a formula
            return cell
        if look is None or (value is None and not empty_too):
            return value
        return Cell(ws, 1, 1, value, style_array=self._style(ws, look, False))

    def write(self, wb: Workbook, sheet: Sheet) -> None:
        """Add one described sheet to the workbook: layout first, then rows, then the
        finishing touches (tables, rules, charts, validation, protection)."""
        ws = wb.create_sheet(sheet.title)
        for number, width in sheet.widths.items():
            ws.column_dimensions[col(number)].width = width
        for number in sheet.hidden_columns:
            ws.column_dimensions[col(number)].hidden = True
        for number, height in sheet.heights.items():
            ws.row_dimensions[number].height = height
        for number in sheet.hidden_rows:
            ws.row_dimensions[number].hidden = True
        if sheet.freeze:
            ws.freeze_panes = sheet.freeze
        _print_setup(ws, sheet)
        cell = self.cell
        body = sheet.body_looks
        for number, row in enumerate(sheet.rows, 1):
            if body and number >= sheet.body_from:
                ws.append([cell(ws, value, look) for value, look in zip(row, body, strict=True)])
            else:
                ws.append([cell(ws, value) for value in row])
        for merged in sheet.merges:
            ws.merge_cells(merged)
        for number in sheet.row_breaks:
            ws.row_breaks.append(Break(id=number))
        for touch in sheet.finish:
            touch(ws)


def _apply(cell: Cell, look: Look) -> None:
    if look.bold or look.italic or look.size or look.colour:
        cell.font = Font(
            name=FONT, size=look.size or 11, bold=look.bold, italic=look.italic, color=look.colour
        )
    if look.fill:
        cell.fill = PatternFill("solid", start_color=look.fill, end_color=look.fill)
    if look.number_format:
        cell.number_format = shown_format(look.number_format)
    if look.wrap or look.horizontal or look.vertical:
        cell.alignment = Alignment(
            wrap_text=look.wrap, horizontal=look.horizontal, vertical=look.vertical
        )
    if look.border:
        side = Side(style="thin", color="808080")
        cell.border = Border(left=side, right=side, top=side, bottom=side)
    if look.rule:
        cell.border = Border(bottom=Side(style="mediumDashed", color="404040"))
    if look.unlocked:
        cell.protection = Protection(locked=False)


def _print_setup(ws: Worksheet, sheet: Sheet) -> None:
    """A4, fitted to the page width (or ``pages_wide`` pages), as many pages down as
    it takes."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if sheet.landscape else "portrait"
    ws.page_setup.fitToWidth = sheet.pages_wide
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if sheet.print_title_rows:
        ws.print_title_rows = sheet.print_title_rows
    if sheet.print_title_cols:
        ws.print_title_cols = sheet.print_title_cols


def new_workbook() -> Workbook:
    """A workbook without its default sheet. (Not write-only: a streaming sheet takes
    styled cells only through a raised and caught ValueError each, which made the
    2,000-touchpoint export a third slower.)"""
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def write_workbook(sheets: Sequence[Sheet], path: str | Path) -> None:
    """Write the sheets, in order, to an .xlsx file; atomically, so a failure leaves an
    existing file as it was. DocumentFileError when the file cannot be written."""
    wb = new_workbook()
    writer = _Writer()
    for sheet in sheets:
        writer.write(wb, sheet)
    atomic_write(path, lambda temp: wb.save(temp))

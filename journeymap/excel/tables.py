"""List sheets: a header row and one row per item, as an Excel table with filters,
a frozen header and the header repeated on every printed page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.cells import HEADER, Look, Sheet, col, line_height, text_lines
from journeymap.excel.language import german, tr_marked

#: A row grows to show at most this many lines of wrapped text.
MAX_LINES = 12


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a list sheet: its title, width and the look of its data cells. The
    title, marked for translation, is the column's key (``letters``, ``drop_column``);
    the header shows it in the language being written."""

    title: str
    width: float
    look: Look | None = None
    german: float = 0  # its width in a German file, where the words it holds are longer


def table_sheet(title: str, table: str, columns: Sequence[Column], rows: list[list[Any]]) -> Sheet:
    """A sheet holding ``rows`` under a header as the Excel table named ``table``.
    Values that are Styled keep their own look; the others take the column's."""
    titles = [tr_marked(c.title) for c in columns]
    widths = [shown_width(c.width, c.title, c.german) for c in columns]
    sheet = Sheet(
        title,
        widths=dict(enumerate(widths, 1)),
        freeze="A2",
        print_title_rows="1:1",
    )
    sheet.header(titles, HEADER)
    sheet.heights[1] = line_height(max(map(text_lines, titles, widths)))
    sheet.body_looks, sheet.body_from = [c.look for c in columns], 2
    sheet.rows += rows
    wrapped = [(i, widths[i]) for i, c in enumerate(columns) if c.look and c.look.wrap]
    for number, row in enumerate(rows, 2):
        lines = max((text_lines(row[i], width) for i, width in wrapped), default=1)
        if lines > 1:
            sheet.heights[number] = line_height(min(lines, MAX_LINES))
    sheet.finish.append(lambda ws: add_table(ws, table, titles, len(rows)))
    return sheet


def shown_width(width: float, title: str, german_width: float = 0) -> float:
    """A column's width in the language being written: ``width`` was chosen for the
    English title (marked for translation) and texts; a German file takes
    ``german_width`` when given, and a translated title as wide as its longest word."""
    if german() and german_width:
        width = german_width
    shown = tr_marked(title)
    return width if shown == title else max(width, word_width(shown))


def word_width(title: str) -> float:
    """The width a bold header needs so that its longest word is not broken (German
    compounds such as "Wiederholungskontakte" are long)."""
    return max(len(word) for word in title.split()) * 1.1 + 1 if title.strip() else 0


def add_table(ws: Worksheet, name: str, titles: Sequence[str], count: int) -> None:
    """Declare rows 1..count+1 an Excel table with filter buttons. The column names
    must match the header cells exactly. A table needs one data row, even an empty one."""
    ref = f"A1:{col(len(titles))}{max(count, 1) + 1}"
    table = Table(
        displayName=name,
        ref=ref,
        autoFilter=AutoFilter(ref=ref),
        tableColumns=[TableColumn(id=i, name=t) for i, t in enumerate(titles, 1)],
        tableStyleInfo=TableStyleInfo(name="TableStyleLight1", showRowStripes=True),
    )
    ws.add_table(table)


def drop_column(
    columns: Sequence[Column], rows: list[list[Any]], title: str
) -> tuple[Sequence[Column], list[list[Any]]]:
    """The columns and rows without the column of this title."""
    at = next(i for i, c in enumerate(columns) if c.title == title)
    return (
        [c for i, c in enumerate(columns) if i != at],
        [row[:at] + row[at + 1 :] for row in rows],
    )


def drop_journey(
    columns: Sequence[Column], rows: list[list[Any]], several: bool
) -> tuple[Sequence[Column], list[list[Any]]]:
    """Keep the Journey column only where several journeys share a sheet: with one,
    it would repeat the same name on every row."""
    return (columns, rows) if several else drop_column(columns, rows, "Journey")


def letters(columns: Sequence[Column]) -> dict[str, str]:
    """Each column's letter by its title."""
    return {c.title: col(i) for i, c in enumerate(columns, 1)}

"""A log table in a database, found by name: its columns matched to the log's roles, the
column that orders its rows, and how its timestamps are held."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Connection, MetaData, Table, inspect
from sqlalchemy.types import Date, DateTime, String

from journeymap.discovery.columns import LogColumns, match_columns, normalised
from journeymap.errors import DocumentFileError
from journeymap.words import phrase

#: The most table or column names a message lists.
_SHOWN = 20


@dataclass(frozen=True)
class LogTable:
    """The table a log is read from and the columns of each role."""

    name: str  # for messages: the database and the table
    table: Table
    columns: dict[str, Column]  # role -> column, for the roles read
    order: Column  # numbers the rows: ties of time keep this order
    native_time: bool  # the time column is a TIMESTAMP/DATE type, not text


def _listed(names: list[str]) -> str:
    shown = ", ".join(f"“{n}”" for n in names[:_SHOWN])
    if len(names) > _SHOWN:
        return phrase("{names} and {more} more", names=shown, more=len(names) - _SHOWN)
    return shown


def find_table(
    connection: Connection, database: str, name: str, columns: LogColumns, order: str | None
) -> LogTable:
    """The log table ``name`` (``schema.table`` for another schema; matched ignoring case
    and spaces like columns) of the database; DocumentFileError naming the database for
    a missing table (with the tables there are), a missing column (with the columns), a
    table without a single-column primary key and no ``order`` column, and a time column
    that holds neither timestamps nor text."""
    schema, _, bare = name.rpartition(".")
    inspector = inspect(connection)
    found = inspector.get_table_names(schema=schema or None)
    found += inspector.get_view_names(schema=schema or None)
    match = next((t for t in found if t == bare), None) or next(
        (t for t in found if normalised(t) == normalised(bare)), None
    )
    if match is None:
        if found:
            problem = phrase("has no table “{name}”; its tables are {tables}", name=name,
                             tables=_listed(sorted(found)))  # fmt: skip
        else:
            problem = phrase("has no table “{name}”; it has no tables", name=name)
        raise DocumentFileError(database, problem)
    table = Table(match, MetaData(), schema=schema or None, autoload_with=connection)
    shown = f"{database} table {name}"
    header = [c.name for c in table.columns]
    index = match_columns(shown, header, columns)
    by_role = {role: table.columns[header[i]] for role, i in index.items()}
    time = by_role["time"]
    native = connection.dialect.name != "sqlite" and isinstance(time.type, Date | DateTime)
    if not native and connection.dialect.name != "sqlite" and not isinstance(time.type, String):
        raise DocumentFileError(
            shown, phrase("has its times in “{column}” as {type}; they should be timestamps or "
                          "ISO 8601 text", column=time.name, type=str(time.type)),
        )  # fmt: skip
    return LogTable(shown, table, by_role, _order_column(shown, table, order), native)


def _order_column(shown: str, table: Table, order: str | None) -> Column:
    """The column that numbers the rows: --order, else the single-column primary key."""
    if order is not None:
        for column in table.columns:
            if normalised(column.name) == normalised(order):
                return column
        raise DocumentFileError(
            shown, phrase("has no column “{order}” (--order); its columns are {columns}",
                          order=order, columns=_listed([c.name for c in table.columns])),
        )  # fmt: skip
    key = list(table.primary_key.columns)
    if len(key) != 1:
        raise DocumentFileError(
            shown, phrase("has no single-column primary key to number its rows by (events of "
                          "the same time keep the rows' order); name a column that orders them "
                          "with --order COL"),
        )  # fmt: skip
    return key[0]

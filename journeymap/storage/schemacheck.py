"""Checking a .jmap database's schema before a single row is read.

A document file comes from outside, and SQLite runs what a schema defines: views,
triggers, generated columns, virtual tables and expression indexes all execute code of
the file's choosing when read. So the schema must be exactly journeymap's: the expected
tables with the expected columns (names, declared types, primary keys) and indexes,
nothing else. The reference is built from the file's schema version's tables
(``schema.metadata_of``; the current one is what ``save`` writes) in a scratch in-memory
database, so it cannot drift from what journeymap writes or wrote.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect

from journeymap.errors import DocumentFileError
from journeymap.storage import schema as s
from journeymap.words import phrase

#: The meta table holds a handful of keys; more rows than this is not our file.
MAX_META_ROWS = 100
_VERSION = re.compile(r"[1-9][0-9]{0,8}")

Signature = tuple[tuple[tuple[Any, ...], ...], tuple[tuple[Any, ...], ...]]


def _columns(connection: Any, table: str) -> tuple[tuple[Any, ...], ...]:
    # (name, declared type, primary-key position, hidden): hidden 2/3 = generated column
    rows = connection.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
    return tuple(sorted((r[1], str(r[2]).upper(), r[5], r[6]) for r in rows))


def _indexes(connection: Any, table: str) -> tuple[tuple[Any, ...], ...]:
    found = []
    for _seq, name, unique, origin, partial in connection.execute(
        f'PRAGMA index_list("{table}")'
    ).fetchall():
        # cid -2 is an expression, -1 the rowid: neither is in a journeymap index
        quoted = name.replace('"', '""')
        keys = tuple(r[1] for r in connection.execute(f'PRAGMA index_xinfo("{quoted}")'))
        found.append((name, unique, origin, partial, keys))
    return tuple(sorted(found))


def _signature(connection: Any, table: str) -> Signature:
    return _columns(connection, table), _indexes(connection, table)


@functools.cache
def _expected(version: int = s.SCHEMA_VERSION) -> dict[str, Signature]:
    """The signature of every table as journeymap writes (or wrote) schema ``version``."""
    from sqlalchemy import create_engine

    metadata = s.metadata_of(version)
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            metadata.create_all(connection)
            raw = connection.connection.driver_connection
            return {t.name: _signature(raw, t.name) for t in metadata.sorted_tables}
    finally:
        engine.dispose()


def _refuse(location: str | Path, problem: str) -> DocumentFileError:
    return DocumentFileError(
        location,
        phrase("{problem}, which a journeymap document never holds; it was not opened",
               problem=problem),
    )  # fmt: skip


def _check_objects(raw: sqlite3.Connection, location: str | Path) -> set[str]:
    """Only the expected tables and their indexes; returns the table names found."""
    expected = _expected()
    objects = raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    if not any(kind == "table" and name == "meta" for kind, name, _, _ in objects):
        raise DocumentFileError(location, phrase("is a database, but not a journeymap document"))
    tables = set()
    for kind, name, table, sql in objects:
        if kind == "table" and name in expected:
            if str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
                raise _refuse(location, phrase("has a virtual table {name}", name=repr(name)))
            tables.add(name)
        elif kind == "index" and table in expected:
            continue  # compared per table below
        elif kind == "table":
            raise _refuse(location, phrase("has an unexpected table {name}", name=repr(name[:80])))
        else:
            raise _refuse(location, phrase("has a {kind} {name}", kind=kind, name=repr(name[:80])))
    return tables


def _check_table(
    raw: sqlite3.Connection, table: str, location: str | Path, version: int = s.SCHEMA_VERSION
) -> None:
    columns, indexes = _signature(raw, table)
    want_columns, want_indexes = _expected(version)[table]
    if columns != want_columns:
        for column in columns:
            if column[3]:
                raise _refuse(
                    location,
                    phrase("has a generated column {column}", column=f"{table}.{column[0]}"),
                )
        names = {c[0] for c in columns}
        for name, *_ in want_columns:
            if name not in names:
                raise DocumentFileError(
                    location,
                    phrase("is damaged: column {column} is missing", column=f"{table}.{name}"),
                )
        known = {c[0]: c for c in want_columns}
        for column in columns:
            if column[0] not in known:
                raise _refuse(
                    location,
                    phrase("has an unexpected column {column}", column=f"{table}.{column[0][:80]}"),
                )
            if column != known[column[0]]:
                raise DocumentFileError(
                    location,
                    phrase(
                        "is damaged: column {column} has type or key {found}, expected {wanted}",
                        column=f"{table}.{column[0]}",
                        found=f"{column[1] or 'none'}/{column[2]}",
                        wanted=f"{known[column[0]][1]}/{known[column[0]][2]}",
                    ),
                )
    if indexes != want_indexes:
        raise _refuse(location, phrase("has unexpected indexes on table {table}", table=table))


def _schema_version(connection: Connection, location: str | Path) -> int:
    rows = connection.exec_driver_sql(
        f"SELECT key, value FROM meta LIMIT {MAX_META_ROWS + 1}"
    ).fetchall()
    if len(rows) > MAX_META_ROWS:
        raise DocumentFileError(location, phrase("is damaged: its meta table is far too long"))
    values = dict(rows)
    if values.get("application") != s.APPLICATION:
        raise DocumentFileError(location, phrase("is a database, but not a journeymap document"))
    version = values.get("schema_version")
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        raise DocumentFileError(
            location, phrase("has no valid schema version ({version})", version=f"{version!r:.40}")
        )
    if int(version) > s.SCHEMA_VERSION:
        raise DocumentFileError(
            location,
            phrase(
                "was written by a newer journeymap (file format version {version}; this one "
                "reads up to {readable}). Please update journeymap to open it.",
                version=version,
                readable=str(s.SCHEMA_VERSION),
            ),
        )
    return int(version)


def check_schema(connection: Connection, location: str | Path) -> int:
    """Refuse any database that is not exactly a journeymap document; return its schema
    version. Runs before any row but the meta table's is read."""
    if connection.dialect.name != "sqlite":
        return _check_other_database(connection, location)
    raw = connection.connection.driver_connection
    tables = _check_objects(raw, location)
    _check_table(raw, "meta", location)
    version = _schema_version(connection, location)
    expected = _expected(version)
    missing = set(expected) - tables
    if missing:
        raise DocumentFileError(
            location, phrase("is damaged: table {table} is missing", table=sorted(missing)[0])
        )
    for table in sorted(tables):
        if table not in expected:  # a table of a later version than the file says
            raise _refuse(location, phrase("has an unexpected table {name}", name=repr(table[:80])))
        _check_table(raw, table, location, version)
    return version


def _check_other_database(connection: Connection, location: str | Path) -> int:
    """A database server (a URL): the tables and columns by name, no views, nothing
    computed. Servers keep their own schema; this guards against the wrong database."""
    inspector = inspect(connection)
    if inspector.get_view_names():
        raise _refuse(location, phrase("has views"))
    tables = set(inspector.get_table_names())
    for table in s.metadata.sorted_tables:
        if table.name not in tables:
            raise DocumentFileError(
                location, phrase("is a database, but not a journeymap document")
            )
        for column in inspector.get_columns(table.name):
            if column["name"] not in table.c or column.get("computed"):
                raise _refuse(
                    location,
                    phrase(
                        "has an unexpected column {column}", column=f"{table.name}.{column['name']}"
                    ),
                )
    return _schema_version(connection, location)

"""What differs between the databases a log table is read from: how a connection is
opened read-only, how text is trimmed, how digits are recognised, how strings are joined.

Everything else the SQL engine says (sql_facts.py, sql_times.py) is the same SQL on
SQLite and on PostgreSQL; the few differences are here, in one place.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, String, cast, create_engine, func, literal
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.sql.elements import ColumnElement

from journeymap.errors import DocumentFileError
from journeymap.storage.urls import without_password
from journeymap.words import phrase

#: The databases the SQL engine speaks to.
BACKENDS = ("sqlite", "postgresql")
#: What Python's str.strip() takes off a cell that a log's text usually holds.
_BLANKS = " \t\r\n\f\v"


#: A database URL as messages name it: without its password.
shown_url = without_password


@dataclass(frozen=True)
class Dialect:
    """The SQL of one database for the few things that differ."""

    name: str  # "sqlite" or "postgresql"

    def trimmed(self, column: ColumnElement) -> ColumnElement[str]:
        """A column as text without the blanks around it (NULL stays NULL)."""
        text = cast(column, String)
        if self.name == "sqlite":
            return func.trim(text, literal(_BLANKS))
        return func.btrim(text, literal(_BLANKS))

    def all_digits(self, text: ColumnElement[str]) -> ColumnElement[bool]:
        """True when the text is one or more ASCII digits and nothing else."""
        if self.name == "sqlite":
            return (text != "") & text.op("NOT GLOB")(literal("*[^0-9]*"))
        return text.op("~")(literal("^[0-9]+$"))

    def joined(self, text: ColumnElement[str]) -> ColumnElement[str]:
        """The aggregate that joins texts with commas (used as a window function)."""
        if self.name == "sqlite":
            return func.group_concat(text, literal(","))
        return func.string_agg(text, literal(","))


def open_database(text: str) -> tuple[Engine, Dialect]:
    """An engine for a database URL that only reads, and its dialect; DocumentFileError
    naming the database (without its password) for a URL that is none, a database
    journeymap does not read, a driver that is not installed or a missing SQLite file."""
    shown = shown_url(text)
    try:
        url = make_url(text)
    except ArgumentError:
        raise DocumentFileError(
            shown, phrase("is not a database URL (e.g. sqlite:///log.db or postgresql://host/db)")
        ) from None
    backend = url.get_backend_name()
    if backend not in BACKENDS:
        raise DocumentFileError(
            shown, phrase("is a {backend} database; journeymap reads log tables from SQLite and "
                          "PostgreSQL", backend=backend),
        )  # fmt: skip
    try:
        engine = _sqlite_engine(shown, url) if backend == "sqlite" else _postgres_engine(url)
    except (NoSuchModuleError, ImportError) as error:
        raise DocumentFileError(
            shown, phrase("needs the database driver “{driver}”, which is not installed ({error})",
                          driver=url.drivername, error=str(error)),
        ) from None  # fmt: skip
    return engine, Dialect(backend)


def _sqlite_engine(shown: str, url: URL) -> Engine:
    """SQLite opened read-only (mode=ro): a missing file is refused, never created."""
    if not url.database or url.database == ":memory:":
        raise DocumentFileError(shown, phrase("names no database file (sqlite:///PATH)"))
    path = Path(url.database)
    if not path.is_file():
        problem = phrase("does not exist") if not path.exists() else phrase("is no file")
        raise DocumentFileError(shown, problem)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True))


def _postgres_engine(url: URL) -> Engine:
    """PostgreSQL in read-only transactions (the server refuses any write)."""
    engine = create_engine(url, pool_pre_ping=False)
    return engine.execution_options(postgresql_readonly=True)

"""Opening a library: a path or a SQLAlchemy URL to an engine, one transaction at a time,
every refusal of the server a LibraryError that names the library without its password."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError

from journeymap.errors import LibraryError
from journeymap.storage.urls import without_password
from journeymap.words import phrase

#: What libpq says when the server wants a password it was not given or refused it.
_PASSWORD_PROBLEMS = ("no password supplied", "password authentication failed")


class PasswordNeeded(LibraryError):
    """The server asks for a password that was not given, or refused the one given; the
    editor asks for it (and keeps it in memory only)."""


_SQLITE_PREFIX = "sqlite:///"
#: How long SQLite waits for another writer before giving up (seconds).
_SQLITE_WAIT = 30.0
#: How long a PostgreSQL connection attempt waits for an answer before giving up (seconds;
#: libpq's connect_timeout, unless the URL or PGCONNECT_TIMEOUT names one; psycopg's own
#: default is 130 s): a server that is unreachable or does not answer is a message within
#: seconds, not a hang.
_POSTGRES_CONNECT_WAIT = 10
#: The SQLSTATE of PostgreSQL's "insufficient privilege" (e.g. a role with read rights only).
_INSUFFICIENT_PRIVILEGE = "42501"


def library_url(text: str) -> str:
    """A library location as a SQLAlchemy URL: a path is taken as sqlite:///path. A SQLite
    file is named by its absolute path with links resolved (sqlite:///team.jmaplib is
    relative to the folder the command runs in), so that one file has one URL."""
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    if text.startswith(_SQLITE_PREFIX):
        path, mark, query = text[len(_SQLITE_PREFIX) :].partition("?")
        if path and path != ":memory:":
            return f"{_SQLITE_PREFIX}{Path(path).expanduser().resolve()}{mark}{query}"
    return text


def shown_url(text: str) -> str:
    """A library location as messages name it: a URL without its password."""
    return without_password(library_url(text))


def now() -> str:
    """The time now in UTC, ISO 8601 to the second, as the library stores times."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _engine(text: str, *, create: bool) -> tuple[sa.Engine, str]:
    """An engine for the library and its shown URL; a missing SQLite file is refused
    unless ``create`` (init)."""
    shown = shown_url(text)
    try:
        url = make_url(library_url(text))
    except ArgumentError:
        raise LibraryError(
            shown,
            phrase(
                "is not a library URL (e.g. team.jmaplib, "
                "sqlite:///team.jmaplib or postgresql+psycopg://host/db)"
            ),
        ) from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise LibraryError(
            shown,
            phrase("is a {backend} database; a library is SQLite or PostgreSQL", backend=backend),
        )
    try:
        if backend == "sqlite":
            return _sqlite_engine(shown, url, create), shown
        return _postgres_engine(url), shown
    except (NoSuchModuleError, ImportError) as error:
        raise LibraryError(shown, phrase("needs the database driver “{driver}”, which is not "
                                         "installed ({error})", driver=url.drivername,
                                         error=str(error))) from None  # fmt: skip


def _sqlite_engine(shown: str, url: URL, create: bool) -> sa.Engine:
    """SQLite where every transaction takes the write lock at its start (BEGIN IMMEDIATE),
    so concurrent pushes queue up instead of failing on a lock upgrade."""
    if not url.database or url.database == ":memory:":
        raise LibraryError(shown, phrase("names no library file (sqlite:///PATH)"))
    path = Path(url.database)
    if path.exists() and not path.is_file():
        raise LibraryError(shown, phrase("is no file"))
    if not create and not path.exists():
        raise LibraryError(
            shown, phrase("does not exist (create it with `journeymap library init`)")
        )
    engine = sa.create_engine(url, connect_args={"timeout": _SQLITE_WAIT},
                              poolclass=sa.pool.NullPool)  # fmt: skip

    @sa.event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin_immediate(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _postgres_engine(url: URL) -> sa.Engine:
    """PostgreSQL that gives up connecting after _POSTGRES_CONNECT_WAIT seconds."""
    if "connect_timeout" in url.query or "PGCONNECT_TIMEOUT" in os.environ:
        return sa.create_engine(url)
    return sa.create_engine(url, connect_args={"connect_timeout": _POSTGRES_CONNECT_WAIT})


def _first_line(error: DBAPIError) -> str:
    said = str(error.orig).strip()
    return said.splitlines()[0] if said else phrase("failed")


def _lacks_rights(error: DBAPIError) -> bool:
    """Whether the database refused for want of rights: PostgreSQL's insufficient
    privilege, or a SQLite file this user may not write."""
    if getattr(error.orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
        return True
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_READONLY


def _refusal(error: DBAPIError) -> str:
    """The problem as the message says it; a refusal for want of rights says what this
    user may do (the transaction is rolled back, so nothing was written)."""
    reason = _first_line(error)
    if not _lacks_rights(error):
        return phrase("the database refused: {reason}", reason=reason)
    if str(error.statement or "").lstrip().upper().startswith("SELECT"):
        return phrase("the database refused: {reason} (this user may not read this library)",
                      reason=reason)  # fmt: skip
    return phrase("the database refused: {reason} (this user may only read this library; "
                  "nothing was written)", reason=reason)  # fmt: skip


@contextmanager
def transaction(text: str, *, create: bool = False) -> Iterator[tuple[Connection, str]]:
    """One transaction on the library: committed when the block ends, rolled back on any
    error; a server that refuses becomes a LibraryError naming the library. An
    IntegrityError passes through (a push turns it into LostUpdate)."""
    engine, shown = _engine(text, create=create)
    try:
        try:
            connection = engine.connect()
        except DBAPIError as error:
            problem = _first_line(error)
            if any(words in problem for words in _PASSWORD_PROBLEMS):
                raise PasswordNeeded(
                    shown, phrase("asks for a password: {problem}", problem=problem)
                ) from None
            raise LibraryError(
                shown, phrase("could not connect: {problem}", problem=problem)
            ) from None
        with connection, connection.begin():
            yield connection, shown
    except IntegrityError:
        raise
    except DBAPIError as error:
        if error.connection_invalidated:  # the server or the network went away mid-work
            raise LibraryError(shown, phrase("lost the connection to the database ({reason})",
                                             reason=_first_line(error))) from None  # fmt: skip
        raise LibraryError(shown, _refusal(error)) from None
    finally:
        engine.dispose()

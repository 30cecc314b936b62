"""A team library: journey documents shared in one SQLite file or a PostgreSQL database,
every save a numbered revision (issue 16, first slice; see docs/library.md). No Qt here.

No lost update: a push names the revision it is based on, and the new revision's number
is that base plus one under UNIQUE (document, number), so of concurrent pushes on the
same base the database lets exactly one in; the others get LostUpdate. A revision's body
is the whole document in the .json interchange form, written in the same transaction as
its row, so there is never a half revision.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError

from journeymap.errors import LibraryError
from journeymap.model.document import Document
from journeymap.model.serialize import document_to_dict
from journeymap.storage.jsonfile import loads
from journeymap.storage.urls import without_password

#: The library schema this journeymap reads and writes.
SCHEMA_VERSION = 1
#: How long SQLite waits for another writer before giving up (seconds).
_SQLITE_WAIT = 30.0

_metadata = sa.MetaData()
_meta = sa.Table(
    "meta", _metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)  # fmt: skip
_documents = sa.Table(
    "documents", _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("owner", sa.Text, nullable=False, default=""),
    sa.Column("review_by", sa.String(10)),  # an ISO date, or NULL
    sa.Column("tags", sa.Text, nullable=False, default="[]"),  # a JSON list of strings
    sa.Column("deleted", sa.Boolean, nullable=False, default=False),
    sa.Column("created", sa.String(32), nullable=False),  # UTC, ISO 8601
)  # fmt: skip
_revisions = sa.Table(
    "revisions", _metadata,
    sa.Column("document", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("parent", sa.Integer),  # the revision it was based on; NULL for the first
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),  # UTC, ISO 8601
    sa.Column("message", sa.Text, nullable=False, default=""),
    sa.Column("body", sa.Text, nullable=False),  # the document as .json interchange text
    sa.UniqueConstraint("document", "number", name="one_revision_per_number"),
)  # fmt: skip


class LostUpdate(LibraryError):
    """A push based on a revision that is no longer the latest; nothing was written."""


@dataclass(frozen=True)
class DocumentEntry:
    """One document as the library lists it, with its latest revision."""

    name: str
    owner: str
    review_by: str | None
    tags: list[str]
    revision: int
    author: str
    saved_at: str


@dataclass(frozen=True)
class Revision:
    """One revision of a document, without its body."""

    number: int
    parent: int | None
    author: str
    created_at: str
    message: str


def library_url(text: str) -> str:
    """A library location as a SQLAlchemy URL: a path is taken as sqlite:///path."""
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def shown_url(text: str) -> str:
    """A library location as messages name it: a URL without its password."""
    return without_password(library_url(text))


def _now() -> str:
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
            "is not a library URL (e.g. team.jmaplib, "
            "sqlite:///team.jmaplib or postgresql+psycopg://host/db)",
        ) from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise LibraryError(shown, f"is a {backend} database; a library is SQLite or PostgreSQL")
    try:
        if backend == "sqlite":
            return _sqlite_engine(shown, url, create), shown
        return sa.create_engine(url), shown
    except (NoSuchModuleError, ImportError) as error:
        raise LibraryError(shown, f"needs the database driver “{url.drivername}”, which is "
                           f"not installed ({error})") from None  # fmt: skip


def _sqlite_engine(shown: str, url: URL, create: bool) -> sa.Engine:
    """SQLite where every transaction takes the write lock at its start (BEGIN IMMEDIATE),
    so concurrent pushes queue up instead of failing on a lock upgrade."""
    if not url.database or url.database == ":memory:":
        raise LibraryError(shown, "names no library file (sqlite:///PATH)")
    path = Path(url.database)
    if path.exists() and not path.is_file():
        raise LibraryError(shown, "is no file")
    if not create and not path.exists():
        raise LibraryError(shown, "does not exist (create it with `journeymap library init`)")
    engine = sa.create_engine(url, connect_args={"timeout": _SQLITE_WAIT},
                              poolclass=sa.pool.NullPool)  # fmt: skip

    @sa.event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin_immediate(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _first_line(error: DBAPIError) -> str:
    return str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else "failed"


@contextmanager
def _transaction(text: str, *, create: bool = False) -> Iterator[tuple[Connection, str]]:
    """One transaction on the library: committed when the block ends, rolled back on any
    error; a server that refuses becomes a LibraryError naming the library."""
    engine, shown = _engine(text, create=create)
    try:
        with engine.begin() as connection:
            yield connection, shown
    except IntegrityError:
        raise  # push turns it into LostUpdate
    except DBAPIError as error:
        raise LibraryError(shown, f"the database refused: {_first_line(error)}") from None
    finally:
        engine.dispose()


def _check_schema(connection: Connection, shown: str) -> None:
    """Refuse a database that is no library, or a library of a newer schema."""
    if not sa.inspect(connection).has_table("meta"):
        raise LibraryError(shown, "is no journeymap library (create it with "
                           "`journeymap library init`)")  # fmt: skip
    row = connection.execute(
        sa.select(_meta.c.value).where(_meta.c.key == "schema_version")
    ).scalar_one_or_none()
    version = int(row) if row is not None and row.isdigit() else None
    if version is None:
        raise LibraryError(shown, "is no journeymap library (it has no schema version)")
    if version > SCHEMA_VERSION:
        raise LibraryError(shown, f"is a library of schema version {version}; this journeymap "
                           f"reads version {SCHEMA_VERSION}: please update journeymap")  # fmt: skip


def init_library(url: str) -> None:
    """Create an empty library (a SQLite file is created); refused when one is there."""
    with _transaction(url, create=True) as (connection, shown):
        if sa.inspect(connection).has_table("meta"):
            raise LibraryError(shown, "is already a journeymap library")
        _metadata.create_all(connection)
        connection.execute(_meta.insert(), {"key": "schema_version",
                                            "value": str(SCHEMA_VERSION)})  # fmt: skip


def _latest() -> sa.Subquery:
    """Each document's latest revision number."""
    return (
        sa.select(_revisions.c.document, sa.func.max(_revisions.c.number).label("number"))
        .group_by(_revisions.c.document)
        .subquery()
    )


def list_documents(url: str) -> list[DocumentEntry]:
    """The library's documents (not deleted) by name, each with its latest revision."""
    latest = _latest()
    query = (
        sa.select(
            _documents.c.name,
            _documents.c.owner,
            _documents.c.review_by,
            _documents.c.tags,
            _revisions.c.number,
            _revisions.c.author,
            _revisions.c.created_at,
        )
        .join(latest, latest.c.document == _documents.c.id)
        .join(
            _revisions,
            (_revisions.c.document == latest.c.document) & (_revisions.c.number == latest.c.number),
        )
        .where(_documents.c.deleted.is_(False))
        .order_by(_documents.c.name)
    )
    with _transaction(url) as (connection, shown):
        _check_schema(connection, shown)
        rows = connection.execute(query).all()
    return [DocumentEntry(r.name, r.owner, r.review_by, json.loads(r.tags), r.number,
                          r.author, r.created_at) for r in rows]  # fmt: skip


def _document_id(connection: Connection, shown: str, name: str) -> int:
    found = connection.execute(
        sa.select(_documents.c.id).where(_documents.c.name == name, _documents.c.deleted.is_(False))
    ).scalar_one_or_none()
    if found is None:
        raise LibraryError(shown, f"has no document “{name:.200}”")
    return found


def _revision_rows() -> sa.Select:
    """The query of revisions as Revision's fields, in its order."""
    return sa.select(*(_revisions.c[field] for field in Revision.__dataclass_fields__))


def _last_revision(connection: Connection, document: int) -> Revision:
    row = connection.execute(
        _revision_rows()
        .where(_revisions.c.document == document)
        .order_by(_revisions.c.number.desc())
        .limit(1)
    ).one()
    return Revision(*row)


def _lost_update(shown: str, name: str, base: int | None, latest: Revision) -> LostUpdate:
    based = "a new document" if base is None else f"revision {base}"
    return LostUpdate(
        shown, f"“{name:.200}” has revision {latest.number}, saved by {latest.author} at "
        f"{latest.created_at}; this push is based on {based}, so nothing was written "
        f"(pull revision {latest.number}, bring your changes in, and push with --base "
        f"{latest.number}, or push under another name)",
    )  # fmt: skip


def _check_name(shown: str, name: str) -> None:
    if not name.strip():
        raise LibraryError(shown, "a document needs a name")
    if "\x00" in name:
        raise LibraryError(shown, "a document name cannot hold a NUL character")


def push(url: str, name: str, document: Document, *, author: str, message: str = "",
         base: int | None) -> int:  # fmt: skip
    """Save the document as the next revision of ``name`` and return its number. ``base``
    is the revision it was based on: None only for a new name; when it is not the latest
    revision, LostUpdate and nothing is written."""
    body = json.dumps(document_to_dict(document), ensure_ascii=False)
    try:
        with _transaction(url) as (connection, shown):
            _check_schema(connection, shown)
            _check_name(shown, name)
            now = _now()
            document_id = connection.execute(
                sa.select(_documents.c.id).where(_documents.c.name == name)
            ).scalar_one_or_none()
            if document_id is None:
                if base is not None:
                    raise LibraryError(shown, f"has no document “{name:.200}” (push a new "
                                       "document without a base revision)")  # fmt: skip
                document_id = connection.execute(
                    _documents.insert().values(name=name, created=now)
                ).inserted_primary_key[0]
            else:
                latest = _last_revision(connection, document_id)
                if base != latest.number:
                    raise _lost_update(shown, name, base, latest)
            number = 1 if base is None else base + 1
            connection.execute(_revisions.insert().values(
                document=document_id, number=number, parent=base, author=author,
                created_at=now, message=message, body=body,
            ))  # fmt: skip
    except IntegrityError:
        # Another push on the same base (or of the same new name) committed first.
        with _transaction(url) as (connection, shown):
            latest = _last_revision(connection, _document_id(connection, shown, name))
        raise _lost_update(shown, name, base, latest) from None
    return number


def pull(url: str, name: str, revision: int | None = None) -> tuple[Document, int]:
    """The document saved as ``revision`` of ``name`` (the latest when None), and its
    number."""
    query = sa.select(_revisions.c.number, _revisions.c.body)
    with _transaction(url) as (connection, shown):
        _check_schema(connection, shown)
        document_id = _document_id(connection, shown, name)
        query = query.where(_revisions.c.document == document_id)
        if revision is None:
            query = query.order_by(_revisions.c.number.desc()).limit(1)
        else:
            query = query.where(_revisions.c.number == revision)
        row = connection.execute(query).one_or_none()
    if row is None:
        raise LibraryError(shown, f"“{name:.200}” has no revision {revision}")
    return loads(row.body, f"{shown} “{name:.200}” revision {row.number}"), row.number


def history(url: str, name: str) -> list[Revision]:
    """Every revision of ``name``, the first first."""
    with _transaction(url) as (connection, shown):
        _check_schema(connection, shown)
        document_id = _document_id(connection, shown, name)
        rows = connection.execute(
            _revision_rows()
            .where(_revisions.c.document == document_id)
            .order_by(_revisions.c.number)
        ).all()
    return [Revision(*row) for row in rows]


def restore(url: str, name: str, revision: int, *, author: str) -> int:
    """Save ``revision`` of ``name`` again as a new revision on top of the latest (nothing
    is rewritten: the history keeps every revision) and return its number; LostUpdate
    when someone saves in between."""
    document, number = pull(url, name, revision)
    latest = history(url, name)[-1].number
    return push(url, name, document, author=author, message=f"Restored revision {number}",
                base=latest)  # fmt: skip

"""The library's tables and their version: declared here as the newest schema, created by
init_library, checked before every use and brought up to date before every write
(migrations.py holds the steps)."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from journeymap.errors import LibraryError
from journeymap.storage.library.connection import transaction
from journeymap.storage.library.migrations import migrate
from journeymap.words import phrase

#: The library schema this journeymap reads and writes.
SCHEMA_VERSION = 3

metadata = sa.MetaData()
meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)  # fmt: skip
documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("owner", sa.Text, nullable=False, default=""),
    sa.Column("review_by", sa.String(10)),  # an ISO date, or NULL
    sa.Column("tags", sa.Text, nullable=False, default="[]"),  # a JSON list of strings
    sa.Column("deleted", sa.Boolean, nullable=False, default=False),
    sa.Column("created", sa.String(32), nullable=False),  # UTC, ISO 8601
    sa.Column("deleted_at", sa.String(32)),  # UTC, ISO 8601; since version 2
    sa.Column("deleted_by", sa.Text),  # since version 2
    sa.Column("uid", sa.String(32)),  # the document's own id (uuid4 hex); since version 3
)  # fmt: skip
revisions = sa.Table(
    "revisions", metadata,
    sa.Column("document", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("parent", sa.Integer),  # the revision it was based on; NULL for the first
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),  # UTC, ISO 8601
    sa.Column("message", sa.Text, nullable=False, default=""),
    sa.Column("body", sa.Text, nullable=False),  # the document as .json interchange text
    sa.UniqueConstraint("document", "number", name="one_revision_per_number"),
)  # fmt: skip

_VERSION_ROW = meta.c.key == "schema_version"
_IDENTITY_ROW = meta.c.key == "library_id"


def _stored_version(connection: Connection, shown: str, *, lock: bool = False) -> int:
    """The library's schema version; ``lock`` holds its row until the transaction ends
    (on PostgreSQL; SQLite's writer already holds the whole file)."""
    inspector = sa.inspect(connection)
    if not all(inspector.has_table(table) for table in ("meta", "documents", "revisions")):
        # also a journey's .jmap file, which has a meta table of its own
        raise LibraryError(shown, phrase("is no journeymap library (create it with "
                                         "`journeymap library init`)"))  # fmt: skip
    query = sa.select(meta.c.value).where(_VERSION_ROW)
    row = connection.execute(query.with_for_update() if lock else query).scalar_one_or_none()
    if row is None or not row.isdigit():
        raise LibraryError(shown, phrase("is no journeymap library (it has no schema version)"))
    return int(row)


def check_schema(connection: Connection, shown: str, *, upgrade: bool = False) -> int:
    """Refuse a database that is no library, or a library of a newer schema; with
    ``upgrade`` (every write) bring an older one to the newest in this transaction. Returns
    the schema version the transaction now sees (an older one only without ``upgrade``;
    the reads work on every version up to the newest)."""
    version = _stored_version(connection, shown)
    if version > SCHEMA_VERSION:
        raise LibraryError(shown, phrase("is a library of schema version {version}; this "
                                         "journeymap reads version {readable}: please update "
                                         "journeymap", version=str(version),
                                         readable=str(SCHEMA_VERSION)))  # fmt: skip
    if upgrade and version < SCHEMA_VERSION:
        return _upgrade(connection, shown)
    return version


def require_newest(connection: Connection, shown: str) -> None:
    """Refuse a read that needs the newest schema on an older library, saying how to
    upgrade it."""
    version = check_schema(connection, shown)
    if version < SCHEMA_VERSION:
        raise LibraryError(shown, phrase("is a library of schema version {version}; run "
                                         "`journeymap library upgrade {url}` to bring it to "
                                         "version {readable}", version=str(version), url=shown,
                                         readable=str(SCHEMA_VERSION)))  # fmt: skip


def _upgrade(connection: Connection, shown: str) -> int:
    """Migrate the library to the newest schema and return that version. The version row
    is read again under a lock, so of two writers upgrading at once the second waits and
    then finds nothing left to do."""
    version = _stored_version(connection, shown, lock=True)
    if version >= SCHEMA_VERSION:
        return version
    # A role that may write rows but not alter tables gets the server's refusal
    # ("must be owner of table documents") as the one-line LibraryError of transaction().
    migrate(connection, version, SCHEMA_VERSION)
    connection.execute(meta.update().where(_VERSION_ROW).values(value=str(SCHEMA_VERSION)))
    return SCHEMA_VERSION


def upgrade_library(url: str) -> tuple[int, int]:
    """Bring the library to the newest schema in one transaction; returns the version it
    had and the one it has now (the same when there was nothing to do)."""
    with transaction(url) as (connection, shown):
        before = check_schema(connection, shown)
        return before, check_schema(connection, shown, upgrade=True)


def init_library(url: str) -> None:
    """Create an empty library of the newest schema (a SQLite file is created); refused
    when one is there."""
    with transaction(url, create=True) as (connection, shown):
        tables = set(sa.inspect(connection).get_table_names())
        if {"meta", "documents", "revisions"} <= tables:
            raise LibraryError(shown, phrase("is already a journeymap library"))
        if tables:
            listed = ", ".join(sorted(tables))
            raise LibraryError(shown, phrase("holds other tables already ({tables}); a library "
                                             "needs an empty database or schema",
                                             tables=f"{listed:.200}"))  # fmt: skip
        metadata.create_all(connection)
        connection.execute(meta.insert(), [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "library_id", "value": uuid.uuid4().hex},
        ])  # fmt: skip


def library_identity(connection: Connection) -> str:
    """The library's own id, which names it whatever URL reaches it (another host name,
    another login); "" for a library of a schema before version 3 (a write upgrades it)."""
    found = connection.execute(sa.select(meta.c.value).where(_IDENTITY_ROW)).scalar_one_or_none()
    return found or ""

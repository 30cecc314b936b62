"""The library's tables and their version: declared here, created by init_library and
checked before every use."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from journeymap.errors import LibraryError
from journeymap.storage.library.connection import transaction

#: The library schema this journeymap reads and writes.
SCHEMA_VERSION = 1

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


def check_schema(connection: Connection, shown: str) -> None:
    """Refuse a database that is no library, or a library of a newer schema."""
    if not sa.inspect(connection).has_table("meta"):
        raise LibraryError(shown, "is no journeymap library (create it with "
                           "`journeymap library init`)")  # fmt: skip
    row = connection.execute(
        sa.select(meta.c.value).where(meta.c.key == "schema_version")
    ).scalar_one_or_none()
    version = int(row) if row is not None and row.isdigit() else None
    if version is None:
        raise LibraryError(shown, "is no journeymap library (it has no schema version)")
    if version > SCHEMA_VERSION:
        raise LibraryError(shown, f"is a library of schema version {version}; this journeymap "
                           f"reads version {SCHEMA_VERSION}: please update journeymap")  # fmt: skip


def init_library(url: str) -> None:
    """Create an empty library (a SQLite file is created); refused when one is there."""
    with transaction(url, create=True) as (connection, shown):
        if sa.inspect(connection).has_table("meta"):
            raise LibraryError(shown, "is already a journeymap library")
        metadata.create_all(connection)
        connection.execute(meta.insert(), {"key": "schema_version", "value": str(SCHEMA_VERSION)})

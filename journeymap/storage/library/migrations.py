"""The library's schema migrations: one step per schema version, its DDL done by Alembic's
Operations on the transaction the caller has open (schema.py runs them and keeps
``meta.schema_version`` in step).

Each step is frozen as it was written: it names its columns here rather than reading the
current table declarations, which a later version will change. Alembic's own script
directory and ``alembic_version`` table are not used: a library already carries its version
in ``meta``, and steps driven from code ship inside the package with nothing to configure.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.engine import Connection


def _to_version_2(operations: Operations) -> None:
    """Version 2: who deleted a document and when (a delete is recoverable until purged).
    Search needs no index: its patterns start with %, which no B-tree index can serve, and
    a scan of 10,000 names is far inside the listing's budget (docs/library.md)."""
    operations.add_column("documents", sa.Column("deleted_at", sa.String(32)))
    operations.add_column("documents", sa.Column("deleted_by", sa.Text))


def _to_version_3(operations: Operations) -> None:
    """Version 3: the library's own id (a row of meta) and each document's (documents.uid),
    so that a file names the library it came from whatever URL reaches it, and a document
    deleted and made anew under its old name is not taken for the one it came from."""
    operations.add_column("documents", sa.Column("uid", sa.String(32)))
    connection = operations.get_bind()
    ids = connection.execute(sa.text("SELECT id FROM documents")).scalars().all()
    for document in ids:
        connection.execute(sa.text("UPDATE documents SET uid = :uid WHERE id = :id"),
                           {"uid": uuid.uuid4().hex, "id": document})  # fmt: skip
    connection.execute(sa.text("INSERT INTO meta (key, value) VALUES ('library_id', :id)"),
                       {"id": uuid.uuid4().hex})  # fmt: skip


#: The step that brings a library to each version from the one before.
STEPS: dict[int, Callable[[Operations], None]] = {2: _to_version_2, 3: _to_version_3}


def migrate(connection: Connection, version: int, target: int) -> None:
    """Run the steps from ``version`` up to ``target`` on the connection's transaction (on
    PostgreSQL DDL is transactional, so a failed step leaves the library as it was)."""
    operations = Operations(MigrationContext.configure(connection))
    for step in range(version + 1, target + 1):
        STEPS[step](operations)

"""The announcement a PostgreSQL library makes of every new revision, so that editors
with the document open hear of it at once (watch.py listens). SQLite has no such
channel: the editors there ask for the latest revision now and then instead."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

#: The PostgreSQL NOTIFY channel of every library in a database; the payload says which
#: library (its schema) and which document.
CHANNEL = "journeymap_library"


def announce_revision(connection: Connection, name: str, number: int) -> None:
    """On PostgreSQL, announce revision ``number`` of ``name`` on CHANNEL. It is part of
    the transaction: delivered when it commits, never when it rolls back."""
    if connection.dialect.name != "postgresql":
        return
    # The schema is the library's identity within the database (the channel is
    # database-wide), as the server resolves it on this very connection.
    connection.execute(
        sa.text(
            "SELECT pg_notify(:channel, json_build_object("
            "'schema', current_schema(), 'name', CAST(:name AS text), "
            "'revision', CAST(:number AS integer))::text)"
        ),
        {"channel": CHANNEL, "name": name, "number": number},
    )

"""What the person at the keyboard may do in a library: the database decides, the editor
only asks it, so that a read-only library opens read-only instead of failing at the save."""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from journeymap.storage.library.connection import library_url, transaction
from journeymap.storage.library.schema import check_schema


def can_write(url: str) -> bool:
    """Whether this process may save revisions to the library at ``url``: on PostgreSQL
    the role's INSERT privilege on the revisions table, on SQLite whether the file (and
    its folder, where SQLite keeps its journal) may be written. LibraryError when the
    library cannot be reached."""
    parsed = make_url(library_url(url))
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    with transaction(url) as (connection, shown):
        check_schema(connection, shown)
        return bool(connection.execute(
            sa.text("SELECT has_table_privilege(current_user, 'revisions', 'INSERT')")
        ).scalar_one())  # fmt: skip

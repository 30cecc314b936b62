"""A team library: journey documents shared in one SQLite file or a PostgreSQL database,
every save a numbered revision (issue 16; see docs/library.md). No Qt here.

connection.py opens the database (a path or a SQLAlchemy URL), schema.py declares and
checks the tables, documents.py lists and manages the documents, revisions.py saves and
reads their revisions without a lost update.
"""

from journeymap.storage.library.connection import library_url, shown_url
from journeymap.storage.library.documents import DocumentEntry, list_documents
from journeymap.storage.library.revisions import (
    LostUpdate,
    Revision,
    history,
    pull,
    push,
    restore,
)
from journeymap.storage.library.schema import SCHEMA_VERSION, init_library

__all__ = [
    "SCHEMA_VERSION",
    "DocumentEntry",
    "LostUpdate",
    "Revision",
    "history",
    "init_library",
    "library_url",
    "list_documents",
    "pull",
    "push",
    "restore",
    "shown_url",
]

"""A team library: journey documents shared in one SQLite file or a PostgreSQL database,
every save a numbered revision (issue 16; see docs/library.md). No Qt here.

connection.py opens the database (a path or a SQLAlchemy URL), schema.py declares, checks
and upgrades the tables (migrations.py holds the steps), documents.py lists and finds the
documents, revisions.py saves and reads their revisions without a lost update, deletion.py
deletes, undeletes and purges them, details.py sets their owner, review-by date and tags,
and stale.py finds those that want a review.
"""

from journeymap.storage.library.connection import library_url, shown_url
from journeymap.storage.library.deletion import (
    DeletedEntry,
    delete_document,
    deleted_documents,
    purge_document,
    undelete_document,
)
from journeymap.storage.library.details import set_details
from journeymap.storage.library.documents import DocumentEntry, list_documents
from journeymap.storage.library.revisions import (
    LostUpdate,
    Revision,
    history,
    pull,
    push,
    restore,
)
from journeymap.storage.library.schema import SCHEMA_VERSION, init_library, upgrade_library
from journeymap.storage.library.stale import StaleDocument, stale_documents, stale_reason

__all__ = [
    "SCHEMA_VERSION",
    "DeletedEntry",
    "DocumentEntry",
    "LostUpdate",
    "Revision",
    "StaleDocument",
    "delete_document",
    "deleted_documents",
    "history",
    "init_library",
    "library_url",
    "list_documents",
    "pull",
    "purge_document",
    "push",
    "restore",
    "set_details",
    "shown_url",
    "stale_documents",
    "stale_reason",
    "undelete_document",
    "upgrade_library",
]

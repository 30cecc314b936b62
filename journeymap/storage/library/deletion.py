"""Deleting a library's documents recoverably: a deleted document keeps its name and every
revision until it is undeleted, or purged for good in a separate, explicit step."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from journeymap.errors import LibraryError
from journeymap.storage.library.connection import now, transaction
from journeymap.storage.library.documents import document_id
from journeymap.storage.library.schema import check_schema, documents, require_newest, revisions
from journeymap.words import phrase


@dataclass(frozen=True)
class DeletedEntry:
    """A deleted document as the library lists it: who deleted it and when (UTC)."""

    name: str
    deleted_by: str
    deleted_at: str


def delete_document(url: str, name: str, *, author: str) -> None:
    """Mark ``name`` deleted by ``author``: it leaves the listing, and reading or saving it
    is refused until it is undeleted; its revisions stay."""
    with transaction(url) as (connection, shown):
        check_schema(connection, shown, upgrade=True)
        found = document_id(connection, shown, name)
        connection.execute(documents.update().where(documents.c.id == found).values(
            deleted=True, deleted_at=now(), deleted_by=author))  # fmt: skip


def _deleted_id(connection: Connection, shown: str, name: str, action: str) -> int:
    """The id of the deleted document ``name``; LibraryError when there is none, or when
    it is not deleted (``action`` is what cannot be done to it then)."""
    found = connection.execute(
        sa.select(documents.c.id, documents.c.deleted).where(documents.c.name == name)
    ).one_or_none()
    if found is None:
        raise LibraryError(shown, phrase("has no document “{name}”", name=f"{name:.200}"))
    if not found.deleted:
        raise LibraryError(shown, phrase("“{name}” is not deleted, so there is nothing to "
                                         "{action}", name=f"{name:.200}",
                                         action=action))  # fmt: skip
    return found.id


def undelete_document(url: str, name: str) -> None:
    """Bring the deleted document ``name`` back, with all its revisions."""
    with transaction(url) as (connection, shown):
        check_schema(connection, shown, upgrade=True)
        found = _deleted_id(connection, shown, name, phrase("undelete"))
        connection.execute(documents.update().where(documents.c.id == found).values(
            deleted=False, deleted_at=None, deleted_by=None))  # fmt: skip


def purge_document(url: str, name: str) -> None:
    """Remove the deleted document ``name`` and all its revisions for good. A document
    that is not deleted is refused: deleting first is what makes purging deliberate."""
    with transaction(url) as (connection, shown):
        check_schema(connection, shown, upgrade=True)
        found = _deleted_id(connection, shown, name, phrase("purge (delete it first)"))
        connection.execute(revisions.delete().where(revisions.c.document == found))
        connection.execute(documents.delete().where(documents.c.id == found))


def deleted_documents(url: str) -> list[DeletedEntry]:
    """The deleted documents by name, with who deleted them and when."""
    query = (
        sa.select(documents.c.name, documents.c.deleted_by, documents.c.deleted_at)
        .where(documents.c.deleted.is_(True))
        .order_by(documents.c.name)
    )
    with transaction(url) as (connection, shown):
        require_newest(connection, shown)
        rows = connection.execute(query).all()
    return [DeletedEntry(r.name, r.deleted_by or "", r.deleted_at or "") for r in rows]

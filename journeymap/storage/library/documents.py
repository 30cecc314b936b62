"""The documents of a library as it lists them, each with its latest revision."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from journeymap.errors import LibraryError
from journeymap.storage.library.connection import transaction
from journeymap.storage.library.schema import check_schema, documents, revisions


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


def _latest() -> sa.Subquery:
    """Each document's latest revision number."""
    return (
        sa.select(revisions.c.document, sa.func.max(revisions.c.number).label("number"))
        .group_by(revisions.c.document)
        .subquery()
    )


def list_documents(url: str) -> list[DocumentEntry]:
    """The library's documents (not deleted) by name, each with its latest revision."""
    latest = _latest()
    query = (
        sa.select(
            documents.c.name,
            documents.c.owner,
            documents.c.review_by,
            documents.c.tags,
            revisions.c.number,
            revisions.c.author,
            revisions.c.created_at,
        )
        .join(latest, latest.c.document == documents.c.id)
        .join(
            revisions,
            (revisions.c.document == latest.c.document) & (revisions.c.number == latest.c.number),
        )
        .where(documents.c.deleted.is_(False))
        .order_by(documents.c.name)
    )
    with transaction(url) as (connection, shown):
        check_schema(connection, shown)
        rows = connection.execute(query).all()
    return [DocumentEntry(r.name, r.owner, r.review_by, json.loads(r.tags), r.number,
                          r.author, r.created_at) for r in rows]  # fmt: skip


def document_id(connection: Connection, shown: str, name: str) -> int:
    """The id of the document ``name`` (not deleted); LibraryError when there is none."""
    found = connection.execute(
        sa.select(documents.c.id).where(documents.c.name == name, documents.c.deleted.is_(False))
    ).scalar_one_or_none()
    if found is None:
        raise LibraryError(shown, f"has no document “{name:.200}”")
    return found

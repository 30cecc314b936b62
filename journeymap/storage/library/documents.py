"""The documents of a library as it lists them (each with its latest revision, found by
name, owner or tag), and finding one by name for a read or a save."""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from journeymap.errors import LibraryError
from journeymap.storage.library.connection import transaction
from journeymap.storage.library.schema import check_schema, documents, revisions
from journeymap.words import phrase


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


def _like_pattern(text: str) -> str:
    """A LIKE pattern finding ``text`` anywhere, its %, _ and / taken literally (ESCAPE /)."""
    escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


def _tag_values(dialect: str) -> sa.TableValuedAlias:
    """The tags of the document in the outer query, one row each (``value``), read from
    their JSON list by the database's own JSON function."""
    if dialect == "postgresql":
        elements = sa.func.json_array_elements_text(sa.cast(documents.c.tags, sa.JSON))
    else:
        elements = sa.func.json_each(documents.c.tags)
    return elements.table_valued("value")


def _matching(search: str, dialect: str) -> sa.ColumnElement[bool]:
    """Documents whose name, owner or one of its tags holds ``search``, whatever the case
    of its letters. The pattern is a parameter, lowered by the database's own lower() like
    the columns, so both sides fold alike (SQLite folds only A-Z)."""
    pattern = sa.func.lower(sa.literal(_like_pattern(search)))
    tags = _tag_values(dialect)
    return sa.or_(
        sa.func.lower(documents.c.name).like(pattern, escape="/"),
        sa.func.lower(documents.c.owner).like(pattern, escape="/"),
        sa.exists().select_from(tags).where(sa.func.lower(tags.c.value).like(pattern, escape="/")),
    )


def list_documents(url: str, search: str = "") -> list[DocumentEntry]:
    """The library's documents (not deleted) by name, each with its latest revision; with
    ``search``, only those whose name, owner or a tag holds it (case-insensitive). One
    query, however many documents."""
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
        if search:
            query = query.where(_matching(search, connection.dialect.name))
        rows = connection.execute(query).all()
    # One JSON parse for every document's tags: 10,000 separate parses cost more than
    # the query itself.
    tags = json.loads(f"[{','.join(r.tags for r in rows)}]")
    return [DocumentEntry(r.name, r.owner, r.review_by, t, r.number, r.author, r.created_at)
            for r, t in zip(rows, tags, strict=True)]  # fmt: skip


def _find(connection: Connection, name: str) -> sa.Row | None:
    """The id and deleted flag of the document ``name``, deleted or not."""
    return connection.execute(
        sa.select(documents.c.id, documents.c.deleted).where(documents.c.name == name)
    ).one_or_none()


def _command_words(shown: str, name: str) -> str:
    """The library and the name as a command line takes them (quoted where needed)."""
    return f"{shlex.quote(shown)} {shlex.quote(name[:200])}"


def document_id(connection: Connection, shown: str, name: str) -> int:
    """The id of the document ``name`` (not deleted); LibraryError when there is none, or
    when it is deleted (saying how to undelete it)."""
    found = _find(connection, name)
    if found is None:
        raise LibraryError(shown, phrase("has no document “{name}”", name=f"{name:.200}"))
    if found.deleted:
        words = _command_words(shown, name)
        raise LibraryError(shown, phrase("“{name}” is deleted (bring it back with "
                                         "`journeymap library undelete {words}`)",
                                         name=f"{name:.200}", words=words))  # fmt: skip
    return found.id


def document_to_save(connection: Connection, shown: str, name: str) -> int | None:
    """The id of the document a save of ``name`` goes to, None for a new name. A deleted
    document keeps its name (it can be undeleted), so a save under it is refused."""
    found = _find(connection, name)
    if found is not None and found.deleted:
        raise LibraryError(shown, phrase(
            "“{name}” is deleted, so nothing was written: undelete it to save to it "
            "(`journeymap library undelete {words}`) or purge it to make a new document of "
            "that name (`journeymap library purge {words} --yes`); names are unique",
            name=f"{name:.200}", words=_command_words(shown, name)))  # fmt: skip
    return None if found is None else found.id

"""Saving and reading the revisions of a library's documents, with no lost update.

A save is based on the revision the document came from (its ``library_origin``), and
the new revision's number is that base plus one under UNIQUE (document, number), so of
concurrent saves on the same base the database lets exactly one in; the others get
LostUpdate. A revision's body is the whole document in the .json interchange form,
written in the same transaction as its row, so there is never a half revision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from journeymap.errors import LibraryError
from journeymap.model.document import Document
from journeymap.model.origin import LibraryOrigin
from journeymap.model.serialize import document_to_dict
from journeymap.storage.jsonfile import loads
from journeymap.storage.library.connection import now, shown_url, transaction
from journeymap.storage.library.documents import document_id, document_to_save
from journeymap.storage.library.notices import announce_revision
from journeymap.storage.library.schema import check_schema, documents, revisions


class LostUpdate(LibraryError):
    """A save based on a revision that is no longer the latest; nothing was written."""


@dataclass(frozen=True)
class Revision:
    """One revision of a document, without its body."""

    number: int
    parent: int | None
    author: str
    created_at: str
    message: str


def _revision_rows() -> sa.Select:
    """The query of revisions as Revision's fields, in its order."""
    return sa.select(*(revisions.c[field] for field in Revision.__dataclass_fields__))


def _last_revision(connection: Connection, document: int) -> Revision:
    row = connection.execute(
        _revision_rows()
        .where(revisions.c.document == document)
        .order_by(revisions.c.number.desc())
        .limit(1)
    ).one()
    return Revision(*row)


def _lost_update(shown: str, name: str, base: int | None, latest: Revision) -> LostUpdate:
    if base is None:
        based = "this document did not come from it"
    else:
        based = f"this one is based on revision {base}"
    return LostUpdate(
        shown, f"“{name:.200}” has revision {latest.number}, saved by {latest.author} at "
        f"{latest.created_at}; {based}, so nothing was written (pull revision "
        f"{latest.number}, bring your changes in and save again, or save under another name)",
    )  # fmt: skip


def _check_name(shown: str, name: str) -> None:
    if not name.strip():
        raise LibraryError(shown, "a document needs a name")
    if "\x00" in name:
        raise LibraryError(shown, "a document name cannot hold a NUL character")


def base_revision(url: str, name: str, document: Document) -> int | None:
    """The revision of ``name`` in the library at ``url`` that the document is based on:
    its origin's when it came from that very document, else None (a new document)."""
    origin = document.library_origin
    if origin is None or origin.library != shown_url(url) or origin.name != name:
        return None
    return origin.revision


def push(url: str, name: str, document: Document, *, author: str, message: str = "") -> int:
    """Save the document as the next revision of ``name``, remember that revision as its
    origin and return its number. The save is based on the document's origin (see
    base_revision); when that is not the latest revision, or the name is taken by a
    document it did not come from, LostUpdate and nothing is written."""
    data = document_to_dict(document)
    data.pop("library", None)  # the local copy's origin is no part of the revision
    base = base_revision(url, name, document)
    number = _save(url, name, json.dumps(data, ensure_ascii=False), author=author,
                   message=message, base=base)  # fmt: skip
    document.library_origin = LibraryOrigin(shown_url(url), name, number)
    return number


def _save(url: str, name: str, body: str, *, author: str, message: str,
          base: int | None) -> int:  # fmt: skip
    """Write ``body`` as revision base+1 of ``name`` (1 and a new document when base is
    None) and return its number; LostUpdate when base is not the latest revision."""
    try:
        with transaction(url) as (connection, shown):
            check_schema(connection, shown, upgrade=True)
            _check_name(shown, name)
            saved_at = now()
            found = document_to_save(connection, shown, name)
            if found is None:
                if base is not None:
                    raise LibraryError(shown, f"has no document “{name:.200}” any more "
                                       "(save it under a name to make it anew)")  # fmt: skip
                found = connection.execute(
                    documents.insert().values(name=name, created=saved_at)
                ).inserted_primary_key[0]
            else:
                latest = _last_revision(connection, found)
                if base != latest.number:
                    raise _lost_update(shown, name, base, latest)
            number = 1 if base is None else base + 1
            connection.execute(revisions.insert().values(
                document=found, number=number, parent=base, author=author,
                created_at=saved_at, message=message, body=body,
            ))  # fmt: skip
            announce_revision(connection, name, number)
    except IntegrityError:
        # Another save on the same base (or of the same new name) committed first.
        with transaction(url) as (connection, shown):
            latest = _last_revision(connection, document_id(connection, shown, name))
        raise _lost_update(shown, name, base, latest) from None
    return number


def _body(url: str, name: str, revision: int | None) -> tuple[str, int, str]:
    """The stored text of ``revision`` of ``name`` (the latest when None), its number and
    the shown library URL."""
    query = sa.select(revisions.c.number, revisions.c.body)
    with transaction(url) as (connection, shown):
        check_schema(connection, shown)
        query = query.where(revisions.c.document == document_id(connection, shown, name))
        if revision is None:
            query = query.order_by(revisions.c.number.desc()).limit(1)
        else:
            query = query.where(revisions.c.number == revision)
        row = connection.execute(query).one_or_none()
    if row is None:
        raise LibraryError(shown, f"“{name:.200}” has no revision {revision}")
    return row.body, row.number, shown


def pull(url: str, name: str, revision: int | None = None) -> tuple[Document, int]:
    """The document saved as ``revision`` of ``name`` (the latest when None), with that
    revision as its origin, and the revision's number."""
    body, number, shown = _body(url, name, revision)
    document = loads(body, f"{shown} “{name:.200}” revision {number}")
    document.library_origin = LibraryOrigin(shown, name, number)
    return document, number


def history(url: str, name: str) -> list[Revision]:
    """Every revision of ``name``, the first first."""
    with transaction(url) as (connection, shown):
        check_schema(connection, shown)
        rows = connection.execute(
            _revision_rows()
            .where(revisions.c.document == document_id(connection, shown, name))
            .order_by(revisions.c.number)
        ).all()
    return [Revision(*row) for row in rows]


def restore(url: str, name: str, revision: int, *, author: str) -> int:
    """Save ``revision`` of ``name`` again as a new revision on top of the latest (nothing
    is rewritten: the history keeps every revision) and return its number; LostUpdate
    when someone saves in between."""
    body, number, _shown = _body(url, name, revision)
    latest = history(url, name)[-1].number
    return _save(url, name, body, author=author, message=f"Restored revision {number}",
                 base=latest)  # fmt: skip

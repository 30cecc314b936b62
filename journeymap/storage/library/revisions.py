"""Saving and reading the revisions of a library's documents, with no lost update.

A save is based on the revision the document came from (its ``library_origin``), and
the new revision's number is that base plus one under UNIQUE (document, number), so of
concurrent saves on the same base the database lets exactly one in; the others get
LostUpdate. A revision's body is the whole document in the .json interchange form,
written in the same transaction as its row, so there is never a half revision.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from journeymap.errors import LibraryError
from journeymap.model.document import Document
from journeymap.model.origin import LibraryOrigin
from journeymap.model.serialize import document_to_dict
from journeymap.storage.jsonfile import loads
from journeymap.storage.library.connection import now, transaction
from journeymap.storage.library.documents import document_id, document_to_save
from journeymap.storage.library.notices import announce_revision
from journeymap.storage.library.schema import (
    check_schema,
    documents,
    library_identity,
    revisions,
)
from journeymap.words import phrase

#: The longest document name a library takes.
MAX_NAME = 200


class LostUpdate(LibraryError):
    """A save based on a revision that is no longer the latest; nothing was written.
    ``latest`` is the library's latest revision (for the editor to say who saved it)."""

    def __init__(self, location: str, problem: str, latest: Revision) -> None:
        super().__init__(location, problem)
        self.latest = latest


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


def _document_uid(connection: Connection, document: int, version: int) -> str:
    """The document's own id; "" in a library of a schema ``version`` before 3."""
    if version < 3:
        return ""
    found = connection.execute(sa.select(documents.c.uid).where(documents.c.id == document))
    return found.scalar_one_or_none() or ""


def _last_revision(connection: Connection, document: int) -> Revision:
    row = connection.execute(
        _revision_rows()
        .where(revisions.c.document == document)
        .order_by(revisions.c.number.desc())
        .limit(1)
    ).one()
    return Revision(*row)


def _lost_update(shown: str, name: str, base: int | None, latest: Revision,
                 *, another: bool = False) -> LostUpdate:  # fmt: skip
    if another:
        based = phrase("this one came from an earlier document of that name, deleted since")
    elif base is None:
        based = phrase("this document did not come from it")
    else:
        based = phrase("this one is based on revision {base}", base=str(base))
    return LostUpdate(
        shown, phrase("“{name}” has revision {latest}, saved by {author} at {time}; {based}, "
                      "so nothing was written (pull revision {latest}, bring your changes in "
                      "and save again, or save under another name)",
                      name=f"{name:.200}", latest=str(latest.number), author=latest.author,
                      time=latest.created_at, based=based),
        latest,
    )  # fmt: skip


def _check_name(shown: str, name: str) -> None:
    if not name.strip():
        raise LibraryError(shown, phrase("a document needs a name"))
    if name != name.strip():
        raise LibraryError(shown, phrase("“{name}”: a document name cannot begin or end with "
                                         "a space", name=f"{name:.200}"))  # fmt: skip
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise LibraryError(shown, phrase("a document name cannot hold a line break, a tab or "
                                         "another control character"))  # fmt: skip
    if len(name) > MAX_NAME:
        raise LibraryError(shown, phrase("a document name of {length} characters is longer "
                                         "than the {limit} allowed", length=str(len(name)),
                                         limit=str(MAX_NAME)))  # fmt: skip


def _base(connection: Connection, shown: str, name: str,
          origin: LibraryOrigin | None) -> LibraryOrigin | None:  # fmt: skip
    """The origin a save to ``name`` in this library is based on: the document's own when
    it came from this very document of this library (by the library's id when both have
    one, else by its URL), else None (a new document)."""
    if origin is None or origin.name != name:
        return None
    identity = library_identity(connection)
    if origin.library_id and identity:
        return origin if origin.library_id == identity else None
    return origin if origin.library == shown else None


def push(url: str, name: str, document: Document, *, author: str, message: str = "") -> int:
    """Save the document as the next revision of ``name``, remember that revision as its
    origin and return its number. The save is based on the document's origin when it
    came from this document of this library; when that is not the latest revision, or
    the name is taken by a document it did not come from, LostUpdate and nothing is
    written."""
    data = document_to_dict(document)
    data.pop("library", None)  # the local copy's origin is no part of the revision
    document.library_origin = _save(url, name, json.dumps(data, ensure_ascii=False),
                                    author=author, message=message,
                                    origin=document.library_origin)  # fmt: skip
    return document.library_origin.revision


def _save(url: str, name: str, body: str, *, author: str, message: str,
          origin: LibraryOrigin | None) -> LibraryOrigin:  # fmt: skip
    """Write ``body`` as the revision after the one ``origin`` names (the first, of a new
    document, when it names none of this library's) and return the new revision's origin;
    LostUpdate when that is not the latest revision."""
    base: int | None = None
    try:
        with transaction(url) as (connection, shown):
            version = check_schema(connection, shown, upgrade=True)
            _check_name(shown, name)
            identity = library_identity(connection)
            based_on = _base(connection, shown, name, origin)
            base = None if based_on is None else based_on.revision
            saved_at = now()
            found = document_to_save(connection, shown, name)
            if found is None:
                if base is not None:
                    raise LibraryError(shown, phrase(
                        "has no document “{name}” any more (save it under a name to make it "
                        "anew)", name=f"{name:.200}"))  # fmt: skip
                uid = uuid.uuid4().hex
                found = connection.execute(
                    documents.insert().values(name=name, created=saved_at, uid=uid)
                ).inserted_primary_key[0]
            else:
                uid = _document_uid(connection, found, version)
                latest = _last_revision(connection, found)
                if base != latest.number:
                    raise _lost_update(shown, name, base, latest)
                if based_on is not None and based_on.document_id not in ("", uid):
                    raise _lost_update(shown, name, base, latest, another=True)
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
    return LibraryOrigin(shown, name, number, identity, uid)


def _body(url: str, name: str, revision: int | None) -> tuple[str, LibraryOrigin]:
    """The stored text of ``revision`` of ``name`` (the latest when None) and that
    revision as an origin."""
    query = sa.select(revisions.c.number, revisions.c.body)
    with transaction(url) as (connection, shown):
        version = check_schema(connection, shown)
        found = document_id(connection, shown, name)
        query = query.where(revisions.c.document == found)
        if revision is None:
            query = query.order_by(revisions.c.number.desc()).limit(1)
        else:
            query = query.where(revisions.c.number == revision)
        row = connection.execute(query).one_or_none()
        identity, uid = library_identity(connection), _document_uid(connection, found, version)
    if row is None:
        problem = phrase("“{name}” has no revision {revision}", name=f"{name:.200}",
                         revision=str(revision))  # fmt: skip
        raise LibraryError(shown, problem)
    return row.body, LibraryOrigin(shown, name, row.number, identity, uid)


def pull(url: str, name: str, revision: int | None = None) -> tuple[Document, int]:
    """The document saved as ``revision`` of ``name`` (the latest when None), with that
    revision as its origin, and the revision's number."""
    body, origin = _body(url, name, revision)
    document = loads(body, f"{origin.library} “{name:.200}” revision {origin.revision}")
    document.library_origin = origin
    return document, origin.revision


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


def _latest_origin(url: str, name: str) -> LibraryOrigin:
    """The latest revision of ``name`` as an origin, without reading its body."""
    with transaction(url) as (connection, shown):
        version = check_schema(connection, shown)
        found = document_id(connection, shown, name)
        latest = _last_revision(connection, found)
        identity, uid = library_identity(connection), _document_uid(connection, found, version)
    return LibraryOrigin(shown, name, latest.number, identity, uid)


def restore(url: str, name: str, revision: int, *, author: str) -> int:
    """Save ``revision`` of ``name`` again as a new revision on top of the latest (nothing
    is rewritten: the history keeps every revision) and return its number; LostUpdate
    when someone saves in between."""
    body, restored = _body(url, name, revision)
    saved = _save(url, name, body, author=author, message=f"Restored revision {restored.revision}",
                  origin=_latest_origin(url, name))  # fmt: skip
    return saved.revision

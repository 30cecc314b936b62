"""Watching a library's document for revisions saved by someone else: the latest revision
in one cheap query, and on PostgreSQL a listener that hears of every new revision as it
is committed (notices.py announces them). No Qt: ui/library_watch.py runs these off the
UI thread."""

from __future__ import annotations

import json
import time

import psycopg
from sqlalchemy.engine import make_url

from journeymap.errors import LibraryError
from journeymap.storage.library.connection import library_url, shown_url, transaction
from journeymap.storage.library.notices import CHANNEL
from journeymap.storage.library.revisions import Revision, _revision_rows
from journeymap.storage.library.schema import documents, revisions
from journeymap.words import phrase

#: How long the listener waits for the server to answer a connection (seconds).
_CONNECT_SECONDS = 5
#: How the listener's connection shows in pg_stat_activity.
APPLICATION_NAME = "journeymap library watch"


def latest_revision(url: str, name: str) -> Revision | None:
    """The latest revision of ``name`` in the library at ``url``; None when the library
    has no such document (any more)."""
    query = (
        _revision_rows()
        .join(documents, documents.c.id == revisions.c.document)
        .where(documents.c.name == name, documents.c.deleted.is_(False))
        .order_by(revisions.c.number.desc())
        .limit(1)
    )
    with transaction(url) as (connection, _shown):
        row = connection.execute(query).one_or_none()
    return None if row is None else Revision(*row)


def is_announcing(url: str) -> bool:
    """Whether the library at ``url`` announces its revisions (PostgreSQL does; a SQLite
    library is asked now and then instead)."""
    return make_url(library_url(url)).get_backend_name() == "postgresql"


class RevisionListener:
    """A connection of its own that listens for the revisions of one document of a
    PostgreSQL library; close it when done (or use it as a context manager)."""

    def __init__(self, url: str, name: str) -> None:
        self.name = name
        self._shown = shown_url(url)
        # libpq's form of the same URL, so the listener reaches the very schema the
        # library's queries do (options=-csearch_path=... included)
        conninfo = make_url(library_url(url)).set(drivername="postgresql")
        try:
            self._connection = psycopg.connect(
                conninfo.render_as_string(hide_password=False),
                autocommit=True,
                connect_timeout=_CONNECT_SECONDS,
                application_name=APPLICATION_NAME,
            )
            self._schema = self._connection.execute("SELECT current_schema()").fetchone()[0]
            self._connection.execute(f"LISTEN {CHANNEL}")  # a constant: nothing to quote
        except psycopg.Error as error:
            self.close()
            raise self._refused(error) from None

    def _refused(self, error: psycopg.Error) -> LibraryError:
        """The server's refusal as a LibraryError naming the library (never the password)."""
        first = str(error).strip().splitlines()
        reason = first[0] if first else phrase("failed")
        return LibraryError(self._shown, phrase("cannot listen: {reason}", reason=reason))

    def wait(self, seconds: float) -> int | None:
        """The first revision of the document announced within ``seconds`` (returned as
        soon as it is), or None when none was; LibraryError when the connection is lost."""
        deadline = time.monotonic() + seconds
        try:
            while (left := deadline - time.monotonic()) > 0:
                for notice in self._connection.notifies(timeout=left, stop_after=1):
                    revision = self._revision_in(notice.payload)
                    if revision is not None:
                        return revision
        except psycopg.Error as error:
            raise self._refused(error) from None
        return None

    def _revision_in(self, payload: str) -> int | None:
        """The revision a notice announces when it is of this library's document."""
        try:
            notice = json.loads(payload)
        except ValueError:
            return None
        if not isinstance(notice, dict):
            return None
        if notice.get("schema") != self._schema or notice.get("name") != self.name:
            return None
        revision = notice.get("revision")
        return revision if isinstance(revision, int) else None

    def close(self) -> None:
        """Stop listening and close the connection."""
        connection = getattr(self, "_connection", None)
        if connection is not None and not connection.closed:
            connection.close()

    def __enter__(self) -> RevisionListener:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

"""SQLite connections for .jmap files, never through a URL built from a path.

Writing connects to the temporary file by its plain path (``sqlite3.connect(str)``),
so ``?``, ``#``, ``%`` or spaces in a name are just characters. Reading never opens the
file with SQLite at all: journeymap reads its bytes once (recording their FileStamp)
and gives them to an in-memory database (``sqlite3.Connection.deserialize``). So opening
cannot write anything: no journal, no ``-wal``/``-shm`` file, no stray file beside the
document, whatever the file's journal mode; and what is checked is exactly what was read.
The in-memory database is also locked down: query-only, no ATTACH, no functions from the
schema (``trusted_schema=OFF``), texts bounded, and a time limit on every statement.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from journeymap.errors import DocumentFileError
from journeymap.model.validation import MAX_PICTURE_BYTES, MAX_TEXT_LENGTH
from journeymap.storage.ondisk import FileStamp, read_stamped
from journeymap.words import phrase

#: Reading a document's tables may take this long before it is given up.
MAX_READ_SECONDS = 60.0
_HEADER = b"SQLite format 3\x00"

#: The longest value a cell may hold: a text of MAX_TEXT_LENGTH characters in UTF-8
#: (at most 4 bytes each) or a persona's picture, with room to spare.
_LONGEST_VALUE = max(4 * MAX_TEXT_LENGTH, MAX_PICTURE_BYTES) + 1024


def writing_engine(path: Path) -> Engine:
    """An engine on a new private SQLite file (a save's temporary file)."""
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(str(path), check_same_thread=False),
        poolclass=StaticPool,
    )

    @event.listens_for(engine, "connect")
    def _fast_private_file(dbapi_connection: Any, _record: Any) -> None:
        # A temporary file no one else sees: no journal needed; we fsync it ourselves.
        dbapi_connection.execute("PRAGMA journal_mode=OFF")
        dbapi_connection.execute("PRAGMA synchronous=OFF")

    return engine


def _refuse_unfinished_changes(path: Path) -> None:
    """A non-empty journal or WAL beside the file holds changes the file itself lacks
    (another program is writing it, or crashed): reading the file alone would show an
    old or inconsistent state, so it is refused, and the side file is left alone."""
    for suffix in ("-journal", "-wal"):
        side = Path(f"{path}{suffix}")
        try:
            pending = side.stat().st_size > 0
        except OSError:
            continue
        if pending:
            raise DocumentFileError(
                path,
                phrase(
                    "has unfinished changes in {side} beside it (another program is "
                    "writing it, or crashed while writing); open it in that program first",
                    side=side.name,
                ),
            )


def read_file(path: Path) -> tuple[bytes, FileStamp]:
    """The bytes of a .jmap file and their stamp; DocumentFileError when unreadable or
    when a journal beside it holds changes the file lacks."""
    data, stamp = read_stamped(path)
    _refuse_unfinished_changes(path)
    _refuse_truncated(data, path)
    return data, stamp


def _refuse_truncated(data: bytes, path: Path) -> None:
    """An in-memory copy reads missing pages as zeros instead of failing, so a file cut
    short is recognised from its header: whole pages, as many as the header counts."""
    if not data.startswith(_HEADER) or len(data) < 100:
        return  # not SQLite at all: SQLite itself says so
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(data[28:32], "big")
    counted_pages_valid = data[24:28] == data[92:96]  # as SQLite decides it
    if (
        page_size < 512
        or len(data) % page_size
        or (counted_pages_valid and pages * page_size > len(data))
    ):
        raise DocumentFileError(path, phrase("is damaged (truncated or corrupted)"))


def memory_engine(data: bytes) -> Engine:
    """An engine on a locked-down in-memory copy of a .jmap file's bytes."""
    if data.startswith(_HEADER) and len(data) >= 20 and data[18:20] == b"\x02\x02":
        # A WAL-mode file (with no pending WAL, see above) reads like a rollback file;
        # bytes 18-19 only say which journal to use, in our private copy.
        data = data[:18] + b"\x01\x01" + data[20:]

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _LONGEST_VALUE)
        if data:
            connection.deserialize(data)
        connection.execute("PRAGMA trusted_schema=OFF")
        connection.execute("PRAGMA query_only=ON")
        deadline = time.monotonic() + MAX_READ_SECONDS
        connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        return connection

    return create_engine("sqlite://", creator=connect, poolclass=StaticPool)

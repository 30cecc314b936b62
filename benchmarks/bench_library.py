"""library.*: push and pull of the 2,000-touchpoint document, and the list of a library of
10,000 documents, on a local PostgreSQL started for the run (durable: it syncs its
commits as a real server does), each against the bare database work in the same run."""

from __future__ import annotations

import json
import sys

import psycopg
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from benchmarks.generate import build_large_document
from benchmarks.harness import Result, compare, median_time
from journeymap.model.serialize import document_to_dict
from journeymap.storage.library import init_library, list_documents, pull, push
from journeymap.storage.library.schema import documents, revisions
from tests.postgres import bin_folder, throwaway_server

#: The size of the listed library, and the revisions each of its documents has.
LISTED, REVISIONS_EACH = 10_000, 2


def _schema_url(server: str, schema: str) -> str:
    """A library URL in its own schema of the server (created here)."""
    engine = sa.create_engine(server, poolclass=sa.pool.NullPool)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine.dispose()
    return f"{server}?options=-csearch_path%3D{schema}"


def _conninfo(server: str) -> str:
    """psycopg's own connection string for the server (the references use no SQLAlchemy)."""
    return make_url(server).set(drivername="postgresql").render_as_string(hide_password=False)


def _bare_write(conninfo: str, body: str) -> None:
    """The reference save: connect, write the text into the one row, commit."""
    with psycopg.connect(conninfo) as connection:
        connection.execute("UPDATE bare.one SET body = %s WHERE id = 1", (body,))


def _bare_read(conninfo: str) -> str:
    """The reference open: connect, read the one row's text."""
    with psycopg.connect(conninfo) as connection:
        return connection.execute("SELECT body FROM bare.one WHERE id = 1").fetchone()[0]


def _bare_list(conninfo: str) -> list[tuple]:
    """The reference list: connect, read a table holding the listed columns, by name."""
    with psycopg.connect(conninfo) as connection:
        return connection.execute("SELECT * FROM bare.listed ORDER BY name").fetchall()


def _fill_library(url: str) -> list[tuple]:
    """LISTED documents of REVISIONS_EACH small revisions each, in bulk inserts; returns
    the rows the list shows, for the reference table. A body is a short text: a real one
    lies out of line (TOAST), so the rows the list scans are as small."""
    init_library(url)
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    saved_at = "2026-12-01T12:00:00+00:00"
    names = [f"Journey {i:05d}" for i in range(LISTED)]
    with engine.begin() as connection:
        connection.execute(documents.insert(), [
            {"id": i + 1, "name": name, "owner": "Service team", "tags": '["cx", "2026"]',
             "created": saved_at, "review_by": "2027-06-30", "deleted": False}
            for i, name in enumerate(names)
        ])  # fmt: skip
        connection.execute(revisions.insert(), [
            {"document": i + 1, "number": n, "parent": n - 1 or None, "author": "ana",
             "created_at": saved_at, "message": "", "body": '{"format": "journeymap"}'}
            for i in range(LISTED) for n in range(1, REVISIONS_EACH + 1)
        ])  # fmt: skip
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    return [(name, "Service team", "2027-06-30", '["cx", "2026"]', REVISIONS_EACH, "ana",
             saved_at) for name in names]  # fmt: skip


def _bare_table(conninfo: str, table: str, columns: str, rows: list[tuple]) -> None:
    """A reference table bare.TABLE (COLUMNS), made and filled with psycopg."""
    with psycopg.connect(conninfo) as connection:
        connection.execute("CREATE SCHEMA IF NOT EXISTS bare")
        connection.execute(f"CREATE TABLE bare.{table} ({columns})")
        marks = ", ".join(["%s"] * len(rows[0]))
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO bare.{table} VALUES ({marks})", rows)


def _save_and_open(server: str) -> list[Result]:
    """Push and pull of the 2,000-touchpoint document against its JSON text in one row."""
    document, _ = build_large_document()
    body = json.dumps(document_to_dict(document), ensure_ascii=False)
    conninfo = _conninfo(server)
    _bare_table(conninfo, "one", "id integer PRIMARY KEY, body text", [(1, body)])
    url = _schema_url(server, "library")
    init_library(url)
    name = "Benchmark journey"
    push(url, name, document, author="bench")  # warm up; each push is the next revision
    ours = median_time(lambda: push(url, name, document, author="bench"))
    ref = median_time(lambda: _bare_write(conninfo, body))
    results = [compare("library.save_2000", ours, "psycopg UPDATE, same JSON, 1 row", ref, 0.5)]
    ours = median_time(lambda: pull(url, name))
    ref = median_time(lambda: _bare_read(conninfo))
    results.append(compare("library.open_2000", ours, "psycopg SELECT, same JSON, 1 row", ref,
                           0.5))  # fmt: skip
    return results


def _list(server: str) -> Result:
    """The list of a library of LISTED documents against a table of the listed rows."""
    url = _schema_url(server, "listed")
    rows = _fill_library(url)
    conninfo = _conninfo(server)
    _bare_table(conninfo, "listed", "name text, owner text, review_by text, tags text, "
                "number integer, author text, created_at text", rows)  # fmt: skip
    assert len(list_documents(url)) == LISTED
    ours = median_time(lambda: list_documents(url))
    ref = median_time(lambda: _bare_list(conninfo))
    return compare("library.list_10k", ours, "psycopg SELECT of listed columns", ref, 0.2)


def run() -> list[Result]:
    """Time push, pull and list on a PostgreSQL of this run's own; none without one."""
    binaries = bin_folder()
    if binaries is None:
        print("library.*: skipped, PostgreSQL is not installed", file=sys.stderr)
        return []
    with throwaway_server(binaries, durable=True) as server:
        return [*_save_and_open(server.url), _list(server.url)]

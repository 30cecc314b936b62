"""file.*: save and open the 2,000-touchpoint document as .jmap, against raw sqlite3."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.generate import build_large_document
from benchmarks.harness import Result, compare, median_time
from journeymap.storage import open_document, save_document
from journeymap.storage.jmap import _rows
from journeymap.storage.schema import metadata


def _raw_write(path: Path, rows) -> None:
    """The reference: the same rows into the same tables with sqlite3 executemany,
    synced to disk as a save must be (our save also writes a temporary file and renames
    it over the target: that part is ours alone)."""
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    for table, table_rows in rows.items():
        columns = [c.name for c in table.columns]
        connection.execute(f"CREATE TABLE {table.name} ({', '.join(columns)})")
        if table_rows:
            marks = ", ".join(f":{c}" for c in columns)
            connection.executemany(f"INSERT INTO {table.name} VALUES ({marks})", table_rows)
    connection.commit()
    connection.close()
    with open(path, "rb+") as written:
        os.fsync(written.fileno())


def _raw_read(path: Path) -> None:
    connection = sqlite3.connect(path)
    for table in metadata.sorted_tables:
        connection.execute(f"SELECT * FROM {table.name}").fetchall()
    connection.close()


def run() -> list[Result]:
    """Time .jmap save and open against raw sqlite3 with the same rows."""
    doc, _ = build_large_document()
    folder = Path(tempfile.mkdtemp(prefix="jm-bench-"))
    ours_path, raw_path = folder / "bench.jmap", folder / "raw.sqlite"
    save_document(doc, ours_path)  # warm up imports
    ours = median_time(lambda: save_document(doc, ours_path))
    ref = median_time(lambda: _raw_write(raw_path, _rows(doc)))
    results = [compare("file.save_2000", ours, "sqlite3 executemany, same rows", ref, 0.5)]
    ours = median_time(lambda: open_document(ours_path))
    ref = median_time(lambda: _raw_read(raw_path))
    results.append(compare("file.open_2000", ours, "sqlite3 SELECT *, same tables", ref, 0.5))
    return results

"""The .jmap document file: one SQLite database written through SQLAlchemy 2.x.

The engine comes from a SQLAlchemy URL; a plain path means an embedded SQLite file, so
a shared database server can follow later. Saving a file is atomic: the document is
written to a temporary file in the same folder, synced, and renamed over the target,
so a crash never leaves a half-written file and never loses the previous version.
Reading opens SQLite read-only and checks every value through the same rules as the
JSON format, so a bad file is refused with a message and never modified.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from journeymap.model.document import Document
from journeymap.model.serialize import FORMAT_NAME, FORMAT_VERSION, document_from_dict
from journeymap.model.validation import InvalidValue
from journeymap.storage import schema as s
from journeymap.storage.atomic import atomic_write
from journeymap.storage.errors import DocumentFileError


def is_url(location: str | Path) -> bool:
    """Whether a location is a SQLAlchemy URL rather than a file path."""
    return "://" in str(location)


def _sqlite_engine(path: Path, readonly: bool) -> Engine:
    if readonly:
        # URI mode=ro: SQLite itself refuses to write, so opening never modifies the file.
        uri = f"file:{path.resolve().as_posix()}?mode=ro"
        return create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _fast_private_file(dbapi_connection: Any, _record: Any) -> None:
        # A temporary file no one else sees: no journal needed; we fsync it ourselves.
        dbapi_connection.execute("PRAGMA journal_mode=OFF")
        dbapi_connection.execute("PRAGMA synchronous=OFF")

    return engine


# ---- writing --------------------------------------------------------------------------


def _rows(doc: Document) -> dict[Any, list[dict[str, Any]]]:
    """Every row of every table, built straight from the objects for speed."""
    rows: dict[Any, list[dict[str, Any]]] = {t: [] for t in s.metadata.sorted_tables}
    rows[s.meta] = [
        {"key": "application", "value": s.APPLICATION},
        {"key": "schema_version", "value": str(s.SCHEMA_VERSION)},
    ]
    rows[s.personas] = [
        {"id": p.id, "position": i, "name": p.name, "description": p.description}
        for i, p in enumerate(doc.personas)
    ]
    tp_fields = ("stage_id", *s.TOUCHPOINT_TEXT, *s.TOUCHPOINT_WHOLE, *s.TOUCHPOINT_FLAGS, "y")
    for jpos, j in enumerate(doc.journeys):
        rows[s.journeys].append(
            {"id": j.id, "position": jpos, "name": j.name, "description": j.description,
             "persona_id": j.persona_id, "state": j.state, "language": j.language}
        )  # fmt: skip
        for i, st in enumerate(j.stages):
            rows[s.stages].append(
                {"id": st.id, "journey_id": j.id, "position": i, "name": st.name,
                 "description": st.description}
            )  # fmt: skip
        for i, tp in enumerate(j.touchpoints):
            row = {name: getattr(tp, name) for name in tp_fields}
            row.update(id=tp.id, journey_id=j.id, position=i)
            rows[s.touchpoints].append(row)
            rows[s.targets] += [
                {"touchpoint_id": tp.id, "metric": m, "value": v} for m, v in tp.targets.items()
            ]
        for i, t in enumerate(j.transitions):
            rows[s.transitions].append(
                {"id": t.id, "journey_id": j.id, "position": i, "source": t.source,
                 "target": t.target, "share": t.share, "label": t.label}
            )  # fmt: skip
        for i, m in enumerate(j.measurements):
            rows[s.measurements].append(
                {"id": m.id, "journey_id": j.id, "position": i, "touchpoint_id": m.touchpoint_id,
                 "metric": m.metric, "segment": m.segment, "source": m.source, "date": m.date}
            )  # fmt: skip
            rows[s.counts] += [
                {"measurement_id": m.id, "answer": a, "count": c} for a, c in m.counts.items()
            ]
    return rows


def _bulk_insert(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """One executemany for a table's rows. The INSERT is compiled once for the
    connection's dialect and the rows go to the driver as they are, skipping
    SQLAlchemy's per-row parameter processing, which costs more than the insert."""
    columns = [c.name for c in table.columns]
    compiled = table.insert().compile(dialect=connection.dialect, column_keys=columns)
    if compiled.positional:
        order = compiled.positiontup or columns
        params: list[Any] = [tuple(row[c] for c in order) for row in rows]
    else:
        params = rows
    connection.exec_driver_sql(compiled.string, params)


def write_document(doc: Document, connection: Connection, fresh: bool = False) -> None:
    """Create the schema and write the whole document in bulk (executemany per table).
    ``fresh`` says the database is new and empty, so nothing needs dropping first."""
    if not fresh:
        s.metadata.drop_all(connection)
    s.metadata.create_all(connection, checkfirst=not fresh)
    for table, rows in _rows(doc).items():
        if rows:
            _bulk_insert(connection, table, rows)


def save_jmap(doc: Document, location: str | Path) -> None:
    """Save a document to a .jmap file atomically, or into the database at a URL."""

    def write(engine: Engine, fresh: bool) -> None:
        try:
            with engine.begin() as connection:
                write_document(doc, connection, fresh)
        except SQLAlchemyError as error:
            raise DocumentFileError(location, f"could not be written: {error}") from None
        finally:
            engine.dispose()

    if is_url(location):
        write(create_engine(str(location)), fresh=False)
    else:
        atomic_write(location, lambda temp: write(_sqlite_engine(temp, readonly=False), True))


# ---- reading --------------------------------------------------------------------------


def _schema_version(connection: Connection, location: str | Path) -> int:
    tables = set(inspect(connection).get_table_names())
    if "meta" not in tables:
        raise DocumentFileError(location, "is a database, but not a journeymap document")
    values = {k: v for k, v in connection.execute(select(s.meta.c.key, s.meta.c.value))}
    if values.get("application") != s.APPLICATION:
        raise DocumentFileError(location, "is a database, but not a journeymap document")
    try:
        version = int(values.get("schema_version", ""))
    except ValueError:
        raise DocumentFileError(location, "has no readable schema version") from None
    if version > s.SCHEMA_VERSION:
        raise DocumentFileError(
            location,
            f"was written by a newer journeymap (file format version {version}; this one "
            f"reads up to {s.SCHEMA_VERSION}). Please update journeymap to open it.",
        )
    missing = {t.name for t in s.metadata.sorted_tables} - tables
    if missing:
        raise DocumentFileError(location, f"is damaged: table {sorted(missing)[0]} is missing")
    return version


def _grouped(connection: Connection, table: Any, key: str) -> dict[str, list[dict[str, Any]]]:
    """Rows of a table by journey (or another key), in their stored order."""
    order = [table.c[key], table.c.position] if "position" in table.c else [table.c[key]]
    result = connection.execute(select(table).order_by(*order))
    names = tuple(result.keys())
    groups: dict[str, list[dict[str, Any]]] = {}
    for values in result:
        row = dict(zip(names, values, strict=True))
        groups.setdefault(row[key], []).append(row)
    return groups


def read_document(connection: Connection, location: str | Path) -> Document:
    """Read and check a whole document from an open database connection."""
    _schema_version(connection, location)
    targets = _grouped(connection, s.targets, "touchpoint_id")
    counts = _grouped(connection, s.counts, "measurement_id")
    by_journey = {
        name: _grouped(connection, table, "journey_id")
        for name, table in (("stages", s.stages), ("touchpoints", s.touchpoints),
                            ("transitions", s.transitions), ("measurements", s.measurements))
    }  # fmt: skip

    def strip(row: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k not in ("position", "journey_id")}

    journeys = []
    for row in connection.execute(select(s.journeys).order_by(s.journeys.c.position)).mappings():
        journey = strip(dict(row))
        for name, groups in by_journey.items():
            journey[name] = [strip(r) for r in groups.get(row["id"], [])]
        for tp in journey["touchpoints"]:
            tp["targets"] = {t["metric"]: t["value"] for t in targets.get(tp["id"], [])}
        for m in journey["measurements"]:
            m["counts"] = {c["answer"]: c["count"] for c in counts.get(m["id"], [])}
        journeys.append(journey)
    personas = [
        strip(dict(r))
        for r in connection.execute(select(s.personas).order_by(s.personas.c.position)).mappings()
    ]
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "personas": personas,
            "journeys": journeys}  # fmt: skip
    try:
        return document_from_dict(data)
    except (InvalidValue, TypeError) as error:
        raise DocumentFileError(location, f"holds an invalid value: {error}") from None


def open_jmap(location: str | Path) -> Document:
    """Open a .jmap file (read-only) or the database at a URL; DocumentFileError if bad."""
    if is_url(location):
        engine = create_engine(str(location))
    else:
        path = Path(location)
        if not path.is_file():
            raise DocumentFileError(
                path, "does not exist" if not path.exists() else "is not a file"
            )
        engine = _sqlite_engine(path, readonly=True)
    try:
        with engine.connect() as connection:
            return read_document(connection, location)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error)
        if "not a database" in reason:
            raise DocumentFileError(location, "is not a journeymap document") from None
        if "malformed" in reason:
            raise DocumentFileError(location, "is damaged (truncated or corrupted)") from None
        raise DocumentFileError(location, f"cannot be read: {reason}") from None
    finally:
        engine.dispose()

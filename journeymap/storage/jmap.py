"""The .jmap document file: one SQLite database written through SQLAlchemy 2.x.

The engine comes from a SQLAlchemy URL; a plain path (or a ``sqlite:///`` URL naming a
file) means an embedded SQLite file, so a shared database server can follow later.
Saving a file is atomic: the document is written to a temporary file in the same folder,
synced, and renamed over the target, so a crash never leaves a half-written file and
never loses the previous version. Reading trusts nothing in the file: its bytes are read
once into a locked-down in-memory database (see sqlitefile), the schema must be exactly
journeymap's (see schemacheck), row counts are bounded (see limits), and every value is
read with its exact SQLite type and checked through the same rules as the JSON format.
A bad file is refused with one message and never modified.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Engine,
    Float,
    Integer,
    LargeBinary,
    Table,
    create_engine,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from journeymap.errors import DocumentFileError
from journeymap.model.document import Document
from journeymap.model.migrations import mark_unknown_segments, touchpoint_texts_to_notes
from journeymap.model.origin import LibraryOrigin, origin_from_dict
from journeymap.model.serialize import FORMAT_NAME, FORMAT_VERSION, document_from_dict
from journeymap.model.validation import InvalidValue
from journeymap.storage import schema as s
from journeymap.storage.atomic import atomic_write
from journeymap.storage.limits import check_object_counts, object_counts
from journeymap.storage.ondisk import FileStamp
from journeymap.storage.schemacheck import check_schema
from journeymap.storage.sqlitefile import memory_engine, read_file, writing_engine
from journeymap.words import phrase


def is_url(location: str | Path) -> bool:
    """Whether a location is a SQLAlchemy URL rather than a file path."""
    return "://" in str(location)


def file_of(location: str | Path) -> Path | None:
    """The SQLite file a location names (a path, or a ``sqlite:///FILE`` URL), or None
    for a database server's URL."""
    if not is_url(location):
        return Path(location)
    try:
        url = make_url(str(location))
    except ArgumentError:
        raise DocumentFileError(location, phrase("is not a valid database URL")) from None
    database = url.database or ""
    plain_file = database not in ("", ":memory:") and not database.startswith("file:")
    if url.get_backend_name() == "sqlite" and plain_file and not url.query:
        return Path(database)
    return None


# ---- writing --------------------------------------------------------------------------


#: The table of each kind of object.
_TABLES = {
    kind: s.metadata.tables[s.table_name(kind)] for kind in (*s.DOCUMENT_LEVEL, *s.JOURNEY_LEVEL)
}
#: The columns that hold an object's own attributes: its id and declared fields (a
#: journey-level row's journey_id names its parent; a solution's is a field of its own).
_OWN_COLUMNS = {
    kind: tuple(
        c.name for c in table.columns
        if c.name != "position" and (c.name != "journey_id" or kind in s.DOCUMENT_LEVEL)
    )
    for kind, table in _TABLES.items()
}  # fmt: skip


def _row(kind: str, obj: Any, position: int) -> dict[str, Any]:
    row = {name: getattr(obj, name) for name in _OWN_COLUMNS[kind]}
    row["position"] = position
    return row


def _rows(doc: Document) -> dict[Any, list[dict[str, Any]]]:
    """Every row of every table, built straight from the objects for speed."""
    rows: dict[Any, list[dict[str, Any]]] = {t: [] for t in s.metadata.sorted_tables}
    rows[s.meta] = [
        {"key": "application", "value": s.APPLICATION},
        {"key": "schema_version", "value": str(s.SCHEMA_VERSION)},
    ]
    if doc.library_origin is not None:
        origin = json.dumps(doc.library_origin.to_dict(), ensure_ascii=False)
        rows[s.meta].append({"key": "library", "value": origin})
    rows[s.personas] = [_row("persona", p, i) for i, p in enumerate(doc.personas)]
    _opportunity_rows(doc, rows)
    for jpos, j in enumerate(doc.journeys):
        rows[s.journeys].append(_row("journey", j, jpos))
        for kind in s.JOURNEY_LEVEL:
            table = _TABLES[kind]
            for i, obj in enumerate(getattr(j, table.name)):
                row = _row(kind, obj, i)
                row["journey_id"] = j.id
                rows[table].append(row)
        for tp in j.touchpoints:
            rows[s.targets] += [
                {"touchpoint_id": tp.id, "metric": m, "value": v} for m, v in tp.targets.items()
            ]
        for m in j.measurements:
            rows[s.counts] += [
                {"measurement_id": m.id, "answer": a, "count": c} for a, c in m.counts.items()
            ]
        for note in j.notes:
            rows[s.note_touchpoints] += [
                {"note_id": note.id, "touchpoint_id": t, "position": i}
                for i, t in enumerate(note.touchpoint_ids)
            ]
        for path in j.observed_paths:
            rows[s.observed_path_touchpoints] += [
                {"observed_path_id": path.id, "position": i, "touchpoint_id": t}
                for i, t in enumerate(path.touchpoint_ids)
            ]
    return rows


def _opportunity_rows(doc: Document, rows: dict[Any, list[dict[str, Any]]]) -> None:
    """The rows of the opportunities, their links and effects, and their solutions."""
    rows[s.opportunities] = [_row("opportunity", o, i) for i, o in enumerate(doc.opportunities)]
    rows[s.solutions] = [_row("solution", x, i) for i, x in enumerate(doc.solutions)]
    for o in doc.opportunities:
        rows[s.opportunity_links] += [
            {"opportunity_id": o.id, "position": i, "kind": link.kind, "object_id": link.id,
             "metric": link.metric}
            for i, link in enumerate(o.links)
        ]  # fmt: skip
        rows[s.opportunity_effects] += [
            {"opportunity_id": o.id, "position": i, "touchpoint_id": e.touchpoint_id,
             "metric": e.metric, "target": e.target}
            for i, e in enumerate(o.effects)
        ]  # fmt: skip
    for x in doc.solutions:
        rows[s.solution_touchpoints] += [
            {"solution_id": x.id, "position": i, "touchpoint_id": t}
            for i, t in enumerate(x.touchpoint_ids)
        ]


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


def database_error(error: Exception) -> str:
    """The driver's own words for a database error, without SQLAlchemy's SQL dump."""
    reason = str(getattr(error, "orig", None) or error)
    if "disk is full" in reason or "disk I/O error" in reason:
        return phrase("the disk is full or cannot be written")
    return reason.splitlines()[0][:200] if reason else type(error).__name__


def save_jmap(
    doc: Document, location: str | Path, expected: FileStamp | None = None
) -> FileStamp | None:
    """Save a document to a .jmap file atomically, or into the database at a URL.
    With ``expected`` (the stamp from reading), refuses with DocumentChangedOnDisk when
    the file changed meanwhile. Returns the stamp of the file written (None for a URL)."""
    check_object_counts(object_counts(doc), location)

    def write(engine: Engine, fresh: bool) -> None:
        try:
            with engine.begin() as connection:
                write_document(doc, connection, fresh)
        except (SQLAlchemyError, sqlite3.Error, OverflowError) as error:
            raise DocumentFileError(
                location, phrase("could not be written: {reason}", reason=database_error(error))
            ) from None
        finally:
            engine.dispose()

    path = file_of(location)
    if path is None:
        write(create_engine(str(location)), fresh=False)
        return None
    return atomic_write(path, lambda temp: write(writing_engine(temp), True), expected)


# ---- reading --------------------------------------------------------------------------


def _text(value: Any) -> Any:
    if type(value) is not str:
        raise TypeError(phrase("is not text"))
    return value


def _whole(value: Any) -> Any:
    if type(value) is not int:  # a REAL 4.5 is refused, never truncated to 4
        raise TypeError(phrase("is not a whole number"))
    return value


def _flag(value: Any) -> bool:
    if type(value) is not int or value not in (0, 1):  # 'false', 'no', 2: refused
        raise TypeError(phrase("is not true or false (0 or 1)"))
    return bool(value)


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise TypeError(phrase("is not a number"))
    return float(value)


def _blob(value: Any) -> bytes:
    if type(value) is not bytes:
        raise TypeError(phrase("is not binary data"))
    return value


def _said(problem: TypeError) -> str:
    """What a reader above says is wrong: its phrase, kept for the GUI to translate."""
    return (
        problem.args[0]
        if len(problem.args) == 1 and isinstance(problem.args[0], str)
        else str(problem)
    )


def _reader(column: Any) -> Any:
    if isinstance(column.type, LargeBinary):
        return _blob
    if isinstance(column.type, Boolean):
        return _flag
    if isinstance(column.type, Integer):
        return _whole
    if isinstance(column.type, Float):
        return _number
    return _text


def _read_table(connection: Connection, table: Table, location: str | Path) -> list[dict]:
    """Every row of a table, only its expected columns, each value of its exact type."""
    names = [c.name for c in table.columns]
    readers = [(c.name, _reader(c), c.nullable) for c in table.columns]
    order = ' ORDER BY "position"' if "position" in table.c else ""
    listed = ", ".join(f'"{name}"' for name in names)
    result = connection.exec_driver_sql(f'SELECT {listed} FROM "{table.name}"{order}')
    rows = []
    for values in result:
        row = {}
        for (name, read, nullable), value in zip(readers, values, strict=True):
            if value is None and nullable:
                row[name] = None
                continue
            try:
                row[name] = read(value)
            except TypeError as problem:
                what = (
                    phrase("is missing (NULL)")
                    if value is None
                    else phrase("{value} {problem}", value=f"{value!r:.60}", problem=_said(problem))
                )
                key = values[0]
                raise DocumentFileError(
                    location,
                    phrase(
                        "holds an invalid value: {place}: {what}",
                        place=f"{table.name}[{key!r:.60}].{name}",
                        what=what,
                    ),
                ) from None
        rows.append(row)
    return rows


def _by(
    rows: list[dict], key: str, parents: set, location: str | Path, table: str
) -> dict[str, list[dict[str, Any]]]:
    """Rows grouped by their parent's id; a row whose parent does not exist is refused,
    never dropped (it would vanish on the next save)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        parent = row.pop(key)
        if parent not in parents:
            first = next(iter(row.values()))
            raise DocumentFileError(
                location,
                phrase(
                    "is damaged: {table} row {row} belongs to {owner} {parent}, "
                    "which is not in the file",
                    table=table,
                    row=f"{first!r:.60}",
                    owner=key[:-3],
                    parent=f"{parent!r:.60}",
                ),
            )
        row.pop("position", None)
        groups.setdefault(parent, []).append(row)
    return groups


def _mapping(rows: list[dict], key: str, value: str, location: str | Path) -> dict:
    """Target or count rows as a mapping; a key twice (the file's primary key broken)
    is refused rather than one row silently winning."""
    mapping = {row[key]: row[value] for row in rows}
    if len(mapping) != len(rows):
        raise DocumentFileError(
            location, phrase("is damaged: the same {key} appears twice", key=key)
        )
    return mapping


def read_document(connection: Connection, location: str | Path) -> Document:
    """Check the schema, bound the row counts, then read and check the whole document.
    A file of an older schema version is migrated as it is read (see schema.py); the
    document says so in ``migrated_from``."""
    version = check_schema(connection, location)
    # an older file is read through its own version's tables: only the columns it has
    tables = [t for t in s.metadata_of(version).sorted_tables if t.name != "meta"]
    counted = {
        t.name: connection.exec_driver_sql(f'SELECT count(*) FROM "{t.name}"').scalar_one()
        for t in tables
    }
    check_object_counts(counted, location)
    rows = {t.name: _read_table(connection, t, location) for t in tables}
    personas = rows["personas"]
    journeys = rows["journeys"]
    journey_ids = {j["id"] for j in journeys}
    children = {
        name: _by(rows.get(name, []), "journey_id", journey_ids, location, name)
        for name in (s.table_name(kind) for kind in s.JOURNEY_LEVEL)
    }
    tp_ids = {tp["id"] for group in children["touchpoints"].values() for tp in group}
    m_ids = {m["id"] for group in children["measurements"].values() for m in group}
    note_ids = {n["id"] for group in children["notes"].values() for n in group}
    targets = _by(rows["targets"], "touchpoint_id", tp_ids, location, "targets")
    counts = _by(rows["counts"], "measurement_id", m_ids, location, "counts")
    links = _by(rows.get("note_touchpoints", []), "note_id", note_ids, location, "note links")
    path_ids = {p["id"] for group in children["observed_paths"].values() for p in group}
    passed = _by(rows.get("observed_path_touchpoints", []), "observed_path_id", path_ids,
                 location, "observed path touchpoints")  # fmt: skip
    opportunities = rows.get("opportunities", [])
    solutions = rows.get("solutions", [])
    for row in (*personas, *journeys, *opportunities, *solutions):
        row.pop("position")
    _opportunity_parts(rows, opportunities, solutions, location)
    for journey in journeys:
        for name, groups in children.items():
            journey[name] = groups.get(journey["id"], [])
        for tp in journey["touchpoints"]:
            tp["targets"] = _mapping(targets.get(tp["id"], []), "metric", "value", location)
        for m in journey["measurements"]:
            m["counts"] = _mapping(counts.get(m["id"], []), "answer", "count", location)
        for note in journey["notes"]:  # the rows come in their order (by position)
            note["touchpoint_ids"] = [row["touchpoint_id"] for row in links.get(note["id"], [])]
        for path in journey["observed_paths"]:
            path["touchpoint_ids"] = [row["touchpoint_id"] for row in passed.get(path["id"], [])]
        journey["lanes"] = _lanes_with_notes(journey, location)
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "personas": personas,
            "journeys": journeys, "opportunities": opportunities}  # fmt: skip
    try:
        if version < 4:
            touchpoint_texts_to_notes(data)
        doc = document_from_dict(data)
    except (InvalidValue, TypeError) as error:
        raise DocumentFileError(
            location, phrase("holds an invalid value: {error}", error=str(error))
        ) from None
    # Older versions' rows read as they are: the columns added since take the fields'
    # defaults (schema.py); the columns dropped since are migrated above.
    if version < 3:  # blank segment cells were written as segment ""
        mark_unknown_segments(doc)
    doc.migrated_from = version if version < s.SCHEMA_VERSION else None
    doc.library_origin = _library_origin(connection, location)
    return doc


def _library_origin(connection: Connection, location: str | Path) -> LibraryOrigin | None:
    """The team library the file came from, kept in its meta table (None: a local file)."""
    value = connection.exec_driver_sql("SELECT value FROM meta WHERE key = 'library'").scalar()
    if value is None:
        return None
    try:
        return origin_from_dict(json.loads(value))
    except (InvalidValue, TypeError, ValueError) as error:
        raise DocumentFileError(
            location, phrase("holds an invalid library origin: {error}", error=str(error))
        ) from None


def _opportunity_parts(
    rows: dict[str, list[dict]], opportunities: list[dict], solutions: list[dict],
    location: str | Path,
) -> None:  # fmt: skip
    """Give each opportunity row its links, effects and solutions (each solution its
    touchpoints), as the interchange format nests them; rows of an opportunity or solution
    not in the file are refused."""
    o_ids = {o["id"] for o in opportunities}
    s_ids = {x["id"] for x in solutions}
    links = _by(rows.get("opportunity_links", []), "opportunity_id", o_ids, location, "links")
    effects = _by(rows.get("opportunity_effects", []), "opportunity_id", o_ids, location,
                  "effects")  # fmt: skip
    realised = _by(rows.get("solution_touchpoints", []), "solution_id", s_ids, location,
                   "solution touchpoints")  # fmt: skip
    inside = _by(solutions, "opportunity_id", o_ids, location, "solutions")
    for x in solutions:
        x["touchpoint_ids"] = [row["touchpoint_id"] for row in realised.get(x["id"], [])]
    for o in opportunities:
        o["links"] = [{"kind": r["kind"], "id": r["object_id"], "metric": r["metric"]}
                      for r in links.get(o["id"], [])]  # fmt: skip
        o["effects"] = effects.get(o["id"], [])
        o["solutions"] = inside.get(o["id"], [])


def _lanes_with_notes(journey: dict[str, Any], location: str | Path) -> list[dict[str, Any]]:
    """A journey's lane rows with their note rows inside, as the interchange format has
    them; a note of a lane that is not in the journey is refused, never dropped."""
    lanes = journey.pop("lanes")
    inside: dict[str, list[dict[str, Any]]] = {lane["id"]: [] for lane in lanes}
    for note in journey.pop("notes"):
        lane_id = note.pop("lane_id")
        if lane_id not in inside:
            raise DocumentFileError(
                location,
                phrase(
                    "is damaged: note {note} belongs to lane {lane}, which is not in its journey",
                    note=f"{note['id']!r:.60}",
                    lane=f"{lane_id!r:.60}",
                ),
            )
        inside[lane_id].append(note)
    return [{**lane, "notes": inside[lane["id"]]} for lane in lanes]


_NOT_UTF8 = phrase("holds text that is not valid UTF-8, so it is damaged")


def _reading_error(error: Exception) -> str:
    reason = database_error(error)
    if "not a database" in reason:
        return phrase("is not a journeymap document")
    if "malformed" in reason:
        return phrase("is damaged (truncated or corrupted)")
    if "decode" in reason or "UTF-8" in reason:
        return _NOT_UTF8
    if "interrupted" in reason:
        return phrase("took too long to read; it is refused")
    if "too big" in reason:
        return phrase("holds a value far longer than a journeymap document allows")
    return phrase("cannot be read: {reason}", reason=reason)


def open_jmap_stamped(location: str | Path) -> tuple[Document, FileStamp | None]:
    """Open a .jmap file (reading it once, never writing) or the database at a URL, with
    the stamp of the bytes read (None for a database server); DocumentFileError if bad."""
    path = file_of(location)
    stamp = None
    if path is None:
        engine = create_engine(str(location))
    else:
        data, stamp = read_file(path)
        engine = memory_engine(data)
    try:
        with engine.connect() as connection:
            return read_document(connection, location), stamp
    except (SQLAlchemyError, sqlite3.Error) as error:
        raise DocumentFileError(location, _reading_error(error)) from None
    except UnicodeDecodeError:  # the sqlite3 module's own decoding, e.g. of schema text
        raise DocumentFileError(location, _NOT_UTF8) from None
    finally:
        engine.dispose()


def open_jmap(location: str | Path) -> Document:
    """Open a .jmap file or the database at a URL; DocumentFileError if bad."""
    return open_jmap_stamped(location)[0]

"""The tables of a .jmap document database, built from the entities' field declarations.

Each kind of object has a table: its id, its journey (for journey-level kinds), its
``position`` (order), and one column per declared field (model/fields.py), typed by the
field's kind. Targets and distributions, mappings, get tables of their own, so every
figure is a plain row that SQL can query.

Schema versions (docs/file-format.md):

1. the first layout, where ``touchpoints.channel`` was declared TEXT;
2. the layout derived from the declarations: every choice column is VARCHAR, the
   channel's too. The values are the same, so a version-1 file migrates on opening by
   being read as it is;
3. weighted surveys and segments as parts of a source: ``measurements`` gains
   ``segmented``, ``respondents`` and ``effective_n``, and ``counts.count`` becomes a
   FLOAT (a sum of weights); ``personas`` gains ``quote``, ``goals``, ``needs``,
   ``frustrations`` and ``picture`` (a BLOB); the tables ``lanes``, ``notes`` and
   ``note_touchpoints`` hold the map's lanes and sticky notes. An older file's
   measurements read as unweighted and segmented exactly when they name a segment, its
   personas with none of the new texts and no picture, its journeys with no lanes (the
   fields' defaults, see entities.py);
4. ``touchpoints`` loses ``pain_points`` and ``opportunities``: an older file's texts
   become notes in the lanes of those kinds, linked to their touchpoint
   (model/migrations.py); the tables ``opportunities`` (with ``opportunity_links`` and
   ``opportunity_effects``), ``solutions`` and ``solution_touchpoints`` hold the
   document's opportunities. An older file has none. ``transitions`` gains ``count``,
   ``median_hours`` and ``p90_hours``, and the tables ``observed_paths`` and
   ``observed_path_touchpoints`` hold a discovered journey's variants (docs/discovery.md);
   an older file's transitions read with None and its journeys with no observed paths.

``OLDER_LAYOUTS`` says how each older version's tables looked, for the schema check and
for reading only the columns such a file has; the next save writes the current version.
"""

from __future__ import annotations

import functools
from dataclasses import Field

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from journeymap.model.declared import DECLARED

SCHEMA_VERSION = 4
APPLICATION = "journeymap"

#: The SQL type of each kind of declared value.
COLUMN_TYPES: dict[str, type[TypeEngine]] = {
    "text": Text,
    "choice": String,
    "date": String,
    "reference": String,
    "whole": Integer,
    "flag": Boolean,
    "number": Float,
    "picture": LargeBinary,
    "colour": String,
}
#: How each older schema version's tables differed from the current ones: (table,
#: column) -> the SQL type it was declared with, or None where it had no such column.
#: A version that adds or drops tables needs more than this; see docs/file-format.md.
_BEFORE_WEIGHTS: dict[tuple[str, str], type[TypeEngine] | None] = {
    ("measurements", "segmented"): None,
    ("measurements", "respondents"): None,
    ("measurements", "effective_n"): None,
    ("counts", "count"): Integer,
    **{("personas", name): None for name in ("quote", "goals", "needs", "frustrations", "picture")},
}
_BEFORE_DISCOVERY: dict[tuple[str, str], type[TypeEngine] | None] = {
    ("transitions", name): None for name in ("count", "median_hours", "p90_hours")
}
OLDER_LAYOUTS: dict[int, dict[tuple[str, str], type[TypeEngine] | None]] = {
    1: {("touchpoints", "channel"): Text, **_BEFORE_WEIGHTS, **_BEFORE_DISCOVERY},
    2: {**_BEFORE_WEIGHTS, **_BEFORE_DISCOVERY},
    3: _BEFORE_DISCOVERY,
}
#: The columns older schema versions had that no field declares any more, per table.
_TOUCHPOINT_TEXTS = {"touchpoints": {"pain_points": Text, "opportunities": Text}}
OLDER_COLUMNS: dict[int, dict[str, dict[str, type[TypeEngine]]]] = {
    1: _TOUCHPOINT_TEXTS,
    2: _TOUCHPOINT_TEXTS,
    3: _TOUCHPOINT_TEXTS,
}
#: The tables each older schema version did not have yet.
_LANE_TABLES = frozenset({"lanes", "notes", "note_touchpoints"})
_OPPORTUNITY_TABLES = frozenset(
    {"opportunities", "opportunity_links", "opportunity_effects", "solutions",
     "solution_touchpoints"}
)  # fmt: skip
_PATH_TABLES = frozenset({"observed_paths", "observed_path_touchpoints"})
OLDER_TABLES: dict[int, frozenset[str]] = {
    1: _LANE_TABLES | _OPPORTUNITY_TABLES | _PATH_TABLES,
    2: _LANE_TABLES | _OPPORTUNITY_TABLES | _PATH_TABLES,
    3: _OPPORTUNITY_TABLES | _PATH_TABLES,
}
#: The journey-level kinds, whose rows name their journey.
JOURNEY_LEVEL = (
    "stage", "touchpoint", "transition", "measurement", "lane", "note", "observed_path"
)  # fmt: skip
#: The kinds that belong to the document itself, in the order their tables are made.
DOCUMENT_LEVEL = ("persona", "journey", "opportunity", "solution")


def table_name(kind: str) -> str:
    """The table of a kind of object: "touchpoint" -> "touchpoints", "opportunity" ->
    "opportunities"."""
    return "opportunities" if kind == "opportunity" else f"{kind}s"


def _column(
    table: str, declared: Field, types: dict[tuple[str, str], type[TypeEngine] | None]
) -> Column | None:
    """The column of a declared field, as a schema version has it (None: it has none)."""
    kind = declared.metadata["kind"]
    sql_type = types.get((table, declared.name), COLUMN_TYPES[kind])
    if sql_type is None:
        return None
    refers_to = declared.metadata["refers_to"]
    keys = [ForeignKey(f"{table_name(refers_to)}.id")] if refers_to else []
    return Column(declared.name, sql_type, *keys, nullable=declared.metadata["optional"])


def _build(version: int) -> MetaData:
    """The tables as schema ``version`` declares them."""
    types = OLDER_LAYOUTS.get(version, {})
    absent = OLDER_TABLES.get(version, frozenset())
    dropped = OLDER_COLUMNS.get(version, {})
    metadata = MetaData()
    Table(
        "meta",
        metadata,
        Column("key", String, primary_key=True),
        Column("value", Text, nullable=False),
    )
    for kind in (*DOCUMENT_LEVEL[:2], *JOURNEY_LEVEL, *DOCUMENT_LEVEL[2:]):
        name = table_name(kind)
        if name in absent:
            continue
        parent = (
            [Column("journey_id", String, ForeignKey("journeys.id"), nullable=False, index=True)]
            if kind in JOURNEY_LEVEL
            else []
        )
        Table(
            name,
            metadata,
            Column("id", String, primary_key=True),
            *parent,
            Column("position", Integer, nullable=False),
            *(
                column
                for declared in DECLARED[kind]
                if declared.metadata["kind"] in COLUMN_TYPES
                and (column := _column(name, declared, types)) is not None
            ),
            *(
                Column(column, sql_type, nullable=False)
                for column, sql_type in dropped.get(name, {}).items()
            ),
        )
    Table(
        "targets",
        metadata,
        Column("touchpoint_id", String, ForeignKey("touchpoints.id"), primary_key=True),
        Column("metric", String, primary_key=True),
        Column("value", Float, nullable=False),
    )
    Table(
        "counts",
        metadata,
        Column("measurement_id", String, ForeignKey("measurements.id"), primary_key=True),
        Column("answer", Integer, primary_key=True),
        Column("count", types.get(("counts", "count"), Float), nullable=False),
    )
    if "opportunity_links" not in absent:
        _opportunity_tables(metadata)
    if "note_touchpoints" not in absent:
        Table(
            "note_touchpoints",  # the touchpoints a note is about, in their order
            metadata,
            Column("note_id", String, ForeignKey("notes.id"), primary_key=True),
            Column("touchpoint_id", String, ForeignKey("touchpoints.id"), primary_key=True),
            Column("position", Integer, nullable=False),
        )
    if "observed_path_touchpoints" not in absent:
        Table(
            "observed_path_touchpoints",  # a path's touchpoints in order, repeats allowed
            metadata,
            Column("observed_path_id", String, ForeignKey("observed_paths.id"), primary_key=True),
            Column("position", Integer, primary_key=True),
            Column("touchpoint_id", String, nullable=False),
        )
    return metadata


def _opportunity_tables(metadata: MetaData) -> None:
    """What opportunities address and aim for, and where their solutions are made real,
    in order. The ids they name are not foreign keys: a link may outlive its object."""
    Table(
        "opportunity_links",
        metadata,
        Column("opportunity_id", String, ForeignKey("opportunities.id"), primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("kind", String, nullable=False),
        Column("object_id", String, nullable=False),
        Column("metric", String, nullable=False),
    )
    Table(
        "opportunity_effects",
        metadata,
        Column("opportunity_id", String, ForeignKey("opportunities.id"), primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("touchpoint_id", String, nullable=False),
        Column("metric", String, nullable=False),
        Column("target", Float, nullable=False),
    )
    Table(
        "solution_touchpoints",
        metadata,
        Column("solution_id", String, ForeignKey("solutions.id"), primary_key=True),
        Column("position", Integer, primary_key=True),
        Column("touchpoint_id", String, nullable=False),
    )


@functools.cache
def metadata_of(version: int) -> MetaData:
    """The tables of one schema version, to check an older file against."""
    return _build(version)


metadata = metadata_of(SCHEMA_VERSION)
meta = metadata.tables["meta"]
personas = metadata.tables["personas"]
journeys = metadata.tables["journeys"]
stages = metadata.tables["stages"]
touchpoints = metadata.tables["touchpoints"]
targets = metadata.tables["targets"]
transitions = metadata.tables["transitions"]
measurements = metadata.tables["measurements"]
counts = metadata.tables["counts"]
lanes = metadata.tables["lanes"]
notes = metadata.tables["notes"]
note_touchpoints = metadata.tables["note_touchpoints"]
observed_paths = metadata.tables["observed_paths"]
observed_path_touchpoints = metadata.tables["observed_path_touchpoints"]
opportunities = metadata.tables["opportunities"]
solutions = metadata.tables["solutions"]
opportunity_links = metadata.tables["opportunity_links"]
opportunity_effects = metadata.tables["opportunity_effects"]
solution_touchpoints = metadata.tables["solution_touchpoints"]

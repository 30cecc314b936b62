"""The tables of a .jmap document database (schema version 1).

Order is kept in a ``position`` column; distributions and targets get tables of their
own, so every figure is a plain row that SQL can query.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 1
APPLICATION = "journeymap"

metadata = MetaData()

meta = Table(
    "meta", metadata, Column("key", String, primary_key=True), Column("value", Text, nullable=False)
)

personas = Table(
    "personas",
    metadata,
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("description", Text, nullable=False),
)

journeys = Table(
    "journeys",
    metadata,
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("persona_id", String, ForeignKey("personas.id")),
    Column("state", String, nullable=False),
    Column("language", String, nullable=False),
)

stages = Table(
    "stages",
    metadata,
    Column("id", String, primary_key=True),
    Column("journey_id", String, ForeignKey("journeys.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("description", Text, nullable=False),
)

TOUCHPOINT_TEXT = (
    "name", "channel", "channel_other", "owner", "goal", "expectation", "pain_points",
    "opportunities", "notes",
)  # fmt: skip
TOUCHPOINT_WHOLE = ("emotion", "importance", "volume")
TOUCHPOINT_FLAGS = ("proactive", "moment_of_truth", "entry", "exit")

touchpoints = Table(
    "touchpoints",
    metadata,
    Column("id", String, primary_key=True),
    Column("journey_id", String, ForeignKey("journeys.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("stage_id", String, ForeignKey("stages.id"), nullable=False),
    *(Column(name, Text, nullable=False) for name in TOUCHPOINT_TEXT),
    *(Column(name, Integer, nullable=False) for name in TOUCHPOINT_WHOLE),
    *(Column(name, Boolean, nullable=False) for name in TOUCHPOINT_FLAGS),
    Column("y", Float, nullable=False),
)

targets = Table(
    "targets",
    metadata,
    Column("touchpoint_id", String, ForeignKey("touchpoints.id"), primary_key=True),
    Column("metric", String, primary_key=True),
    Column("value", Float, nullable=False),
)

transitions = Table(
    "transitions",
    metadata,
    Column("id", String, primary_key=True),
    Column("journey_id", String, ForeignKey("journeys.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("source", String, ForeignKey("touchpoints.id"), nullable=False),
    Column("target", String, ForeignKey("touchpoints.id"), nullable=False),
    Column("share", Float),
    Column("label", Text, nullable=False),
)

measurements = Table(
    "measurements",
    metadata,
    Column("id", String, primary_key=True),
    Column("journey_id", String, ForeignKey("journeys.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("touchpoint_id", String, ForeignKey("touchpoints.id"), nullable=False),
    Column("metric", String, nullable=False),
    Column("segment", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("date", String, nullable=False),
)

counts = Table(
    "counts",
    metadata,
    Column("measurement_id", String, ForeignKey("measurements.id"), primary_key=True),
    Column("answer", Integer, primary_key=True),
    Column("count", Integer, nullable=False),
)

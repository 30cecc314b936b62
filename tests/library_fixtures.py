"""Team-library fixtures for every library test (a pytest plugin: conftest.py loads it):
``database`` is an empty database and ``library`` an initialised library, each once on a
SQLite file and once in a PostgreSQL schema of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from journeymap.storage.library import init_library


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path: Path) -> str:
    """An empty database: a SQLite file, or a PostgreSQL schema of this test's own."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'team.jmaplib'}"
        sa.create_engine(url).connect().close()  # an empty SQLite file
        return url
    server, schema = request.getfixturevalue("postgres_schema")
    return f"{server}?options=-csearch_path%3D{schema}"


@pytest.fixture
def library(database: str) -> str:
    """An initialised library in ``database``."""
    init_library(database)
    return database

"""Team-library fixtures for every library test (a pytest plugin: conftest.py loads it):
``database`` is an empty database and ``library`` an initialised library, each once on a
SQLite file and once in a PostgreSQL schema of the test's own; and the helpers the
library tests share (a sample document, a document's content without its origin)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from journeymap.model.document import Document
from journeymap.model.serialize import document_to_dict
from journeymap.samples import list_samples
from journeymap.storage import open_document
from journeymap.storage.library import init_library


def sample(index: int = 0) -> Document:
    """The ``index``-th English sample as a document."""
    return open_document(list_samples("en")[index].path)


def content(document: Document) -> dict:
    """The document's content as the interchange form has it, without its origin."""
    data = document_to_dict(document)
    data.pop("library", None)
    return data


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

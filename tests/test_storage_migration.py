"""Files written by older journeymaps keep opening: the version-1 fixtures were written by
the code as it was before schema version 2, and are never rewritten by a test."""

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from journeymap.storage import (
    DocumentFileError,
    open_document,
    open_document_stamped,
    save_document,
)

FIXTURES = Path(__file__).parent / "fixtures" / "documents"
V1_JMAP = FIXTURES / "installation-v1.jmap"
V1_JSON = FIXTURES / "installation-v1.json"


def test_a_version_1_jmap_file_opens_with_all_its_content(tmp_path):
    path = tmp_path / "installation.jmap"
    shutil.copy(V1_JMAP, path)
    before = path.read_bytes()
    doc = open_document(path)
    assert path.read_bytes() == before  # opening never writes, not even to migrate
    assert [p.name for p in doc.personas] == ["Sabine, family with a home office"]
    (journey,) = doc.journeys
    assert (journey.name, journey.state, journey.language) == (
        "Internet and landline installation",
        "as-is",
        "en",
    )
    counts = [len(getattr(journey, a)) for a in ("stages", "touchpoints", "transitions")]
    assert [*counts, len(journey.measurements)] == [6, 14, 18, 26]
    order = journey.touchpoints[0]
    assert (order.name, order.channel, order.volume, order.entry) == (
        "Order online",
        "website",
        3400,
        True,
    )
    assert order.targets == {"csat": 85.0}
    assert journey.measurements[0].counts == {1: 9, 2: 14, 3: 38, 4: 142, 5: 109}
    assert doc == open_document(V1_JSON)  # the same document as its version-1 JSON twin


def _schema_of(path: Path) -> tuple[str, str]:
    """The schema version a .jmap file says, and the declared type of its channel column."""
    with closing(sqlite3.connect(path)) as connection:
        version = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        columns = connection.execute("PRAGMA table_info(touchpoints)").fetchall()
        return version.fetchone()[0], next(c[2] for c in columns if c[1] == "channel")


def test_a_version_1_file_is_migrated_on_opening_and_saved_as_version_2(tmp_path):
    path = tmp_path / "installation.jmap"
    shutil.copy(V1_JMAP, path)
    doc, stamp = open_document_stamped(path)
    assert doc.migrated_from == 1  # for the editor's one-line notice
    assert _schema_of(path) == ("1", "TEXT")  # opening left the old file as it was
    save_document(doc, path, expected=stamp)
    assert _schema_of(path) == ("2", "VARCHAR")
    reopened = open_document(path)
    assert reopened == doc
    assert reopened.migrated_from is None


def test_a_current_file_and_a_version_1_json_file_need_no_migration(tmp_path):
    path = tmp_path / "installation.jmap"
    save_document(open_document(V1_JSON), path)
    assert open_document(path).migrated_from is None
    assert open_document(V1_JSON).migrated_from is None  # the JSON shape is unchanged


def test_a_file_is_checked_against_the_layout_of_the_version_it_claims(tmp_path):
    path = tmp_path / "installation.jmap"
    shutil.copy(V1_JMAP, path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(DocumentFileError, match=r"touchpoints\.channel has type or key TEXT"):
        open_document(path)


def test_the_window_says_an_old_file_is_saved_in_the_current_format(window, tmp_path):
    old = tmp_path / "old.jmap"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "documents" / "installation-v1.jmap", old)
    before = old.read_bytes()
    assert window.open_path(old)
    assert "made by an older journeymap" in window.statusBar().currentMessage()
    assert old.read_bytes() == before  # opening wrote nothing

"""The team library's schema migrations (issue 16): a library of schema version 1, built
with the very DDL of the first release, is read as it is, upgraded by ``library upgrade``
and by every write, in one transaction, keeping every field; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading

import pytest
import sqlalchemy as sa

from journeymap.errors import LibraryError
from journeymap.model.serialize import document_to_dict
from journeymap.storage.library import (
    SCHEMA_VERSION,
    LostUpdate,
    delete_document,
    deleted_documents,
    history,
    init_library,
    list_documents,
    pull,
    push,
    set_details,
    shown_url,
    upgrade_library,
)
from tests.cli_runner import assert_one_message_naming, run_cli
from tests.test_library import _based_on, _content, _sample

# The schema of version 1 exactly as journeymap 16's first slice declared it.
_v1 = sa.MetaData()
sa.Table(
    "meta", _v1,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)  # fmt: skip
sa.Table(
    "documents", _v1,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("owner", sa.Text, nullable=False, default=""),
    sa.Column("review_by", sa.String(10)),
    sa.Column("tags", sa.Text, nullable=False, default="[]"),
    sa.Column("deleted", sa.Boolean, nullable=False, default=False),
    sa.Column("created", sa.String(32), nullable=False),
)  # fmt: skip
sa.Table(
    "revisions", _v1,
    sa.Column("document", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("parent", sa.Integer),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("message", sa.Text, nullable=False, default=""),
    sa.Column("body", sa.Text, nullable=False),
    sa.UniqueConstraint("document", "number", name="one_revision_per_number"),
)  # fmt: skip

NAME = "O'Brien Kündigung; DROP TABLE documents"


def _body(index: int) -> str:
    data = document_to_dict(_sample(index))
    data.pop("library", None)
    return json.dumps(data, ensure_ascii=False)


def _rows(url: str, table: str) -> list[dict]:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(sa.text(f"SELECT * FROM {table} ORDER BY 1, 2")).mappings()
        found = [dict(row) for row in rows]
    engine.dispose()
    return found


def _version(url: str) -> str:
    [row] = [r for r in _rows(url, "meta") if r["key"] == "schema_version"]
    return row["value"]


def _columns(url: str) -> dict[str, list[str]]:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        inspector = sa.inspect(connection)
        found = {t: sorted(c["name"] for c in inspector.get_columns(t))
                 for t in ("meta", "documents", "revisions")}  # fmt: skip
    engine.dispose()
    return found


@pytest.fixture
def v1_library(database: str) -> str:
    """A library of schema version 1 as the first release wrote it: a document with an
    owner, a review-by date and tags, with two revisions."""
    engine = sa.create_engine(database)
    with engine.begin() as connection:
        _v1.create_all(connection)
        connection.execute(sa.text("INSERT INTO meta VALUES ('schema_version', '1')"))
        connection.execute(
            sa.text("INSERT INTO documents (name, owner, review_by, tags, deleted, created) "
                    "VALUES (:name, 'CX Team Ü', '2026-10-01', :tags, :no, "
                    "'2026-01-02T03:04:05+00:00')"),
            {"name": NAME, "tags": json.dumps(["B2B", "Kündigung"]), "no": False},
        )  # fmt: skip
        for number, parent, author in ((1, None, "ana"), (2, 1, "ben")):
            connection.execute(
                sa.text("INSERT INTO revisions VALUES ((SELECT id FROM documents), :number, "
                        ":parent, :author, :at, :message, :body)"),
                {"number": number, "parent": parent, "author": author, "message": f"m{number}",
                 "at": f"2026-01-0{number}T10:00:00+00:00", "body": _body(number - 1)},
            )  # fmt: skip
    engine.dispose()
    return database


def test_a_version_1_library_is_read_as_it_is_and_a_read_changes_nothing(v1_library):
    [entry] = list_documents(v1_library, "kündigung")
    assert (entry.name, entry.owner, entry.review_by, entry.tags, entry.revision) == (
        NAME, "CX Team Ü", "2026-10-01", ["B2B", "Kündigung"], 2)  # fmt: skip
    assert [(r.number, r.parent, r.author, r.message) for r in history(v1_library, NAME)] == [
        (1, None, "ana", "m1"), (2, 1, "ben", "m2")]  # fmt: skip
    assert _content(pull(v1_library, NAME, 1)[0]) == _content(_sample(0))
    with pytest.raises(LibraryError) as refused:
        deleted_documents(v1_library)  # who deleted what is only known from version 2
    message = str(refused.value)
    assert message.startswith(shown_url(v1_library))
    assert f"run `journeymap library upgrade {shown_url(v1_library)}`" in message
    assert _version(v1_library) == "1"


def test_upgrade_keeps_every_field_and_gives_the_newest_schema(v1_library, tmp_path):
    documents, revisions = _rows(v1_library, "documents"), _rows(v1_library, "revisions")
    assert upgrade_library(v1_library) == (1, SCHEMA_VERSION)
    assert _version(v1_library) == str(SCHEMA_VERSION)
    upgraded = _rows(v1_library, "documents")
    added = ("deleted_at", "deleted_by", "uid")  # versions 2 and 3
    assert [{k: v for k, v in row.items() if k not in added} for row in upgraded] == documents
    assert [(row["deleted_at"], row["deleted_by"]) for row in upgraded] == [(None, None)]
    assert all(len(row["uid"]) == 32 for row in upgraded)  # each document has its own id
    assert len([r for r in _rows(v1_library, "meta") if r["key"] == "library_id"]) == 1
    assert _rows(v1_library, "revisions") == revisions
    fresh = f"sqlite:///{tmp_path / 'fresh.jmaplib'}"
    init_library(fresh)
    assert _columns(v1_library) == _columns(fresh)
    assert upgrade_library(v1_library) == (SCHEMA_VERSION, SCHEMA_VERSION)
    delete_document(v1_library, NAME, author="cem")  # the new columns are in use
    assert [(d.name, d.deleted_by) for d in deleted_documents(v1_library)] == [(NAME, "cem")]


def test_every_write_upgrades_an_older_library_first(v1_library):
    number = push(v1_library, NAME, _based_on(_sample(1), v1_library, 2, NAME), author="dora")
    assert number == 3 and _version(v1_library) == str(SCHEMA_VERSION)
    assert [r.parent for r in history(v1_library, NAME)] == [None, 1, 2]
    [entry] = list_documents(v1_library)
    assert (entry.owner, entry.tags) == ("CX Team Ü", ["B2B", "Kündigung"])


@pytest.mark.parametrize("write", ["set_details", "delete_document"])
def test_setting_details_or_deleting_upgrades_too(v1_library, write):
    if write == "set_details":
        set_details(v1_library, NAME, owner="Sales")
        assert list_documents(v1_library)[0].owner == "Sales"
    else:
        delete_document(v1_library, NAME, author="cem")
        assert [d.name for d in deleted_documents(v1_library)] == [NAME]
    assert _version(v1_library) == str(SCHEMA_VERSION)


def test_a_refused_write_leaves_the_older_library_as_it_was(v1_library):
    """The upgrade and the write are one transaction: a refused push rolls both back."""
    columns = _columns(v1_library)
    with pytest.raises(LostUpdate):
        push(v1_library, NAME, _based_on(_sample(1), v1_library, 1, NAME), author="dora")
    with pytest.raises(LibraryError, match="is no date"):
        set_details(v1_library, NAME, review_by="soon")
    assert _version(v1_library) == "1" and _columns(v1_library) == columns
    assert len(history(v1_library, NAME)) == 2


def test_the_upgrade_command(tmp_path):
    path = tmp_path / "team.jmaplib"
    url = f"sqlite:///{path}"
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        _v1.create_all(connection)
        connection.execute(sa.text("INSERT INTO meta VALUES ('schema_version', '1')"))
    engine.dispose()
    ran = run_cli("library", "upgrade", path)
    assert ran.code == 0 and f"from schema version 1 to {SCHEMA_VERSION}" in ran.stdout
    assert f"version {SCHEMA_VERSION} already" in run_cli("library", "upgrade", path).stdout
    ran = run_cli("library", "upgrade", tmp_path / "nope.jmaplib")
    assert ran.code == 1 and "does not exist" in assert_one_message_naming(
        ran, shown_url(str(tmp_path / "nope.jmaplib"))
    )
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE meta SET value = '99' WHERE key = 'schema_version'"))
    engine.dispose()
    message = assert_one_message_naming(run_cli("library", "upgrade", path), shown_url(url))
    assert "schema version 99" in message and "please update journeymap" in message


def test_writers_meeting_an_older_library_at_once_upgrade_it_once(v1_library):
    """Each waits for the version row the first one locks, then finds nothing to do: no
    "column already exists", and of the pushes on one base exactly one wins."""
    start = threading.Barrier(6)
    outcomes: list[object] = [None] * 6

    def save(index: int) -> None:
        mine = _based_on(_sample(1), v1_library, 2, NAME)
        start.wait()
        try:
            outcomes[index] = push(v1_library, NAME, mine, author=f"client {index}")
        except Exception as error:
            outcomes[index] = error

    threads = [threading.Thread(target=save, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [o for o in outcomes if isinstance(o, int)] == [3]
    assert all(isinstance(o, LostUpdate) for o in outcomes if not isinstance(o, int)), outcomes
    assert _version(v1_library) == str(SCHEMA_VERSION)

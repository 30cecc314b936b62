"""Which library and which document a file came from (issue 16, found by a review): a
library is known by its own id whatever URL reaches it, a document deleted and made anew
under its old name is another document, a SQLite URL names one file however it is
spelled, and a database that is no library (another program's, a journey's .jmap) is
never taken for one or written into."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from journeymap.errors import LibraryError
from journeymap.storage import open_document, save_document
from journeymap.storage.library import (
    LostUpdate,
    delete_document,
    history,
    init_library,
    library_url,
    pull,
    purge_document,
    push,
    upgrade_library,
)
from tests.cli_runner import assert_one_message_naming, run_cli
from tests.test_library import _sample


def test_a_moved_library_file_takes_the_next_revision_of_a_file_pulled_before(tmp_path):
    team = tmp_path / "team.jmaplib"
    init_library(str(team))
    push(str(team), "map", _sample(), author="ana")
    mine, _ = pull(str(team), "map")
    shared = tmp_path / "shared drive"
    shared.mkdir()
    moved = shared / "team.jmaplib"
    shutil.move(team, moved)  # the team put the library on a shared drive
    mine.journeys[0].name = "After the move"
    assert push(str(moved), "map", mine, author="ana") == 2
    assert mine.library_origin.library == library_url(str(moved))  # it now names the new place


def test_the_same_server_under_another_host_name_is_the_same_library(postgres_schema):
    server, schema = postgres_schema
    by_address = f"{server}?options=-csearch_path%3D{schema}"
    by_name = by_address.replace("@127.0.0.1:", "@localhost:")
    if by_name == by_address:
        pytest.skip("the test server is not reached by 127.0.0.1")
    init_library(by_address)
    push(by_address, "map", _sample(), author="ana")
    emailed, _ = pull(by_address, "map")  # the facilitator's file, sent to a colleague
    assert push(by_name, "map", emailed, author="ben") == 2


def test_a_file_of_a_purged_document_is_no_revision_of_a_new_one_of_that_name(library):
    push(library, "doc", _sample(0), author="ana")
    old, _ = pull(library, "doc")
    delete_document(library, "doc", author="ana")
    purge_document(library, "doc")
    push(library, "doc", _sample(1), author="ben")  # a new document under the old name
    with pytest.raises(LostUpdate, match="earlier document of that name"):
        push(library, "doc", old, author="ana")
    assert [r.author for r in history(library, "doc")] == ["ben"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_that_is_not_a_library_is_neither_taken_for_one_nor_written(tmp_path):
    other = tmp_path / "other_app.db"
    engine = sa.create_engine(f"sqlite:///{other}")
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"))
    engine.dispose()
    journey = tmp_path / "journey.jmap"
    save_document(_sample(), journey)
    before = {path: _digest(path) for path in (other, journey)}
    message = assert_one_message_naming(run_cli("library", "init", other), library_url(str(other)))
    assert "holds other tables already (users)" in message
    message = assert_one_message_naming(run_cli("library", "init", journey),
                                        library_url(str(journey)))  # fmt: skip
    assert "holds other tables" in message
    for call in (lambda: upgrade_library(str(journey)), lambda: pull(str(other), "x")):
        with pytest.raises(LibraryError, match="is no journeymap library"):
            call()
    assert {path: _digest(path) for path in before} == before


def test_a_sqlite_url_names_one_file_however_it_is_spelled(tmp_path, monkeypatch):
    team = tmp_path / "team.jmaplib"
    init_library(str(team))
    link = tmp_path / "link.jmaplib"
    link.symlink_to(team)
    monkeypatch.chdir(tmp_path)
    spellings = ["team.jmaplib", "sqlite:///team.jmaplib", f"sqlite:///{team}", str(link),
                 f"sqlite:///{link}?mode=rw"]  # fmt: skip
    assert {library_url(s).partition("?")[0] for s in spellings} == {f"sqlite:///{team}"}
    push("sqlite:///team.jmaplib", "map", _sample(), author="ana")
    file = tmp_path / "map.json"
    save_document(pull(str(link), "map")[0], file)
    os.chdir("/")  # elsewhere, the file still names the library's one file
    assert open_document(file).library_origin.library == f"sqlite:///{team}"


@pytest.mark.parametrize(
    ("name", "words"),
    [("doc ", "begin or end with a space"), (" doc", "begin or end with a space"),
     ("two\nlines", "line break"), ("tab\there", "line break"), ("x" * 201, "longer than")],
)  # fmt: skip
def test_document_names_that_would_look_alike_or_break_a_listing_are_refused(library, name,
                                                                           words):  # fmt: skip
    with pytest.raises(LibraryError, match=words):
        push(library, name, _sample(), author="ana")


def test_the_deleted_hint_names_the_document_as_a_command_takes_it(tmp_path):
    team = tmp_path / "team.jmaplib"
    init_library(str(team))
    push(str(team), "Kündigung B2B", _sample(), author="ana")
    delete_document(str(team), "Kündigung B2B", author="ana")
    with pytest.raises(LibraryError) as refused:
        pull(str(team), "Kündigung B2B")
    assert "undelete" in str(refused.value) and "'Kündigung B2B'" in str(refused.value)
    assert " NAME" not in str(refused.value)

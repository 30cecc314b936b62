"""The team library's first slice (issue 16): push and pull round trips, numbered
revisions with parents, no lost update (also under twenty concurrent pushes, each on its
own connection), the ``journeymap library`` commands, and one message naming the library
for every bad input; on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest
import sqlalchemy as sa

from journeymap.errors import LibraryError
from journeymap.model.origin import LibraryOrigin
from journeymap.samples import list_samples
from journeymap.storage import open_document, save_document
from journeymap.storage.library import (
    LostUpdate,
    history,
    init_library,
    list_documents,
    pull,
    push,
    restore,
    shown_url,
)
from tests.cli_runner import assert_one_message_naming, run_cli
from tests.library_fixtures import content as _content
from tests.library_fixtures import sample as _sample

HOSTILE_NAMES = ["O'Brien \"quoted\"; DROP TABLE documents; --", "Kundenreise Ü 🚀 日本",
                 "SELECT", "%_\\"]  # fmt: skip


def _where(origin: LibraryOrigin) -> tuple[str, str, int]:
    """The library, name and revision an origin names."""
    return origin.library, origin.name, origin.revision


def _based_on(document, library: str, revision: int, name: str = "map"):
    """The document as if pulled as ``revision`` of ``name`` and then edited."""
    document.library_origin = LibraryOrigin(shown_url(library), name, revision)
    return document


def _count_revisions(url: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        count = connection.execute(sa.text("SELECT count(*) FROM revisions")).scalar_one()
    engine.dispose()
    return count


def test_push_then_pull_gives_back_the_document_exactly(library):
    document = _sample()
    assert push(library, "Onboarding", document, author="ana") == 1
    pulled, number = pull(library, "Onboarding")
    assert number == 1
    assert _content(pulled) == _content(document)
    assert _where(pulled.library_origin) == (shown_url(library), "Onboarding", 1)


def test_revisions_number_one_two_three_with_their_parents(library):
    first, second = _sample(0), _sample(1)
    assert push(library, "map", first, author="ana", message="workshop") == 1
    assert _where(first.library_origin) == (shown_url(library), "map", 1)
    assert push(library, "map", _based_on(second, library, 1), author="ben",
                message="Ü review") == 2  # fmt: skip
    assert push(library, "map", _based_on(first, library, 2), author="cem") == 3
    revisions = history(library, "map")
    assert [(r.number, r.parent, r.author, r.message) for r in revisions] == [
        (1, None, "ana", "workshop"), (2, 1, "ben", "Ü review"), (3, 2, "cem", "")]  # fmt: skip
    assert all(r.created_at.endswith("+00:00") for r in revisions)
    assert _content(pull(library, "map", 2)[0]) == _content(second)
    assert _content(pull(library, "map")[0]) == _content(first)
    [entry] = list_documents(library)
    assert (entry.name, entry.revision, entry.author) == ("map", 3, "cem")


def test_a_stale_base_is_refused_naming_who_saved_and_nothing_is_written(library):
    push(library, "map", _sample(0), author="ana")
    push(library, "map", _based_on(_sample(1), library, 1), author="ben")
    stale = _based_on(_sample(0), library, 1)
    with pytest.raises(LostUpdate) as refused:
        push(library, "map", stale, author="cem")
    message = str(refused.value)
    assert shown_url(library) in message
    assert "“map”" in message and "revision 2" in message and "ben" in message
    assert "based on revision 1" in message
    assert stale.library_origin.revision == 1  # still based on what it was based on
    with pytest.raises(LostUpdate, match="did not come from it"):
        push(library, "map", _sample(0), author="cem")
    elsewhere = _sample(0)
    elsewhere.library_origin = LibraryOrigin("sqlite:////other/team.jmaplib", "map", 2)
    with pytest.raises(LostUpdate, match="did not come from it"):
        push(library, "map", elsewhere, author="cem")  # revision 2 of another library
    assert [r.number for r in history(library, "map")] == [1, 2]
    assert _count_revisions(library) == 2


def test_twenty_concurrent_pushes_on_one_base_let_exactly_one_in(library):
    push(library, "map", _sample(0), author="ana")
    document = _sample(1)
    start = threading.Barrier(20)
    outcomes: list[object] = [None] * 20

    def save(index: int) -> None:
        start.wait()
        try:
            mine = _based_on(_sample(1), library, 1)
            outcomes[index] = push(library, "map", mine, author=f"client {index}")
        except Exception as error:
            outcomes[index] = error

    threads = [threading.Thread(target=save, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(o for o in outcomes if isinstance(o, int)) == [2]
    lost = [o for o in outcomes if not isinstance(o, int)]
    assert len(lost) == 19 and all(isinstance(o, LostUpdate) for o in lost), lost
    assert _count_revisions(library) == 2
    winner = outcomes.index(2)
    assert history(library, "map")[-1].author == f"client {winner}"
    assert _content(pull(library, "map")[0]) == _content(document)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_names_with_quotes_unicode_and_sql_keywords_are_only_names(library, name):
    push(library, name, _sample(), author=name, message=name)
    push(library, "other", _sample(1), author="ana")
    assert [e.name for e in list_documents(library)] == sorted([name, "other"])
    assert history(library, name)[0].message == name
    assert _content(pull(library, name)[0]) == _content(_sample())


def test_missing_documents_and_revisions_are_one_message_naming_the_library(library):
    push(library, "map", _sample(), author="ana")
    shown = shown_url(library)
    for call, words in [
        (lambda: pull(library, "nope"), "has no document “nope”"),
        (lambda: pull(library, "map", 7), "has no revision 7"),
        (lambda: history(library, "nope"), "has no document “nope”"),
        (
            lambda: push(library, "nope", _based_on(_sample(), library, 1, "nope"), author="a"),
            "has no document",
        ),
        (lambda: push(library, "  ", _sample(), author="a"), "needs a name"),
        (lambda: init_library(library), "is already a journeymap library"),
    ]:
        with pytest.raises(LibraryError) as refused:
            call()
        assert str(refused.value).startswith(shown) and words in str(refused.value)


def test_a_library_of_a_newer_schema_is_refused_with_a_request_to_update(library):
    engine = sa.create_engine(library)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE meta SET value = '99' WHERE key = 'schema_version'"))
    engine.dispose()
    with pytest.raises(LibraryError, match=r"schema version 99.*update journeymap"):
        list_documents(library)


def test_a_database_that_is_no_library_is_refused(database):
    with pytest.raises(LibraryError, match="is no journeymap library"):
        list_documents(database)


def test_bad_locations_are_one_message_without_the_password(tmp_path):
    missing = tmp_path / "missing.jmaplib"
    for url, words in [
        (str(missing), "does not exist"),
        ("mysql://ana:secret@host/db", "is a mysql database"),
        ("sqlite:///", "names no library file"),
        ("postgresql+psycopg://ana:secret@127.0.0.1:1/db", "could not connect"),
    ]:
        with pytest.raises(LibraryError) as refused:
            list_documents(url)
        assert words in str(refused.value) and "secret" not in str(refused.value)
    assert not missing.exists()  # reading never creates a library


# ---- the command line -------------------------------------------------------------------


def test_the_library_commands_init_push_list_history_pull(tmp_path):
    library = tmp_path / "team.jmaplib"
    source = tmp_path / "sample.json"  # a copy: a push rewrites its file's origin
    source.write_bytes(list_samples("en")[0].path.read_bytes())
    assert run_cli("library", "init", library).code == 0
    ran = run_cli("library", "push", library, source, "--name", "O'Brien", "--message", "first",
                  "--author", "ana")  # fmt: skip
    assert ran.code == 0 and "revision 1" in ran.stdout
    out = tmp_path / "out.json"
    assert run_cli("library", "pull", library, "O'Brien", out).code == 0
    ran = run_cli("library", "push", library, out, "--name", "O'Brien")
    assert ran.code == 0 and "revision 2" in ran.stdout
    assert open_document(out).library_origin.revision == 2  # the file knows it now
    listed = run_cli("library", "list", library)
    assert "O'Brien" in listed.stdout and " 2 " in listed.stdout
    past = run_cli("library", "history", library, "O'Brien")
    assert "first" in past.stdout and "ana" in past.stdout
    message = assert_one_message_naming(
        run_cli("library", "pull", library, "O'Brien", out, "--revision", "1"), out
    )
    assert "--force" in message and open_document(out).library_origin.revision == 2
    ran = run_cli("library", "pull", library, "O'Brien", out, "--revision", "1", "--force")
    assert ran.code == 0
    assert _content(open_document(out)) == _content(open_document(source))


@pytest.mark.parametrize("suffix", [".jmap", ".json"])
def test_a_pushed_file_remembers_its_revision_and_a_stale_copy_is_refused(tmp_path, suffix):
    library = tmp_path / "team.jmaplib"
    source, copy = tmp_path / f"map{suffix}", tmp_path / f"copy{suffix}"
    save_document(_sample(), source)
    run_cli("library", "init", library)
    assert run_cli("library", "push", library, source).code == 0  # named after the file
    shown = shown_url(str(library))
    assert _where(open_document(source).library_origin) == (shown, "map", 1)
    copy.write_bytes(source.read_bytes())  # a colleague's copy of revision 1
    assert run_cli("library", "push", library, source, "--message", "mine").code == 0
    message = assert_one_message_naming(run_cli("library", "push", library, copy), shown)
    assert "nothing was written" in message and "based on revision 1" in message
    assert open_document(copy).library_origin.revision == 1  # the refused file is unchanged
    stranger = tmp_path / "map.json" if suffix == ".jmap" else tmp_path / "map.jmap"
    save_document(_sample(1), stranger)  # a file of that name that never was in the library
    message = assert_one_message_naming(run_cli("library", "push", library, stranger), shown)
    assert "did not come from it" in message
    assert [r.number for r in history(str(library), "map")] == [1, 2]
    assert "--base" not in run_cli("library", "push", "--help").stdout


def test_the_library_commands_refuse_bad_inputs_with_one_line(tmp_path):
    library = tmp_path / "team.jmaplib"
    run_cli("library", "init", library)
    shown, missing = shown_url(str(library)), tmp_path / "missing.json"
    for args, named in [
        (["list", tmp_path / "nope.jmaplib"], shown_url(str(tmp_path / "nope.jmaplib"))),
        (["init", library], shown),
        (["history", library, "nope"], shown),
        (["pull", library, "nope", tmp_path / "o.json"], shown),
        (["push", library, missing], missing),
    ]:
        ran = run_cli("library", *args)
        assert ran.code == 1
        assert_one_message_naming(ran, named)


def test_an_old_revision_is_restored_as_the_newest_and_the_history_keeps_all(library):
    first, second = _sample(0), _sample(1)
    push(library, "map", first, author="ana")
    push(library, "map", _based_on(second, library, 1), author="ben")
    assert restore(library, "map", 1, author="cem") == 3
    assert _content(pull(library, "map")[0]) == _content(first)
    assert [(r.number, r.parent, r.message) for r in history(library, "map")] == [
        (1, None, ""), (2, 1, ""), (3, 2, "Restored revision 1")]  # fmt: skip
    with pytest.raises(LibraryError, match="no revision 9"):
        restore(library, "map", 9, author="cem")
    assert len(history(library, "map")) == 3  # a revision not there restores nothing


def test_the_restore_command(tmp_path):
    library = tmp_path / "team.jmaplib"
    run_cli("library", "init", library)
    first = tmp_path / "first.json"
    save_document(_sample(0), first)
    run_cli("library", "push", library, first, "--name", "map")
    run_cli("library", "push", library, first, "--name", "map")
    ran = run_cli("library", "restore", library, "map", "--revision", "1", "--author", "ana")
    assert ran.code == 0 and "as revision 3" in ran.stdout
    assert history(str(library), "map")[-1].author == "ana"


@pytest.mark.parametrize("suffix", [".jmap", ".json"])
def test_a_file_keeps_its_library_origin_and_a_broken_one_is_one_message(tmp_path, suffix):
    path = tmp_path / f"map{suffix}"
    document = _sample()
    document.library_origin = LibraryOrigin("postgresql+psycopg://ana@host/cx", "Kündigung", 7)
    save_document(document, path)
    assert open_document(path).library_origin == document.library_origin
    if suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        data["library"]["revision"] = "seven"
        path.write_text(json.dumps(data), encoding="utf-8")
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE meta SET value = '{\"url\": 1}' WHERE key = 'library'")
        connection.close()
    before = path.read_bytes()
    ran = run_cli("export", path, "--xlsx", tmp_path / "out.xlsx")
    message = assert_one_message_naming(ran, path)
    assert "library" in message
    assert path.read_bytes() == before

"""Managing a team library's documents (issue 16): delete (recoverable), undelete and
purge; stale maps; owner, review-by date and tags; search by name, owner or tag. On SQLite
and PostgreSQL (the fixtures of tests/library_fixtures.py), and through ``journeymap library``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from journeymap.errors import LibraryError
from journeymap.storage import open_document, save_document
from journeymap.storage.library import (
    delete_document,
    deleted_documents,
    history,
    list_documents,
    pull,
    purge_document,
    push,
    set_details,
    shown_url,
    stale_documents,
    stale_reason,
    undelete_document,
)
from tests.cli_runner import assert_one_message_naming, run_cli
from tests.test_library import _based_on, _content, _count_revisions, _sample

TODAY = dt.date(2026, 12, 1)  # the stale rule's tests look from here


def _names(url: str, search: str = "") -> list[str]:
    return [entry.name for entry in list_documents(url, search)]


def _refused(call, url: str) -> str:
    """The one LibraryError message of ``call``, which names the library."""
    with pytest.raises(LibraryError) as refused:
        call()
    message = str(refused.value)
    assert message.startswith(shown_url(url)) and "\n" not in message
    return message


# ---- delete, undelete, purge ------------------------------------------------------------


def test_a_deleted_document_is_gone_from_reading_and_comes_back_with_every_revision(library):
    first, second = _sample(0), _sample(1)
    push(library, "map", first, author="ana", message="workshop")
    push(library, "map", _based_on(second, library, 1), author="ben")
    push(library, "other", _sample(), author="ana")
    before = history(library, "map")
    delete_document(library, "map", author="cem")
    assert _names(library) == ["other"]
    [deleted] = deleted_documents(library)
    assert (deleted.name, deleted.deleted_by) == ("map", "cem")
    assert deleted.deleted_at.endswith("+00:00")
    for call in (lambda: pull(library, "map"), lambda: history(library, "map")):
        message = _refused(call, library)
        assert "“map” is deleted" in message and "journeymap library undelete" in message
    message = _refused(lambda: push(library, "map", _based_on(_sample(), library, 2),
                                    author="dora"), library)  # fmt: skip
    assert "is deleted, so nothing was written" in message and "undelete" in message
    assert _count_revisions(library) == 3
    undelete_document(library, "map")
    assert _names(library) == ["map", "other"] and deleted_documents(library) == []
    assert history(library, "map") == before
    assert _content(pull(library, "map", 1)[0]) == _content(first)
    assert push(library, "map", _based_on(_sample(), library, 2), author="dora") == 3


def test_a_new_document_under_a_deleted_name_is_refused_until_purged(library):
    push(library, "O'Brien", _sample(0), author="ana")
    delete_document(library, "O'Brien", author="ana")
    message = _refused(lambda: push(library, "O'Brien", _sample(1), author="ben"), library)
    assert "undelete" in message and "purge" in message and "names are unique" in message
    assert _count_revisions(library) == 1
    purge_document(library, "O'Brien")
    assert _count_revisions(library) == 0 and deleted_documents(library) == []
    assert push(library, "O'Brien", _sample(1), author="ben") == 1
    assert [(r.number, r.author) for r in history(library, "O'Brien")] == [(1, "ben")]


def test_purge_is_only_for_a_deleted_document(library):
    push(library, "map", _sample(), author="ana")
    message = _refused(lambda: purge_document(library, "map"), library)
    assert "“map” is not deleted" in message and "delete it first" in message
    assert _names(library) == ["map"] and _count_revisions(library) == 1


def test_deleting_undeleting_and_purging_what_is_not_there_is_one_message(library):
    push(library, "map", _sample(), author="ana")
    for call, words in [
        (lambda: delete_document(library, "nope", author="a"), "has no document “nope”"),
        (lambda: undelete_document(library, "nope"), "has no document “nope”"),
        (lambda: purge_document(library, "nope"), "has no document “nope”"),
        (lambda: undelete_document(library, "map"), "“map” is not deleted"),
    ]:
        assert words in _refused(call, library)
    delete_document(library, "map", author="a")
    assert "“map” is deleted" in _refused(
        lambda: delete_document(library, "map", author="a"), library
    )


def test_the_delete_undelete_and_purge_commands(tmp_path):
    team = tmp_path / "team.jmaplib"
    shown = shown_url(str(team))
    source = tmp_path / "map.json"
    save_document(_sample(), source)
    run_cli("library", "init", team)
    run_cli("library", "push", team, source)
    ran = run_cli("library", "delete", team, "map", "--author", "ana")
    assert ran.code == 0 and "Deleted “map”" in ran.stdout
    assert "map" not in run_cli("library", "list", team).stdout
    listed = run_cli("library", "list", team, "--deleted")
    assert "deleted by" in listed.stdout and "map" in listed.stdout and "ana" in listed.stdout
    message = assert_one_message_naming(run_cli("library", "pull", team, "map",
                                                tmp_path / "out.json"), shown)  # fmt: skip
    assert "is deleted" in message
    message = assert_one_message_naming(run_cli("library", "push", team, source), shown)
    assert "is deleted" in message
    assert run_cli("library", "undelete", team, "map").code == 0
    assert "map" in run_cli("library", "list", team).stdout
    run_cli("library", "delete", team, "map")
    ran = run_cli("library", "purge", team, "map")
    assert ran.code == 1 and "--yes" in assert_one_message_naming(ran, shown)
    assert "map" in run_cli("library", "list", team, "--deleted").stdout  # still there
    assert run_cli("library", "purge", team, "map", "--yes").code == 0
    assert "map" not in run_cli("library", "list", team, "--deleted").stdout
    assert _count_revisions(f"sqlite:///{team}") == 0


# ---- stale maps -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("review_by", "saved_at", "reason"),
    [
        ("2026-12-01", "2026-12-01T10:00:00+00:00", None),  # due today: still in time
        ("2026-11-30", "2026-12-01T10:00:00+00:00", "review was due 2026-11-30"),
        (None, "2026-06-04T23:59:59+00:00", None),  # exactly 180 days
        (None, "2026-06-03T00:00:00+00:00", "unchanged for 181 days"),
        ("2026-10-01", "2026-04-05T08:00:00+00:00",
         "review was due 2026-10-01; unchanged for 240 days"),
        ("someday", "2026-12-01T10:00:00+00:00", "review-by “someday” is no date"),
    ],
)  # fmt: skip
def test_the_stale_rule_at_its_boundaries(review_by, saved_at, reason):
    reasons = stale_reason(review_by, saved_at, today=TODAY, unchanged_days=180)
    assert ("; ".join(str(r) for r in reasons) or None) == reason


def test_stale_documents_are_those_past_review_or_unchanged_too_long(library):
    today = dt.datetime.now(dt.UTC).date()
    for name in ("fresh", "due", "old", "gone"):
        push(library, name, _sample(), author="ana")
    set_details(library, "fresh", review_by=today + dt.timedelta(days=30))
    set_details(library, "due", review_by=today - dt.timedelta(days=1))
    set_details(library, "gone", review_by="2026-01-01")
    delete_document(library, "gone", author="ana")
    engine = sa.create_engine(library)
    with engine.begin() as connection:  # "old" was last saved 40 days ago
        connection.execute(sa.text(
            "UPDATE revisions SET created_at = :at WHERE document = "
            "(SELECT id FROM documents WHERE name = 'old')"),
            {"at": f"{today - dt.timedelta(days=40)}T09:00:00+00:00"})  # fmt: skip
    engine.dispose()
    found = stale_documents(library, unchanged_days=30)
    assert {s.entry.name: s.reason for s in found} == {
        "due": f"review was due {today - dt.timedelta(days=1)}",
        "old": "unchanged for 40 days",
    }
    month_on = today + dt.timedelta(31)
    later = {s.entry.name: s.reason
             for s in stale_documents(library, unchanged_days=30, today=month_on)}  # fmt: skip
    assert later["fresh"] == f"review was due {today + dt.timedelta(30)}; unchanged for 31 days"
    assert sorted(later) == ["due", "fresh", "old"]
    assert "give 0 or more" in _refused(
        lambda: stale_documents(library, unchanged_days=-1), library
    )


def test_the_stale_listing_command(tmp_path):
    team = tmp_path / "team.jmaplib"
    source = tmp_path / "map.json"
    save_document(_sample(), source)
    run_cli("library", "init", team)
    run_cli("library", "push", team, source)
    run_cli("library", "push", team, source, "--name", "later")
    run_cli("library", "set", team, "map", "--review-by", "2020-01-31")
    listed = run_cli("library", "list", team, "--stale")
    assert listed.code == 0 and "reason" in listed.stdout
    assert "review was due 2020-01-31" in listed.stdout and "later" not in listed.stdout
    ran = run_cli("library", "list", team, "--days", "3")
    assert "--stale" in assert_one_message_naming(ran, shown_url(str(team)))


# ---- owner, review-by date and tags ------------------------------------------------------


def test_details_change_only_what_is_given_and_make_no_revision(library):
    push(library, "map", _sample(), author="ana")
    set_details(library, "map", owner="  CX team Ü ", review_by="2026-10-01",
                tags=[" onboarding ", "B2B", "", "b2b", "onboarding", "   "])  # fmt: skip
    [entry] = list_documents(library)
    assert (entry.owner, entry.review_by, entry.tags) == ("CX team Ü", "2026-10-01",
                                                          ["onboarding", "B2B"])  # fmt: skip
    set_details(library, "map", review_by=dt.date(2027, 3, 4))
    [entry] = list_documents(library)
    assert (entry.owner, entry.review_by, entry.tags) == ("CX team Ü", "2027-03-04",
                                                          ["onboarding", "B2B"])  # fmt: skip
    set_details(library, "map", review_by="none", tags=[])
    [entry] = list_documents(library)
    assert (entry.owner, entry.review_by, entry.tags) == ("CX team Ü", None, [])
    assert [(entry.revision, entry.author)] == [(1, "ana")]
    assert len(history(library, "map")) == 1


@pytest.mark.parametrize("date", ["2026-13-01", "01.10.2026", "20261001", "2026-W40-4",
                                  "2026-02-30", "tomorrow"])  # fmt: skip
def test_a_review_by_that_is_no_iso_date_is_refused(library, date):
    push(library, "map", _sample(), author="ana")
    message = _refused(lambda: set_details(library, "map", review_by=date), library)
    assert "is no date" in message and "YYYY-MM-DD" in message
    assert list_documents(library)[0].review_by is None


def test_bad_tags_and_owners_are_refused_and_nothing_changes(library):
    push(library, "map", _sample(), author="ana")
    set_details(library, "map", tags=["x" * 100])
    assert list_documents(library)[0].tags == ["x" * 100]
    for call, words in [
        (lambda: set_details(library, "map", tags=["ok", "y" * 101]), "longer than 100"),
        (lambda: set_details(library, "map", owner="a\x00b"), "NUL"),
        (lambda: set_details(library, "map", tags=["a\x00"]), "NUL"),
        (lambda: set_details(library, "nope", owner="ana"), "has no document “nope”"),
    ]:
        assert words in _refused(call, library)
    assert list_documents(library)[0].tags == ["x" * 100]


def test_the_set_command(tmp_path):
    team = tmp_path / "team.jmaplib"
    source = tmp_path / "map.json"
    save_document(_sample(), source)
    run_cli("library", "init", team)
    run_cli("library", "push", team, source)
    ran = run_cli("library", "set", team, "map", "--owner", "Sales", "--review-by",
                  "2026-10-01", "--tag", "a", "--tag", "b")  # fmt: skip
    assert ran.code == 0
    [entry] = list_documents(str(team))
    assert (entry.owner, entry.review_by, entry.tags) == ("Sales", "2026-10-01", ["a", "b"])
    assert run_cli("library", "set", team, "map", "--clear-tags").code == 0
    assert list_documents(str(team))[0].tags == []
    shown = shown_url(str(team))
    for args, words in [
        ([], "nothing to set"),
        (["--review-by", "1.10.2026"], "is no date"),
        (["--tag", "z" * 101], "longer than 100"),
    ]:
        ran = run_cli("library", "set", team, "map", *args)
        assert ran.code == 1 and words in assert_one_message_naming(ran, shown)
    assert list_documents(str(team))[0].owner == "Sales"
    assert open_document(source).library_origin.revision == 1  # details are no revision


# ---- search -----------------------------------------------------------------------------


def test_search_finds_name_owner_or_tag_whatever_the_case(library):
    for name in ("Onboarding", "Kündigung", "Claims"):
        push(library, name, _sample(), author="ana")
    set_details(library, "Kündigung", owner="Retention Team")
    set_details(library, "Claims", tags=["B2B", "Insurance"])
    assert _names(library, "board") == ["Onboarding"]
    assert _names(library, "ONBOARD") == ["Onboarding"]
    assert _names(library, "retention") == ["Kündigung"]
    assert _names(library, "ündig") == ["Kündigung"]
    assert _names(library, "b2b") == ["Claims"]
    assert _names(library, "N") == ["Claims", "Kündigung", "Onboarding"]
    assert _names(library, "nothing like it") == []
    assert _names(library, "") == ["Claims", "Kündigung", "Onboarding"]


def test_search_takes_percent_underscore_quotes_and_json_literally(library):
    names = ["100% sure", "a_b", "O'Brien", 'say "hi"', "back\\slash", "a/b", "plain"]
    for name in names:
        push(library, name, _sample(), author="ana")
    set_details(library, "plain", tags=["x", "y"])
    set_details(library, "a/b", tags=['tag "q"', "[draft]"])
    assert _names(library, "%") == ["100% sure"]
    assert _names(library, "_") == ["a_b"]
    assert _names(library, "'") == ["O'Brien"]
    assert _names(library, "' OR '1'='1") == []
    assert _names(library, '"') == ["a/b", 'say "hi"']  # a name and a tag with a quote
    assert _names(library, "\\") == ["back\\slash"]
    assert _names(library, "/") == ["a/b"]
    assert _names(library, "[draft") == ["a/b"]
    for json_syntax in ('", "', ",", "[", "]", '["'):  # how tags are stored is no match
        assert "plain" not in _names(library, json_syntax), json_syntax


def test_list_search_and_listing_a_missing_library_by_command(tmp_path):
    team = tmp_path / "team.jmaplib"
    source = tmp_path / "map.json"
    save_document(_sample(), source)
    run_cli("library", "init", team)
    run_cli("library", "push", team, source, "--name", "Onboarding")
    run_cli("library", "push", team, source, "--name", "Claims")
    listed = run_cli("library", "list", team, "--search", "BOARD")
    assert "Onboarding" in listed.stdout and "Claims" not in listed.stdout
    missing = tmp_path / "nope.jmaplib"
    for flag in ("--deleted", "--stale"):
        ran = run_cli("library", "list", missing, flag)
        assert ran.code == 1
        assert_one_message_naming(ran, shown_url(str(missing)))


def test_a_library_url_with_a_password_is_never_shown(tmp_path: Path):
    url = "postgresql+psycopg://ana:secret@127.0.0.1:1/db"
    for args in (["delete", url, "map"], ["undelete", url, "map"], ["purge", url, "m", "--yes"],
                 ["set", url, "map", "--owner", "x"], ["list", url, "--stale"],
                 ["list", url, "--deleted"], ["upgrade", url]):  # fmt: skip
        ran = run_cli("library", *args)
        assert ran.code == 1 and "secret" not in ran.stderr
        assert_one_message_naming(ran, "postgresql+psycopg://ana@127.0.0.1:1/db")

"""An open document from a team library hears of newer revisions (issue 16): PostgreSQL
announces every committed revision and the editor listens, a SQLite library is asked now
and then; the banner above the map offers Reload and Compare, and unsaved work is never
replaced without asking."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QThread
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from journeymap.samples import find_sample
from journeymap.storage import open_document, save_document
from journeymap.storage.library import init_library, pull, push
from journeymap.storage.library.connection import transaction
from journeymap.storage.library.notices import announce_revision
from journeymap.storage.library.watch import APPLICATION_NAME, RevisionListener, latest_revision
from journeymap.ui import library_watch
from tests.test_gui_save_conflict import answer_the_question_with, edit_in_window

NAME = "Onboarding"
#: A bound for a broken test, not a timing check.
WAIT_MS = 20_000


def _in_schema(server: str, schema: str) -> str:
    return f"{server}?options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def team_library(request, tmp_path: Path) -> str:
    """A library holding revision 1 of “Onboarding”, saved by ana: a SQLite file or a
    PostgreSQL schema of this test's own."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'team.jmaplib'}"
    else:
        url = _in_schema(*request.getfixturevalue("postgres_schema"))
    return _with_onboarding(url)


@pytest.fixture
def postgres_library(postgres_schema) -> str:
    """The same on PostgreSQL alone."""
    return _with_onboarding(_in_schema(*postgres_schema))


def _sample():
    return open_document(find_sample("installation", "en").path)


def _with_onboarding(url: str) -> str:
    init_library(url)
    push(url, NAME, _sample(), author="ana")
    return url


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch) -> None:
    """SQLite libraries asked every 50 ms, so the tests need not wait seconds."""
    monkeypatch.setattr(library_watch, "POLL_SECONDS", 0.05)


def another_client_renames(url: str, new_name: str, author: str = "bob") -> str:
    """A colleague pulls their own copy, renames the first touchpoint and saves it to the
    library; returns the touchpoint's id."""
    doc, _ = pull(url, NAME)
    touchpoint = doc.journeys[0].touchpoints[0]
    touchpoint.name = new_name
    push(url, NAME, doc, author=author)
    return touchpoint.id


def open_pulled_copy(window, url: str, tmp_path: Path) -> Path:
    """`journeymap library pull` writes the latest revision to a .jmap, opened in the
    window."""
    doc, _ = pull(url, NAME)
    path = tmp_path / "onboarding.jmap"
    save_document(doc, path)
    assert window.open_path(path)
    return path


def watching_threads(window) -> list[QThread]:
    return [thread for thread in window.findChildren(QThread) if thread.isRunning()]


# ---- storage ---------------------------------------------------------------------------
def test_the_latest_revision_and_none_for_a_document_that_is_not_there(team_library):
    another_client_renames(team_library, "Renamed")
    latest = latest_revision(team_library, NAME)
    assert (latest.number, latest.parent, latest.author) == (2, 1, "bob")
    assert latest_revision(team_library, "Not there") is None


def test_the_listener_hears_a_committed_push_and_not_a_rolled_back_one(postgres_library):
    server = postgres_library.split("?")[0]
    neighbour = "test_neighbour_" + postgres_library.rsplit("%3D", 1)[1]
    with sa.create_engine(server).begin() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {neighbour}"))
    try:
        neighbour_library = _in_schema(server, neighbour)
        init_library(neighbour_library)
        with RevisionListener(postgres_library, NAME) as listener:
            with pytest.raises(RuntimeError), transaction(postgres_library) as (connection, _):
                announce_revision(connection, NAME, 7)
                raise RuntimeError("the client died before its push committed")
            # the same name in another library of the database, and another document here
            push(neighbour_library, NAME, _sample(), author="eve")
            push(postgres_library, "Other", _sample(), author="eve")
            another_client_renames(postgres_library, "Renamed")
            # announcements arrive in commit order: any of the others would come first
            assert listener.wait(WAIT_MS / 1000) == 2
    finally:
        with sa.create_engine(server).begin() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {neighbour} CASCADE"))


# ---- the banner ------------------------------------------------------------------------
def test_a_newer_revision_shows_the_banner_and_reload_brings_it(
    qtbot, window, team_library, tmp_path
):
    open_pulled_copy(window, team_library, tmp_path)
    banner = window.library_banner
    assert not banner.isVisible()
    assert "(“Onboarding”, revision 1)" in window.windowTitle()
    renamed = another_client_renames(team_library, "Welcome call, new script")
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert banner.message.text().startswith(
        "A newer revision 2 of “Onboarding” was saved by bob at "
    )
    QTest.mouseClick(banner.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.doc.library_origin.revision == 2)  # read off-thread
    assert window.canvas.scene.cards[renamed].look.name == "Welcome call, new script"
    assert not banner.isVisible()
    assert "(“Onboarding”, revision 2)" in window.windowTitle()
    assert window.editor.doc.library_origin.revision == 2
    # the watch follows the new origin: the next revision is announced, not this one again
    another_client_renames(team_library, "Third version", author="cem")
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert "revision 3" in banner.message.text() and "cem" in banner.message.text()


def test_compare_shows_the_newer_revision_beside_the_open_document(
    qtbot, window, team_library, tmp_path
):
    open_pulled_copy(window, team_library, tmp_path)
    renamed = another_client_renames(team_library, "Welcome call, new script")
    banner = window.library_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    QTest.mouseClick(banner.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "compare_dialog", None) is not None)
    dialog = window.compare_dialog
    assert dialog.isVisible()
    assert "Revision 2 by bob" in [label.text() for label in dialog.findChildren(QLabel)]
    changed = {d.before_id for d in dialog.differences if d.status == "changed"}
    assert renamed in changed
    assert window.editor.doc.library_origin.revision == 1  # nothing was replaced
    dialog.close()


def test_unsaved_changes_are_only_replaced_when_the_user_says_so(
    qtbot, window, team_library, tmp_path
):
    open_pulled_copy(window, team_library, tmp_path)
    edited_owner_before = window.editor.journey.touchpoints[1].owner
    edit_in_window(window)
    renamed = another_client_renames(team_library, "Welcome call, new script")
    banner = window.library_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)

    said = answer_the_question_with(qtbot, "Cancel")
    QTest.mouseClick(banner.reload_button, Qt.MouseButton.LeftButton)
    assert said == ["Reloading “Onboarding” replaces your unsaved changes."]
    assert window.editor.journey.touchpoints[1].owner == "Field team"
    assert banner.isVisible()

    answer_the_question_with(qtbot, "Compare first")
    QTest.mouseClick(banner.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "compare_dialog", None) is not None)
    assert window.compare_dialog.isVisible()
    assert window.editor.journey.touchpoints[1].owner == "Field team"
    window.compare_dialog.close()

    answer_the_question_with(qtbot, "Discard your changes and reload")
    QTest.mouseClick(banner.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.doc.library_origin.revision == 2)
    assert window.canvas.scene.cards[renamed].look.name == "Welcome call, new script"
    assert window.editor.journey.touchpoints[1].owner == edited_owner_before
    assert window.editor.doc.library_origin.revision == 2


def test_another_document_ends_the_watch_and_closing_leaves_no_thread(
    qtbot, window, team_library, tmp_path
):
    push(team_library, "Other", _sample(), author="eve")
    open_pulled_copy(window, team_library, tmp_path)
    another_client_renames(team_library, "Newer")
    banner = window.library_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert len(watching_threads(window)) == 1
    other, _ = pull(team_library, "Other")
    save_document(other, tmp_path / "other.jmap")
    assert window.open_path(tmp_path / "other.jmap")  # a library document of its own
    assert not banner.isVisible()
    assert len(watching_threads(window)) == 1
    local = tmp_path / "local.jmap"
    save_document(_sample(), local)
    assert window.open_path(local)
    assert watching_threads(window) == []
    open_pulled_copy(window, team_library, tmp_path)
    assert "(“Onboarding”, revision 2)" in window.windowTitle() and not banner.isVisible()
    window.close()
    assert watching_threads(window) == []


def test_a_lost_connection_is_retried_quietly_and_misses_no_revision(
    qtbot, window, postgres_library, tmp_path, monkeypatch
):
    monkeypatch.setattr(library_watch, "RETRY_SECONDS", (0.5,))
    open_pulled_copy(window, postgres_library, tmp_path)
    server = sa.create_engine(postgres_library.split("?")[0])
    listeners = sa.text(
        "SELECT pid FROM pg_stat_activity WHERE application_name = :name AND query LIKE 'LISTEN%'"
    ).bindparams(name=APPLICATION_NAME)

    def listening() -> list[int]:
        with server.connect() as connection:
            return list(connection.execute(listeners).scalars())

    qtbot.waitUntil(lambda: len(listening()) == 1, timeout=WAIT_MS)
    with server.connect() as connection:  # the server drops the editor's connection
        connection.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": listening()[0]})
    # saved while the editor is not listening: its announcement reaches no one
    another_client_renames(postgres_library, "Saved during the outage")
    qtbot.waitUntil(window.library_banner.isVisible, timeout=WAIT_MS)  # and no error dialog
    assert "revision 2" in window.library_banner.message.text()
    server.dispose()


def test_reload_asks_before_it_replaces_changes_saved_to_the_file_but_not_the_library(
    qtbot, window, team_library, tmp_path
):
    path = open_pulled_copy(window, team_library, tmp_path)
    edit_in_window(window)
    window.documents.write(path)  # Ctrl+S: in the file, not in the library
    assert not window.isWindowModified()
    another_client_renames(team_library, "Welcome call, new script")
    banner = window.library_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    said = answer_the_question_with(qtbot, "Cancel")
    QTest.mouseClick(banner.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    assert "saved to its file but not to the library" in said[0]
    assert window.editor.journey.touchpoints[1].owner == "Field team"  # nothing replaced
    assert window.editor.doc.library_origin.revision == 1


def test_reload_of_an_unchanged_file_asks_nothing(qtbot, window, team_library, tmp_path):
    open_pulled_copy(window, team_library, tmp_path)
    renamed = another_client_renames(team_library, "Welcome call, new script")
    banner = window.library_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    QTest.mouseClick(banner.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.doc.library_origin.revision == 2)
    assert window.canvas.scene.cards[renamed].look.name == "Welcome call, new script"

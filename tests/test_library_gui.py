"""The team library in the editor (issue 16): File ▸ Team library… connects, lists,
searches and opens; Save to library makes a revision; a lost update asks and loses
nothing; the history opens, compares and restores revisions; the library work runs off
the UI thread; passwords are asked and kept in memory only; a read-only role opens
documents read-only. On SQLite and PostgreSQL (the ``library`` fixture of
tests/library_fixtures.py), driven through the real widgets."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QProgressDialog

from journeymap.model import SetFields
from journeymap.storage.library import history, list_documents, pull, push, shown_url
from journeymap.storage.library.access import can_write
from journeymap.storage.library.connection import PasswordNeeded
from journeymap.ui.library_format import library_label
from tests.modal import answer_next
from tests.test_library import _based_on, _sample

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


def shared(url: str, name: str, *, owner: str = "", tags: tuple[str, ...] = (),
           author: str = "ana", index: int = 0) -> None:  # fmt: skip
    """A colleague saved a sample as ``name``, with an owner and tags."""
    push(url, name, _sample(index), author=author, message="first")
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE documents SET owner = :owner, tags = :tags WHERE name = :name"),
            {"owner": owner, "tags": json.dumps(list(tags)), "name": name},
        )
    engine.dispose()


def press_shortcut(qtbot, window, key: Qt.Key) -> None:
    """Ctrl+Alt+key in the window, made active first (as a click on it does): a closed
    dialog leaves no window active offscreen, and shortcuts only reach the active one."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, CTRL_ALT)


def open_library_dialog(qtbot, window):
    """File ▸ Team library… by its shortcut."""
    press_shortcut(qtbot, window, Qt.Key.Key_L)
    dialog = window.library.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return dialog


def connect_to(qtbot, dialog, url: str, rows: int | None = None) -> None:
    """Type the library's URL, press Connect and wait for its documents."""
    field = dialog.url_box.lineEdit()
    QTest.mouseClick(field, LEFT)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, url)
    qtbot.mouseClick(dialog.connect_button, LEFT)
    if rows is not None:
        qtbot.waitUntil(lambda: bool(dialog.connected) and dialog.table.rowCount() == rows)


def click_row(qtbot, table, row: int) -> None:
    """Click a table's row on its viewport, as a person picks it."""
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def visible_names(dialog) -> list[str]:
    table = dialog.table
    return [table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]


def row_of(dialog, name: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)


def open_from_library(qtbot, window, url: str, name: str) -> None:
    """Connect, pick ``name`` in the table, press Open and wait until the window shows it."""
    dialog = open_library_dialog(qtbot, window)
    connect_to(qtbot, dialog, url)
    qtbot.waitUntil(lambda: name in visible_names(dialog))
    click_row(qtbot, dialog.table, row_of(dialog, name))
    qtbot.mouseClick(dialog.open_button, LEFT)
    qtbot.waitUntil(lambda: name in window.windowTitle())


def type_into_input(text: str, then=None):
    """An answer to a QInputDialog: type ``text`` over what it suggests and press OK (after
    setting up ``then``, the answer to the dialog that follows)."""

    def answer(dialog: QInputDialog) -> None:
        if then is not None:
            then()
        field = dialog.findChild(QLineEdit)  # getText's field or getItem's editable combo
        QTest.mouseClick(field, LEFT)
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)

    return answer


def press_button(label: str, said: list[str] | None = None, then=None):
    """An answer to a message box: note its text and press the button labelled ``label``."""

    def answer(box: QMessageBox) -> None:
        if said is not None:
            said.append(box.text() + "\n" + box.informativeText())
        if then is not None:
            then()
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()

    return answer


def edit(window, owner: str = "Field team") -> None:
    tp = window.editor.journey.touchpoints[1]
    window.editor.push(SetFields(tp.id, {"owner": owner}))


def save_to_library(qtbot, window, message: str, then=None) -> None:
    """File ▸ Save to library by its shortcut, typing the revision's message."""
    answer_next(qtbot, QInputDialog, type_into_input(message, then))
    press_shortcut(qtbot, window, Qt.Key.Key_S)


def title_of(url: str, name: str, revision: int) -> str:
    return f"{name} — {library_label(shown_url(url))} (revision {revision})"


# ---- connect, list, search, open ------------------------------------------------------
def test_the_library_lists_finds_and_opens_a_document(qtbot, window, library):
    shared(library, "Onboarding", owner="Ana Marketing", tags=("retail", "2026"))
    shared(library, "Support case", owner="Service", tags=("callcentre",), index=1)
    shared(library, "Kündigung", owner="Retention", tags=("retail",), index=2)
    dialog = open_library_dialog(qtbot, window)
    connect_to(qtbot, dialog, library, rows=3)
    assert visible_names(dialog) == ["Kündigung", "Onboarding", "Support case"]
    cells = [dialog.table.item(row_of(dialog, "Onboarding"), c).text() for c in range(6)]
    assert cells == ["Onboarding", "Ana Marketing", "", "retail, 2026", "1", "ana"]
    QTest.keyClicks(dialog.search, "retail")  # a tag
    assert visible_names(dialog) == ["Kündigung", "Onboarding"]
    dialog.search.clear()
    QTest.keyClicks(dialog.search, "servi")  # an owner
    assert visible_names(dialog) == ["Support case"]
    dialog.search.clear()
    QTest.keyClicks(dialog.search, "onbo")  # a name
    click_row(qtbot, dialog.table, row_of(dialog, "Onboarding"))
    qtbot.mouseClick(dialog.open_button, LEFT)
    qtbot.waitUntil(lambda: window.windowTitle().startswith(title_of(library, "Onboarding", 1)))
    assert window.editor.doc == pull(library, "Onboarding")[0]
    assert not window.isWindowModified() and not dialog.isVisible()


def test_a_library_connected_to_is_offered_next_time_without_its_password(qtbot, window, library):
    shared(library, "Onboarding")
    dialog = open_library_dialog(qtbot, window)
    connect_to(qtbot, dialog, library, rows=1)
    dialog.close()
    window.library.dialog = None  # the next File ▸ Team library… builds it anew
    again = open_library_dialog(qtbot, window)
    assert again.url_box.itemText(0) == shown_url(library)
    assert again.url_box.currentText() == shown_url(library)


def test_a_library_that_is_not_there_is_one_message_naming_it(qtbot, window, tmp_path,
                                                             monkeypatch):  # fmt: skip
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    dialog = open_library_dialog(qtbot, window)
    missing = tmp_path / "nowhere.jmaplib"
    connect_to(qtbot, dialog, str(missing))
    qtbot.waitUntil(lambda: bool(said))
    assert str(missing) in said[0] and "does not exist" in said[0]
    assert dialog.table.rowCount() == 0 and dialog.connect_button.isEnabled()


def test_browse_picks_a_library_file_in_the_file_dialog(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from journeymap.storage.library import init_library
    from tests.test_gui_file_names import type_path

    path = tmp_path / "team.jmaplib"
    init_library(str(path))
    shared(f"sqlite:///{path}", "Onboarding")
    dialog = open_library_dialog(qtbot, window)
    answer_next(qtbot, QFileDialog, type_path(path, []))
    qtbot.mouseClick(dialog.browse_button, LEFT)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert visible_names(dialog) == ["Onboarding"]


def test_opening_over_unsaved_changes_asks_first(qtbot, window, library, monkeypatch):
    shared(library, "Onboarding")
    from journeymap.samples import find_sample

    window.open_sample(find_sample("installation", "en").path)
    edit(window)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_library_dialog(qtbot, window)
    connect_to(qtbot, dialog, library, rows=1)
    click_row(qtbot, dialog.table, 0)
    qtbot.mouseClick(dialog.open_button, LEFT)  # Cancel: the edited sample stays
    assert len(asked) == 1 and window.isWindowModified()
    assert window.editor.journey.touchpoints[1].owner == "Field team"
    qtbot.mouseClick(dialog.open_button, LEFT)  # Discard: the library's document opens
    qtbot.waitUntil(lambda: "Onboarding" in window.windowTitle())
    assert not window.isWindowModified()


# ---- saving ---------------------------------------------------------------------------
def test_save_to_library_makes_a_revision_with_its_message(qtbot, window, library):
    shared(library, "Onboarding")
    open_from_library(qtbot, window, library, "Onboarding")
    edit(window)
    assert window.isWindowModified()
    save_to_library(qtbot, window, "New owner of the second touchpoint")
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert window.windowTitle().startswith(title_of(library, "Onboarding", 2))
    latest = history(library, "Onboarding")[-1]
    assert (latest.number, latest.message) == (2, "New owner of the second touchpoint")
    assert pull(library, "Onboarding")[0].journeys[0].touchpoints[1].owner == "Field team"
    edit(window, "Back office")  # the next save goes on from revision 2
    save_to_library(qtbot, window, "")
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert [r.message for r in history(library, "Onboarding")] == [
        "first",
        "New owner of the second touchpoint",
        "",
    ]


def test_file_save_of_a_library_document_saves_a_revision_there(qtbot, window, library):
    shared(library, "Onboarding")
    open_from_library(qtbot, window, library, "Onboarding")
    edit(window)
    answer_next(qtbot, QInputDialog, type_into_input("by Ctrl+S"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # File ▸ Save
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert window.windowTitle().startswith(title_of(library, "Onboarding", 2))
    assert history(library, "Onboarding")[-1].message == "by Ctrl+S"


def test_saving_when_asked_about_unsaved_changes_saves_to_the_library(qtbot, window, library,
                                                                     monkeypatch):  # fmt: skip
    shared(library, "Onboarding")
    shared(library, "Support case", index=1)
    open_from_library(qtbot, window, library, "Onboarding")
    edit(window)
    save = QMessageBox.StandardButton.Save
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: save)
    answer_next(qtbot, QInputDialog, type_into_input("before opening another"))
    open_from_library(qtbot, window, library, "Support case")
    assert history(library, "Onboarding")[-1].message == "before opening another"
    assert pull(library, "Onboarding")[0].journeys[0].touchpoints[1].owner == "Field team"
    assert not window.isWindowModified()


def test_a_local_document_is_saved_to_a_library_and_name_the_user_types(qtbot, window,
                                                                       library):  # fmt: skip
    from journeymap.samples import find_sample

    window.open_sample(find_sample("installation", "en").path)
    edit(window)
    message = type_into_input("Workshop result")
    name = type_into_input("Installation", lambda: answer_next(qtbot, QInputDialog, message))
    where = type_into_input(library, lambda: answer_next(qtbot, QInputDialog, name))
    answer_next(qtbot, QInputDialog, where)
    press_shortcut(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert window.windowTitle().startswith(title_of(library, "Installation", 1))
    (entry,) = list_documents(library)
    assert (entry.name, entry.revision) == ("Installation", 1)
    assert history(library, "Installation")[0].message == "Workshop result"


# ---- no lost update -------------------------------------------------------------------
def someone_else_saves(library: str) -> None:
    """Ana saves revision 2 of Onboarding while the window still has revision 1."""
    theirs = _based_on(pull(library, "Onboarding")[0], library, 1, "Onboarding")
    theirs.journeys[0].touchpoints[0].name = "Renamed by Ana"
    push(library, "Onboarding", theirs, author="ana", message="rename")


def test_a_lost_update_cancelled_keeps_everything(qtbot, window, library):
    shared(library, "Onboarding")
    open_from_library(qtbot, window, library, "Onboarding")
    someone_else_saves(library)
    edit(window)
    said: list[str] = []
    save_to_library(
        qtbot, window, "mine", lambda: answer_next(qtbot, QMessageBox, press_button("Cancel", said))
    )
    qtbot.waitUntil(lambda: bool(said))
    assert "Onboarding" in said[0] and "revision 2" in said[0] and "ana" in said[0]
    assert "pull" not in said[0] and "://" not in said[0]  # the editor's words, not the CLI's
    assert window.isWindowModified()  # unsaved, open, as typed
    assert window.editor.journey.touchpoints[1].owner == "Field team"
    assert window.windowTitle().startswith(title_of(library, "Onboarding", 1))
    assert len(history(library, "Onboarding")) == 2  # theirs kept, nothing of ours written


def test_a_lost_update_opens_theirs_side_by_side(qtbot, window, library):
    shared(library, "Onboarding")
    open_from_library(qtbot, window, library, "Onboarding")
    someone_else_saves(library)
    edit(window)
    save_to_library(qtbot, window, "mine", lambda: answer_next(
        qtbot, QMessageBox, press_button("Open theirs side by side")))  # fmt: skip
    qtbot.waitUntil(lambda: getattr(window, "compare_dialog", None) is not None)
    dialog = window.compare_dialog
    qtbot.waitUntil(dialog.isVisible)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Revision 2 by ana" in labels
    assert dialog.before_doc.journeys[0].touchpoints[0].name == "Renamed by Ana"
    assert window.isWindowModified()
    assert window.editor.journey.touchpoints[1].owner == "Field team"
    dialog.close()


def test_a_lost_update_saved_as_a_copy_under_a_typed_name(qtbot, window, library):
    shared(library, "Onboarding")
    open_from_library(qtbot, window, library, "Onboarding")
    someone_else_saves(library)
    edit(window)
    copy_name = type_into_input("Onboarding (Ben)")
    choose_copy = press_button(
        "Save as a copy…", then=lambda: answer_next(qtbot, QInputDialog, copy_name)
    )
    save_to_library(qtbot, window, "mine", lambda: answer_next(qtbot, QMessageBox, choose_copy))
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert window.windowTitle().startswith(title_of(library, "Onboarding (Ben)", 1))
    assert pull(library, "Onboarding (Ben)")[0].journeys[0].touchpoints[1].owner == "Field team"
    assert history(library, "Onboarding (Ben)")[0].message == "mine"
    assert pull(library, "Onboarding")[0].journeys[0].touchpoints[0].name == "Renamed by Ana"


def test_a_failed_save_names_the_library_and_keeps_the_document_unsaved(
    qtbot, window, tmp_path, monkeypatch
):
    from journeymap.storage.library import init_library

    path = tmp_path / "team.jmaplib"
    init_library(str(path))
    shared(f"sqlite:///{path}", "Onboarding")
    open_from_library(qtbot, window, str(path), "Onboarding")
    path.unlink()  # the library went away (a share unmounted, a server gone)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    edit(window)
    save_to_library(qtbot, window, "mine")
    qtbot.waitUntil(lambda: bool(said))
    assert len(said) == 1 and str(path) in said[0]
    assert window.isWindowModified()
    assert window.editor.journey.touchpoints[1].owner == "Field team"


# ---- history --------------------------------------------------------------------------
def open_history(qtbot, window, library: str, name: str, revisions: int):
    dialog = open_library_dialog(qtbot, window)
    connect_to(qtbot, dialog, library)
    qtbot.waitUntil(lambda: name in visible_names(dialog))
    click_row(qtbot, dialog.table, row_of(dialog, name))
    qtbot.mouseClick(dialog.history_button, LEFT)
    shown = window.library.history_dialog
    qtbot.waitUntil(lambda: shown is not None and shown.table.rowCount() == revisions)
    return shown


def test_history_lists_opens_compares_and_restores_revisions(qtbot, window, library,
                                                            monkeypatch):  # fmt: skip
    shared(library, "Onboarding")
    someone_else_saves(library)
    shown = open_history(qtbot, window, library, "Onboarding", 2)
    cells = [[shown.table.item(r, c).text() for c in (0, 1, 3)] for r in range(2)]
    assert cells == [["2", "ana", "rename"], ["1", "ana", "first"]]  # the newest first
    click_row(qtbot, shown.table, 1)
    qtbot.mouseClick(shown.open_button, LEFT)
    qtbot.waitUntil(lambda: window.windowTitle().startswith(title_of(library, "Onboarding", 1)))
    assert window.editor.journey.touchpoints[0].name != "Renamed by Ana"

    shown = open_history(qtbot, window, library, "Onboarding", 2)
    click_row(qtbot, shown.table, 0)
    qtbot.mouseClick(shown.compare_button, LEFT)
    qtbot.waitUntil(lambda: getattr(window, "compare_dialog", None) is not None)
    compare = window.compare_dialog
    assert compare.before_doc.journeys[0].touchpoints[0].name == "Renamed by Ana"
    compare.close()

    asked: list[str] = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: asked.append(text) or yes)
    click_row(qtbot, shown.table, 1)
    qtbot.mouseClick(shown.restore_button, LEFT)
    qtbot.waitUntil(lambda: shown.table.rowCount() == 3)
    assert "revision 1" in asked[0]
    assert [shown.table.item(0, c).text() for c in (0, 3)] == ["3", "Restored revision 1"]
    assert pull(library, "Onboarding")[0].journeys[0].touchpoints[0].name != "Renamed by Ana"


# ---- off the UI thread ----------------------------------------------------------------
def test_a_save_waiting_for_a_busy_library_shows_progress_and_the_window_responds(
    qtbot, window, tmp_path
):
    from journeymap.storage.library import init_library

    path = tmp_path / "team.jmaplib"
    init_library(str(path))
    shared(f"sqlite:///{path}", "Onboarding")
    open_from_library(qtbot, window, str(path), "Onboarding")
    edit(window)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another client holds the write lock
    try:
        save_to_library(qtbot, window, "mine")
        # the event loop runs on (waitUntil spins it): the busy dialog shows what it waits for
        qtbot.waitUntil(lambda: any(p.isVisible() for p in window.findChildren(QProgressDialog)))
        (progress,) = [p for p in window.findChildren(QProgressDialog) if p.isVisible()]
        assert progress.labelText() == f"Saving “Onboarding” to {shown_url(str(path))}…"
        assert window.isWindowModified()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=20_000)
    assert not any(p.isVisible() for p in window.findChildren(QProgressDialog))
    assert len(history(str(path), "Onboarding")) == 2


# ---- who may do what (PostgreSQL) -----------------------------------------------------
@pytest.fixture
def reader_url(postgres_schema) -> str:
    """A library in this test's schema, and the URL of a role that may only read it."""
    from journeymap.storage.library import init_library

    server, schema = postgres_schema
    owner_url = f"{server}?options=-csearch_path%3D{schema}"
    init_library(owner_url)
    shared(owner_url, "Onboarding")
    role = f"reader_{schema}"
    engine = sa.create_engine(server)
    with engine.begin() as connection:
        connection.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD 'reads'"))
        connection.execute(sa.text(f"GRANT USAGE ON SCHEMA {schema} TO {role}"))
        connection.execute(sa.text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}"))
    url = sa.engine.make_url(server).set(username=role, password="reads")
    yield f"{url.render_as_string(hide_password=False)}?options=-csearch_path%3D{schema}"
    with engine.begin() as connection:
        connection.execute(sa.text(f"DROP OWNED BY {role}"))
        connection.execute(sa.text(f"DROP ROLE {role}"))
    engine.dispose()


def test_can_write_follows_the_database(reader_url, postgres_schema, tmp_path):
    server, schema = postgres_schema
    assert can_write(f"{server}?options=-csearch_path%3D{schema}")
    assert not can_write(reader_url)
    from journeymap.storage.library import init_library

    init_library(str(tmp_path / "team.jmaplib"))
    assert can_write(str(tmp_path / "team.jmaplib"))  # the file and its folder are ours


def test_a_read_only_role_opens_documents_read_only(qtbot, window, reader_url):
    open_from_library(qtbot, window, reader_url, "Onboarding")
    assert "(read-only)" in window.windowTitle()
    assert "Read-only" in window.statusBar().currentMessage()
    assert not window.act_save_library.isEnabled()
    assert window.act_save_local.isVisible()
    assert "reads" not in window.windowTitle()  # the password is never shown
    assert window.editor.doc.library_origin.library == shown_url(reader_url)


# ---- passwords ------------------------------------------------------------------------
PASSWORD = "s3cret-Passwort"


@pytest.fixture(scope="session")
def password_server():
    """A throw-away PostgreSQL cluster whose postgres user needs PASSWORD; its URL
    (without the password) and a library initialised in it."""
    from journeymap.storage.library import init_library
    from tests.postgres import bin_folder, throwaway_cluster

    folder = bin_folder()
    if folder is None:
        pytest.skip("no PostgreSQL binaries to start a cluster that asks for a password")
    with throwaway_cluster(folder, password=PASSWORD) as url:
        with_password = sa.engine.make_url(url).set(password=PASSWORD)
        init_library(with_password.render_as_string(hide_password=False))
        shared(with_password.render_as_string(hide_password=False), "Onboarding")
        yield url


def test_a_library_without_the_password_says_it_needs_one(password_server, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(PasswordNeeded, match="password"):
        list_documents(password_server)
    wrong = sa.engine.make_url(password_server).set(password="wrong")
    with pytest.raises(PasswordNeeded):
        list_documents(wrong.render_as_string(hide_password=False))


def test_the_password_is_asked_once_and_never_stored(qtbot, window, password_server,
                                                    monkeypatch, tmp_path):  # fmt: skip
    monkeypatch.delenv("PGPASSWORD", raising=False)
    dialog = open_library_dialog(qtbot, window)
    echo: list[QLineEdit.EchoMode] = []
    typing = type_into_input(PASSWORD)
    answer_next(qtbot, QInputDialog, lambda box: (echo.append(box.textEchoMode()), typing(box)))
    connect_to(qtbot, dialog, password_server, rows=1)
    assert echo == [QLineEdit.EchoMode.Password]  # asked once, in a password field
    click_row(qtbot, dialog.table, 0)
    qtbot.mouseClick(dialog.open_button, LEFT)  # no second question: kept for the session
    qtbot.waitUntil(lambda: "Onboarding" in window.windowTitle())
    edit(window)
    save_to_library(qtbot, window, "with the password kept in memory")
    qtbot.waitUntil(lambda: not window.isWindowModified())
    QSettings().sync()
    stored = "".join(p.read_text() for p in (tmp_path / "settings").rglob("*") if p.is_file())
    assert password_server in stored and PASSWORD not in stored
    assert PASSWORD not in str(window.editor.doc.library_origin)
    saved = tmp_path / "copy.json"
    from journeymap.storage import save_document

    save_document(window.editor.doc, saved)
    assert PASSWORD not in saved.read_text()
    assert Path(saved).exists()


def test_the_banner_watches_a_library_with_the_password_typed_for_it(
    qtbot, window, password_server, monkeypatch
):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    dialog = open_library_dialog(qtbot, window)
    answer_next(qtbot, QInputDialog, type_into_input(PASSWORD))
    connect_to(qtbot, dialog, password_server)
    qtbot.waitUntil(lambda: "Onboarding" in visible_names(dialog))
    click_row(qtbot, dialog.table, visible_names(dialog).index("Onboarding"))
    qtbot.mouseClick(dialog.open_button, LEFT)
    qtbot.waitUntil(lambda: "Onboarding" in window.windowTitle())
    colleague = sa.engine.make_url(password_server).set(password=PASSWORD)
    theirs, _ = pull(colleague.render_as_string(hide_password=False), "Onboarding")
    theirs.journeys[0].name = "Their edit"
    push(colleague.render_as_string(hide_password=False), "Onboarding", theirs, author="bob")
    banner = window.library_banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)  # heard through the typed password
    assert "saved by bob" in banner.message.text()


def test_details_set_owner_review_date_and_tags_without_a_revision(qtbot, window, library):
    from PySide6.QtWidgets import QDialogButtonBox

    from journeymap.ui.library_details import DetailsDialog

    shared(library, "Onboarding", owner="ana")
    dialog = open_library_dialog(qtbot, window)
    connect_to(qtbot, dialog, library, rows=1)
    click_row(qtbot, dialog.table, 0)

    def fill_in(details: DetailsDialog) -> None:
        details.owner.selectAll()
        QTest.keyClicks(details.owner, "Service team")
        QTest.mouseClick(details.review, LEFT, pos=details.review.rect().center())
        details.review_date.setFocus()
        QTest.keyClick(details.review_date, Qt.Key.Key_Home)  # the year section
        QTest.keyClicks(details.review_date, "2027")
        QTest.keyClicks(details.tags, "B2B,  workshop 2026 ,")
        ok = details.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, LEFT)

    shown = answer_next(qtbot, DetailsDialog, fill_in)
    qtbot.mouseClick(dialog.details_button, LEFT)
    assert shown
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == "Service team")
    [entry] = list_documents(library)
    assert entry.owner == "Service team" and entry.tags == ["B2B", "workshop 2026"]
    assert entry.review_by is not None and entry.review_by.startswith("2027-")
    assert dialog.table.item(0, 3).text() == "B2B, workshop 2026"
    assert len(history(library, "Onboarding")) == 1  # details make no revision


def test_a_read_only_library_offers_no_details_to_change(qtbot, window, reader_url):
    dialog = open_library_dialog(qtbot, window)
    connect_to(qtbot, dialog, reader_url)
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1)
    click_row(qtbot, dialog.table, 0)
    assert dialog.open_button.isEnabled() and not dialog.details_button.isEnabled()
    assert "read-only" in dialog.status.text()


def test_saving_a_pulled_file_to_the_library_brings_its_file_up_to_date(
    qtbot, window, library, tmp_path
):
    from journeymap.storage import open_document, save_document

    shared(library, "Onboarding")
    path = tmp_path / "onboarding.jmap"  # as `journeymap library pull` wrote it
    save_document(pull(library, "Onboarding")[0], path)
    assert window.open_path(path)
    edit(window)
    save_to_library(qtbot, window, "from my file")
    qtbot.waitUntil(lambda: not window.isWindowModified())
    on_disk = open_document(path)
    assert on_disk.library_origin.revision == 2  # the next save goes on from revision 2
    assert on_disk == window.editor.doc  # and the file holds what was saved
    edit(window, "Second edit")
    save_to_library(qtbot, window, "again")
    qtbot.waitUntil(lambda: len(history(library, "Onboarding")) == 3)

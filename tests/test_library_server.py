"""The team library when the server or the client lets it down (issue 16), on real
servers: a PostgreSQL role with read rights only (and a SQLite file the user may not
write) reads but every write is refused by the database; a server stopped in the middle
of a save, and a client killed with SIGKILL in the middle of one, leave no partial
revision, and the library works on; a server that does not answer is a message within
seconds."""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import queue
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from benchmarks.generate import build_large_document
from journeymap.errors import LibraryError
from journeymap.storage import open_document, save_document
from journeymap.storage.library import (
    connection,
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
from tests.postgres import Server

ROOT = Path(__file__).resolve().parents[1]
#: How long a test waits for a save to reach the point it is held at, or to end.
PATIENCE = 60.0


def _counts(url: str) -> tuple[int, int]:
    """How many documents and revisions the library holds (as the owner sees them)."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as reading:
        counted = reading.execute(sa.text(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM revisions)"
        )).one()  # fmt: skip
    engine.dispose()
    return tuple(counted)


def _one_line_naming(error: LibraryError, url: str) -> str:
    message = str(error)
    assert message.startswith(shown_url(url)) and "\n" not in message, message
    assert "Traceback" not in message and "[SQL:" not in message, message
    return message


@pytest.fixture
def pg_library(postgres_schema) -> str:
    """An initialised library in a PostgreSQL schema of this test's own."""
    server, schema = postgres_schema
    url = f"{server}?options=-csearch_path%3D{schema}"
    init_library(url)
    return url


# ---- a role with read rights only ---------------------------------------------------------


@pytest.fixture
def reader(pg_library: str, postgres_schema) -> Iterator[str]:
    """The library's URL for a new role that may only read it: USAGE on the schema and
    SELECT on its tables, nothing else; the role is dropped afterwards."""
    server, schema = postgres_schema
    role = f"reader_{uuid.uuid4().hex[:10]}"
    engine = sa.create_engine(server, poolclass=sa.pool.NullPool)
    with engine.begin() as admin:
        admin.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        admin.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        admin.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    try:
        yield make_url(pg_library).set(username=role).render_as_string(hide_password=False)
    finally:
        with engine.begin() as admin:
            admin.exec_driver_sql(f"DROP OWNED BY {role}")
            admin.exec_driver_sql(f"DROP ROLE {role}")
        engine.dispose()


def test_a_read_only_role_reads_and_the_database_refuses_its_every_write(pg_library, reader):
    push(pg_library, "map", _sample(0), author="ana", message="workshop")
    assert [e.name for e in list_documents(reader)] == ["map"]
    assert [(r.number, r.message) for r in history(reader, "map")] == [(1, "workshop")]
    pulled, number = pull(reader, "map")
    assert number == 1 and _content(pulled) == _content(_sample(0))
    before = _counts(pg_library)
    for write, table in [
        (lambda: push(reader, "map", pulled, author="rita"), "revisions"),
        (lambda: push(reader, "new map", _sample(1), author="rita"), "documents"),
        (lambda: restore(reader, "map", 1, author="rita"), "revisions"),
    ]:
        with pytest.raises(LibraryError) as refused:
            write()
        message = _one_line_naming(refused.value, reader)
        # The server's own words: the database refused it, not a check of the app's.
        assert f"the database refused: permission denied for table {table}" in message
        assert "this user may only read this library; nothing was written" in message
    assert _counts(pg_library) == before
    assert pulled.library_origin.revision == 1  # a refused push leaves the origin alone


def test_the_library_commands_of_a_read_only_role(pg_library, reader, tmp_path):
    push(pg_library, "map", _sample(0), author="ana")
    out = tmp_path / "map.json"
    assert "map" in run_cli("library", "list", reader).stdout
    assert run_cli("library", "history", reader, "map").code == 0
    assert run_cli("library", "pull", reader, "map", out).code == 0
    pulled = out.read_bytes()
    ran = run_cli("library", "push", reader, out, "--message", "mine")
    assert ran.code == 1
    message = assert_one_message_naming(ran, shown_url(reader))
    assert "permission denied for table revisions" in message and "may only read" in message
    ran = run_cli("library", "restore", reader, "map", "--revision", "1")
    assert "may only read" in assert_one_message_naming(ran, shown_url(reader))
    assert out.read_bytes() == pulled  # the file still knows revision 1, not a new one
    assert _counts(pg_library) == (1, 1)


# ---- a SQLite library file the user may not write -----------------------------------------


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder anyone may write (tmp_path's parents are root's alone), removed after."""
    folder = Path(tempfile.mkdtemp(prefix="journeymap-ro-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _as_unprivileged_user(work: Callable[[], object]) -> object:
    """What ``work`` returns (JSON data) when a user without root's rights runs it: as root,
    who writes a 0444 file anyway, in a forked child that becomes nobody first (the
    modules it needs must be imported already: nobody may not read root's interpreter)."""
    if os.geteuid() != 0:
        return work()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        os.close(read)
        try:
            nobody = pwd.getpwnam("nobody")
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            outcome = {"returned": work()}
        except BaseException as error:
            outcome = {"raised": repr(error)}
        with os.fdopen(write, "w") as pipe:
            json.dump(outcome, pipe)
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        outcome = json.loads(pipe.read() or '{"raised": "the child died"}')
    os.waitpid(child, 0)
    assert "raised" not in outcome, outcome
    return outcome["returned"]


def test_a_sqlite_library_the_user_may_not_write_reads_and_refuses_writes(open_folder):
    path = open_folder / "team.jmaplib"
    init_library(str(path))
    push(str(path), "map", _sample(0), author="ana")
    out = open_folder / "map.json"
    assert run_cli("library", "pull", path, "map", out).code == 0  # imports what pull needs
    out.chmod(0o666)
    path.chmod(0o444)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def as_the_user() -> dict:
        assert not os.access(path, os.W_OK)
        pulled, _ = pull(str(path), "map")
        refusals = []
        for write in (lambda: push(str(path), "map", pulled, author="nobody"),
                      lambda: restore(str(path), "map", 1, author="nobody")):  # fmt: skip
            try:
                write()
            except LibraryError as error:
                refusals.append(str(error))
        ran = run_cli("library", "push", path, out)
        return {"listed": [e.name for e in list_documents(str(path))],
                "history": [r.number for r in history(str(path), "map")],
                "refusals": refusals, "code": ran.code, "stderr": ran.stderr}  # fmt: skip

    seen = _as_unprivileged_user(as_the_user)
    assert seen["listed"] == ["map"] and seen["history"] == [1]
    assert len(seen["refusals"]) == 2
    for message in [*seen["refusals"], seen["stderr"].strip()]:  # the command says it too
        assert shown_url(str(path)) in message and "\n" not in message
        assert "attempt to write a readonly database" in message
        assert "this user may only read this library; nothing was written" in message
    assert seen["code"] == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(f"{path}-journal").exists()
    assert open_document(out).library_origin.revision == 1


# ---- a save held inside its transaction ---------------------------------------------------


@contextmanager
def _paused_after_revision_insert() -> Iterator[tuple[queue.Queue[int], threading.Event]]:
    """While active, the next save in this process stops inside its transaction right
    after its INSERT of the revision ran: it puts its server's backend pid into the queue
    and waits until the event is set (an event hook of this test's; the save itself is the
    library's own code)."""
    reached: queue.Queue[int] = queue.Queue()
    release = threading.Event()
    paused = threading.Lock()

    def pause(connection, cursor, statement, *rest) -> None:
        if statement.startswith("INSERT INTO revisions") and paused.acquire(blocking=False):
            reached.put(cursor.connection.info.backend_pid)
            release.wait(PATIENCE)

    sa.event.listen(sa.Engine, "after_cursor_execute", pause)
    try:
        yield reached, release
    finally:
        release.set()
        sa.event.remove(sa.Engine, "after_cursor_execute", pause)


def _assert_held_inside_its_transaction(url: str, pid: int, existing: bool) -> None:
    """The save of backend ``pid`` has written its revision's row, and for a new document
    the document's row, and not committed (it holds the locks those INSERTs take)."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as watching:
            written = set(watching.exec_driver_sql(
                "SELECT relname FROM pg_locks JOIN pg_class ON pg_class.oid = relation "
                "WHERE pid = %(pid)s AND mode = 'RowExclusiveLock' "
                "AND relname IN ('documents', 'revisions')",
                {"pid": pid},
            ).scalars())  # fmt: skip
        assert written == ({"revisions"} if existing else {"documents", "revisions"})
    finally:
        engine.dispose()


@pytest.fixture(params=["next revision", "new document"])
def held_save(request) -> tuple[str, bool]:
    """Which save is held: revision 2 of "map", or revision 1 of a new "other"."""
    return ("map", True) if request.param == "next revision" else ("other", False)


def _document_to_save(url: str, name: str, existing: bool):
    if existing:
        document, _ = pull(url, name)
        return document
    return _sample(1)


def _assert_nothing_partial_and_saving_works(url: str, name: str, existing: bool) -> None:
    """Only revision 1 of "map" is there, intact, and the next saves go in."""
    assert _counts(url) == (1, 1)
    assert [r.number for r in history(url, "map")] == [1]
    assert _content(pull(url, "map")[0]) == _content(_sample(0))
    if existing:
        assert push(url, name, pull(url, name)[0], author="ben") == 2
    else:
        assert push(url, name, _sample(1), author="ben") == 1
    assert _counts(url) == (1 if existing else 2, 2)


def test_a_server_stopped_in_the_middle_of_a_save_is_one_message_and_no_partial_revision(
    own_postgres_server: Server, held_save
):
    url = own_postgres_server.url
    name, existing = held_save
    init_library(url)
    push(url, "map", _sample(0), author="ana")
    document = _document_to_save(url, name, existing)
    outcome: list[object] = []

    def save() -> None:
        try:
            outcome.append(push(url, name, document, author="cem"))
        except Exception as error:  # the test asserts what it was
            outcome.append(error)

    with _paused_after_revision_insert() as (reached, release):
        saving = threading.Thread(target=save, daemon=True)
        saving.start()
        _assert_held_inside_its_transaction(url, reached.get(timeout=PATIENCE), existing)
        own_postgres_server.stop("immediate")
        release.set()
        saving.join(PATIENCE)
    assert not saving.is_alive(), "the save hung when the server went away"
    [error] = outcome
    assert isinstance(error, LibraryError), error
    assert "lost the connection to the database" in _one_line_naming(error, url)
    assert document.library_origin is None or document.library_origin.revision == 1
    own_postgres_server.start()  # crash recovery
    _assert_nothing_partial_and_saving_works(url, name, existing)


def _silent_server() -> socket.socket:
    """A localhost port that takes connections and never answers (a hung server)."""
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    listening.listen(8)
    return listening


def test_a_server_that_never_answers_is_one_message_not_a_hang(monkeypatch):
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    monkeypatch.setattr(connection, "_POSTGRES_CONNECT_WAIT", 2)  # libpq's least
    with _silent_server() as listening:
        port = listening.getsockname()[1]
        url = f"postgresql+psycopg://ana:secret@127.0.0.1:{port}/cx"
        outcome: list[object] = []

        def listing() -> None:
            try:
                outcome.append(list_documents(url))
            except Exception as error:  # the test asserts what it was
                outcome.append(error)

        waiting = threading.Thread(target=listing, daemon=True)
        waiting.start()
        waiting.join(PATIENCE)
        assert not waiting.is_alive(), "the connection attempt did not give up"
    [error] = outcome
    assert isinstance(error, LibraryError), error
    message = _one_line_naming(error, url)
    assert "could not connect" in message and "secret" not in message


# ---- a client killed with SIGKILL in the middle of a save ---------------------------------


#: ``journeymap ARGS`` (the command line's own code) in a process whose save stops inside
#: its transaction, right after its INSERT of the revision ran, and says so with its
#: server's backend pid (0 on SQLite) until it is killed (an event hook of this test's).
PAUSED_CLIENT = """
import sys
import sqlalchemy as sa
from journeymap.cli import main

@sa.event.listens_for(sa.Engine, "after_cursor_execute")
def pause(connection, cursor, statement, *rest):
    if statement.startswith("INSERT INTO revisions"):
        info = getattr(cursor.connection, "info", None)
        print("inserted", getattr(info, "backend_pid", 0), flush=True)
        sys.stdin.read()

sys.exit(main(sys.argv[1:]))
"""


@contextmanager
def _paused_client(*args: object) -> Iterator[int]:
    """``journeymap ARGS`` held right after its INSERT of the revision (PAUSED_CLIENT),
    yielding its backend pid; killed with SIGKILL at the end of the block."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    client = subprocess.Popen([sys.executable, "-c", PAUSED_CLIENT, *map(str, args)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, env=environment, cwd=ROOT,
                              text=True)  # fmt: skip
    try:
        said, pid = client.stdout.readline().split()
        assert said == "inserted"
        yield int(pid)
    finally:
        client.send_signal(signal.SIGKILL)
        assert client.wait(PATIENCE) == -signal.SIGKILL


def test_a_client_killed_in_the_middle_of_a_save_leaves_no_partial_revision(
    pg_library, held_save, tmp_path
):
    name, existing = held_save
    push(pg_library, "map", _sample(0), author="ana")
    file = tmp_path / "mine.json"
    save_document(_document_to_save(pg_library, name, existing), file)
    before = file.read_bytes()
    with _paused_client("library", "push", pg_library, file, "--name", name) as pid:
        _assert_held_inside_its_transaction(pg_library, pid, existing)
    assert file.read_bytes() == before
    _assert_nothing_partial_and_saving_works(pg_library, name, existing)


def test_a_sqlite_writer_killed_in_the_middle_of_a_save_is_rolled_back(tmp_path):
    path = tmp_path / "team.jmaplib"
    init_library(str(path))
    push(str(path), "map", _sample(0), author="ana")
    # Far larger than SQLite's page cache (2 MB), so the writer spills pages into the
    # database file before it commits: the file is half written, the journal hot.
    large, _ = build_large_document(touchpoints=8000, transitions=12000)
    large.library_origin = pull(str(path), "map")[0].library_origin
    file = tmp_path / "large.json"
    save_document(large, file)
    before = path.read_bytes()
    journal = Path(f"{path}-journal")
    with _paused_client("library", "push", path, file, "--name", "map"):
        assert journal.stat().st_size > 0
        assert path.read_bytes() != before  # the writer changed the file in place
    assert journal.exists()  # hot: the next reader rolls it back
    assert _content(pull(str(path), "map")[0]) == _content(_sample(0))
    assert not journal.exists()
    with sqlite3.connect(path) as checking:
        assert checking.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    checking.close()
    assert _counts(f"sqlite:///{path}") == (1, 1)
    assert push(str(path), "map", pull(str(path), "map")[0], author="ben") == 2

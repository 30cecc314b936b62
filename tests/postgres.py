"""A real PostgreSQL server for the tests of the SQL path (a pytest plugin: conftest.py
loads it).

``postgres_url`` is the server's SQLAlchemy URL: JOURNEYMAP_TEST_POSTGRES when set
(.ci/run starts a throw-away cluster and sets it), else a throw-away cluster of this
session's own when PostgreSQL's binaries are installed, else the tests that need it are
skipped; with JOURNEYMAP_REQUIRE_POSTGRES=1 they fail instead. ``postgres_schema`` gives
each test a schema of its own, dropped afterwards, so tests do not see each other.
``own_postgres_server`` is a cluster of one test's own that it may stop and restart
(throwaway_server; the benchmarks start one the same way).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

URL_VARIABLE = "JOURNEYMAP_TEST_POSTGRES"
REQUIRE_VARIABLE = "JOURNEYMAP_REQUIRE_POSTGRES"


def bin_folder() -> Path | None:
    """Where initdb and pg_ctl are: on the PATH, else Debian's newest version."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                      key=lambda p: int(Path(p).parts[-3]))  # fmt: skip
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A throw-away PostgreSQL cluster that a test may stop and start again (same data,
    same port): ``url`` is its SQLAlchemy URL."""

    def __init__(self, binaries: Path, folder: Path, port: int, as_user: list[str], *,
                 durable: bool) -> None:  # fmt: skip
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        self._pg_ctl = [*as_user, binaries / "pg_ctl", "-D", folder / "data"]
        self._options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
        if not durable:
            self._options += " -c fsync=off"
        self._log = folder / "log"

    def start(self) -> None:
        """Start the server and wait until it takes connections."""
        subprocess.run([*self._pg_ctl, "-l", self._log, "-o", self._options, "-w", "start"],
                       check=True, capture_output=True, timeout=120)  # fmt: skip

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server: "immediate" kills it as a crash would (recovery at the next
        start), "fast" rolls back the open transactions and shuts down cleanly."""
        subprocess.run([*self._pg_ctl, "-m", mode, "stop"], capture_output=True, timeout=60)


@contextlib.contextmanager
def throwaway_server(binaries: Path, *, durable: bool = False,
                     password: str | None = None) -> Iterator[Server]:  # fmt: skip
    """A started PostgreSQL cluster in a temporary folder on a spare localhost port, as
    the postgres user when this runs as root (initdb refuses root); stopped and removed
    at the end. It does not sync to disk unless ``durable`` (as a real server does: the
    benchmarks). Every client is trusted, unless ``password`` is given: then the postgres
    user needs it (scram-sha-256; ``url`` has no password)."""
    folder = Path(tempfile.mkdtemp(prefix="journeymap-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    server = Server(binaries, folder, _free_port(), as_user, durable=durable)
    authentication = ["-A", "trust"]
    if password is not None:
        password_file = folder / "password"
        password_file.write_text(password + "\n")
        if as_user:
            shutil.chown(password_file, "postgres")
        authentication = ["-A", "scram-sha-256", f"--pwfile={password_file}"]
    try:
        subprocess.run([*as_user, binaries / "initdb", "-D", folder / "data", *authentication,
                        "-U", "postgres", "--no-sync"], check=True, capture_output=True,
                       timeout=120)  # fmt: skip
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def throwaway_cluster(binaries: Path, password: str | None = None) -> Iterator[str]:
    """A PostgreSQL cluster of throwaway_server's (asking for ``password`` when given);
    yields its URL."""
    with throwaway_server(binaries, password=password) as server:
        yield server.url


def _bin_folder_or_skip() -> Path:
    """PostgreSQL's binaries; the test is skipped without them (fails when required)."""
    found = bin_folder()
    if found is None:
        message = f"no PostgreSQL server: set {URL_VARIABLE} or install postgresql"
        if os.environ.get(REQUIRE_VARIABLE) == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of a PostgreSQL server to test against (see the module's docstring)."""
    given = os.environ.get(URL_VARIABLE)
    if given:
        yield given
        return
    with throwaway_cluster(_bin_folder_or_skip()) as url:
        yield url


@pytest.fixture
def own_postgres_server() -> Iterator[Server]:
    """A PostgreSQL server of this test's own, which it may stop and start (also when
    JOURNEYMAP_TEST_POSTGRES names a shared one)."""
    with throwaway_server(_bin_folder_or_skip()) as server:
        yield server


@pytest.fixture
def postgres_schema(postgres_url: str) -> Iterator[tuple[str, str]]:
    """The server's URL and a new schema for this test alone, dropped afterwards."""
    import sqlalchemy as sa

    schema = f"test_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        yield postgres_url, schema
    finally:
        with engine.begin() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()

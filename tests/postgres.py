"""A real PostgreSQL server for the tests of the SQL path (a pytest plugin: conftest.py
loads it).

``postgres_url`` is the server's SQLAlchemy URL: JOURNEYMAP_TEST_POSTGRES when set
(.ci/run starts a throw-away cluster and sets it), else a throw-away cluster of this
session's own when PostgreSQL's binaries are installed, else the tests that need it are
skipped; with JOURNEYMAP_REQUIRE_POSTGRES=1 they fail instead. ``postgres_schema`` gives
each test a schema of its own, dropped afterwards, so tests do not see each other.
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


def _bin_folder() -> Path | None:
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


@contextlib.contextmanager
def throwaway_cluster(bin_folder: Path) -> Iterator[str]:
    """A PostgreSQL cluster in a temporary folder on a spare localhost port, as the
    postgres user when this runs as root (initdb refuses root); stopped and removed at
    the end. Yields its URL."""
    folder = Path(tempfile.mkdtemp(prefix="journeymap-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()
    run = {"check": True, "capture_output": True, "timeout": 120}
    try:
        subprocess.run([*as_user, bin_folder / "initdb", "-D", data, "-A", "trust",
                        "-U", "postgres", "--no-sync"], **run)  # fmt: skip
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run([*as_user, bin_folder / "pg_ctl", "-D", data, "-l", folder / "log",
                        "-o", options, "-w", "start"], **run)  # fmt: skip
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, bin_folder / "pg_ctl", "-D", data, "-m", "immediate",
                        "stop"], capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of a PostgreSQL server to test against (see the module's docstring)."""
    given = os.environ.get(URL_VARIABLE)
    if given:
        yield given
        return
    bin_folder = _bin_folder()
    if bin_folder is None:
        message = f"no PostgreSQL server: set {URL_VARIABLE} or install postgresql"
        if os.environ.get(REQUIRE_VARIABLE) == "1":
            pytest.fail(message)
        pytest.skip(message)
    with throwaway_cluster(bin_folder) as url:
        yield url


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

"""Discovery from a database table (issue 15, "Real logs, real scale"): the hand-made LOG
of test_discover.py as a SQLite and a PostgreSQL table gives the journey of the same CSV
file; random logs give the file path's facts; the database's timestamps read as
parse_time reads them; every bad input is one message naming the database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import socket
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.discovery import DiscoveryOptions, LogColumns, discover_log
from journeymap.discovery.facts import LogFacts
from journeymap.discovery.reading import _facts_in_child, file_facts
from journeymap.discovery.sql_dialects import Dialect, open_database
from journeymap.discovery.sql_facts import table_facts
from journeymap.discovery.sql_times import TextTime
from journeymap.discovery.timestamps import parse_time
from journeymap.errors import DocumentFileError
from journeymap.safety.sandbox import Cancelled
from journeymap.storage import open_document
from tests.cli_runner import assert_one_message_naming, run_cli
from tests.test_discover import LOG, _by_name, _shape

ALL_COLUMNS = LogColumns("Case ID", "Activity", "Timestamp", channel="channel", owner="agent",
                         segment="segment", score="csat")  # fmt: skip
COLUMN_ARGS = ("--case", "Case ID", "--activity", "Activity", "--time", "Timestamp")


def _rows(text: str) -> tuple[list[str], list[list[str]]]:
    lines = text.splitlines()
    return lines[0].split(";"), [line.split(";") for line in lines[1:]]


def write_table(url: str, text: str, name: str = "log", *, schema: str | None = None,
                key: bool = True, time_type=sa.Text) -> None:  # fmt: skip
    """A ;-separated log as a table: every column text (the time ``time_type``), and an
    integer primary key ``id`` in file order unless ``key`` is False."""
    header, rows = _rows(text)
    columns = [sa.Column(h, time_type if h == "Timestamp" else sa.Text) for h in header]
    if key:
        columns.insert(0, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False))
    table = sa.Table(name, sa.MetaData(), *columns, schema=schema)
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        table.create(connection)
        if rows:
            values = [dict(zip(header, row, strict=True)) for row in rows]
            if time_type is not sa.Text:  # a native column: the moment, aware or as UTC
                for value in values:
                    value["Timestamp"] = _moment(value["Timestamp"], time_type.timezone)
            if key:
                for number, value in enumerate(values, start=1):
                    value["id"] = number
            connection.execute(table.insert(), values)
    engine.dispose()


def _moment(text: str, aware: bool) -> dt.datetime:
    moment = dt.datetime.fromtimestamp(parse_time(text), dt.UTC)
    return moment if aware else moment.replace(tzinfo=None)


@dataclasses.dataclass
class Database:
    """A database to put log tables in: its URL and the --table name of a table."""

    url: str
    schema: str | None = None

    def write(self, text: str, name: str = "log", **how) -> str:
        write_table(self.url, text, name, schema=self.schema, **how)
        return f"{self.schema}.{name}" if self.schema else name


@pytest.fixture
def sqlite(tmp_path: Path) -> Database:
    return Database(f"sqlite:///{tmp_path / 'log.db'}")


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path: Path) -> Database:
    """Each test with it runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return Database(f"sqlite:///{tmp_path / 'log.db'}")
    url, schema = request.getfixturevalue("postgres_schema")
    return Database(url, schema)


def _columns(by_channel: bool) -> LogColumns:
    """Every column of the log, the channel only when read by channel (as the command
    does)."""
    return ALL_COLUMNS if by_channel else dataclasses.replace(ALL_COLUMNS, channel=None)


def _comparable(facts: LogFacts) -> LogFacts:
    """Facts without what differs by nature: the source's name, and the row numbers (a
    file counts its header as row 1, a table starts at 1); the order they give stays."""
    return dataclasses.replace(
        facts, source=Path("log"),
        keys=[dataclasses.replace(k, first_row=0) for k in facts.keys],
        pairs=[dataclasses.replace(p, first_row=0) for p in facts.pairs],
    )  # fmt: skip


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    return path


# ---- the same journey as the file ------------------------------------------------------


@pytest.mark.parametrize("by_channel", [False, True])
def test_a_log_table_gives_the_journey_of_the_same_log_file(database, tmp_path, by_channel):
    table = database.write(LOG)
    columns = _columns(by_channel)
    options = DiscoveryOptions(min_share=0.0, by_channel=by_channel, metric="csat",
                               segmented=True, today="2026-04-01")  # fmt: skip
    from_file = discover_log(_csv(tmp_path, LOG), columns, options)
    from_table = discover_log(database.url, columns, options, table=table)
    assert _shape(from_table.journey) == _shape(from_file.journey)
    assert from_table.summary == from_file.summary
    assert from_table.journey.name == "log"
    touchpoints, _ = _by_name(from_table.journey)
    assert [(tp.name, tp.channel, tp.owner) for tp in from_table.journey.touchpoints] == [
        (tp.name, tp.channel, tp.owner) for tp in from_file.journey.touchpoints
    ]

    def measured(journey):
        names = {tp.id: tp.name for tp in journey.touchpoints}
        return sorted((names[m.touchpoint_id], m.segment, sorted(m.counts.items()))
                      for m in journey.measurements)  # fmt: skip

    assert measured(from_table.journey) == measured(from_file.journey) != []
    # the figures themselves, as test_discover.py knows them
    summary = from_table.summary
    assert (summary["cases"], summary["events"], summary["variants"]) == (3, 8, 3)
    if not by_channel:
        visit = _by_name(from_table.journey)[1][("Report fault", "Technician visit")]
        assert (visit.count, visit.share, visit.median_hours) == (2, 0.5, 13.0)
        assert visit.p90_hours == pytest.approx(4 + 0.9 * 18)
        assert touchpoints["Report fault"].entry and touchpoints["Report fault"].exit


def test_the_period_is_counted_in_the_database(database, tmp_path):
    table = database.write(LOG)
    day = parse_time("2026-03-02")
    options = DiscoveryOptions(start=day, end=day + 86400)
    got = table_facts(database.url, table, ALL_COLUMNS, options)
    assert (got.cases, got.events) == (2, 3)  # T1's close, T2's two reports
    assert _comparable(got) == _comparable(file_facts(_csv(tmp_path, LOG), ALL_COLUMNS,
                                                      options))  # fmt: skip


# ---- random logs: the database's facts are the file's ----------------------------------

_ZONES = ["", "Z", "+01:00", "-05:30", "+0200", "+03"]
_moments = st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2027, 1, 1))


@st.composite
def _stamps(draw) -> str:
    """A timestamp text in one of the forms both paths read."""
    moment = draw(_moments)
    form = draw(st.sampled_from(["%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S",
                                 "%Y-%m-%d %H:%M:%S.%f", "%d.%m.%Y %H:%M"]))  # fmt: skip
    text = moment.strftime(form)
    if form.startswith("%Y") and len(form) > 8:  # an ISO time may carry a zone
        text += draw(st.sampled_from(_ZONES))
    return text


_random_logs = st.lists(
    st.tuples(st.sampled_from(["c1", "c2", "c3", "c4", " c5", ""]), st.sampled_from(
        ["Call", "Mail", "Visit", "Close", " Call ", ""]), _stamps(),
        st.sampled_from(["phone", "email", ""]), st.sampled_from(["Ann", "Bo", ""]),
        st.sampled_from(["", "", "3", "5", "x"]), st.sampled_from(["", "b2b", "b2c"])),
    min_size=1, max_size=40,
)  # fmt: skip


def _log_text(rows) -> str:
    header = "Case ID;Activity;Timestamp;Channel;Agent;CSAT;Segment\n"
    return header + "".join(";".join(row) + "\n" for row in rows)


def _same_facts(url: str, table: str, folder: Path, rows: list, by_channel: bool) -> None:
    """The table of ``rows`` (written already) has the facts of the same log as a file
    (file_facts' work, without its child process: a child per example would take most of
    the test's time). The file holds only the rows with a case and an activity, and the
    table's skipped rows are counted by hand: the blank rows' skipping is the database's
    own to prove."""
    columns, options = _columns(by_channel), DiscoveryOptions(by_channel=by_channel)
    named = [row for row in rows if row[0].strip() and row[1].strip()]
    if not named:
        with pytest.raises(DocumentFileError, match="no events"):
            table_facts(url, table, columns, options)
        return
    csv = _csv(folder, _log_text(named))
    expected = _facts_in_child(lambda _: None, csv, columns, options)
    expected = dataclasses.replace(expected, skipped_rows=len(rows) - len(named))
    assert _comparable(table_facts(url, table, columns, options)) == _comparable(expected)


@settings(max_examples=30, deadline=None)
@given(rows=_random_logs, by_channel=st.booleans())
def test_random_logs_give_the_file_facts_in_sqlite(tmp_path_factory, rows, by_channel):
    folder = tmp_path_factory.mktemp("random")
    text = _log_text(rows)
    url = f"sqlite:///{folder / 'log.db'}"
    write_table(url, text)
    _same_facts(url, "log", folder, rows, by_channel)


@settings(max_examples=8, deadline=None)
@given(rows=_random_logs)
def test_random_logs_give_the_file_facts_in_postgresql(tmp_path_factory, postgres_url, rows):
    folder = tmp_path_factory.mktemp("random")
    text = _log_text(rows)
    schema = folder.name.replace("-", "_").lower()
    engine = sa.create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        write_table(postgres_url, text, schema=schema)
        _same_facts(postgres_url, f"{schema}.log", folder, rows, by_channel=True)
    finally:
        with engine.begin() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


# ---- timestamps ----------------------------------------------------------------------

#: Texts the database reads, and ones it refuses (None), as parse_time does.
STAMPS = [
    "2026-03-01", "2026-03-01 09:30", "2026-03-01T09:30:15", "2026-03-01 09:30:15.5",
    "2026-03-01T09:30:15.123456", "2026-03-01 09:30:15,25", "2026-03-01T09:30Z",
    "2026-03-01T09:30:00+01:00", "2026-03-01 09:30:00-05:30", "2026-03-01 09:30+0100",
    "2026-03-01 09:30:00.75+01", "2024-02-29 23:59:59", "1999-12-31T23:00:00-01:00",
    "01.03.2026 08:00", "31.12.2025 23:59:59", "01.03.2026",
    "2026-02-29", "2025-02-31", "2026-13-01", "2026-03-01 24:00", "2026-03-01 09:60",
    "2026-03-01 09:30:60", "2026-03-01 09:30+24:00", "0000-01-01", "soon", "", "2026-03",
    "2026-03-01 09", "2026-03-01 09:30:00.1234567", "31.02.2026 08:00", "2026-03-01Z",
]  # fmt: skip


#: Forms parse_time reads that the database does not (docs/discovery.md): an hour
#: alone, more than six digits of a second.
NOT_IN_SQL = {"2026-03-01 09", "2026-03-01 09:30:00.1234567"}


def _database_seconds(database: Database, texts: list[str]) -> list[float | None]:
    """Each text as the SQL path reads it, in a table of the database."""
    table = sa.Table("stamps", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("stamp", sa.Text), schema=database.schema)  # fmt: skip
    engine = sa.create_engine(database.url)
    with engine.begin() as connection:
        table.create(connection)
        connection.execute(table.insert(), [{"id": i, "stamp": t} for i, t in enumerate(texts)])
    engine.dispose()
    engine, dialect = open_database(database.url)
    times = TextTime(dialect)
    iso = sa.select(table.c.id, times.iso(dialect.trimmed(table.c.stamp)).label("stamp"))
    parts, _, seconds = times.read(iso.cte("iso"), ["id"])
    with engine.connect() as connection:
        got = connection.execute(sa.select(parts.c.id, seconds).order_by(parts.c.id)).all()
    engine.dispose()
    return [value for _, value in got]


def test_the_database_reads_timestamps_as_parse_time(database):
    expected = [None if text in NOT_IN_SQL else parse_time(text) for text in STAMPS]
    assert _database_seconds(database, STAMPS) == expected
    assert sum(e is not None for e in expected) == 16


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(_stamps(), min_size=1, max_size=20))
def test_any_timestamp_of_the_accepted_forms_reads_as_parse_time(tmp_path_factory, texts):
    database = Database(f"sqlite:///{tmp_path_factory.mktemp('stamps') / 'stamps.db'}")
    assert _database_seconds(database, texts) == [parse_time(text) for text in texts]


def test_native_timestamps_with_zones_read_like_text(postgres_schema, tmp_path):
    url, schema = postgres_schema
    zoned = LOG.replace("2026-03-01 09:00", "2026-03-01T10:00+01:00")
    write_table(url, zoned, "as_text", schema=schema)
    write_table(url, zoned, "zoned", schema=schema, time_type=sa.DateTime(timezone=True))
    write_table(url, zoned, "plain", schema=schema, time_type=sa.DateTime())
    as_text = table_facts(url, f"{schema}.as_text", ALL_COLUMNS, DiscoveryOptions())
    for name in ("zoned", "plain"):  # the plain one holds the UTC times as written
        got = table_facts(url, f"{schema}.{name}", ALL_COLUMNS, DiscoveryOptions())
        assert dataclasses.replace(got, source=as_text.source) == as_text


# ---- row order ---------------------------------------------------------------------------


def test_ties_of_time_keep_the_order_of_the_key_or_of_order(sqlite):
    log = "Case ID;Activity;Timestamp;Seq\nc;B;2026-03-01;2\nc;A;2026-03-01;1\n"
    sqlite.write(log, key=False)
    columns = LogColumns("case id", "activity", "timestamp")
    got = table_facts(sqlite.url, "log", columns, DiscoveryOptions(), order="seq")
    assert [k.activity for k in got.keys] == ["A", "B"]
    assert (got.pairs[0].source, got.pairs[0].target) == (0, 1)  # A then B
    sqlite.write(log, "keyed")
    keyed = table_facts(sqlite.url, "keyed", columns, DiscoveryOptions())
    assert [k.activity for k in keyed.keys] == ["B", "A"]  # by the id: file order


def test_a_table_without_a_primary_key_needs_order(sqlite, tmp_path):
    table = sqlite.write(LOG, key=False)
    ran = run_cli("discover", sqlite.url, tmp_path / "out.jmap", "--table", table,
                  *COLUMN_ARGS)  # fmt: skip
    message = assert_one_message_naming(ran, sqlite.url)
    assert "primary key" in message and "--order" in message
    ran = run_cli("discover", sqlite.url, tmp_path / "out.jmap", "--table", table,
                  "--order", "rowid_missing", *COLUMN_ARGS)  # fmt: skip
    assert "rowid_missing" in assert_one_message_naming(ran, sqlite.url)


# ---- the command ---------------------------------------------------------------------


def test_the_command_reads_a_table_and_saves_its_journey(sqlite, tmp_path):
    table = sqlite.write(LOG)
    out = tmp_path / "out.json"
    ran = run_cli("discover", sqlite.url, out, "--table", table, *COLUMN_ARGS,
                  "--channel", "Channel", "--min-share", "0", "--format", "json")  # fmt: skip
    assert ran.code == 0, ran.stderr
    summary = json.loads(ran.stdout)
    assert (summary["cases"], summary["events"], summary["channel_switches"]) == (3, 8, 5)
    journey = open_document(out).journeys[0]
    assert journey.name == "log"
    assert sorted(t.count for t in journey.transitions) == [1, 1, 1, 2]
    assert len(journey.observed_paths) == 3


def test_order_without_table_is_refused(tmp_path):
    ran = run_cli("discover", _csv(tmp_path, LOG), tmp_path / "out.jmap", *COLUMN_ARGS,
                  "--order", "id")  # fmt: skip
    assert "--table" in assert_one_message_naming(ran, "--order")


def test_the_database_is_only_read(sqlite, tmp_path):
    table = sqlite.write(LOG)
    database_file = tmp_path / "log.db"
    before = database_file.read_bytes()
    assert run_cli("discover", sqlite.url, tmp_path / "out.jmap", "--table", table,
                   *COLUMN_ARGS).code == 0  # fmt: skip
    assert database_file.read_bytes() == before
    engine, _ = open_database(sqlite.url)
    with engine.connect() as connection, pytest.raises(sa.exc.OperationalError, match="readonly"):
        connection.execute(sa.text("CREATE TABLE intruder (x INTEGER)"))
    engine.dispose()


def test_postgresql_sessions_are_read_only(postgres_schema):
    url, schema = postgres_schema
    engine, dialect = open_database(url)
    assert dialect == Dialect("postgresql")
    with engine.connect() as connection, pytest.raises(sa.exc.DBAPIError, match="read-only"):
        connection.execute(sa.text(f"CREATE TABLE {schema}.intruder (x INTEGER)"))
    engine.dispose()


def test_cancel_stops_between_queries(sqlite):
    table = sqlite.write(LOG)
    reports = []
    with pytest.raises(Cancelled):
        table_facts(sqlite.url, table, ALL_COLUMNS, DiscoveryOptions(),
                    progress=reports.append, cancelled=lambda: len(reports) >= 2)  # fmt: skip
    assert reports and reports == sorted(reports) and reports[-1] < 1000


# ---- bad input: one message naming the database, never a traceback --------------------


def _refused(tmp_path: Path, url: str, table: str = "log", *extra: str) -> str:
    out = tmp_path / "out.jmap"
    ran = run_cli("discover", url, out, "--table", table, *COLUMN_ARGS, *extra)
    assert not out.exists()
    return assert_one_message_naming(ran, url.replace(":secret", ""))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("not a url", "not a database URL"),
        ("mysql+pymysql://jm:secret@localhost/crm", "SQLite and PostgreSQL"),
        ("postgresql+pg8000://jm:secret@localhost/crm", "driver “postgresql+pg8000”"),
        (f"postgresql+psycopg://jm:secret@127.0.0.1:{_free_port()}/crm", "could not be opened"),
        ("sqlite:///no/such/log.db", "does not exist"),
        ("sqlite://", "names no database file"),
    ],
)  # fmt: skip
def test_a_database_that_cannot_be_read_is_named_without_its_password(tmp_path, url, words):
    message = _refused(tmp_path, url)
    assert words in message and "secret" not in message
    assert not Path("no/such/log.db").exists()


def test_a_missing_table_is_named_with_the_tables_there_are(database, tmp_path):
    database.write(LOG, "contacts")
    database.write(LOG, "calls")
    message = _refused(tmp_path, database.url, "tickets" if not database.schema
                       else f"{database.schema}.tickets")  # fmt: skip
    assert "tickets" in message and "“calls”, “contacts”" in message


def test_a_missing_column_is_named_with_the_columns_there_are(database, tmp_path):
    table = database.write(LOG)
    message = _refused(tmp_path, database.url, table, "--channel", "medium")
    assert "“medium” (--channel)" in message and "“Agent”" in message and "“id”" in message


def test_table_names_match_ignoring_case(sqlite, tmp_path):
    sqlite.write(LOG, "Contacts")
    got = table_facts(sqlite.url, "contacts", ALL_COLUMNS, DiscoveryOptions())
    assert got.cases == 3


def test_an_empty_table_is_refused(database, tmp_path):
    table = database.write(LOG.splitlines()[0] + "\n")
    assert "is empty" in _refused(tmp_path, database.url, table)


def test_a_table_of_blank_cases_has_no_events(sqlite, tmp_path):
    table = sqlite.write("Case ID;Activity;Timestamp\n ;A;2026-03-01\nc;;2026-03-01\n")
    assert "no events" in _refused(tmp_path, sqlite.url, table)


def test_unreadable_timestamps_are_listed_by_row_key_up_to_a_limit(database, tmp_path):
    rows = "".join(f"c{i};A;soon\n" for i in range(25))
    table = database.write("Case ID;Activity;Timestamp\nc;A;2026-03-01\nd;A;2026-02-30\n" + rows)
    message = _refused(tmp_path, database.url, table)
    assert "26 timestamps" in message and "“Timestamp”" in message
    assert "rows with id 2, 3, 4" in message and "16 more" in message


def test_more_activities_than_a_journey_holds_are_refused(sqlite, tmp_path):
    rows = "".join(f"c{i % 7};Activity {i};2026-03-01\n" for i in range(50_001))
    table = sqlite.write("Case ID;Activity;Timestamp\n" + rows)
    message = _refused(tmp_path, sqlite.url, table)
    assert "50,001 distinct activities" in message and "50,000" in message

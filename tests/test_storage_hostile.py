"""Document files from outside: odd names, symlinks, planted schema objects, values of
the wrong type, and a file changed behind the document's back. Every refusal is one
message naming the file, and no refused command changes a file."""

import json
import os
import sqlite3
from pathlib import Path

import pytest

from journeymap.model import SetFields
from journeymap.storage import (
    DocumentChangedOnDisk,
    DocumentFileError,
    open_document,
    open_document_stamped,
    save_document,
)
from tests.builders import small_document
from tests.cli_runner import assert_one_message_naming, run_cli


def _folder(path: Path) -> dict[str, tuple[int, int]]:
    """Every file in a folder with its size and modification time."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in path.iterdir()}


@pytest.fixture
def doc_json(tmp_path):
    doc, _, _ = small_document()
    path = tmp_path / "source.json"
    save_document(doc, path)
    return path


# ---- paths are paths ------------------------------------------------------------------

ODD_NAMES = [
    "plan?.jmap",
    "Journey #2.jmap",
    "a%2Fb.jmap",
    "100% sure.jmap",
    "x?mode=rwc&immutable=1.jmap",
    "Kundenreise Ü ñ 漢字.jmap",
    "plan?.json",
    "Journey #2.json",
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_any_file_name_saves_over_itself_and_opens_again(tmp_path, doc_json, name):
    target = tmp_path / name
    for _ in range(2):  # the second time replaces the file the first one wrote
        ran = run_cli("convert", doc_json, target)
        assert ran.code == 0, ran
    assert open_document(target) == open_document(doc_json)
    assert sorted(_folder(tmp_path)) == sorted(["source.json", name])  # no stray file
    before = _folder(tmp_path)
    assert run_cli("info", target).code == 0
    assert _folder(tmp_path) == before  # opening changed nothing in the folder


def _jmap(tmp_path: Path, name: str = "doc.jmap") -> Path:
    path = tmp_path / name
    save_document(small_document()[0], path)
    return path


def test_opening_a_wal_mode_file_writes_nothing_beside_it(tmp_path):
    path = _jmap(tmp_path)
    saved = open_document(path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    connection.close()
    before = _folder(tmp_path)
    assert list(before) == ["doc.jmap"]
    assert open_document(path) == saved
    assert _folder(tmp_path) == before  # no -wal, no -shm


@pytest.mark.parametrize("suffix", ["-journal", "-wal"])
def test_unfinished_changes_beside_the_file_give_a_message(tmp_path, suffix):
    path = _jmap(tmp_path)
    side = Path(f"{path}{suffix}")
    side.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    before = _folder(tmp_path)
    message = assert_one_message_naming(run_cli("info", path), path)
    assert f"unfinished changes in doc.jmap{suffix}" in message
    assert _folder(tmp_path) == before


def test_saving_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path):
    doc, stack, ids = small_document()
    real = tmp_path / "shared" / "real.jmap"
    real.parent.mkdir()
    save_document(doc, real)
    real.chmod(0o640)
    link = tmp_path / "link.jmap"
    link.symlink_to(real)
    stack.push(SetFields(ids["call"], {"name": "Hotline"}))
    save_document(doc, link)
    assert link.is_symlink() and link.resolve() == real
    assert open_document(real).get(ids["call"]).name == "Hotline"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.jmap"]


def test_a_symlink_to_a_device_is_refused_and_never_made_world_writable(tmp_path, doc_json):
    link = tmp_path / "null.jmap"
    link.symlink_to("/dev/null")
    message = assert_one_message_naming(run_cli("convert", doc_json, link), link)
    assert "is not a regular file" in message
    assert link.is_symlink() and os.readlink(link) == "/dev/null"


def test_a_world_writable_document_is_saved_without_the_world_bit(tmp_path):
    path = _jmap(tmp_path)
    path.chmod(0o666)
    save_document(small_document()[0], path)
    assert path.stat().st_mode & 0o777 == 0o664


def test_leftovers_of_killed_saves_are_removed_by_the_next_save(tmp_path):
    path = _jmap(tmp_path, "doc[1]?.jmap")
    stray = tmp_path / ".doc[1]?.jmap.k1ll3d.saving"
    stray.write_bytes(b"half a document")
    other = tmp_path / ".doc1x.jmap.k1ll3d.saving"  # another document's: not ours to remove
    other.write_bytes(b"x")
    save_document(small_document()[0], path)
    assert sorted(_folder(tmp_path)) == [".doc1x.jmap.k1ll3d.saving", "doc[1]?.jmap"]


def test_a_save_in_progress_keeps_its_temporary_file(tmp_path):
    import fcntl

    path = _jmap(tmp_path)
    live = tmp_path / ".doc.jmap.alive.saving"
    live.write_bytes(b"being written")
    with open(live, "rb") as handle:  # what a running save holds
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        save_document(small_document()[0], path)
        assert live.exists()


# ---- no lost update -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["doc.jmap", "doc.json"])
def test_saving_over_a_file_changed_since_reading_is_refused(tmp_path, name):
    doc, _, ids = small_document()
    path = tmp_path / name
    save_document(doc, path)
    mine, stamp = open_document_stamped(path)
    theirs = open_document(path)  # another program changes the file meanwhile
    theirs.get(ids["call"]).name = "Theirs"
    save_document(theirs, path)
    on_disk = path.read_bytes()
    mine.get(ids["call"]).name = "Mine"
    with pytest.raises(DocumentChangedOnDisk) as refused:
        save_document(mine, path, expected=stamp)
    assert str(path) in str(refused.value) and "changed by another program" in str(refused.value)
    assert refused.value.expected == stamp and refused.value.found != stamp
    assert path.read_bytes() == on_disk  # theirs is kept
    new = save_document(mine, path, expected=stamp, force=True)  # the user chose to replace
    assert open_document(path).get(ids["call"]).name == "Mine"
    assert open_document_stamped(path)[1] == new


def test_touching_a_file_is_not_a_change_and_each_save_gives_the_next_stamp(tmp_path):
    path = _jmap(tmp_path)
    doc, stamp = open_document_stamped(path)
    os.utime(path, ns=(1, 1))
    stamp = save_document(doc, path, expected=stamp)
    stamp = save_document(doc, path, expected=stamp)
    path.unlink()
    with pytest.raises(DocumentChangedOnDisk, match="was deleted or moved"):
        save_document(doc, path, expected=stamp)


def test_the_stamp_is_of_the_bytes_read(tmp_path):
    import hashlib

    path = _jmap(tmp_path)
    _, stamp = open_document_stamped(path)
    assert stamp.size == path.stat().st_size
    assert stamp.mtime_ns == path.stat().st_mtime_ns
    assert stamp.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# ---- .jmap: trust nothing in the file -------------------------------------------------


def _planted(tmp_path: Path, *sql: str) -> Path:
    path = _jmap(tmp_path)
    connection = sqlite3.connect(path)
    for statement in sql:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


def _refused(path: Path, expected: str) -> None:
    before = path.read_bytes()
    folder = _folder(path.parent)
    for command in ("info", "validate", "analyze"):
        message = assert_one_message_naming(run_cli(command, path), path)
        assert expected in message, message
    assert path.read_bytes() == before and _folder(path.parent) == folder


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        (["CREATE VIEW v AS SELECT * FROM touchpoints"], "has a view 'v'"),
        (
            ["CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM meta; END"],
            "has a trigger 't'",
        ),
        (["CREATE TABLE extra (x)"], "has an unexpected table 'extra'"),
        (
            ["ALTER TABLE touchpoints ADD COLUMN secret TEXT"],
            "unexpected column touchpoints.secret",
        ),
        (
            ["ALTER TABLE counts ADD COLUMN g INTEGER GENERATED ALWAYS AS (count * 2) VIRTUAL"],
            "has a generated column counts.g",
        ),
        (["CREATE INDEX ix_expr ON counts (count * 2)"], "unexpected indexes on table counts"),
        (["CREATE INDEX ix_part ON counts (count) WHERE count > 1"], "unexpected indexes"),
        (
            [
                "DROP TABLE targets",
                "CREATE TABLE targets (touchpoint_id VARCHAR, metric VARCHAR, value TEXT, "
                "PRIMARY KEY (touchpoint_id, metric))",
            ],
            "column targets.value has type or key TEXT",
        ),
        (["UPDATE meta SET value = '0' WHERE key = 'schema_version'"], "no valid schema version"),
        (["UPDATE meta SET value = '-1' WHERE key = 'schema_version'"], "no valid schema version"),
        (["UPDATE meta SET value = '01' WHERE key = 'schema_version'"], "no valid schema version"),
    ],
)
def test_planted_schema_objects_are_refused_before_a_row_is_read(tmp_path, sql, expected):
    _refused(_planted(tmp_path, *sql), expected)


def test_a_virtual_table_is_refused(tmp_path):
    path = _jmap(tmp_path)
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE counts")
    try:
        connection.execute("CREATE VIRTUAL TABLE counts USING fts5(measurement_id, answer)")
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no fts5")
    connection.commit()
    connection.close()
    _refused(path, "has a virtual table 'counts'")


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE counts SET answer = 4.5 WHERE answer = 4", "answer: 4.5 is not a whole number"),
        ("UPDATE touchpoints SET proactive = 'false'", "proactive: 'false' is not true or false"),
        ("UPDATE touchpoints SET exit = 'no'", "exit: 'no' is not true or false"),
        ("UPDATE touchpoints SET entry = 2", "entry: 2 is not true or false"),
        ("UPDATE touchpoints SET name = x'00ff'", "name: b'\\x00\\xff' is not text"),
        ("UPDATE transitions SET share = 'half'", "share: 'half' is not a number"),
        ("UPDATE touchpoints SET volume = 9223372036854775807", "is larger than"),
        ("UPDATE touchpoints SET journey_id = 'gone'", "belongs to journey 'gone'"),
        ("UPDATE stages SET journey_id = 'gone'", "belongs to journey 'gone'"),
        ("UPDATE counts SET measurement_id = 'gone'", "belongs to measurement 'gone'"),
        ("UPDATE targets SET touchpoint_id = 'gone'", "belongs to touchpoint 'gone'"),
        ("UPDATE measurements SET date = '20260930'", "'20260930' is not a date (YYYY-MM-DD)"),
    ],
)
def test_values_are_read_type_exact_and_orphans_are_refused(tmp_path, sql, expected):
    _refused(_planted(tmp_path, sql), expected)


def test_invalid_utf8_in_a_table_name_gives_a_message(tmp_path):
    path = _planted(tmp_path, 'CREATE TABLE "x" (a)')
    data = path.read_bytes()
    index = data.rindex(b'"x"')
    path.write_bytes(data[: index + 1] + b"\xff" + data[index + 2 :])
    message = assert_one_message_naming(run_cli("info", path), path)
    assert "not valid UTF-8" in message or "damaged" in message


def test_over_the_object_limit_is_refused_with_its_number(tmp_path, doc_json, monkeypatch):
    from journeymap.storage import limits

    jmap = tmp_path / "doc.jmap"
    assert run_cli("convert", doc_json, jmap).code == 0
    monkeypatch.setitem(limits.MAX_OBJECTS, "touchpoints", 2)
    for path in (jmap, doc_json):
        message = assert_one_message_naming(run_cli("info", path), path)
        assert "holds 3 touchpoints; a document may hold at most 2" in message
    out = tmp_path / "copy.jmap"  # saving refuses what would not open again
    message = assert_one_message_naming(run_cli("convert", doc_json, out), doc_json)
    assert not out.exists()


def test_a_text_over_the_length_limit_is_refused_with_its_number(tmp_path):
    from journeymap.model.validation import MAX_TEXT_LENGTH

    path = _planted(
        tmp_path, f"UPDATE touchpoints SET notes = printf('%.*c', {MAX_TEXT_LENGTH + 1}, 'x')"
    )
    _refused(path, f"a text of {MAX_TEXT_LENGTH + 1:,} characters is longer than")


# ---- .json: lax acceptance and internal errors ----------------------------------------


def _variant(path: Path, change) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    out = path.with_name("variant.json")
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def _tp(data):
    return data["journeys"][0]["touchpoints"][0]


def _m(data):
    return data["journeys"][0]["measurements"][0]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(version=-1), "version: -1 is not a version number"),
        (lambda d: d.update(version=0), "version: 0 is not a version number"),
        (lambda d: d["journeys"][0].update(id=5), "journeys[0].id: 5 is not an id"),
        (lambda d: d["journeys"][0].update(id=""), "journeys[0].id: '' is not an id"),
        (lambda d: d["journeys"][0].update(id=None), "journeys[0].id: None is not an id"),
        (lambda d: _m(d).update(date="20260930"), "'20260930' is not a date"),
        (lambda d: _m(d).update(date="2026-W01-1"), "'2026-W01-1' is not a date"),
        (lambda d: _m(d)["counts"].update({"05": 7}), "answer '05' is not a whole number"),
        (lambda d: _m(d)["counts"].update({"٤": 7}), "answer '٤' is not a whole number"),
        (lambda d: _m(d)["counts"].update({"+1": 7}), "answer '+1' is not a whole number"),
        (lambda d: _tp(d).update(volume=2**63), "9,223,372,036,854,775,808 is larger than"),
        (lambda d: _tp(d).update(volume=1e308), "digits is larger than"),
        (lambda d: _tp(d).update(volume=10**400), "a number of about 401 digits is larger"),
        (lambda d: _tp(d).update(y=1e308), "y: 1e+308 is out of"),
        (lambda d: _m(d)["counts"].update({"1": 2**63}), "is larger than"),
        (lambda d: _m(d)["counts"].update({"1": 10**400}), "digits is larger than"),
        (
            lambda d: _m(d).update(respondents=43, effective_n=1e-300),
            "an effective sample size of 1e-300 is not from 1 to the 43 respondents",
        ),
        (lambda d: _m(d).update(respondents=43, effective_n=44.0), "is not from 1 to the 43"),
        (lambda d: _m(d).update(counts={"4": 2.5}, respondents=0), "0 respondents do not match"),
        (lambda d: _m(d).update(counts={"4": float("nan")}), "nan is not a whole number"),
        (
            lambda d: d["journeys"][0].update(
                lanes=[{"kind": "pain_points", "notes": [{"stage_id": "nope", "text": "x"}]}]
            ),
            "journeys[0].lanes[0].notes[0].stage_id: no stage 'nope' in this journey",
        ),
        (lambda d: d["journeys"][0].update(lanes=[{"kind": "gossip"}]), "'gossip' is not one of"),
        (
            lambda d: d["journeys"][0].update(
                lanes=[{"kind": "text", "notes": [{"lane_id": "x", "stage_id": "x"}]}]
            ),
            "lane_id: unknown field of a note",
        ),
        (
            lambda d: d["journeys"][0].update(lanes=[{"kind": "text", "notes": "many"}]),
            "lanes[0].notes: expected a list",
        ),
        (
            lambda d: d["personas"].append({"name": "P", "picture": "not base64!"}),
            "is not a picture in base64",
        ),
        (
            lambda d: d["personas"].append({"name": "P", "picture": "aGVsbG8="}),
            "is not a PNG or JPEG picture",
        ),
    ],
)
def test_lax_values_are_refused_by_info_validate_and_the_dry_run(tmp_path, doc_json, change,
                                                                  expected):  # fmt: skip
    path = _variant(doc_json, change)
    data = tmp_path / "answers.csv"
    data.write_text("Call hotline\n5\n", encoding="utf-8")
    for command in (["info"], ["validate"], ["import-survey", "--dry-run", "--metric", "csat"]):
        args = [*command[:1], path, *([data] if command[0] == "import-survey" else [])]
        message = assert_one_message_naming(run_cli(*args, *command[1:]), path)
        assert expected in message, message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "journeymap", "format": "journeymap", "version": 1}', "appears twice"),
        (b"[" * 100_000 + b"]" * 100_000, "nested far too deeply"),
        (b'{"format": "journeymap", "version": ' + b"9" * 5000 + b"}", "more than 4,300 digits"),
        (
            b'{"format": "journeymap", "version": 1, "personas": [{"name": "\\ud800"}]}',
            "holds an invalid character",
        ),
        (b'{"format": "journeymap", "version": 1, "personas": [{"name": "\xff"}]}', "not UTF-8"),
        (b'{"format": "journeymap", "version": 1e400}', "is not a version number"),
        (b'{"format": "journeymap", "version": NaN}', "is not a version number"),
    ],
)
def test_parser_failures_are_messages_not_internal_errors(tmp_path, content, expected):
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    message = assert_one_message_naming(run_cli("info", path), path)
    assert expected in message, message
    assert path.read_bytes() == content


def test_a_huge_journey_name_in_analyze_gives_a_short_message(doc_json):
    ran = run_cli("analyze", doc_json, "--journey", "x" * 50_000_000)
    message = assert_one_message_naming(ran, doc_json)
    assert len(message) < 1000


def test_a_failed_save_names_the_file_and_leaves_it_alone(tmp_path, doc_json):
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "out.jmap"
    target.write_bytes(b"keep me")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        message = assert_one_message_naming(run_cli("convert", doc_json, target), target)
        assert "cannot be written" in message
    finally:
        folder.chmod(0o700)
    assert target.read_bytes() == b"keep me"


def test_a_document_that_cannot_be_saved_is_refused_without_a_database_dump(tmp_path):
    doc, _, _ = small_document()
    doc.journeys[0].touchpoints[0].volume = 2**70  # set behind the model's back
    with pytest.raises(DocumentFileError) as refused:
        save_document(doc, tmp_path / "out.jmap")
    assert "[SQL:" not in str(refused.value) and "out.jmap" in str(refused.value)
    assert not (tmp_path / "out.jmap").exists()


@pytest.mark.parametrize("name", ["pipe.jmap", "pipe.json"])
def test_a_fifo_or_a_folder_is_refused_without_waiting(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)  # reading a FIFO would wait for a writer forever
    message = assert_one_message_naming(run_cli("info", fifo), fifo)
    assert message.endswith("is not a file")
    folder = tmp_path / f"folder-{name}"
    folder.mkdir()
    assert assert_one_message_naming(run_cli("info", folder), folder).endswith("is not a file")


def test_a_count_twice_behind_a_broken_primary_key_is_refused_not_collapsed(tmp_path):
    path = _jmap(tmp_path)
    connection = sqlite3.connect(path)
    declared = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'counts'")
    declared = declared.fetchone()[0]
    connection.execute("PRAGMA writable_schema=ON")  # hide the key, as a crafted file can
    connection.execute(
        "UPDATE sqlite_master SET sql = 'CREATE TABLE counts (measurement_id VARCHAR, "
        "answer INTEGER, count INTEGER)' WHERE name = 'counts'"
    )
    connection.execute(
        "UPDATE sqlite_master SET type = 'table', name = 'hidden', tbl_name = 'hidden', "
        "sql = 'CREATE TABLE hidden (a)' WHERE name = 'sqlite_autoindex_counts_1'"
    )
    connection.commit()
    connection.close()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO counts SELECT measurement_id, answer, count + 1 FROM counts")
    connection.execute("PRAGMA writable_schema=ON")  # and put the declared schema back
    connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'counts'", (declared,))
    connection.execute(
        "UPDATE sqlite_master SET type = 'index', name = 'sqlite_autoindex_counts_1', "
        "tbl_name = 'counts', sql = NULL WHERE name = 'hidden'"
    )
    connection.commit()
    connection.close()
    _refused(path, "is damaged: the same answer appears twice")


def test_an_id_with_a_lone_surrogate_is_refused_on_opening_not_on_saving(tmp_path, doc_json):
    text = doc_json.read_text(encoding="utf-8")
    first_id = json.loads(text)["personas"][0]["id"]
    path = tmp_path / "surrogate.json"
    path.write_text(text.replace(first_id, "\\ud800x"), encoding="utf-8")
    message = assert_one_message_naming(run_cli("convert", path, tmp_path / "out.json"), path)
    assert "personas[0].id: '\\ud800x' holds an invalid character" in message
    assert not (tmp_path / "out.json").exists()

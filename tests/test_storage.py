"""The .jmap file and the JSON interchange: lossless, atomic, and safe with bad files."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given

from journeymap.model import Document, Persona, SetFields
from journeymap.model.serialize import document_from_dict, document_to_dict
from journeymap.storage import DocumentFileError, open_document, save_document
from journeymap.storage.jmap import open_jmap, save_jmap
from tests.builders import small_document
from tests.strategies import documents


@given(doc=documents())
def test_any_document_round_trips_through_jmap(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("rt") / "doc.jmap"
    save_document(doc, path)
    assert open_document(path) == doc


@given(doc=documents())
def test_any_document_round_trips_through_json(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("rt") / "doc.json"
    save_document(doc, path)
    assert open_document(path) == doc
    assert document_from_dict(document_to_dict(doc)) == doc


def test_saving_over_a_file_replaces_it_and_keeps_its_permissions(tmp_path):
    doc, stack, ids = small_document()
    path = tmp_path / "journey.jmap"
    save_document(doc, path)
    path.chmod(0o640)
    stack.push(SetFields(ids["call"], {"name": "Hotline"}))
    save_document(doc, path)
    assert open_document(path).get(ids["call"]).name == "Hotline"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["journey.jmap"]  # no temp file left


def test_a_database_url_works_like_a_path(tmp_path):
    doc, _, _ = small_document()
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    save_jmap(doc, url)
    save_jmap(doc, url)  # writing again replaces the content
    assert open_jmap(url) == doc


def _unchanged_after_failed_open(path: Path, message: str) -> None:
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(DocumentFileError) as caught:
        open_document(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no journal left


def test_a_text_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.jmap"
    path.write_text("Workshop notes, not a journey\n" * 40)
    _unchanged_after_failed_open(path, "is not a journeymap document")


def test_a_truncated_file_is_refused_and_left_alone(tmp_path):
    doc, _, _ = small_document()
    whole = tmp_path / "whole.jmap"
    save_document(doc, whole)
    data = whole.read_bytes()
    whole.unlink()
    for cut in (100, len(data) // 2, len(data) - 1000):
        path = tmp_path / "cut.jmap"
        path.write_bytes(data[:cut])
        with pytest.raises(DocumentFileError, match=r"cut\.jmap"):
            open_document(path)
        assert path.read_bytes() == data[:cut]
        path.unlink()


def test_a_corrupted_file_is_refused(tmp_path):
    doc, _, _ = small_document()
    path = tmp_path / "bad.jmap"
    save_document(doc, path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # smash the second page
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentFileError, match=r"bad\.jmap"):
        open_document(path)


def test_a_sqlite_file_of_another_application_is_refused(tmp_path):
    path = tmp_path / "other.jmap"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER, total REAL)")
    _unchanged_after_failed_open(path, "not a journeymap document")


def _tamper(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql)
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE touchpoints SET importance = 9", "importance: 9 is out of 1-5"),
        ("UPDATE touchpoints SET emotion = 'sad'", "emotion: 'sad' is not a whole number"),
        ("UPDATE transitions SET share = 3", "share: 3 is out of 0-1"),
        ("UPDATE counts SET answer = 11 WHERE answer = 2", "answer: 11 is out of 1-5"),
        ("UPDATE transitions SET target = 'nowhere'", "no touchpoint 'nowhere'"),
        ("UPDATE meta SET value = '99' WHERE key = 'schema_version'", "newer journeymap"),
        ("DROP TABLE counts", "table counts is missing"),
    ],
)
def test_a_file_with_invalid_values_is_refused_naming_the_problem(tmp_path, sql, message):
    doc, _, _ = small_document()
    path = tmp_path / "tampered.jmap"
    save_document(doc, path)
    _tamper(path, sql)
    _unchanged_after_failed_open(path, message)


def test_missing_files_and_unknown_types_are_refused(tmp_path):
    with pytest.raises(DocumentFileError, match="does not exist"):
        open_document(tmp_path / "nothing.jmap")
    with pytest.raises(DocumentFileError, match="unknown file type"):
        open_document(tmp_path / "journey.xlsx")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON (line 1, column 2"),
        ('{"format": "journeymap", "version": 7}', "version: 7 is newer"),
        ('{"format": "excel"}', "format: 'excel' is not 'journeymap'"),
        ("[1, 2]", "expected a journeymap document"),
    ],
)
def test_bad_json_files_are_refused_with_one_message(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(DocumentFileError, match=r"bad\.json") as caught:
        open_document(path)
    assert message in str(caught.value)


def test_json_errors_give_the_path_of_the_bad_value(tmp_path):
    doc, _, _ = small_document()
    data = document_to_dict(doc)
    data["journeys"][0]["touchpoints"][2]["importance"] = 7
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DocumentFileError) as caught:
        open_document(path)
    assert str(caught.value) == f"{path}: journeys[0].touchpoints[2].importance: 7 is out of 1-5"
    data["journeys"][0]["touchpoints"][2]["importance"] = 3
    data["journeys"][0]["touchpoints"][2]["colour"] = "red"
    path.write_text(json.dumps(data))
    with pytest.raises(DocumentFileError, match=r"touchpoints\[2\]\.colour: unknown field"):
        open_document(path)


SAVER = """
import sys
from benchmarks.generate import build_large_document
from journeymap.storage import save_document
doc, _ = build_large_document(stages=20, touchpoints={size}, transitions={edges})
print("ready", flush=True)
while True:
    save_document(doc, sys.argv[1])
"""


def test_killing_a_save_at_random_moments_never_breaks_the_file(tmp_path):
    """Kill -9 a process that saves over the same file again and again; whatever the
    moment, the file must still open as either the old or the new document."""
    import random

    path = tmp_path / "journey.jmap"
    original = Document([Persona("Before")])
    save_document(original, path)
    rng = random.Random(7)
    script = SAVER.format(size=400, edges=600)
    for round_ in range(12):
        saver = subprocess.Popen(
            [sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert saver.stdout.readline().strip() == "ready"
        # the first save takes a few tens of ms: kill inside the first or a later one
        deadline = time.monotonic() + rng.uniform(0.0, 0.25)
        while time.monotonic() < deadline:
            pass
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        reopened = open_document(path)
        assert reopened == original or len(reopened.journeys) == 1, f"round {round_}"
        for stray in tmp_path.glob(".journey.jmap.*.saving"):
            stray.unlink()
    assert os.listdir(tmp_path) == ["journey.jmap"]


def test_a_new_file_gets_the_usual_permissions_not_a_private_temp_files(tmp_path):
    doc, _, _ = small_document()
    path = tmp_path / "new.jmap"
    umask = os.umask(0o022)
    try:
        save_document(doc, path)
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("importance", "Infinity", "is not a whole number"),
        ("volume", "NaN", "is not a whole number"),
        ("channel", "[]", "is not one of"),
        ("emotion", "1e400", "is not a whole number"),
    ],
)
def test_json_values_of_the_wrong_kind_are_refused_with_a_message(tmp_path, field, value, message):
    doc, _, _ = small_document()
    text = json.dumps(document_to_dict(doc)).replace(
        f'"{field}": {json.dumps(getattr(doc.journeys[0].touchpoints[0], field))}',
        f'"{field}": {value}', 1,
    )  # fmt: skip
    path = tmp_path / "odd.json"
    path.write_text(text)
    with pytest.raises(DocumentFileError, match=message):
        open_document(path)

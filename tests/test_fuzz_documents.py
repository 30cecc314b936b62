"""A seeded fuzz suite for document files (.json and .jmap).

Each case is a mutation of one small valid document: a value of another type, a huge or
tiny number, NaN or Infinity, deep nesting, a dangling or duplicate id, a unicode oddity,
a truncated file, flipped bytes, planted schema objects (views, triggers, generated
columns, extra tables). Every command that reads a document runs on it, and each must
either accept it or refuse it with one message naming the file: never an internal error
or a traceback, never a signal, within a time bound, and a file it writes opens again.

The corpus is the same on every run (seeded). ``JOURNEYMAP_FUZZ=full`` runs ten times as
many cases. A few cases also run in a child process under memory and CPU limits.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journeymap.storage import open_document, save_document
from tests.builders import small_document
from tests.cli_runner import Ran, run_cli

FULL = os.environ.get("JOURNEYMAP_FUZZ") == "full"
JSON_CASES = 1200 if FULL else 110
JMAP_CASES = 1000 if FULL else 90


def _base_text() -> str:
    """The base document as JSON with its random ids replaced by stable ones."""
    text = json.dumps(json.loads(_dumps_small()), indent=1, ensure_ascii=False)
    ids: dict[str, str] = {}
    pattern = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    return re.sub(pattern, lambda m: ids.setdefault(m[0], f"id{len(ids)}"), text)


def _dumps_small() -> str:
    from journeymap.storage.jsonfile import dumps

    return dumps(small_document()[0])


BASE = _base_text()

# ---- the values a careless exporter or an attacker writes ------------------------------

HOSTILE_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 4.5, 2**31, 2**53 + 1, 2**63, -(2**63) - 1, 10**400,
    1e308, -1e308, 5e-324, float("nan"), float("inf"), float("-inf"), "", " ", "0", "05",
    "+1", "٤", "1e3", "true", "false", "no", "NULL", "x" * 70_000, "\u0000", "\ud800",
    "\u202e‮", "e\u0301", "\U0001f600", "=HYPERLINK(\"x\")", "2026-W01-1", "20260930",
    "2026-02-30", [], {}, [1, 2], {"a": 1}, [[[[[[[[[[]]]]]]]]]],
]  # fmt: skip


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside parsed JSON."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


def _get(data: Any, path: tuple) -> Any:
    for step in path:
        data = data[step]
    return data


def _ids(data: Any) -> list[str]:
    return sorted(set(re.findall(r'"(id[0-9]+)"', json.dumps(data))))


def _mutate_json(rng: random.Random) -> bytes:
    """One mutation of the base document, as the bytes of a .json file."""
    data = json.loads(BASE)
    paths = [p for p in _paths(data) if p]
    path = rng.choice(paths)
    parent, key = _get(data, path[:-1]), path[-1]
    kind = rng.randrange(12)
    if kind <= 3:  # a value of another type or size
        parent[key] = rng.choice(HOSTILE_VALUES)
    elif kind == 4:  # a key removed
        del parent[key]
    elif kind == 5 and isinstance(parent, dict):  # an unknown key, or a count key
        parent[rng.choice(["extra", "05", "+1", "٤", "-0", "1 "])] = rng.choice(HOSTILE_VALUES)
    elif kind == 6 and isinstance(parent, list):  # an object twice: duplicate ids
        parent.append(json.loads(json.dumps(parent[key])))
    elif kind == 7:  # a dangling or another object's id
        parent[key] = rng.choice([*_ids(data), "nowhere", ""])
    elif kind == 8:  # deep nesting in place of a value
        depth = rng.choice([50, 1000, 100_000])
        return _replace_value(data, path, "[" * depth + "]" * depth)
    elif kind == 9:  # a key twice in one object
        return _replace_value(data, path, '1, "format": "journeymap"')
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    raw = text.encode("utf-8", "surrogatepass")
    if kind == 10:  # truncated
        raw = raw[: rng.randrange(len(raw))]
    elif kind == 11:  # flipped bytes
        raw = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        raw = bytes(raw)
    return raw


def _replace_value(data: Any, path: tuple, literal: str) -> bytes:
    """The document's JSON text with the value at ``path`` replaced by raw JSON text."""
    marker = "\u0001MARK\u0001"
    _get(data, path[:-1])[path[-1]] = marker
    return json.dumps(data).replace(json.dumps(marker), literal).encode()


# ---- .jmap mutations ------------------------------------------------------------------

_SQL_VALUES = [
    "NULL", "'text'", "x'ff00'", "4.5", "9223372036854775807", "-9223372036854775808",
    "1e308", "-0.0", "''", "'false'", "'no'", "2", "-1", "'2026-W01-1'",
    "printf('%.*c', 200000, 'x')", "char(55296)", "'id0'", "'nowhere'",
]  # fmt: skip

_PLANTS = [
    "CREATE VIEW v AS SELECT * FROM touchpoints",
    "CREATE TRIGGER t BEFORE DELETE ON meta BEGIN SELECT 1; END",
    "CREATE TABLE extra (x)",
    "ALTER TABLE touchpoints ADD COLUMN extra TEXT",
    "ALTER TABLE counts ADD COLUMN g INTEGER GENERATED ALWAYS AS (count + 1) VIRTUAL",
    "DROP TABLE meta; CREATE TABLE meta (key VARCHAR PRIMARY KEY, value TEXT NOT NULL, "
    "g TEXT GENERATED ALWAYS AS (value || value) STORED); "
    "INSERT INTO meta VALUES ('application', 'journeymap'), ('schema_version', '1')",
    "CREATE INDEX ix_x ON touchpoints (upper(name))",
    "CREATE INDEX ix_y ON counts (count) WHERE count > 0",
    "DROP TABLE targets",
    "DELETE FROM journeys",
    "DELETE FROM stages",
    "DELETE FROM touchpoints WHERE rowid = 1",
    "DELETE FROM meta WHERE key = 'application'",
    "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
    "UPDATE meta SET value = '0' WHERE key = 'schema_version'",
    "INSERT INTO meta VALUES ('x', 'y')",
    "PRAGMA journal_mode=WAL",
]


def _columns(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    from journeymap.storage.schema import metadata

    return [(t.name, c.name) for t in metadata.sorted_tables for c in t.columns]


def _mutate_jmap(rng: random.Random, folder: Path) -> bytes:
    """One mutation of the base document, as the bytes of a .jmap file."""
    from journeymap.storage.jsonfile import loads

    path = folder / "mutating.jmap"
    path.unlink(missing_ok=True)
    save_document(loads(BASE, "base"), path)
    kind = rng.randrange(6)
    connection = sqlite3.connect(path)
    try:
        if kind <= 2:
            table, column = rng.choice(_columns(connection))
            value = rng.choice(_SQL_VALUES)
            where = rng.choice(["", " WHERE rowid = 1"])
            connection.execute(f'UPDATE "{table}" SET "{column}" = {value}{where}')
        elif kind == 3:
            connection.executescript(rng.choice(_PLANTS))
    except sqlite3.Error:
        pass  # a constraint refused the mutation: the file stays a valid one
    connection.commit()
    connection.close()
    raw = path.read_bytes()
    if kind == 4:
        raw = raw[: rng.randrange(len(raw))]
    elif kind == 5:
        raw = bytearray(raw)
        for _ in range(rng.randint(1, 16)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        raw = bytes(raw)
    return raw


# ---- running every reading command ----------------------------------------------------


def _commands(path: Path, out: Path, survey: Path) -> list[tuple[list, Path | None]]:
    """Every command that reads a document file, with the file it writes (if any)."""
    return [
        (["info", path], None),
        (["validate", path], None),
        (["analyze", path, "--format", "json"], None),
        (["convert", path, out / "converted.json"], out / "converted.json"),
        (["convert", path, out / "converted.jmap"], out / "converted.jmap"),
        (["export", path, "--xlsx", out / "report.xlsx"], None),
        (["export", path, "--template", out / "template.xlsx"], None),
        (["export", path, "--svg", out / "map.svg"], None),
        (["export", path, "--pdf", out / "map.pdf"], None),
        (["import-survey", path, survey, "--metric", "csat", "--dry-run"], None),
    ]


def _check(ran: Ran, path: Path, command: list) -> None:
    where = f"{command[0]} on case {path.name}: {ran}"
    assert "Traceback" not in ran.stderr and "internal error" not in ran.stderr, where
    if command[0] == "validate" and ran.code == 1 and not ran.stderr:
        return  # the document opened and has graph problems: that is an answer
    if ran.code != 0:
        lines = ran.stderr.strip().splitlines()
        # the import may also refuse the survey data for the document's (mutated) content
        named = [str(a) for a in command[1:3] if isinstance(a, Path)]
        assert len(lines) == 1 and any(name in lines[0] for name in named), where


def _run_case(folder: Path, name: str, content: bytes, survey: Path) -> None:
    path = folder / name
    path.write_bytes(content)
    out = folder / "out"
    out.mkdir(exist_ok=True)
    for command, written in _commands(path, out, survey):
        if written is not None:
            written.unlink(missing_ok=True)
        ran = run_cli(*command)
        _check(ran, path, command)
        if ran.code == 0 and written is not None:
            open_document(written)  # what journeymap writes, it opens again
    assert path.read_bytes() == content  # no command changed the file it read


def _corpus(count: int, seed: int, make: Callable[[random.Random], bytes]) -> list[bytes]:
    rng = random.Random(seed)
    return [make(rng) for _ in range(count)]


@pytest.fixture
def survey(tmp_path) -> Path:
    path = tmp_path / "answers.csv"
    path.write_text("Call hotline,Confirmation\n5,4\n3,\n", encoding="utf-8")
    return path


def test_fuzzed_json_documents_are_accepted_or_refused_by_name(tmp_path, survey):
    accepted = 0
    for index, content in enumerate(_corpus(JSON_CASES, 20261201, _mutate_json)):
        _run_case(tmp_path, f"case{index}.json", content, survey)
        accepted += open_ok(tmp_path / f"case{index}.json")
    assert 0 < accepted < JSON_CASES  # the corpus reaches both answers


def test_fuzzed_jmap_documents_are_accepted_or_refused_by_name(tmp_path, survey):
    accepted = 0
    corpus = _corpus(JMAP_CASES, 1201, lambda rng: _mutate_jmap(rng, tmp_path))
    for index, content in enumerate(corpus):
        _run_case(tmp_path, f"case{index}.jmap", content, survey)
        accepted += open_ok(tmp_path / f"case{index}.jmap")
    assert 0 < accepted < JMAP_CASES


def open_ok(path: Path) -> bool:
    """Whether a file opens as a document."""
    return run_cli("info", path).code == 0


# ---- a few in a child process: no signal, bounded memory and CPU ---------------------


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GB
    resource.setrlimit(resource.RLIMIT_CPU, (30, 30))


@pytest.mark.parametrize("seed", range(8 if FULL else 2))
def test_hostile_documents_never_kill_the_process(tmp_path, seed):
    rng = random.Random(seed)
    cases = {
        "deep.json": b"[" * 1_000_000 + b"]" * 1_000_000,
        "fuzzed.json": _mutate_json(rng),
        "fuzzed.jmap": _mutate_jmap(rng, tmp_path),
        "planted.jmap": _planted(tmp_path, _PLANTS[seed % 8]),
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = subprocess.run(
            [sys.executable, "-m", "journeymap", "analyze", str(path)],
            capture_output=True,
            text=True,
            preexec_fn=_limits,
            timeout=120,
            check=False,
        )
        assert result.returncode in (0, 1), (name, result.returncode, result.stderr)
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def _planted(folder: Path, sql: str) -> bytes:
    from journeymap.storage.jsonfile import loads

    path = folder / "planted-base.jmap"
    path.unlink(missing_ok=True)
    save_document(loads(BASE, "base"), path)
    connection = sqlite3.connect(path)
    connection.executescript(sql)
    connection.commit()
    connection.close()
    return path.read_bytes()

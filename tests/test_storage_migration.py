"""Files written by older journeymaps keep opening: the version-1 fixtures were written by
the code as it was before schema version 2, the version-2 .jmap ones by the code before
version 3 (weighted surveys, segments as parts of a source), installation-v3.jmap and
installation-v2.json by the code before schema 4 and format 3 (touchpoints had pain-point
and opportunity texts), and no test ever rewrites them."""

import csv
import json
import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from journeymap.model.figures import FigureView
from journeymap.model.problems import journey_problems
from journeymap.model.report import gap_report
from journeymap.model.vocabulary import TOUCHPOINT_NOTE_LANES
from journeymap.storage import (
    DocumentFileError,
    open_document,
    open_document_stamped,
    save_document,
)

FIXTURES = Path(__file__).parent / "fixtures" / "documents"
V1_JMAP = FIXTURES / "installation-v1.jmap"
V1_JSON = FIXTURES / "installation-v1.json"
V2_JMAP = FIXTURES / "online-order-v2.jmap"
V3_JMAP = FIXTURES / "installation-v3.jmap"
V2_JSON = FIXTURES / "installation-v2.json"
SAMPLES = Path(__file__).parents[1] / "journeymap" / "sample_files"


def test_a_version_1_jmap_file_opens_with_all_its_content(tmp_path):
    path = tmp_path / "installation.jmap"
    shutil.copy(V1_JMAP, path)
    before = path.read_bytes()
    doc = open_document(path)
    assert path.read_bytes() == before  # opening never writes, not even to migrate
    assert [p.name for p in doc.personas] == ["Sabine, family with a home office"]
    (journey,) = doc.journeys
    assert (journey.name, journey.state, journey.language) == (
        "Internet and landline installation",
        "as-is",
        "en",
    )
    counts = [len(getattr(journey, a)) for a in ("stages", "touchpoints", "transitions")]
    assert [*counts, len(journey.measurements)] == [6, 14, 18, 26]
    order = journey.touchpoints[0]
    assert (order.name, order.channel, order.volume, order.entry) == (
        "Order online",
        "website",
        3400,
        True,
    )
    assert order.targets == {"csat": 85.0}
    assert journey.measurements[0].counts == {1: 9, 2: 14, 3: 38, 4: 142, 5: 109}
    assert doc == open_document(V1_JSON)  # the same document as its version-1 JSON twin


def _schema_of(path: Path) -> tuple[str, str]:
    """The schema version a .jmap file says, and the declared type of its channel column."""
    with closing(sqlite3.connect(path)) as connection:
        version = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        columns = connection.execute("PRAGMA table_info(touchpoints)").fetchall()
        return version.fetchone()[0], next(c[2] for c in columns if c[1] == "channel")


def test_a_version_1_file_is_migrated_on_opening_and_saved_as_version_4(tmp_path):
    path = tmp_path / "installation.jmap"
    shutil.copy(V1_JMAP, path)
    doc, stamp = open_document_stamped(path)
    assert doc.migrated_from == 1  # for the editor's one-line notice
    assert _schema_of(path) == ("1", "TEXT")  # opening left the old file as it was
    save_document(doc, path, expected=stamp)
    assert _schema_of(path) == ("4", "VARCHAR")
    reopened = open_document(path)
    assert reopened == doc
    assert reopened.migrated_from is None


def test_a_current_file_needs_no_migration_and_an_older_json_file_says_it_does(tmp_path):
    path = tmp_path / "installation.jmap"
    save_document(open_document(V1_JSON), path)
    assert open_document(path).migrated_from is None
    assert open_document(V1_JSON).migrated_from == 1
    save_document(open_document(V1_JSON), tmp_path / "again.json")
    again = (tmp_path / "again.json").read_text()
    assert '"version": 3' in again and 'pain_points"' not in again.replace('"pain_points",', "")
    assert open_document(tmp_path / "again.json").migrated_from is None


def test_a_version_2_file_reads_as_unweighted_and_split_where_it_names_a_segment(tmp_path):
    path = tmp_path / "online-order.jmap"
    shutil.copy(V2_JMAP, path)
    before = path.read_bytes()
    doc, stamp = open_document_stamped(path)
    assert path.read_bytes() == before
    assert doc.migrated_from == 2
    measurements = [m for j in doc.journeys for m in j.measurements]
    for m in measurements:
        assert m.respondents == sum(m.counts.values()) == m.effective_n
        assert not m.weighted
        assert m.segmented == bool(m.segment)
    assert sum(m.segmented for m in measurements) == 16
    sample = open_document(SAMPLES / "online-order.en.json")
    # The version-2 file was written from this sample before its persona had a card and
    # its journeys had lanes.
    no_card = dict.fromkeys(("quote", "goals", "needs", "frustrations"), "")
    assert doc.personas == [replace(p, **no_card) for p in sample.personas]
    bare = [replace(j, lanes=[], notes=[]) for j in doc.journeys]
    assert bare == [replace(j, lanes=[], notes=[]) for j in sample.journeys]
    # its touchpoints' pain points and opportunities are the notes the sample has now
    for old, new in zip(doc.journeys, sample.journeys, strict=True):
        assert [lane.kind for lane in old.lanes] == ["touchpoints", *TOUCHPOINT_NOTE_LANES]
        assert _linked_notes(old) == _linked_notes(new)
    save_document(doc, path, expected=stamp)
    with closing(sqlite3.connect(path)) as connection:
        version = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        assert version.fetchone()[0] == "4"
        kinds = {c[1]: c[2] for c in connection.execute("PRAGMA table_info(counts)")}
        assert kinds["count"] == "FLOAT"  # a sum of weights now fits
    assert open_document(path) == doc


def _linked_notes(journey) -> set[tuple[str, str, str, tuple[str, ...]]]:
    """The pain points and opportunities of a journey: (lane kind, stage, text, touchpoints)."""
    kinds = {lane.id: lane.kind for lane in journey.lanes}
    return {
        (kinds[n.lane_id], n.stage_id, n.text, tuple(n.touchpoint_ids))
        for n in journey.notes
        if kinds[n.lane_id] in TOUCHPOINT_NOTE_LANES
    }


@pytest.mark.parametrize("path", [V3_JMAP, V2_JSON], ids=["jmap-v3", "json-v2"])
def test_touchpoint_pain_points_and_opportunities_become_notes_once(path, tmp_path):
    """The version-3 .jmap and version-2 .json fixtures were written from the installation
    sample, whose touchpoints then had the texts beside the linked notes made from them;
    the first touchpoint's pain point was changed to two lines first."""
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    doc = open_document(copy)
    assert doc.migrated_from == int(path.stem[-1])
    (journey,) = doc.journeys
    sample = open_document(SAMPLES / "installation.en.json").journeys[0]
    order = journey.touchpoints[0]
    new = {
        (k, stage, text, tps)
        for k, stage, text, tps in _linked_notes(journey) - _linked_notes(sample)
    }
    # the two lines are two notes under its stage, linked to it; the rest was noted already
    assert new == {
        ("pain_points", order.stage_id, text, (order.id,))
        for text in ("The router arrives without the access code letter",
                     "The hotline cannot see the order")
    }  # fmt: skip
    assert _linked_notes(sample) <= _linked_notes(journey)
    assert len(journey.notes) == len(sample.notes) + 2
    save_document(doc, copy)
    reopened = open_document(copy)
    assert reopened == doc and reopened.migrated_from is None
    assert "pain_points" not in {tp_field for tp_field in _touchpoint_columns(copy)}


def _touchpoint_columns(path: Path) -> list[str]:
    """The touchpoint fields a saved file holds (its columns, or its JSON keys)."""
    if path.suffix == ".json":
        return list(json.loads(path.read_text())["journeys"][0]["touchpoints"][0])
    with closing(sqlite3.connect(path)) as connection:
        return [c[1] for c in connection.execute("PRAGMA table_info(touchpoints)")]


def test_the_jmap_and_json_twins_migrate_to_the_same_document():
    assert open_document(V3_JMAP) == open_document(V2_JSON)
    assert open_document(V1_JMAP) == open_document(V1_JSON)


def test_a_journey_without_lanes_gets_the_lanes_its_pain_points_need_in_its_language(tmp_path):
    data = json.loads(V1_JSON.read_text())
    data["journeys"][0]["language"] = "de"
    path = tmp_path / "alt.json"
    path.write_text(json.dumps(data))
    (journey,) = open_document(path).journeys
    assert [(lane.kind, lane.name) for lane in journey.lanes] == [
        ("touchpoints", "Touchpoints"), ("pain_points", "Pain Points"),
        ("opportunities", "Chancen"),
    ]  # fmt: skip
    pains = [n for n in journey.notes if n.lane_id == journey.lanes[1].id]
    with_text = [tp for tp in data["journeys"][0]["touchpoints"] if tp.get("pain_points")]
    assert len(pains) >= len(with_text) > 0
    assert all(len(n.touchpoint_ids) == 1 for n in pains)


def test_an_older_pain_point_that_is_not_text_is_refused_naming_where(tmp_path):
    data = json.loads(V1_JSON.read_text())
    data["journeys"][0]["touchpoints"][2]["pain_points"] = ["a", "list"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DocumentFileError) as refused:
        open_document(path)
    assert "journeys[0].touchpoints[2].pain_points" in str(refused.value)
    assert "bad.json" in str(refused.value)


def test_a_current_file_with_a_touchpoint_pain_point_text_is_refused(tmp_path):
    data = json.loads((SAMPLES / "installation.en.json").read_text())
    data["journeys"][0]["touchpoints"][0]["pain_points"] = "Long wait"
    path = tmp_path / "hand-edited.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DocumentFileError, match=r"touchpoints\[0\]\.pain_points: unknown field"):
        open_document(path)


def test_a_file_is_checked_against_the_layout_of_the_version_it_claims(tmp_path):
    path = tmp_path / "installation.jmap"
    shutil.copy(V1_JMAP, path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(DocumentFileError, match=r"touchpoints\.channel has type or key TEXT"):
        open_document(path)


def test_the_window_says_an_old_file_is_saved_in_the_current_format(window, tmp_path):
    old = tmp_path / "old.jmap"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "documents" / "installation-v1.jmap", old)
    before = old.read_bytes()
    assert window.open_path(old)
    assert "made by an older journeymap" in window.statusBar().currentMessage()
    assert old.read_bytes() == before  # opening wrote nothing


SPLIT_V1 = FIXTURES / "split-survey-v1.json"
SPLIT_V2 = FIXTURES / "split-survey-v2.jmap"
SPLIT_CSV = FIXTURES / "split-survey.csv"  # the survey both were imported from


@pytest.mark.parametrize("path", [SPLIT_V1, SPLIT_V2], ids=["json-v1", "jmap-v2"])
def test_blank_segment_cells_of_an_older_import_read_as_segment_unknown(path):
    """The older code wrote a split import's blank cells as segment "": read as all
    respondents, the overall figure would count them alone (98 of 300)."""
    with SPLIT_CSV.open(newline="") as f:
        rows = list(csv.reader(f))[1:]
    (journey,) = open_document(path).journeys
    blank = next(m for m in journey.measurements if not m.segment)
    assert blank.segmented  # segment unknown
    (overall,) = [r for r in gap_report(journey) if r.metric == "csat"]
    assert overall.n == len(rows) == 300
    assert overall.measured == pytest.approx(100 * sum(int(r[0]) >= 4 for r in rows) / 300)
    (unknown,) = [r for r in gap_report(journey, FigureView("")) if r.metric == "csat"]
    assert unknown.n == sum(1 for r in rows if not r[1])


def test_an_older_unsplit_import_beside_its_segments_stays_all_respondents(tmp_path):
    """Imported once without and once with the segment column (the older code kept
    both): the unsplit one holds every answer of the segments, so it is all respondents
    and the overall figure counts each respondent once."""
    data = json.loads(SPLIT_V1.read_text())
    (journey,) = data["journeys"]
    split = journey["measurements"]
    whole: dict[str, int] = {}
    for m in split:
        for answer, count in m["counts"].items():
            whole[answer] = whole.get(answer, 0) + count
    split.append({**split[0], "id": "unsplit", "segment": "", "counts": whole})
    path = tmp_path / "both.json"
    path.write_text(json.dumps(data))
    (read,) = open_document(path).journeys
    assert not next(m for m in read.measurements if m.id == "unsplit").segmented
    (overall,) = [r for r in gap_report(read) if r.metric == "csat"]
    assert overall.n == 300  # not 600
    assert [p.kind for p in journey_problems(read)].count("segments_overlap") == 1

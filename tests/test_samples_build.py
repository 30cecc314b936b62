"""The bundled samples are what their TOML sources say: the builder, run into a fresh
folder, writes every checked-in sample file byte for byte, and no other file. Their
personas come with a full card, and their journeys the classic lanes filled with a
workshop's notes, as a training map needs; the installation sample is also drawn as a
service blueprint. Every sample leaves the workshop with owned opportunities, and the samples
with a to-be journey show their solutions realised there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import groupby
from pathlib import Path

import pytest

from journeymap.model import Document, Journey, Touchpoint
from journeymap.model.compare import ADDED, CHANGED, compare_journeys
from journeymap.model.problems import opportunity_problems
from journeymap.model.vocabulary import LANE_SETS, NOTE_LANES, OPPORTUNITY_STATES
from journeymap.storage import open_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "journeymap" / "sample_files"


def test_the_builder_writes_the_checked_in_samples(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    builder = [sys.executable, ROOT / "tools" / "make_samples.py", tmp_path]
    subprocess.run(builder, env=env, check=True, capture_output=True, timeout=60)
    built = sorted(path.name for path in tmp_path.iterdir())
    assert built == sorted(path.name for path in SAMPLE_DIR.iterdir())
    assert len(built) == 10  # five samples, each in English and German
    for name in built:
        assert (tmp_path / name).read_bytes() == (SAMPLE_DIR / name).read_bytes(), name


def test_every_sample_persona_has_a_full_card():
    for path in sorted(SAMPLE_DIR.iterdir()):
        for persona in json.loads(path.read_text(encoding="utf-8"))["personas"]:
            where = f"{path.name}: {persona['name']}"
            assert persona["quote"] and "\n" not in persona["quote"], where
            for card_list in ("goals", "needs", "frustrations"):
                items = persona[card_list].split("\n")
                assert 2 <= len(items) <= 4 and all(items), f"{where}: {card_list}"


def sample_journeys() -> dict[str, Journey]:
    """Every journey of every bundled sample, by its file's and its own name."""
    return {
        f"{path.name}: {journey.name}": journey
        for path in sorted(SAMPLE_DIR.iterdir())
        for journey in open_document(path).journeys
    }


def is_blueprint(journey: Journey) -> bool:
    """Whether a journey is drawn as a service blueprint (its lanes have the lines)."""
    return any(lane.kind == "line_of_interaction" for lane in journey.lanes)


SAMPLE_JOURNEYS = sample_journeys()
#: The journey maps in the classic lanes: every sample journey but the blueprints.
CLASSIC_JOURNEYS = {where: j for where, j in SAMPLE_JOURNEYS.items() if not is_blueprint(j)}


@pytest.mark.parametrize(("where", "journey"), SAMPLE_JOURNEYS.items(), ids=list(SAMPLE_JOURNEYS))
def test_every_sample_note_sits_in_a_note_lane_under_a_stage_with_a_few_votes(where, journey):
    lanes = {lane.id: lane.kind for lane in journey.lanes}
    stage_ids = {stage.id for stage in journey.stages}
    for note in journey.notes:
        assert lanes[note.lane_id] in NOTE_LANES, f"{where}: {note.text}"
        assert note.stage_id in stage_ids, f"{where}: {note.text}"
        assert 0 <= note.votes <= 8, f"{where}: {note.text}"
    assert [lane.kind for lane in journey.lanes].count("touchpoints") == 1, where


@pytest.mark.parametrize(("where", "journey"), CLASSIC_JOURNEYS.items(), ids=list(CLASSIC_JOURNEYS))
def test_every_sample_journey_has_the_classic_lanes_filled(where, journey):
    kinds = [lane.kind for lane in journey.lanes]
    assert kinds == list(LANE_SETS["classic"]), where
    lanes = {lane.id: lane.kind for lane in journey.lanes}
    # What the customer does, thinks and feels: one to three notes per stage and lane.
    for kind in ("actions", "thoughts", "feelings"):
        for stage in journey.stages:
            cell = [n for n in journey.notes if lanes[n.lane_id] == kind and n.stage_id == stage.id]
            assert 1 <= len(cell) <= 3, f"{where}: {kind} under {stage.name}"


@pytest.mark.parametrize(("where", "journey"), CLASSIC_JOURNEYS.items(), ids=list(CLASSIC_JOURNEYS))
def test_sample_pain_points_and_opportunities_are_notes_on_their_touchpoints(where, journey):
    lanes = {lane.id: lane.kind for lane in journey.lanes}
    touchpoints = {tp.id: tp for tp in journey.touchpoints}
    linked = set()
    for note in journey.notes:
        kind = lanes[note.lane_id]
        if kind in ("pain_points", "opportunities"):
            assert note.touchpoint_ids, f"{where}: {note.text}"
            for tp_id in note.touchpoint_ids:
                tp = touchpoints[tp_id]
                assert note.stage_id == tp.stage_id, f"{where}: {note.text}"
                linked.add((kind, tp_id, note.text))
    # Most touchpoints have a pain point and an opportunity noted about them.
    for kind in ("pain_points", "opportunities"):
        about = {tp_id for k, tp_id, _ in linked if k == kind}
        assert len(about) >= len(touchpoints) / 2, f"{where}: {kind}"
    assert any(note.votes for note in journey.notes), where


def test_only_the_installation_sample_has_a_blueprint_and_each_sample_a_classic_map():
    blueprints = [where for where, journey in SAMPLE_JOURNEYS.items() if is_blueprint(journey)]
    assert blueprints == [
        "installation.de.json: Installation – Service Blueprint",
        "installation.en.json: Installation — service blueprint",
    ]
    files = {where.split(":")[0] for where in CLASSIC_JOURNEYS}
    assert files == {path.name for path in SAMPLE_DIR.iterdir()}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_installation_sample_is_also_a_filled_service_blueprint(language):
    """Its blueprint has exactly the blueprint lanes (the backstage one per department), the
    as-is journey's stages and touchpoints under ids of their own, and what staff do in
    view, out of view and the systems behind them in every stage, with votes on some."""
    doc = open_document(SAMPLE_DIR / f"installation.{language}.json")
    (as_is,) = [journey for journey in doc.journeys if not is_blueprint(journey)]
    (blueprint,) = [journey for journey in doc.journeys if is_blueprint(journey)]
    kinds = [lane.kind for lane in blueprint.lanes]
    assert [kind for kind, _ in groupby(kinds)] == list(LANE_SETS["blueprint"])
    assert kinds.count("backstage") == 3
    names = [lane.name for lane in blueprint.lanes if lane.kind == "backstage"]
    assert len(set(names)) == 3  # one lane per department, each by its own name
    assert [s.name for s in blueprint.stages] == [s.name for s in as_is.stages]
    assert [t.name for t in blueprint.touchpoints] == [t.name for t in as_is.touchpoints]
    assert len(blueprint.transitions) == len(as_is.transitions)
    assert not {t.id for t in blueprint.touchpoints} & {t.id for t in as_is.touchpoints}
    assert not blueprint.measurements and as_is.measurements  # the figures stay as-is
    lanes = {lane.id: lane.kind for lane in blueprint.lanes}
    for stage in blueprint.stages:
        filled = {lanes[note.lane_id] for note in blueprint.notes if note.stage_id == stage.id}
        assert {"actions", "frontstage", "backstage", "support"} <= filled, stage.name
    voted = [note for note in blueprint.notes if note.votes]
    assert 5 <= len(voted) < len(blueprint.notes) / 2


SAMPLE_NAMES = sorted({path.name.split(".")[0] for path in SAMPLE_DIR.iterdir()})


def opportunity_shape(doc: Document) -> list[tuple]:
    """What an opportunity is, without its words and ids: the same in both languages."""
    return [
        (o.status, o.due, o.customer_value, o.business_value, o.effort,
         [(link.kind, link.metric) for link in o.links],
         [(e.metric, e.target) for e in o.effects],
         [(s.journey_id is not None, len(s.touchpoint_ids))
          for s in doc.solutions if s.opportunity_id == o.id])
        for o in doc.opportunities
    ]  # fmt: skip


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_sample_has_owned_opportunities_whose_links_resolve_in_its_as_is_journey(name):
    docs = {language: open_document(SAMPLE_DIR / f"{name}.{language}.json") for language in
            ("en", "de")}  # fmt: skip
    assert opportunity_shape(docs["en"]) == opportunity_shape(docs["de"])
    for language, doc in docs.items():
        where = f"{name}.{language}"
        as_is = next(j for j in doc.journeys if j.state == "as-is" and not is_blueprint(j))
        assert 3 <= len(doc.opportunities) <= 6, where
        assert {"done", "planned", "in_progress"} <= {o.status for o in doc.opportunities}, where
        assert opportunity_problems(doc) == [], where
        measured = {(m.touchpoint_id, m.metric) for m in as_is.measurements}
        for o in doc.opportunities:
            assert o.owner and o.status in OPPORTUNITY_STATES and o.description, o.title
            assert o.due.startswith("2027-") and o.links and o.effects, o.title
            assert all(doc.journey_of(link.id) is as_is for link in o.links), o.title
            for link in (link for link in o.links if link.kind == "gap"):  # a row of the report
                touchpoint = doc.get(link.id)
                assert isinstance(touchpoint, Touchpoint) and link.metric in touchpoint.targets
                assert (link.id, link.metric) in measured, f"{o.title}: {touchpoint.name}"
            assert all(doc.journey_of(e.touchpoint_id) is as_is for e in o.effects), o.title
        assert any(link.kind == "note" for o in doc.opportunities for link in o.links), where


@pytest.mark.parametrize("name", ["cancellation", "online-order"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_samples_with_a_to_be_journey_realise_solutions_in_it(name, language):
    doc = open_document(SAMPLE_DIR / f"{name}.{language}.json")
    (to_be,) = [journey for journey in doc.journeys if journey.state == "to-be"]
    realised = [s for s in doc.solutions if s.journey_id == to_be.id]
    assert len(realised) >= 3
    for solution in realised:
        assert solution.touchpoint_ids, solution.title
        assert all(doc.journey_of(i) is to_be for i in solution.touchpoint_ids), solution.title
    # what the solutions realise is what the comparison shows as changed or added
    as_is = next(j for j in doc.journeys if j.state == "as-is" and not is_blueprint(j))
    differences = {d.after_id: d.status for d in compare_journeys(as_is, to_be)}
    statuses = {differences[i] for s in realised for i in s.touchpoint_ids}
    assert statuses == {CHANGED, ADDED}

"""The bundled samples are what their TOML sources say: the builder, run into a fresh
folder, writes every checked-in sample file byte for byte, and no other file. Their
personas come with a full card, and their journeys the classic lanes filled with a
workshop's notes, as a training map needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.model import Journey
from journeymap.model.vocabulary import LANE_SETS, NOTE_LANES
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


SAMPLE_JOURNEYS = sample_journeys()


@pytest.mark.parametrize(("where", "journey"), SAMPLE_JOURNEYS.items(), ids=list(SAMPLE_JOURNEYS))
def test_every_sample_journey_has_the_classic_lanes_filled(where, journey):
    kinds = [lane.kind for lane in journey.lanes]
    assert kinds == list(LANE_SETS["classic"]), where
    assert kinds.count("touchpoints") == 1, where
    lanes = {lane.id: lane.kind for lane in journey.lanes}
    stage_ids = {stage.id for stage in journey.stages}
    for note in journey.notes:
        assert lanes[note.lane_id] in NOTE_LANES, f"{where}: {note.text}"
        assert note.stage_id in stage_ids, f"{where}: {note.text}"
        assert 0 <= note.votes <= 8, f"{where}: {note.text}"
    # What the customer does, thinks and feels: one to three notes per stage and lane.
    for kind in ("actions", "thoughts", "feelings"):
        for stage in journey.stages:
            cell = [n for n in journey.notes if lanes[n.lane_id] == kind and n.stage_id == stage.id]
            assert 1 <= len(cell) <= 3, f"{where}: {kind} under {stage.name}"


@pytest.mark.parametrize(("where", "journey"), SAMPLE_JOURNEYS.items(), ids=list(SAMPLE_JOURNEYS))
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

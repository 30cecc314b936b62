"""A large synthetic journey for the benchmarks and the stress tests, built through commands."""

from __future__ import annotations

import random

from journeymap.model.commands import AddObject, Command, CommandStack
from journeymap.model.document import Document
from journeymap.model.entities import (
    Journey,
    Lane,
    Measurement,
    Note,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.layout import CARD_STEP
from journeymap.model.vocabulary import CHANNELS, SCALES, lane_name

OWNERS = ("Service team", "Sales", "Field technicians", "Billing", "IT", "Marketing")


#: The benchmark's 8 lanes: the touchpoint graph and 7 lanes of notes.
BENCH_LANES = ("actions", "thoughts", "touchpoints", "feelings", "pain_points",
               "opportunities", "frontstage", "backstage")  # fmt: skip


def large_journey_commands(
    stages: int = 40,
    touchpoints: int = 2000,
    transitions: int = 3000,
    seed: int = 1,
    notes_per_cell: int = 0,
) -> list[Command]:
    """Commands that build one journey: stages in order, touchpoints spread over them,
    forward transitions with a few loops back, and a CSAT distribution per touchpoint;
    with ``notes_per_cell``, 8 lanes (BENCH_LANES) and that many notes in every cell of
    each note lane."""
    rng = random.Random(seed)
    journey = Journey(name="Benchmark journey", description="Synthetic", id=f"j-{seed}")
    commands: list[Command] = [AddObject(journey)]
    stage_ids = [f"s{i}" for i in range(stages)]
    commands += [
        AddObject(Stage(f"Stage {i + 1}", id=s), journey.id) for i, s in enumerate(stage_ids)
    ]
    per_stage = touchpoints // stages
    channels = list(CHANNELS)
    tp_ids = [f"t{i}" for i in range(touchpoints)]
    for i, tp_id in enumerate(tp_ids):
        tp = Touchpoint(
            stage_ids[min(i // per_stage, stages - 1)],
            name=f"Touchpoint {i + 1}",
            channel=rng.choice(channels[:-1]),
            owner=rng.choice(OWNERS),
            emotion=rng.randint(-2, 2),
            importance=rng.randint(1, 5),
            volume=rng.randint(0, 5000),
            entry=i < per_stage,
            exit=i >= touchpoints - per_stage,
            y=(i % per_stage) * CARD_STEP,
            targets={"csat": 80.0},
            id=tp_id,
        )
        commands.append(AddObject(tp, journey.id))
    # Lanes: each touchpoint leads to the one at its height in the next stage, so all
    # are reachable; the extra transitions jump ahead, and one in twenty goes back along
    # an existing lane (a repeat contact, so a real loop).
    lanes = [(i, i + per_stage) for i in range(touchpoints - per_stage)]
    edges = list(lanes)
    while len(edges) < transitions:
        if rng.random() < 0.05:
            a, b = rng.choice(lanes)
            edges.append((b, a))
            continue
        a = rng.randrange(touchpoints - per_stage)
        ahead = rng.randint(1, 3) * per_stage - a % per_stage + rng.randrange(per_stage)
        edges.append((a, min(a + ahead, touchpoints - 1)))
    commands += [
        AddObject(Transition(tp_ids[a], tp_ids[b], id=f"e{k}"), journey.id)
        for k, (a, b) in enumerate(edges)
    ]
    low, high = SCALES["csat"]
    for i, tp_id in enumerate(tp_ids):
        counts = {v: rng.randint(0, 60) for v in range(low, high + 1)}
        commands.append(AddObject(Measurement(tp_id, "csat", counts, id=f"m{i}"), journey.id))
    if notes_per_cell:
        commands += _lane_commands(journey.id, stage_ids, tp_ids, notes_per_cell, rng)
    return commands


def _lane_commands(
    journey_id: str, stage_ids: list[str], tp_ids: list[str], per_cell: int, rng: random.Random
) -> list[Command]:
    """The 8 lanes, and ``per_cell`` notes in every cell of the lanes that hold notes (a
    pain point now and then linked to a touchpoint)."""
    lanes = [Lane(kind, lane_name(kind), id=f"l{i}") for i, kind in enumerate(BENCH_LANES)]
    commands: list[Command] = [AddObject(lane, journey_id) for lane in lanes]
    number = 0
    for lane in lanes:
        if lane.kind == "touchpoints":
            continue
        for stage_id in stage_ids:
            for _ in range(per_cell):
                number += 1
                about = [rng.choice(tp_ids)] if lane.kind == "pain_points" else []
                text = f"Note {number}: the customer waits for an answer that does not come"
                note = Note(lane.id, stage_id, text, votes=rng.randint(0, 5),
                            touchpoint_ids=about, id=f"n{number}")  # fmt: skip
                commands.append(AddObject(note, journey_id))
    return commands


def build_large_document(**sizes: int) -> tuple[Document, CommandStack]:
    """A document holding the large journey, with the stack that built it."""
    doc = Document()
    stack = CommandStack(doc)
    for command in large_journey_commands(**sizes):
        stack.push(command)
    return doc, stack

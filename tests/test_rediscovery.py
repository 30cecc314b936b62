"""Refreshing a discovered journey from a newer log (issue 15, ``--into``): the newer
figures come over by touchpoint name, what the team made stays, and the whole refresh is
one undo step that gives the document back exactly."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.discovery import DiscoveryOptions, LogColumns, discover_log
from journeymap.model import (
    AddObject,
    CommandStack,
    Document,
    Journey,
    Lane,
    Link,
    Measurement,
    Note,
    ObservedPath,
    Opportunity,
    SetFields,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.layout import CARD_STEP
from journeymap.model.rediscovery import plan_refresh, refresh_command, refresh_summary
from journeymap.model.serialize import document_to_dict
from tests.builders import drawn_journey

#: Three tickets in March: 1 and 2 go fault -> visit -> close (2 reports twice first),
#: 3 reports and is never heard of again.
OLD_LOG = """case,activity,time
T1,Report fault,2026-03-01 09:00
T1,Technician visit,2026-03-01 13:00
T1,Close,2026-03-02 09:00
T2,Report fault,2026-03-02 10:00
T2,Report fault,2026-03-02 12:00
T2,Technician visit,2026-03-03 10:00
T2,Close,2026-03-03 11:00
T3,Report fault,2026-03-01 08:00
"""
#: April: a callback comes in, nobody reports twice, and every fault but one gets a visit.
NEW_LOG = """case,activity,time
N1,Report fault,2026-04-01 09:00
N1,Callback,2026-04-01 10:00
N1,Technician visit,2026-04-01 12:00
N1,Close,2026-04-01 13:00
N2,Report fault,2026-04-02 09:00
N2,Technician visit,2026-04-02 15:00
N2,Close,2026-04-02 16:00
N3,Report fault,2026-04-03 09:00
N3,Callback,2026-04-03 11:00
"""
COLUMNS = LogColumns("case", "activity", "time")
STAGES = {
    "Report fault": "Contact",
    "Callback": "Contact",
    "Technician visit": "Repair",
    "Close": "Repair",
}


def discovered(tmp_path: Path, text: str, name: str) -> Journey:
    """The journey a hand-made log gives, every transition kept, stages by name."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    stages = {activity: stage for activity, stage in STAGES.items() if activity in text}
    options = DiscoveryOptions(min_share=0.0, stage_of=stages)
    return discover_log(path, COLUMNS, options).journey


def _tp(journey: Journey, name: str) -> Touchpoint:
    (tp,) = [t for t in journey.touchpoints if t.name == name]
    return tp


def _transitions(journey: Journey) -> dict[tuple[str, str], Transition]:
    names = {tp.id: tp.name for tp in journey.touchpoints}
    return {(names[t.source], names[t.target]): t for t in journey.transitions}


def team_document(tmp_path: Path) -> tuple[Document, CommandStack, Journey]:
    """March's journey as a team made it its own: "Report fault" written in capitals
    (the same name), "Close" renamed to "Ticket closed" (another name), the stage
    "Repair" renamed, a card moved, a target, a measurement, a lane with a note, an
    opportunity and a hand-drawn transition."""
    journey = discovered(tmp_path, OLD_LOG, "march.csv")
    journey.name = "Repairs"
    doc = Document(journeys=[journey])
    stack = CommandStack(doc)
    fault, visit, close = (_tp(journey, n) for n in ("Report fault", "Technician visit", "Close"))
    repair = next(s for s in journey.stages if s.name == "Repair")
    lane = Lane("pain_points", "Pain points")
    for step in [
        SetFields(fault.id, {"name": " REPORT FAULT", "targets": {"csat": 80.0}}),
        SetFields(close.id, {"name": "Ticket closed"}),
        SetFields(repair.id, {"name": "Field work"}),
        SetFields(visit.id, {"y": 400.0}),
        AddObject(Measurement(visit.id, "csat", {4: 10, 5: 3}), journey.id),
        AddObject(lane, journey.id),
        AddObject(Note(lane.id, repair.id, "Waits all day", touchpoint_ids=[visit.id]), journey.id),
        AddObject(Transition(close.id, fault.id, 0.1, "reopened"), journey.id),
        AddObject(Opportunity("Give a time window", links=[Link("touchpoint", visit.id)])),
    ]:
        stack.push(step)
    return doc, stack, journey


def test_a_newer_log_brings_its_figures_and_the_team_keeps_its_work(tmp_path):
    doc, stack, journey = team_document(tmp_path)
    kept = copy.deepcopy(journey)
    newer = discovered(tmp_path, NEW_LOG, "april.csv")
    stack.push(refresh_command(doc, journey.id, newer, "april.csv"))

    assert stack.texts()[-1] == "Refresh ‘Repairs’ from april.csv"
    fault, visit = _tp(journey, " REPORT FAULT"), _tp(journey, "Technician visit")
    # matched ignoring case and spaces: the team's name, stage, position and target stay
    old_fault = _tp(kept, " REPORT FAULT")
    assert (fault.id, fault.stage_id, fault.y, fault.targets) == (
        old_fault.id,
        old_fault.stage_id,
        old_fault.y,
        {"csat": 80.0},
    )
    assert (fault.volume, fault.entry, fault.exit) == (
        _tp(newer, "Report fault").volume,
        True,
        False,
    )
    assert fault.volume != old_fault.volume
    assert visit.y == 400.0 and not visit.entry and not visit.exit
    # renamed by the team: the newer "Close" is added anew, "Ticket closed" is not seen
    closed = _tp(journey, "Ticket closed")
    assert (closed.volume, closed.entry, closed.exit) == (0, False, False)
    # new touchpoints: into the stage of the same name, below its cards; else a new stage
    assert [s.name for s in journey.stages] == ["Contact", "Field work", "Repair"]
    callback, close = _tp(journey, "Callback"), _tp(journey, "Close")
    assert callback.stage_id == fault.stage_id and callback.y == fault.y + CARD_STEP
    assert close.stage_id == journey.stages[2].id and close.y == 0.0
    assert callback.exit and close.exit
    transitions = _transitions(journey)
    assert set(transitions) == {
        (" REPORT FAULT", "Technician visit"),
        (" REPORT FAULT", "Callback"),
        ("Callback", "Technician visit"),
        ("Technician visit", "Close"),
        ("Ticket closed", " REPORT FAULT"),  # hand-drawn: stays as drawn
    }
    visit_link = transitions[(" REPORT FAULT", "Technician visit")]
    assert (visit_link.count, visit_link.share, visit_link.median_hours) == (1, 1 / 3, 6.0)
    drawn = transitions[("Ticket closed", " REPORT FAULT")]
    assert (drawn.share, drawn.label, drawn.count) == (0.1, "reopened", None)
    # everything else the team made stays
    for attr in ("measurements", "lanes", "notes"):
        assert getattr(journey, attr) == getattr(kept, attr)
    assert [o.links for o in doc.opportunities] == [[Link("touchpoint", visit.id)]]
    # the observed paths are April's, on the journey's touchpoints
    names = {tp.id: tp.name for tp in journey.touchpoints}
    paths = {tuple(names[i] for i in p.touchpoint_ids): p.cases for p in journey.observed_paths}
    assert paths == {
        (" REPORT FAULT", "Callback", "Technician visit", "Close"): 1,
        (" REPORT FAULT", "Technician visit", "Close"): 1,
        (" REPORT FAULT", "Callback"): 1,
    }


def test_the_summary_names_what_changes(tmp_path):
    doc, _, journey = team_document(tmp_path)
    newer = discovered(tmp_path, NEW_LOG, "april.csv")
    summary = refresh_summary(doc, journey.id, newer)
    assert set(summary.matched) == {" REPORT FAULT", "Technician visit"}
    assert summary.added == ("Callback", "Close")
    assert summary.unseen == ("Ticket closed",)
    assert summary.new_stages == ("Repair",)
    assert summary.changed_transitions == (" REPORT FAULT → Technician visit",)
    assert set(summary.removed_transitions) == {
        " REPORT FAULT →  REPORT FAULT",
        "Technician visit → Ticket closed",
    }
    assert set(summary.added_transitions) == {
        " REPORT FAULT → Callback",
        "Callback → Technician visit",
        "Technician visit → Close",
    }
    assert summary.paths_replaced
    assert "Touchpoints added: 2: Callback, Close" in summary.lines()
    # asking changes nothing
    assert _tp(journey, "Ticket closed").exit


def test_undo_restores_the_journey_and_redo_applies_again(tmp_path):
    doc, stack, journey = team_document(tmp_path)
    before = document_to_dict(doc)
    stack.push(refresh_command(doc, journey.id, discovered(tmp_path, NEW_LOG, "april.csv")))
    after = document_to_dict(doc)
    assert after != before
    stack.undo()
    assert document_to_dict(doc) == before
    stack.redo()
    assert document_to_dict(doc) == after


def test_hand_drawn_transitions_are_never_changed_removed_or_doubled():
    # the team drew a>b and b>c; the log sees a->b (and a new a->c), never b->c
    journey = drawn_journey("a>b b>c")
    doc = Document(journeys=[journey])
    newer = drawn_journey("a>b a>c")
    for t in newer.transitions:
        t.count, t.share, t.median_hours, t.p90_hours = 5, 0.5, 1.0, 2.0
    newer.observed_paths = [ObservedPath(["a", "b"], 5)]
    refresh = plan_refresh(doc, journey.id, newer)
    CommandStack(doc).push(refresh.command)
    assert [(t.source, t.target, t.count) for t in journey.transitions] == [
        ("a", "b", None),
        ("b", "c", None),
        ("a", "c", 5),
    ]
    assert refresh.summary.drawn_kept == ("a → b",)
    assert journey.observed_paths[0].touchpoint_ids == ["a", "b"]


def test_a_refresh_with_the_log_already_applied_changes_nothing(tmp_path):
    doc, stack, journey = team_document(tmp_path)
    newer = discovered(tmp_path, NEW_LOG, "april.csv")
    stack.push(refresh_command(doc, journey.id, newer))
    once = document_to_dict(doc)
    again = plan_refresh(doc, journey.id, newer)
    assert not again.changes_anything
    stack.push(again.command)
    assert document_to_dict(doc) == once


def test_the_first_stage_of_a_name_takes_new_touchpoints_under_its_last_card():
    journey = Journey(
        "J",
        stages=[Stage("Contact", id="c1"), Stage("contact ", id="c2")],
        touchpoints=[
            Touchpoint("c1", "A", id="a", y=260.0),
            Touchpoint("c1", "B", id="b", y=-50.0),
        ],
    )
    doc = Document(journeys=[journey])
    newer = Journey(
        "log",
        stages=[Stage("CONTACT", id="n")],
        touchpoints=[Touchpoint("n", "X", id="x"), Touchpoint("n", "Y", id="y")],
    )
    CommandStack(doc).push(refresh_command(doc, journey.id, newer))
    assert [(tp.name, tp.stage_id, tp.y) for tp in journey.touchpoints[2:]] == [
        ("X", "c1", 260.0 + CARD_STEP),
        ("Y", "c1", 260.0 + 2 * CARD_STEP),
    ]


def test_an_unknown_journey_is_a_key_error():
    with pytest.raises(KeyError):
        refresh_command(Document(), "nope", Journey("log"))


# ---- the property: random discovered journeys, refreshed by random newer ones ----------

_NAMES = ["Call", "call", " Chat", "Visit", "Mail", "Close"]


@st.composite
def _discovered_journeys(draw: st.DrawFn) -> Journey:
    """A journey as discovery makes one: uniquely named touchpoints in named stages,
    counted transitions between distinct pairs, observed paths."""
    names = draw(st.lists(st.sampled_from(_NAMES), unique=True, max_size=5))
    stages = [
        Stage(n)
        for n in draw(
            st.lists(st.sampled_from(["Start", "Middle", "end"]), unique=True, min_size=1)
        )
    ]
    touchpoints = [
        Touchpoint(
            draw(st.sampled_from(stages)).id,
            name,
            volume=draw(st.integers(0, 99)),
            entry=draw(st.booleans()),
            exit=draw(st.booleans()),
            y=draw(st.sampled_from([0.0, 130.0, 260.0])),
        )
        for name in names
    ]
    journey = Journey("log", stages=stages, touchpoints=touchpoints)
    if touchpoints:
        ids = st.sampled_from([tp.id for tp in touchpoints])
        for source, target in draw(st.lists(st.tuples(ids, ids), unique=True, max_size=8)):
            journey.transitions.append(
                Transition(
                    source,
                    target,
                    share=draw(st.sampled_from([0.25, 0.5, 1.0])),
                    count=draw(st.integers(1, 9)),
                    median_hours=1.0,
                    p90_hours=2.0,
                )
            )
        for path in draw(st.lists(st.lists(ids, min_size=1, max_size=4), max_size=3)):
            journey.observed_paths.append(ObservedPath(path, draw(st.integers(1, 9))))
    return journey


@st.composite
def _team_documents(draw: st.DrawFn) -> tuple[Document, Journey]:
    """A discovered journey the team renamed cards of and drew arrows into, and a second
    journey the refresh must leave alone."""
    journey = draw(_discovered_journeys())
    for tp in journey.touchpoints:
        if draw(st.booleans()):
            tp.name = draw(st.sampled_from([*_NAMES, "Our own name"]))
    if journey.touchpoints:
        ids = st.sampled_from([tp.id for tp in journey.touchpoints])
        for source, target in draw(st.lists(st.tuples(ids, ids), max_size=3)):
            journey.transitions.append(Transition(source, target, label="drawn"))
    other = drawn_journey("a>b")
    return Document(journeys=[journey, other]), journey


@settings(max_examples=150, deadline=None)
@given(team=_team_documents(), newer=_discovered_journeys())
def test_refresh_undoes_exactly_and_a_second_refresh_changes_nothing(team, newer):
    doc, journey = team
    stack = CommandStack(doc)
    before = document_to_dict(doc)
    stack.push(refresh_command(doc, journey.id, newer))
    after = document_to_dict(doc)
    assert stack.undo() and document_to_dict(doc) == before
    assert stack.redo() and document_to_dict(doc) == after
    again = plan_refresh(doc, journey.id, newer)
    stack.push(again.command)
    assert document_to_dict(doc) == after and not again.changes_anything
    # every figure of the newer journey is on the journey now, by name
    names = {tp.id: tp.name.strip().casefold() for tp in journey.touchpoints}
    theirs = {tp.id: tp.name.strip().casefold() for tp in newer.touchpoints}
    counted = {
        (names[t.source], names[t.target], t.count)
        for t in journey.transitions
        if t.count is not None
    }
    assert counted <= {(theirs[t.source], theirs[t.target], t.count) for t in newer.transitions}

"""Commands, undo and redo on the Qt-free stack, including property-based sequences."""

import copy

import pytest
from hypothesis import given

from journeymap.model import (
    AddObject,
    InvalidValue,
    Measurement,
    RemoveObject,
    Reorder,
    SetFields,
    connect,
    disconnect,
    move_touchpoint,
)
from journeymap.model.commands import replace_measurements
from journeymap.model.events import ADDED, CHANGED, REMOVED, REORDERED
from tests.builders import small_document, with_lanes
from tests.command_sequences import command_for, numbers, operations, picks


def test_removing_a_touchpoint_takes_its_links_and_undo_restores_order_exactly():
    doc, stack, ids = small_document()
    before = copy.deepcopy(doc)
    journey = doc.journey(ids["journey"])
    stack.push(RemoveObject(ids["mail"]))
    assert [tp.name for tp in journey.touchpoints] == ["Call hotline", "Technician visit"]
    assert journey.transitions == []
    stack.undo()
    assert doc == before
    assert [t.id for t in journey.transitions] == [ids["link1"], ids["link2"]]


def test_removing_a_stage_takes_touchpoints_measurements_and_links_and_undo_restores():
    doc, stack, ids = small_document()
    before = copy.deepcopy(doc)
    stack.push(RemoveObject(ids["booking"]))
    journey = doc.journey(ids["journey"])
    assert [s.name for s in journey.stages] == ["Installation"]
    assert [tp.name for tp in journey.touchpoints] == ["Technician visit"]
    assert journey.transitions == [] and journey.measurements == []
    stack.undo()
    assert doc == before
    stack.redo()
    assert [tp.name for tp in journey.touchpoints] == ["Technician visit"]


def test_removing_a_persona_unsets_it_on_its_journeys_and_undo_sets_it_back():
    doc, stack, ids = small_document()
    stack.push(RemoveObject(ids["persona"]))
    assert doc.journey(ids["journey"]).persona_id is None
    stack.undo()
    assert doc.journey(ids["journey"]).persona_id == ids["persona"]


def test_invalid_edits_are_refused_and_leave_nothing_on_the_stack():
    doc, stack, ids = small_document()
    before, depth = copy.deepcopy(doc), stack.index
    with pytest.raises(InvalidValue, match="importance: 7 is out of 1-5"):
        stack.push(SetFields(ids["call"], {"importance": 7}))
    with pytest.raises(InvalidValue, match="share"):
        stack.push(connect(ids["journey"], ids["call"], ids["tech"], share=1.5))
    with pytest.raises(InvalidValue, match="no touchpoint"):
        stack.push(connect(ids["journey"], ids["call"], "nowhere"))
    with pytest.raises(InvalidValue, match="channel"):
        stack.push(SetFields(ids["call"], {"channel": "pigeon"}))
    with pytest.raises(InvalidValue, match="no stage"):
        stack.push(move_touchpoint(ids["call"], "no-such-stage", 0))
    with pytest.raises(InvalidValue, match="counts answer: 9 is out of 1-5"):
        stack.push(AddObject(Measurement(ids["call"], "csat", {9: 1}), ids["journey"]))
    with pytest.raises(InvalidValue, match="emotion"):
        stack.push(SetFields(ids["call"], {"emotion": True}))
    assert doc == before and stack.index == depth


def test_a_failing_macro_is_all_or_nothing():
    doc, stack, ids = small_document()
    before = copy.deepcopy(doc)
    with pytest.raises(InvalidValue), stack.macro("Import"):
        stack.push(SetFields(ids["call"], {"name": "Hotline"}))
        stack.push(SetFields(ids["mail"], {"volume": -1}))
    assert doc == before
    assert stack.texts()[-1] == "Add measurement"


def test_macro_is_one_undo_step():
    doc, stack, ids = small_document()
    before = copy.deepcopy(doc)
    with stack.macro("Rename both"):
        stack.push(SetFields(ids["call"], {"name": "A"}))
        stack.push(SetFields(ids["mail"], {"name": "B"}))
    assert stack.texts()[-1] == "Rename both"
    stack.undo()
    assert doc == before


def test_events_report_each_change_and_undo_emits_the_reverse():
    doc, stack, ids = small_document()
    seen = []
    doc.events.subscribe(seen.append)
    stack.push(SetFields(ids["call"], {"name": "Hotline"}))
    stack.push(Reorder(ids["visit"], 0))
    stack.push(disconnect(ids["link1"]))
    stack.undo()
    assert [(e.action, e.kind) for e in seen] == [
        (CHANGED, "touchpoint"),
        (REORDERED, "stage"),
        (REMOVED, "transition"),
        (ADDED, "transition"),
    ]
    assert seen[0].changes == {"name": ("Call hotline", "Hotline")}
    assert seen[0].object_id == ids["call"] and seen[0].journey_id == ids["journey"]


def test_blocked_events_announce_one_reset():
    doc, stack, ids = small_document()
    seen = []
    doc.events.subscribe(seen.append)
    with doc.events.blocked():
        stack.push(SetFields(ids["call"], {"name": "X"}))
        stack.push(SetFields(ids["mail"], {"name": "Y"}))
    assert [e.action for e in seen] == ["reset"]


def test_batched_events_arrive_after_the_batch_in_order():
    doc, stack, ids = small_document()
    seen = []
    doc.events.subscribe(lambda e: seen.append((e.action, doc.get(ids["mail"]).name)))
    with doc.events.batch():
        stack.push(SetFields(ids["call"], {"name": "X"}))
        stack.push(SetFields(ids["mail"], {"name": "Y"}))
        assert seen == []
    assert seen == [("changed", "Y"), ("changed", "Y")]


def test_clean_state_follows_undo_and_redo():
    _doc, stack, ids = small_document()
    stack.set_clean()
    stack.push(SetFields(ids["call"], {"name": "X"}))
    assert not stack.is_clean
    stack.undo()
    assert stack.is_clean
    stack.undo()
    stack.push(SetFields(ids["call"], {"name": "Z"}))  # the saved state is gone for good
    while stack.undo():
        pass
    assert not stack.is_clean


def test_replace_measurements_swaps_the_named_ones_in_one_step():
    doc, stack, ids = small_document()
    journey = doc.journey(ids["journey"])
    new = [Measurement(ids["call"], "csat", {5: 40})]
    old = [m.id for m in journey.measurements]
    stack.push(replace_measurements(doc, journey.id, new, old))
    assert [m.counts for m in journey.measurements] == [{5: 40}]
    stack.undo()
    assert [m.counts for m in journey.measurements] == [{2: 10, 4: 20, 5: 13}]
    stack.push(replace_measurements(doc, journey.id, new))
    assert len(journey.measurements) == 2


# ---- property-based: any sequence of commands undoes to the start and redoes to the end


@given(ops=operations(), drawn=numbers)
def test_any_command_sequence_undoes_to_the_start_and_redoes_to_the_end(ops, drawn):
    doc, stack, ids = small_document()
    picked = picks(drawn)
    start = copy.deepcopy(doc)
    applied = 0
    for op in ops:
        command = command_for(doc, ids["journey"], op, picked)
        if command is not None:
            stack.push(command)
            applied += 1
    end = copy.deepcopy(doc)
    for _ in range(applied):
        assert stack.undo()
    assert doc == start
    for _ in range(applied):
        assert stack.redo()
    assert doc == end
    # the id index is still right: every object is found where it lives
    for journey in doc.journeys:
        for tp in journey.touchpoints:
            assert doc.get(tp.id) is tp and doc.journey_of(tp.id) is journey


def test_deleting_a_touchpoint_unlinks_its_notes_and_a_lane_takes_its_notes_with_undo():
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    journey = doc.journey(ids["journey"])
    note = doc.get(ids["note"])
    before = copy.deepcopy(doc)
    stack.push(RemoveObject(ids["call"]))
    assert ids["note"] in doc and note.touchpoint_ids == []  # the pain point stays
    stack.undo()
    assert doc == before and note.touchpoint_ids == [ids["call"]]
    stack.push(RemoveObject(ids["lane"]))
    assert ids["note"] not in doc and len(journey.lanes) == 1
    stack.undo()
    assert doc == before
    stack.push(RemoveObject(ids["booking"]))
    assert ids["note"] not in doc  # the note stood under the booking stage
    stack.undo()
    assert doc == before


def test_a_note_names_touchpoints_of_its_own_journey_only():
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    with pytest.raises(InvalidValue, match="no touchpoint 'elsewhere'"):
        stack.push(SetFields(ids["note"], {"touchpoint_ids": ["elsewhere"]}))
    with pytest.raises(InvalidValue, match="names the same object twice"):
        stack.push(SetFields(ids["note"], {"touchpoint_ids": [ids["call"], ids["call"]]}))
    assert doc.get(ids["note"]).touchpoint_ids == [ids["call"]]

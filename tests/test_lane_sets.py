"""The lanes a new journey starts with, in both languages, and the lane commands that keep
the touchpoint map on it: its only touchpoint lane is neither deleted nor hidden."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.model.lanes import RemoveLane, ShowLane, add_lane, lane_set, move_lane
from journeymap.model.serialize import document_from_dict, document_to_dict
from journeymap.model.starter import blank_document
from journeymap.model.templates import DEFAULT_LANE_SET, LANE_SET_TITLES
from journeymap.model.validation import InvalidValue
from journeymap.model.vocabulary import LANE_SETS, LANGUAGES
from tests.builders import small_document, with_lanes


def kinds_and_names(journey):
    return [(lane.kind, lane.name) for lane in journey.lanes]


def test_a_new_journey_starts_with_the_classic_lanes_in_its_language():
    assert DEFAULT_LANE_SET == "classic"
    assert kinds_and_names(blank_document("en").journeys[0]) == [
        ("actions", "Customer actions"), ("touchpoints", "Touchpoints"),
        ("thoughts", "Thoughts"), ("feelings", "Feelings"), ("emotion", "Emotion curve"),
        ("pain_points", "Pain points"), ("opportunities", "Opportunities"),
    ]  # fmt: skip
    assert [name for _, name in kinds_and_names(blank_document("de").journeys[0])] == [
        "Kundenaktionen", "Touchpoints", "Gedanken", "Gefühle", "Emotionskurve",
        "Pain Points", "Chancen",
    ]  # fmt: skip


def test_a_blueprint_and_a_minimal_map_in_german():
    blueprint = blank_document("de", "service_case", "blueprint").journeys[0]
    assert [name for _, name in kinds_and_names(blueprint)] == [
        "Kundenaktionen", "Touchpoints", "Interaktionslinie", "Frontstage",
        "Sichtbarkeitslinie", "Backstage", "Unterstützungsprozesse",
    ]  # fmt: skip
    assert blueprint.stages[0].name == "Problem tritt auf"  # the stage template still counts
    minimal = blank_document("en", "empty", "minimal").journeys[0]
    assert kinds_and_names(minimal) == [("touchpoints", "Touchpoints"),
                                        ("emotion", "Emotion curve")]  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind_set", LANE_SETS)
def test_every_lane_set_has_one_visible_touchpoint_lane_and_survives_a_file(kind_set, language):
    assert kind_set in LANE_SET_TITLES
    lanes = lane_set(kind_set, language)
    assert [lane.kind for lane in lanes].count("touchpoints") == 1
    assert all(lane.visible and lane.name for lane in lanes)
    assert len({lane.id for lane in lanes}) == len(lanes)  # fresh lanes, fresh ids
    doc = blank_document(language, lanes=kind_set)
    again = document_from_dict(document_to_dict(doc))
    assert kinds_and_names(again.journeys[0]) == kinds_and_names(doc.journeys[0])


def lane_document():
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)  # a touchpoint lane and a pain-point lane with a note
    return stack, doc.journey(ids["journey"])


def test_the_only_touchpoint_lane_is_neither_deleted_nor_hidden():
    stack, journey = lane_document()
    graph = journey.lanes[0]
    with pytest.raises(InvalidValue, match="only touchpoint lane"):
        stack.push(RemoveLane(graph.id))
    with pytest.raises(InvalidValue, match="stays visible"):
        stack.push(ShowLane(graph.id, False))
    assert journey.lanes[0] is graph and graph.visible
    second = add_lane(journey, "touchpoints")  # with a second one, either may be hidden
    stack.push(second)
    stack.push(ShowLane(graph.id, False))
    with pytest.raises(InvalidValue):
        stack.push(ShowLane(second.obj.id, False))  # but not both
    stack.push(RemoveLane(graph.id))
    assert [lane.kind for lane in journey.lanes] == ["pain_points", "touchpoints"]


def test_deleting_a_lane_takes_its_notes_in_one_step_and_undo_brings_them_back():
    stack, journey = lane_document()
    pains = journey.lanes[1]
    steps = stack.index
    stack.push(RemoveLane(pains.id))
    assert journey.notes == [] and [lane.kind for lane in journey.lanes] == ["touchpoints"]
    assert stack.index == steps + 1 and stack.texts()[-1] == "Delete lane ‘Pain points’"
    stack.undo()
    assert journey.lanes[1] is pains and journey.notes[0].text == "Waits 20 minutes"


def test_a_lane_added_below_another_is_named_in_the_journeys_language():
    stack, journey = lane_document()
    stack.push(add_lane(journey, "thoughts", after_id=journey.lanes[0].id))
    assert [lane.name for lane in journey.lanes] == ["Touchpoints", "Thoughts", "Pain points"]
    journey.language = "de"
    stack.push(add_lane(journey, "opportunities"))
    assert journey.lanes[-1].name == "Chancen"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.sampled_from((-1, 1))), max_size=8))
def test_moving_lanes_up_and_down_undoes_to_the_order_it_had(moves):
    stack, journey = lane_document()
    for kind in ("actions", "emotion", "support"):
        stack.push(add_lane(journey, kind))
    before, steps = [lane.id for lane in journey.lanes], stack.index
    for index, direction in moves:
        lane_id = journey.lanes[index].id
        if 0 <= index + direction < len(journey.lanes):
            stack.push(move_lane(journey, lane_id, direction))
            assert journey.lanes[index + direction].id == lane_id
        else:
            with pytest.raises(InvalidValue):  # past either end: refused, nothing recorded
                stack.push(move_lane(journey, lane_id, direction))
    while stack.index > steps:
        stack.undo()
    assert [lane.id for lane in journey.lanes] == before


def test_the_first_lane_of_a_journey_drawn_without_lanes_brings_the_touchpoint_lane():
    doc, stack, ids = small_document()
    journey = doc.journey(ids["journey"])
    stack.push(add_lane(journey, "pain_points"))
    assert [lane.kind for lane in journey.lanes] == ["touchpoints", "pain_points"]
    assert stack.texts()[-1] == "Add lane ‘Pain points’"
    stack.undo()  # one step
    assert journey.lanes == []

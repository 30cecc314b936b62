"""Create to-be from selected solutions: a to-be copy of the journey with the solutions'
touchpoints changed (their opportunity's effects as targets) or added, the solutions
recorded there, all in one step that undo takes back exactly."""

import copy

from builders import small_document, with_lanes, with_opportunity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import documents

from journeymap.model import AddObject, Effect, Link, Opportunity, SetFields, Solution
from journeymap.model.compare import ADDED, CHANGED, SAME, compare_journeys
from journeymap.model.problems import opportunity_problems
from journeymap.model.to_be import create_to_be, solutions_for


def planned_document():
    """small_document with the hotline opportunity; its solution "Callback button" is
    about the technician visit, and a second solution names no touchpoint."""
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    with_opportunity(doc, stack, ids)
    stack.push(SetFields(ids["solution"], {"touchpoint_ids": [ids["call"]]}))
    texting = Solution(ids["opportunity"], "Text the waiting time", "SMS with the queue length")
    stack.push(AddObject(texting))
    ids["texting"] = texting.id
    return doc, stack, ids


def test_the_to_be_copy_changes_the_named_touchpoints_and_adds_the_others():
    doc, stack, ids = planned_document()
    as_is = doc.journey(ids["journey"])
    solutions = [doc.get(ids["solution"]), doc.get(ids["texting"])]
    stack.push(create_to_be(doc, as_is, solutions))
    to_be = doc.journeys[1]
    assert (to_be.name, to_be.state) == ("Installation (to-be)", "to-be")
    assert doc.journeys[0] is as_is and len(as_is.touchpoints) == 3
    assert not to_be.measurements  # a plan: its figures come from a survey of its own
    call, new = to_be.touchpoints[0], to_be.touchpoints[-1]
    assert call.name == "Call hotline" and call.id != ids["call"]
    assert call.targets == {"csat": 85.0}  # the effect's target; the as-is keeps 80
    assert as_is.touchpoints[0].targets == {"csat": 80.0}
    # the new touchpoint stands in the stage of the opportunity's first linked touchpoint
    assert (new.name, new.stage_id, new.owner) == ("Text the waiting time",
                                                   to_be.stages[0].id, "Service team")  # fmt: skip
    assert new.targets == {"csat": 85.0} and new.notes == "SMS with the queue length"
    assert new.y > max(tp.y for tp in to_be.touchpoints[:2])  # below the booking cards
    button, texting = doc.get(ids["solution"]), doc.get(ids["texting"])
    assert (button.journey_id, button.touchpoint_ids) == (to_be.id, [call.id])
    assert (texting.journey_id, texting.touchpoint_ids) == (to_be.id, [new.id])
    assert opportunity_problems(doc) == []
    # the note about the hotline follows its touchpoint into the copy
    assert to_be.notes[0].touchpoint_ids == [call.id]


def test_the_comparison_shows_the_changed_target_and_the_added_touchpoint():
    doc, stack, ids = planned_document()
    as_is = doc.journey(ids["journey"])
    stack.push(create_to_be(doc, as_is, [doc.get(ids["solution"]), doc.get(ids["texting"])]))
    by_name = {d.name: d for d in compare_journeys(as_is, doc.journeys[1])}
    assert by_name["Call hotline"].status == CHANGED
    # the to-be plan has no survey yet: its scores are not compared, the target change shows
    assert by_name["Call hotline"].changes == ("target CSAT: 80 → 85",)
    assert by_name["Text the waiting time"].status == ADDED
    assert by_name["Technician visit"].status == SAME


def test_a_german_journey_gets_a_soll_copy_named_after_its_ist_name_and_never_twice():
    doc, stack, ids = planned_document()
    stack.push(SetFields(ids["journey"], {"language": "de", "name": "Installation (Ist)"}))
    as_is = doc.journey(ids["journey"])
    stack.push(create_to_be(doc, as_is, [doc.get(ids["solution"])]))
    stack.push(create_to_be(doc, as_is, [doc.get(ids["solution"])]))
    names = [j.name for j in doc.journeys]
    assert names == ["Installation (Ist)", "Installation (Soll 2)", "Installation (Soll)"]


def test_undo_takes_the_journey_away_and_restores_the_solutions_in_one_step():
    doc, stack, ids = planned_document()
    before = copy.deepcopy(doc)
    command = create_to_be(doc, doc.journey(ids["journey"]), list(doc.solutions))
    stack.push(command)
    assert str(command.text) == "Add journey ‘Installation (to-be)’"
    stack.undo()
    assert doc == before
    stack.redo()
    assert len(doc.journeys) == 2 and doc.get(ids["texting"]).journey_id == doc.journeys[1].id


@st.composite
def documents_with_solutions(draw):
    """A drawn document with opportunities about its first journey's touchpoints and
    effects on them, and solutions naming some of them or none."""
    doc = draw(documents().filter(lambda d: d.journeys and d.journeys[0].stages))
    journey = doc.journeys[0]
    tp_ids = [tp.id for tp in journey.touchpoints]
    some = st.lists(st.sampled_from(tp_ids), max_size=3) if tp_ids else st.just([])
    for _ in range(draw(st.integers(1, 3))):
        linked = draw(some)
        effects = [Effect(i, "csat", draw(st.integers(0, 100))) for i in draw(some)]
        opportunity = Opportunity("o", links=[Link("touchpoint", i) for i in linked],
                                  effects=effects, owner=draw(st.text(max_size=5)))  # fmt: skip
        doc.opportunities.append(opportunity)
        for _ in range(draw(st.integers(0, 2))):
            doc.solutions.append(Solution(opportunity.id, "s", touchpoint_ids=draw(some)))
    doc.reindex()
    return doc


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents_with_solutions())
def test_undo_of_create_to_be_restores_any_document_exactly(doc):
    before = copy.deepcopy(doc)
    command = create_to_be(doc, doc.journeys[0], list(doc.solutions))
    command.do(doc)
    to_be = doc.journeys[1]
    assert to_be.state == "to-be" and not to_be.measurements
    assert all(s.journey_id == to_be.id for s in doc.solutions)
    assert {i for s in doc.solutions for i in s.touchpoint_ids} <= {t.id for t in to_be.touchpoints}
    command.undo(doc)
    assert doc == before


def test_the_solutions_for_a_journey_are_those_whose_opportunity_addresses_it():
    doc, stack, ids = planned_document()
    as_is = doc.journey(ids["journey"])
    assert [s.id for s in solutions_for(doc, as_is)] == [ids["solution"], ids["texting"]]
    stack.push(create_to_be(doc, as_is, []))  # the copy: the links still name the as-is
    assert solutions_for(doc, doc.journeys[1]) == []
    stack.push(SetFields(ids["opportunity"], {"links": [Link("note", ids["note"])]}))
    assert len(solutions_for(doc, as_is)) == 2  # a pain-point note is the journey's too


def test_a_solution_realised_in_an_earlier_to_be_changes_the_touchpoints_of_its_names():
    doc, stack, ids = planned_document()
    as_is = doc.journey(ids["journey"])
    stack.push(create_to_be(doc, as_is, [doc.get(ids["solution"])]))
    stack.push(create_to_be(doc, as_is, [doc.get(ids["solution"])]))  # realised in the first
    second = doc.journeys[1]  # the newer copy stands right after the as-is journey
    assert second.name == "Installation (to-be 2)"
    assert [tp.name for tp in second.touchpoints] == [tp.name for tp in as_is.touchpoints]
    assert doc.get(ids["solution"]).touchpoint_ids == [second.touchpoints[0].id]
    assert second.touchpoints[0].targets == {"csat": 85.0}

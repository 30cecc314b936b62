"""Suggested opportunities: one small hand-drawn journey per rule (model/suggestions.py)."""

import copy

import pytest
from hypothesis import given

from journeymap.model import (
    AddObject,
    CommandStack,
    Document,
    Lane,
    Measurement,
    Note,
    SetFields,
)
from journeymap.model import suggestions as rules
from journeymap.model.figures import FigureView
from journeymap.model.report import gap_report
from journeymap.model.suggestions import SuggestedLink, suggest
from tests.builders import drawn_journey
from tests.strategies import documents

# CSAT answers giving a top-two-box share: 40 respondents each
CSAT_90 = {5: 36, 2: 4}
CSAT_70 = {4: 28, 2: 12}
CSAT_40 = {4: 16, 2: 24}
CSAT_20 = {4: 8, 1: 32}


def drawn(edges: str, language: str = "en", **attrs) -> tuple:
    """A drawn journey in a document, with the command stack that edits it."""
    journey = drawn_journey(edges, **attrs)
    journey.language = language
    doc = Document(journeys=[journey])
    return journey, CommandStack(doc)


def measure(journey, stack, tp, metric, counts, **fields) -> None:
    stack.push(AddObject(Measurement(tp, metric, counts, **fields), journey.id))


def of_rule(journey, rule, **options):
    return [s for s in suggest(journey, **options) if s.rule == rule]


def left_out_when_dismissed_or_taken_up(journey, key) -> None:
    """The team said no, or an opportunity came from it already: never suggested again."""
    assert key in {s.key for s in suggest(journey)}
    assert key not in {s.key for s in suggest(journey, dismissed=[key])}
    assert key not in {s.key for s in suggest(journey, already={key})}


def test_the_largest_gaps_by_priority_come_with_their_figures_and_make_room_when_dismissed():
    target = {"csat": 80.0}
    journey, stack = drawn("a>b b>c c>d", **{x: {"targets": target} for x in "abcd"})
    for tp, counts in zip("abcd", (CSAT_20, CSAT_40, CSAT_70, {4: 30, 2: 10}), strict=True):
        measure(journey, stack, tp, "csat", counts)
    pains = Lane("pain_points", "Pain points")
    note = Note(pains.id, "s-a", "Nobody calls back", touchpoint_ids=["a"])
    stack.push(AddObject(pains, journey.id))
    stack.push(AddObject(note, journey.id))

    found = of_rule(journey, "largest_gap")
    assert [s.key for s in found] == ["largest_gap:a:csat", "largest_gap:b:csat",
                                      "largest_gap:c:csat"]  # fmt: skip
    worst = found[0]
    assert worst.title == "Close the CSAT gap at ‘a’"
    assert worst.figures["gap"] == -60.0 and worst.figures["n"] == 40
    assert worst.figures["priority"] == 180.0 and "margin" in worst.figures
    assert "Number 1 of the gap report by priority (180.0)" in worst.description
    assert "20.0% against a target of 80.0%, a gap of -60.0 percentage points" in (
        worst.description
    )
    assert "n = 40, margin ± " in worst.description
    assert worst.links == (SuggestedLink("gap", "a", "csat"), SuggestedLink("touchpoint", "a"),
                           SuggestedLink("note", note.id))  # fmt: skip
    # 60 points of 100 x 4 x importance 3 / 5 = 144, capped; no volumes: business value 50
    assert (worst.customer_value, worst.business_value, worst.effort) == (100, 50, 3)
    # a dismissed gap makes room for the next largest, ranked as in the gap report
    after = of_rule(journey, "largest_gap", dismissed=["largest_gap:a:csat"])
    assert [s.key for s in after][-1] == "largest_gap:d:csat"
    assert "Number 4 of the gap report" in after[-1].description
    left_out_when_dismissed_or_taken_up(journey, "largest_gap:b:csat")


def test_suggestions_count_the_respondents_the_gap_report_counts():
    journey, stack = drawn("a>b", a={"targets": {"csat": 80.0}})
    measure(journey, stack, "a", "csat", CSAT_40, source="survey.csv")
    measure(journey, stack, "a", "csat", CSAT_20, segment="Business", source="survey.csv")
    # the unsegmented answers for all respondents (never added to the segment's), or the
    # segment's alone: as the gap report counts them
    for view, measured in ((FigureView(), 40.0), (FigureView("Business"), 20.0)):
        (row,) = gap_report(journey, view)
        (gap,) = of_rule(journey, "largest_gap", view=view)
        figures = (gap.figures["n"], gap.figures["measured"])
        assert figures == (row.n, row.measured) == (40, measured)


def test_a_busy_touchpoint_below_target_is_suggested_beside_the_largest_gaps():
    target = {"csat": 80.0}
    quiet = {"volume": 100, "importance": 5, "targets": target}
    journey, stack = drawn(
        "a>b b>c c>d d>e",
        a={"volume": 1000, "importance": 1, "targets": target},
        b=quiet, c=quiet, d=quiet,
        e={"volume": 100, "importance": 1, "targets": target},
    )  # fmt: skip
    for tp, counts in zip("abcde", (CSAT_70, CSAT_20, CSAT_20, CSAT_20, CSAT_70), strict=True):
        measure(journey, stack, tp, "csat", counts)
    assert {s.key for s in of_rule(journey, "largest_gap")} == {
        "largest_gap:b:csat", "largest_gap:c:csat", "largest_gap:d:csat"
    }  # fmt: skip
    (busy,) = of_rule(journey, "below_target_high_volume")  # not e: it is quiet
    assert busy.key == "below_target_high_volume:a:csat"
    assert busy.title == "Raise CSAT at the busy touchpoint ‘a’"
    assert busy.figures["volume"] == 1000 and busy.figures["volume_factor"] == 3.57
    assert "‘a’ handles 1,000 contacts a month, 3.6 times the journey's average" in (
        busy.description
    )
    assert busy.business_value == 100 and busy.links[0] == SuggestedLink("gap", "a", "csat")
    left_out_when_dismissed_or_taken_up(journey, busy.key)


def test_a_loop_of_repeat_contacts_suggests_proactive_contact_with_the_share_in_the_loop():
    journey, stack = drawn("a>b b>c c>b c>d", exits="d")
    stack.push(SetFields("cb2", {"share": 0.3}))
    stack.push(SetFields("cd3", {"share": 0.7}))
    (loop,) = of_rule(journey, "repeat_contact_loop")
    assert loop.key == "repeat_contact_loop:cb2"
    assert loop.title == "Proactive contact before customers must come back to ‘b’"
    assert loop.description.startswith("30% of customers come back to ‘b’")
    assert loop.figures == {"touchpoint": "b", "share_in_loop": 0.3, "loop_touchpoints": 2}
    assert loop.links == (SuggestedLink("transition", "cb2"), SuggestedLink("touchpoint", "b"),
                          SuggestedLink("touchpoint", "c"))  # fmt: skip
    assert (loop.customer_value, loop.effort) == (60, 3)  # 200 x the share
    left_out_when_dismissed_or_taken_up(journey, loop.key)
    # a loop that hardly anyone takes is left alone
    stack.push(SetFields("cb2", {"share": 0.04}))
    assert of_rule(journey, "repeat_contact_loop") == []


def test_a_handoff_with_low_satisfaction_on_one_side_suggests_breaking_the_silo(monkeypatch):
    happy = {"emotion": 2}
    journey, stack = drawn(
        "a>b b>c c>d",
        a={"owner": "Service team"}, b={"owner": "Field technicians"},
        c={"owner": "Field technicians", **happy}, d={"owner": "Billing", **happy},
    )  # fmt: skip
    measure(journey, stack, "a", "csat", CSAT_90)
    measure(journey, stack, "b", "csat", CSAT_40)
    (silo,) = of_rule(journey, "silo_handoff")  # not b>c (one owner), nor c>d (both happy)
    assert silo.key == "silo_handoff:ab0"
    assert silo.title == "Break the silo at the handoff from Service team to Field technicians"
    assert "satisfaction is low on one side: 90% at ‘a’, 40% at ‘b’ (below 60%)" in (
        silo.description
    )
    assert silo.figures["from_owner"] == "Service team"
    assert (silo.figures["from_satisfaction"], silo.figures["to_satisfaction"]) == (0.9, 0.4)
    assert silo.links == (SuggestedLink("transition", "ab0"), SuggestedLink("touchpoint", "a"),
                          SuggestedLink("touchpoint", "b"))  # fmt: skip
    assert (silo.customer_value, silo.effort) == (60, 4)  # 100 x (1 - the lower side)
    left_out_when_dismissed_or_taken_up(journey, silo.key)
    # only the lowest few are suggested; a dismissed one makes room for the next
    stack.push(SetFields("d", {"emotion": -2}))
    monkeypatch.setattr(rules, "MAX_HANDOFFS", 1)
    assert [s.key for s in of_rule(journey, "silo_handoff")] == ["silo_handoff:cd2"]
    dismissed = of_rule(journey, "silo_handoff", dismissed=["silo_handoff:cd2"])
    assert [s.key for s in dismissed] == ["silo_handoff:ab0"]


def test_a_channel_break_on_the_worst_path_is_suggested_and_one_elsewhere_is_not():
    journey, _ = drawn(
        "a>b a>c b>d c>d", entries="a", exits="d",
        a={"channel": "phone"}, b={"channel": "phone", "emotion": -2},
        c={"channel": "email", "emotion": 2}, d={"channel": "letter"},
    )  # fmt: skip
    (bridge,) = of_rule(journey, "channel_break_worst_path")  # not a>c or c>d: a better path
    assert bridge.key == "channel_break_worst_path:bd2"
    assert bridge.title == (
        "Bridge the channel break from Phone / call centre to Letter on the worst path"
    )
    assert bridge.figures["worst_path_steps"] == 3
    assert bridge.figures["worst_path_satisfaction"] == pytest.approx(1 / 3, abs=1e-4)
    assert "The worst path (3 touchpoints, mean satisfaction 33%, taken by 50% of customers)" in (
        bridge.description
    )
    assert bridge.links[0] == SuggestedLink("transition", "bd2")
    assert bridge.customer_value == 67  # 100 x (1 - the worst path's satisfaction)
    left_out_when_dismissed_or_taken_up(journey, bridge.key)


def test_gaps_without_an_expectation_or_with_a_promised_figure_suggest_managing_it():
    target = {"csat": 80.0}
    journey, stack = drawn(
        "a>b b>c c>d",
        a={"targets": target}, b={"targets": target, "expectation": "Technician within 5-8 days"},
        c={"targets": target, "expectation": "Friendly staff"}, d={"targets": target},
    )  # fmt: skip
    for tp, counts in zip("abcd", (CSAT_40, CSAT_70, CSAT_40, CSAT_90), strict=True):
        measure(journey, stack, tp, "csat", counts)
    found = {s.key: s for s in of_rule(journey, "expectation_gap")}
    # not c (its expectation names no figure), nor d (at target)
    assert set(found) == {"expectation_gap:a", "expectation_gap:b"}
    empty, promised = found["expectation_gap:a"], found["expectation_gap:b"]
    assert empty.title == "Manage the expectation at ‘a’"
    assert empty.description.startswith("No expectation is recorded at ‘a’")
    assert promised.description.startswith(
        "The expectation at ‘b’ promises a figure (‘Technician within 5-8 days’), and CSAT "
        "falls short of its target: 70.0% against 80.0%"
    )
    assert promised.figures["expectation"] == "Technician within 5-8 days"
    assert promised.links[0] == SuggestedLink("gap", "b", "csat")
    assert (promised.effort, promised.customer_value) == (2, 24)  # 10 x 4 x 3 / 5
    left_out_when_dismissed_or_taken_up(journey, "expectation_gap:b")


def test_many_detractors_at_a_touchpoint_suggest_a_follow_up():
    journey, stack = drawn("a>b b>c")
    measure(journey, stack, "a", "nps", {0: 20, 5: 10, 9: 30, 10: 40})  # 30 % detractors
    measure(journey, stack, "b", "nps", {6: 10, 9: 90})  # 10 %, 10 of them
    measure(journey, stack, "c", "nps", {3: 60, 9: 440})  # 12 %, but 60 of them
    found = {s.key: s for s in of_rule(journey, "detractors")}
    assert set(found) == {"detractors:a", "detractors:c"}
    follow = found["detractors:a"]
    assert follow.title == "Follow up with the detractors of ‘a’"
    assert follow.figures == {"touchpoint": "a", "detractor_share": 30.0, "detractors": 30,
                              "n": 100, "nps": 40.0}  # fmt: skip
    assert "30% of the NPS answers at ‘a’ are detractors (0-6), about 30 of 100" in (
        follow.description
    )
    assert follow.links == (SuggestedLink("touchpoint", "a", "nps"),)
    assert (follow.customer_value, follow.effort) == (60, 2)
    left_out_when_dismissed_or_taken_up(journey, "detractors:c")


def test_a_german_journey_gets_german_titles_and_decimal_commas():
    journey, stack = drawn("a>b", language="de", a={"targets": {"csat": 80.0}})
    measure(journey, stack, "a", "csat", {4: 23, 2: 17})  # 57.5 %
    measure(journey, stack, "b", "nps", {0: 40, 10: 10})
    gap = of_rule(journey, "largest_gap")[0]
    assert gap.title == "CSAT-Lücke bei „a“ schließen"
    assert "bei 57,5 % und damit unter dem Zielwert von 80,0 %, eine Lücke von -22,5 " \
        "Prozentpunkten (n = 40, Fehlermarge ± " in gap.description  # fmt: skip
    (follow,) = of_rule(journey, "detractors")
    assert follow.title == "Bei den Detraktoren von „b“ nachfassen"
    assert follow.description.startswith("80 % der NPS-Antworten bei „b“ kommen von Detraktoren")
    assert "(NPS -60,0)" in follow.description


def test_the_same_evidence_gives_the_same_keys_and_the_strongest_come_first():
    target = {"csat": 80.0}
    journey, stack = drawn("a>b b>c c>a", a={"targets": target, "owner": "Sales"},
                           b={"owner": "Service"})  # fmt: skip
    measure(journey, stack, "a", "csat", CSAT_40)
    measure(journey, stack, "a", "nps", {0: 40, 10: 10})
    first = suggest(journey)
    assert [s.key for s in first] == [s.key for s in suggest(copy.deepcopy(journey))]
    # new answers change the figures, not what the suggestions are about
    stack.push(SetFields(journey.measurements[0].id, {"counts": CSAT_20}))
    assert sorted(s.key for s in suggest(journey)) == sorted(s.key for s in first)
    strengths = [s.strength for s in first]
    assert strengths == sorted(strengths, reverse=True) and len(set(s.rule for s in first)) > 2
    for s in first:  # mean value per point of effort
        assert s.strength == (s.customer_value + s.business_value) / 2 / s.effort
        assert 0 <= s.customer_value <= 100 and 0 <= s.business_value <= 100
        assert 1 <= s.effort <= 5


def test_a_gap_of_few_responses_says_it_is_low_confidence():
    journey, stack = drawn("a>b", a={"targets": {"csat": 80.0}})
    measure(journey, stack, "a", "csat", {4: 2, 2: 8})
    (gap,) = of_rule(journey, "largest_gap")
    assert gap.description.endswith("(n = 10, margin ± 22.7). Low confidence: fewer than 30 "
                                    "responses.")  # fmt: skip
    assert gap.figures["low_confidence"] == "yes"


def test_a_journey_without_touchpoints_or_entries_suggests_nothing_rather_than_failing():
    journey, _ = drawn("a>b b>a")  # a circle: nothing leads in, so no entry
    assert suggest(journey) == []
    journey.touchpoints.clear()
    journey.transitions.clear()
    assert suggest(journey) == []


@given(doc=documents())
def test_every_document_the_formats_hold_gets_valid_suggestions(doc):
    for journey in doc.journeys:
        found = suggest(journey)
        assert len({s.key for s in found}) == len(found)
        ids = {tp.id for tp in journey.touchpoints} | {t.id for t in journey.transitions}
        ids |= {n.id for n in journey.notes}
        for s in found:
            assert s.rule in rules.RULES and s.key.startswith(s.rule + ":") and s.title
            assert {link.id for link in s.links} <= ids
            assert 0 <= s.customer_value <= 100 and 0 <= s.business_value <= 100

"""Graph analysis on small journeys drawn by hand."""

import pytest

from journeymap.model import Measurement, Stage, Touchpoint, Transition
from journeymap.model.graph import analyze, graph_problems
from tests.builders import drawn_journey


def kinds(problems):
    return sorted((p.kind, p.touchpoint_ids[0]) for p in problems)


def test_a_clean_linear_journey_has_no_problems_and_one_certain_path():
    journey = drawn_journey("a>b b>c", exits="c")
    result = analyze(journey)
    assert result.problems == [] and result.paths_complete
    assert [(p.touchpoint_ids, p.probability) for p in result.paths] == [(("a", "b", "c"), 1.0)]


def test_validation_finds_unreachable_dead_ends_and_overfull_shares():
    journey = drawn_journey("a>b a>c x>y y>x", entries="a", exits="b")
    journey.transitions[0].share = 0.7
    journey.transitions[1].share = 0.6
    assert kinds(graph_problems(journey)) == [
        ("dead_end", "c"),
        ("share_overflow", "a"),
        ("unreachable", "x"),
        ("unreachable", "y"),
    ]


def test_without_marked_entries_the_touchpoints_nothing_leads_to_are_entries():
    journey = drawn_journey("a>b b>c", exits="c")
    journey.touchpoints[0].entry = False
    assert graph_problems(journey) == []
    circle = drawn_journey("a>b b>a")
    assert [p.kind for p in graph_problems(circle)] == ["no_entry"]


def test_paths_carry_probabilities_from_shares_and_split_the_rest_evenly():
    # a branches: 50 % to b (stated), the rest split between c and d
    journey = drawn_journey("a>b a>c a>d b>e c>e d>e", exits="e")
    journey.transitions[0].share = 0.5
    paths = {p.touchpoint_ids: p.probability for p in analyze(journey).paths}
    assert paths == pytest.approx(
        {("a", "b", "e"): 0.5, ("a", "c", "e"): 0.25, ("a", "d", "e"): 0.25}
    )
    assert next(iter(paths)) == ("a", "b", "e")  # most probable first


def test_loops_are_repeat_contacts_with_the_transition_leading_back():
    # the customer calls (b), is told to wait (c) and calls again (c>b)
    journey = drawn_journey("a>b b>c c>b c>d", exits="d")
    result = analyze(journey)
    assert [(loop.touchpoint_ids, loop.back_transition_ids) for loop in result.loops] == [
        (("b", "c"), ("cb2",))
    ]
    assert [p.touchpoint_ids for p in result.paths] == [("a", "b", "c", "d")]
    assert result.problems == []


def test_the_transition_that_leads_back_to_an_earlier_stage_is_the_loop_edge():
    # c (stage 3) leads back to b (stage 2), whatever order a search would visit them in
    journey = drawn_journey("a>b b>c c>b c>d", exits="d")
    journey.transitions.insert(0, journey.transitions.pop(2))
    (loop,) = analyze(journey).loops
    assert loop.back_transition_ids == ("cb2",)


def test_self_loop_is_a_loop():
    journey = drawn_journey("a>b b>b b>c", exits="c")
    assert [loop.touchpoint_ids for loop in analyze(journey).loops] == [("b",)]


def test_handoffs_and_channel_breaks_name_the_touchpoints_involved():
    journey = drawn_journey(
        "a>b b>c c>d",
        exits="d",
        a={"owner": "Service", "channel": "phone"},
        b={"owner": "Service", "channel": "email"},
        c={"owner": "Technicians", "channel": "email"},
        d={"owner": "", "channel": "other", "channel_other": "Fax"},
    )
    result = analyze(journey)
    assert [(h.source, h.target, h.before, h.after) for h in result.handoffs] == [
        ("b", "c", "Service", "Technicians")
    ]
    assert sorted((c.source, c.target) for c in result.channel_breaks) == [("a", "b"), ("c", "d")]


def test_worst_path_has_the_lowest_mean_satisfaction():
    # two ways from a to d: via b (emotion -2) or via c1, c2 (emotions 0 and +2)
    journey = drawn_journey(
        "a>b a>c1 c1>c2 b>d c2>d",
        exits="d",
        a={"emotion": 0},
        b={"emotion": -2},
        c1={"emotion": 0},
        c2={"emotion": 2},
        d={"emotion": 0},
    )
    worst = analyze(journey).worst_path
    assert worst.touchpoint_ids == ("a", "b", "d")
    assert worst.satisfaction == pytest.approx((0.5 + 0 + 0.5) / 3)


def test_worst_path_prefers_measured_satisfaction_over_emotion():
    journey = drawn_journey("a>b a>c b>d c>d", exits="d", b={"emotion": -1}, c={"emotion": 2})
    # c feels good, but its customers are measured unhappy: CSAT 0 %
    journey.measurements.append(Measurement("c", "csat", {1: 40}))
    assert analyze(journey).worst_path.touchpoint_ids == ("a", "c", "d")


def test_emotion_curve_gives_mean_low_and_high_per_stage_in_order():
    journey = drawn_journey("a>b", exits="b", a={"emotion": 2}, b={"emotion": -1})
    journey.touchpoints.append(Touchpoint("s-a", name="a2", emotion=-2, exit=True))
    journey.stages.append(Stage("Empty", id="s-empty"))
    curve = analyze(journey).emotion_curve
    assert [(p.stage, p.touchpoints, p.emotion, p.lowest, p.highest) for p in curve] == [
        ("Stage a", 2, 0.0, -2, 2),
        ("Stage b", 1, -1.0, -1, -1),
        ("Empty", 0, None, None, None),
    ]


def test_most_travelled_touchpoints_follow_the_flow_of_customers():
    journey = drawn_journey("a>b a>c b>d c>d", exits="d")
    journey.transitions[0].share = 0.9
    journey.transitions[1].share = 0.1
    result = analyze(journey)
    assert result.reach["b"] == pytest.approx(0.9) and result.reach["d"] == pytest.approx(1.0)
    assert result.most_travelled[:3] == ["a", "d", "b"]


def test_parallel_transitions_between_the_same_touchpoints_add_their_shares():
    journey = drawn_journey("a>b a>c", exits="b c")
    journey.transitions += [Transition("a", "b", 0.3), Transition("a", "b", 0.3)]
    journey.transitions[0].share = None
    paths = {p.touchpoint_ids: p.probability for p in analyze(journey).paths}
    assert paths[("a", "b")] == pytest.approx(0.6)
    assert paths[("a", "c")] == pytest.approx(0.4)


def test_analysis_of_the_large_benchmark_journey_finds_paths_and_loops():
    from benchmarks.generate import build_large_document

    doc, _ = build_large_document(stages=10, touchpoints=200, transitions=300)
    result = analyze(doc.journeys[0])
    assert result.problems == []
    assert len(result.paths) == 50 and not result.paths_complete  # there are more
    probabilities = [p.probability for p in result.paths]
    assert probabilities == sorted(probabilities, reverse=True)
    assert result.loops and result.worst_path is not None


def test_comparing_as_is_with_to_be_finds_added_removed_and_changed_touchpoints():
    from journeymap.model.clipboard import duplicate_journey
    from journeymap.model.compare import compare_journeys

    before = drawn_journey("a>b b>c", exits="c", a={"targets": {"csat": 70.0}})
    before.measurements.append(Measurement("b", "csat", {5: 10, 1: 10}))
    after = duplicate_journey(before, "to-be")
    by_name = {tp.name: tp for tp in after.touchpoints}
    by_name["a"].targets = {"csat": 85.0}
    by_name["b"].owner = "Service"
    after.measurements[0].counts = {5: 18, 1: 2}
    after.touchpoints.remove(by_name["c"])
    after.touchpoints.append(Touchpoint(after.stages[0].id, name="d"))
    result = {d.name: d for d in compare_journeys(before, after)}
    assert result["a"].status == "changed" and result["a"].changes == ("target CSAT: 70 → 85",)
    assert result["b"].changes == ("owner:  → Service", "CSAT: 50.0 → 90.0")
    assert result["c"].status == "removed" and result["d"].status == "added"
    assert compare_journeys(before, before)[0].status == "same"


def test_the_worst_path_ends_at_the_first_exit_like_every_path():
    journey = drawn_journey("a>b b>c", exits="b c", c={"emotion": -2})
    result = analyze(journey)
    assert [p.touchpoint_ids for p in result.paths] == [("a", "b")]
    assert result.worst_path.touchpoint_ids == ("a", "b")

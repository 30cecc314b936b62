"""Every respondent counted once, with the weight the survey gave them (model/figures.py,
model/metrics.py; docs/metrics.md "Segments and sources" and "Weights")."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.model import Journey, Measurement, Stage, Touchpoint
from journeymap.model.figures import (
    ALL_RESPONDENTS,
    FigureView,
    overlaps,
    responses_of,
    select_measurements,
    sources,
)
from journeymap.model.metrics import Responses, pool, score
from journeymap.model.problems import journey_problems
from journeymap.model.report import gap_report
from journeymap.model.vocabulary import SCALES


def journey_with(*measurements_of) -> tuple[Journey, Touchpoint]:
    stage = Stage("Use")
    tp = Touchpoint(stage.id, "Hotline", targets={"csat": 80.0})
    journey = Journey("J", stages=[stage], touchpoints=[tp])
    journey.measurements = [make(tp.id) for make in measurements_of]
    return journey, tp


def csat_row(journey, view=ALL_RESPONDENTS):
    (row,) = [r for r in gap_report(journey, view) if r.metric == "csat"]
    return row


def test_the_issue_example_an_unsplit_and_a_split_import_are_not_added_together():
    # a 100-response overall measurement and a 40-response "Business" one of one survey
    journey, tp = journey_with(
        lambda tp: Measurement(tp, "csat", {4: 60, 2: 40}, "", "survey.csv"),
        lambda tp: Measurement(tp, "csat", {5: 40}, "Business", "survey.csv"),
    )
    assert csat_row(journey).n == 100  # not 140
    assert csat_row(journey, FigureView("Business")).n == 40
    assert overlaps(journey) == [(tp.id, "csat", "survey.csv")]
    assert [p.kind for p in journey_problems(journey) if p.kind == "segments_overlap"] == [
        "segments_overlap"
    ]


def test_segments_of_one_survey_add_up_to_all_respondents_unknown_included():
    journey, _ = journey_with(
        lambda tp: Measurement(tp, "csat", {5: 30, 1: 10}, "Business", "s.csv"),
        lambda tp: Measurement(tp, "csat", {4: 50}, "Private", "s.csv"),
        lambda tp: Measurement(tp, "csat", {2: 10}, "", "s.csv", segmented=True),
    )
    overall = csat_row(journey)
    assert (overall.n, overall.measured) == (100, 80.0)
    assert csat_row(journey, FigureView("")).n == 10  # segment unknown is a choice of its own
    assert overlaps(journey) == []


def test_two_waves_are_pooled_and_one_can_be_chosen():
    journey, _ = journey_with(
        lambda tp: Measurement(tp, "csat", {5: 20}, "", "wave1.csv"),
        lambda tp: Measurement(tp, "csat", {1: 20}, "", "wave2.csv"),
    )
    assert sources(journey) == ["wave1.csv", "wave2.csv"]
    assert csat_row(journey).n == 40 and csat_row(journey).sources == ("wave1.csv", "wave2.csv")
    assert csat_row(journey, FigureView(source="wave2.csv")).measured == 0.0


# ---- weights -------------------------------------------------------------------------

respondents = st.lists(
    st.tuples(st.integers(1, 5), st.floats(0.05, 20, allow_nan=False)), min_size=2, max_size=60
)


def weighted_responses(answers: list[tuple[int, float]]) -> Responses:
    counts: dict[int, float] = {}
    for answer, weight in answers:
        counts[answer] = counts.get(answer, 0) + weight
    total = sum(w for _, w in answers)
    return Responses(counts, len(answers), total**2 / sum(w * w for _, w in answers))


@settings(max_examples=200, deadline=None)
@given(answers=respondents)
def test_weighted_csat_matches_a_computation_respondent_by_respondent(answers):
    result = score("csat", weighted_responses(answers))
    total = sum(w for _, w in answers)
    share = sum(w for a, w in answers if a >= 4) / total
    n_eff = total**2 / sum(w * w for _, w in answers)
    assert result.n == len(answers)
    assert math.isclose(result.value, share * 100, rel_tol=1e-9, abs_tol=1e-9)
    assert math.isclose(result.n_eff, n_eff, rel_tol=1e-9)
    z = 1.96  # the Wilson interval on the effective sample size
    centre = (share + z * z / (2 * n_eff)) / (1 + z * z / n_eff)
    half = z * math.sqrt(share * (1 - share) / n_eff + z * z / (4 * n_eff**2)) / (1 + z * z / n_eff)
    low, high = max(0, centre - half), min(1, centre + half)
    assert math.isclose(result.margin, (high - low) * 50, rel_tol=1e-9, abs_tol=1e-9)
    assert result.low_confidence == (n_eff < 30)
    mean = sum(a * w for a, w in answers) / total
    assert math.isclose(result.mean, mean, rel_tol=1e-9)


@settings(max_examples=200, deadline=None)
@given(answers=respondents)
def test_weighted_ces_variance_carries_the_small_sample_correction_on_n_eff(answers):
    answers = [(a + 1, w) for a, w in answers]  # 2-6 on the CES scale
    result = score("ces", weighted_responses(answers))
    total = sum(w for _, w in answers)
    n_eff = total**2 / sum(w * w for _, w in answers)
    mean = sum(a * w for a, w in answers) / total
    variance = sum(w * (a - mean) ** 2 for a, w in answers) / total * n_eff / (n_eff - 1)
    if n_eff > 1:
        expected = 1.96 * math.sqrt(variance) / math.sqrt(n_eff)
        assert math.isclose(result.margin, expected, rel_tol=1e-7, abs_tol=1e-9)


@given(counts=st.dictionaries(st.integers(0, 10), st.integers(0, 300), min_size=1, max_size=11))
def test_all_weights_one_give_exactly_the_unweighted_figures(counts):
    for metric, (low, high) in SCALES.items():
        plain = {a: c for a, c in counts.items() if low <= a <= high and c}
        answers = [(a, 1.0) for a, c in plain.items() for _ in range(c)]
        if answers:
            assert score(metric, weighted_responses(answers)) == score(metric, plain)


@settings(max_examples=100, deadline=None)
@given(answers=respondents, cut=st.integers(1, 59))
def test_pooling_parts_equals_counting_all_respondents_at_once(answers, cut):
    cut = min(cut, len(answers) - 1)
    parts = [weighted_responses(answers[:cut]), weighted_responses(answers[cut:])]
    pooled, whole = pool(parts), weighted_responses(answers)
    assert pooled.respondents == whole.respondents
    assert math.isclose(pooled.effective_n, whole.effective_n, rel_tol=1e-9)
    for answer in range(1, 6):
        assert math.isclose(pooled.counts.get(answer, 0), whole.counts.get(answer, 0),
                            rel_tol=1e-9, abs_tol=1e-9)  # fmt: skip


def test_a_weighted_measurement_is_selected_with_its_respondents():
    weighted = Measurement("tp", "csat", {4: 12.5, 2: 7.5}, "", "w.csv",
                           respondents=10, effective_n=8.0)  # fmt: skip
    assert weighted.weighted and responses_of(weighted) == Responses({2: 7.5, 4: 12.5}, 10, 8.0)
    journey, _ = journey_with(lambda tp: Measurement(tp, "csat", {4: 12.5, 2: 7.5}, "", "w.csv",
                                                     respondents=10, effective_n=8.0))  # fmt: skip
    (found,) = select_measurements(journey).values()
    assert found.responses == Responses({2: 7.5, 4: 12.5}, 10, 8.0)
    row = csat_row(journey)
    assert (row.n, row.n_eff, row.measured, row.weighted) == (10, 8.0, 62.5, True)

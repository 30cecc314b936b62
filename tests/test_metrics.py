"""CX metrics against figures computed by hand (see docs/metrics.md)."""

import pytest

from journeymap.model.metrics import (
    Responses,
    ces,
    csat,
    gap,
    nps,
    pool,
    priority,
    score,
    wilson_interval,
)
from journeymap.model.validation import InvalidValue


def test_csat_is_top_two_box_share_with_wilson_interval_and_mean():
    result = csat({1: 2, 2: 3, 3: 5, 4: 6, 5: 4})
    assert result.n == 20
    assert result.value == pytest.approx(50.0)
    assert result.mean == pytest.approx(3.35)
    # Wilson, p = 0.5, n = 20: centre 0.5, half-width 0.200707
    assert result.ci_low == pytest.approx(29.93, abs=0.01)
    assert result.ci_high == pytest.approx(70.07, abs=0.01)
    assert result.margin == pytest.approx(20.07, abs=0.01)
    assert result.low_confidence


def test_wilson_interval_stays_inside_zero_and_one_at_the_extremes():
    low, high = wilson_interval(1.0, 10)
    assert high == 1.0 and 0.69 < low < 0.73  # 0.7225 by hand


def test_nps_is_promoters_minus_detractors_with_its_margin():
    result = nps({10: 30, 9: 20, 8: 15, 7: 10, 6: 10, 3: 10, 0: 5})
    assert result.n == 100
    assert result.promoters == pytest.approx(50.0)
    assert result.detractors == pytest.approx(25.0)
    assert result.value == pytest.approx(25.0)
    # 1.96 * sqrt((0.5 + 0.25 - 0.25**2) / 100) * 100
    assert result.margin == pytest.approx(16.2515, abs=1e-3)
    assert not result.low_confidence


def test_nps_of_only_detractors_is_minus_100_with_no_spread():
    result = nps({0: 10, 6: 25})
    assert result.value == -100.0
    assert result.margin == 0.0
    assert result.ci_low == -100.0


def test_ces_is_the_mean_with_agreement_share_and_margin():
    result = ces({7: 10, 5: 10, 3: 10, 1: 10})
    assert result.value == pytest.approx(4.0)
    assert result.agree == pytest.approx(50.0)
    # sample sd = sqrt(200 / 39) = 2.26455; margin = 1.96 * sd / sqrt(40)
    assert result.margin == pytest.approx(0.70180, abs=1e-4)


@pytest.mark.parametrize("metric", ["csat", "nps", "ces"])
def test_no_responses_give_no_figure_but_a_low_confidence_flag(metric):
    result = score(metric, {})
    assert result.n == 0 and result.value is None and result.margin is None
    assert result.low_confidence


@pytest.mark.parametrize(
    ("metric", "counts"),
    [
        ("csat", {6: 1}),
        ("csat", {0: 3}),
        ("nps", {11: 1}),
        ("nps", {-1: 2}),
        ("ces", {8: 1}),
        ("ces", {4: -1}),
        ("csat", {2.5: 1}),
        ("nps", {5: 1.5}),
    ],
)
def test_out_of_scale_answers_and_bad_counts_are_rejected(metric, counts):
    with pytest.raises(InvalidValue):
        score(metric, counts)


def test_unknown_metric_is_rejected():
    with pytest.raises(ValueError, match="unknown metric"):
        score("ltv", {1: 1})


def test_low_confidence_threshold_is_30_responses():
    assert csat({5: 29}).low_confidence
    assert not csat({5: 30}).low_confidence


def test_gap_is_measured_minus_target():
    assert gap(70.0, 80.0) == -10.0
    assert gap(None, 80.0) is None and gap(70.0, None) is None


def test_priority_weights_the_shortfall_by_importance_and_volume():
    # 10 CSAT points short = 10 % of the range, importance 5, average volume: 50
    assert priority("csat", -10.0, 5, 1.0) == 50.0
    # 20 NPS points short = 10 % of the 200-point range, importance 2, double volume: 40
    assert priority("nps", -20.0, 2, 2.0) == 40.0
    # 0.6 CES points short = 10 % of the 6-point range
    assert priority("ces", -0.6, 1, 1.0) == pytest.approx(10.0)
    assert priority("csat", 5.0, 5, 1.0) == 0.0
    assert priority("csat", None, 5, 1.0) == 0.0


def test_pool_adds_distributions():
    pooled = pool([Responses.unweighted({1: 2, 5: 1}), Responses.unweighted({5: 3, 4: 1})])
    assert pooled == Responses({1: 2, 4: 1, 5: 4}, 7, 7.0)


def test_gap_ratings_use_a_tenth_of_the_metric_range_for_red():
    from journeymap.model.rating import gap_rating, worst_rating

    assert gap_rating("csat", -10.0) == "amber" and gap_rating("csat", -10.5) == "red"
    assert gap_rating("nps", -19.0) == "amber" and gap_rating("nps", -21.0) == "red"
    assert gap_rating("ces", 0.0) == "green" and gap_rating("ces", None) == "grey"
    assert worst_rating(["green", "amber", "grey"]) == "amber"
    assert worst_rating([]) == "grey"

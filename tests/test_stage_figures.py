"""The metrics lane's figures: each stage's CSAT/NPS/CES weighted by its touchpoints'
volumes, with n and the gap to the likewise weighted target (checked by hand)."""

import pytest

from journeymap.model import Journey, Measurement, Stage, Touchpoint
from journeymap.model.figures import FigureView
from journeymap.model.stage_figures import stage_figures


def two_stage_journey() -> tuple[Journey, Stage, Stage]:
    """Booking: a hotline (volume 300, CSAT 80 %, target 90) and a web form (volume 100,
    CSAT 50 %, target 70), and a letter without answers; Visit: two touchpoints without
    volumes, CSAT 100 % and 0 %, no targets."""
    booking, visit = Stage("Booking"), Stage("Visit")
    hotline = Touchpoint(booking.id, "Hotline", volume=300, targets={"csat": 90.0})
    form = Touchpoint(booking.id, "Web form", volume=100, targets={"csat": 70.0})
    letter = Touchpoint(booking.id, "Letter", volume=5000, targets={"csat": 10.0})
    arrive, leave = Touchpoint(visit.id, "Arrive"), Touchpoint(visit.id, "Leave")
    measurements = [
        Measurement(hotline.id, "csat", {5: 8, 2: 2}),  # 80 %
        Measurement(form.id, "csat", {4: 5, 1: 5}),  # 50 %
        Measurement(hotline.id, "nps", {10: 6, 0: 4}),  # 60 % promoters - 40 % detractors
        Measurement(arrive.id, "csat", {5: 10}),
        Measurement(leave.id, "csat", {1: 30}),
    ]
    journey = Journey("Support", stages=[booking, visit],
                      touchpoints=[hotline, form, letter, arrive, leave],
                      measurements=measurements)  # fmt: skip
    return journey, booking, visit


def test_a_stage_figure_is_weighted_by_volume_and_so_is_its_target():
    journey, booking, _ = two_stage_journey()
    figures = stage_figures(journey)
    csat, nps = figures[booking.id]
    # (80 x 300 + 50 x 100) / 400; the letter has no answers, so neither its volume nor
    # its target counts
    assert csat.metric == "csat"
    assert csat.value == pytest.approx(72.5)
    assert csat.target == pytest.approx((90 * 300 + 70 * 100) / 400)  # 85
    assert csat.gap == pytest.approx(-12.5)
    assert csat.n == 20  # the respondents of both
    assert (nps.metric, nps.n, nps.target, nps.gap) == ("nps", 10, None, None)
    assert nps.value == pytest.approx(20.0)


def test_without_volumes_the_touchpoints_count_equally():
    journey, _, visit = two_stage_journey()
    (csat,) = stage_figures(journey)[visit.id]
    assert (csat.value, csat.n, csat.gap) == (50.0, 40, None)  # (100 + 0) / 2, not by n


def test_a_segment_counts_only_its_answers():
    stage = Stage("Use")
    hotline = Touchpoint(stage.id, "Hotline", targets={"csat": 80.0})
    app = Touchpoint(stage.id, "App")
    split = [
        Measurement(hotline.id, "csat", {4: 10}, "Business", "wave1.csv", segmented=True),
        Measurement(hotline.id, "csat", {1: 30}, "Private", "wave1.csv", segmented=True),
        Measurement(app.id, "csat", {2: 5, 5: 15}, "Private", "wave1.csv", segmented=True),
    ]
    journey = Journey("Support", stages=[stage], touchpoints=[hotline, app], measurements=split)
    (everyone,) = stage_figures(journey)[stage.id]
    # the hotline 10 of 40 (25 %), the app 15 of 20 (75 %), counting equally
    assert (everyone.value, everyone.n, everyone.gap) == (50.0, 60, -30.0)
    (business,) = stage_figures(journey, FigureView("Business"))[stage.id]
    assert (business.value, business.n, business.target, business.gap) == (100.0, 10, 80.0, 20.0)
    assert stage_figures(journey, FigureView("Nobody")) == {stage.id: []}

"""Segments and sources on a wide survey of 20,000 generated respondents: the overall and
per-segment CSAT and n equal an independent count, before and after the same file is
imported again with and without its segment column; a second source pools."""

import copy
import csv
import random
import shutil
from collections import Counter

import pytest

from journeymap.model import CommandStack
from journeymap.model.figures import UNKNOWN_SEGMENT, FigureView, overlaps
from journeymap.model.report import gap_report
from journeymap.model.validation import InvalidValue
from journeymap.survey import SurveyOptions, plan_survey_import
from tests.test_survey_import import TODAY, write_csv
from tests.test_survey_weights import fresh_document

RESPONDENTS = 20_000
TOUCHPOINTS = ("Call hotline", "Confirmation", "Technician visit")
SEGMENTS = ("Business", "Private", "Private", "")  # a quarter with a blank segment cell
ANSWERS = ("1", "2", "3", "4", "4", "5", "5", "", "keine Angabe")


@pytest.fixture(scope="module")
def wide_survey(tmp_path_factory):
    """A wide cp1252 export: respondent, segment, one column per touchpoint (seeded)."""
    rng = random.Random(20261201)
    path = tmp_path_factory.mktemp("survey") / "welle1.csv"
    with path.open("w", newline="", encoding="cp1252") as stream:
        out = csv.writer(stream, delimiter=";")
        out.writerow(["Befragter", "Kundentyp", *TOUCHPOINTS])
        for respondent in range(RESPONDENTS):
            out.writerow([respondent, rng.choice(SEGMENTS), *rng.choices(ANSWERS, k=3)])
    return path


def count_by_hand(path):
    """{(touchpoint, segment or None for all): (CSAT %, n)} with the csv module alone."""
    tallies: dict = {}
    with path.open(newline="", encoding="cp1252") as stream:
        for row in csv.DictReader(stream, delimiter=";"):
            for touchpoint in TOUCHPOINTS:
                answer = row[touchpoint]
                if answer in ("", "keine Angabe"):
                    continue
                for who in (None, row["Kundentyp"]):
                    tallies.setdefault((touchpoint, who), Counter())[int(answer) >= 4] += 1
    return {key: (100 * c[True] / (c[True] + c[False]), c[True] + c[False])
            for key, c in tallies.items()}  # fmt: skip


def figures(doc, ids, view):
    """{touchpoint: (CSAT %, n)} of the gap report in a view."""
    rows = gap_report(doc.journey(ids["journey"]), view, metrics=("csat",))
    return {r.touchpoint: (r.measured, r.n) for r in rows if r.n}


def imported(doc, ids, path, **options):
    """Plan and apply a CSAT import; the summary."""
    options = SurveyOptions(metric="csat", today=TODAY, **options)
    command, summary = plan_survey_import(doc, ids["journey"], path, options)
    CommandStack(doc).push(command)
    return summary


def assert_counted_once(doc, ids, expected, segmented=True):
    overall = figures(doc, ids, FigureView())
    for touchpoint in TOUCHPOINTS:
        share, n = expected[(touchpoint, None)]
        assert overall[touchpoint][0] == pytest.approx(share, abs=1e-9)
        assert overall[touchpoint][1] == n  # never doubled
    for segment in ("Business", "Private", UNKNOWN_SEGMENT):
        shown = figures(doc, ids, FigureView(segment))
        if not segmented:
            assert shown == {}
            continue
        for touchpoint in TOUCHPOINTS:
            share, n = expected[(touchpoint, segment)]
            assert shown[touchpoint] == (pytest.approx(share, abs=1e-9), n)
    assert overlaps(doc.journey(ids["journey"])) == []


def test_a_wide_survey_counts_every_respondent_once_however_often_it_is_imported(wide_survey):
    expected = count_by_hand(wide_survey)
    assert sum(n for (tp, who), (_, n) in expected.items() if who is None) > 40_000
    doc, ids = fresh_document()

    summary = imported(doc, ids, wide_survey, segment_column="kundentyp")
    assert summary.not_applicable > 0 and summary.blank > 0
    unknown = sum(expected[(tp, "")][1] for tp in TOUCHPOINTS)
    assert summary.unknown_segment == unknown
    assert f"Answers of unknown segment (blank segment cell): {unknown:,}" in summary.lines()
    journey = doc.journey(ids["journey"])
    assert {(m.segment, m.segmented) for m in journey.measurements} == {
        ("Business", True), ("Private", True), ("", True)
    }  # fmt: skip
    assert_counted_once(doc, ids, expected)

    # the same file again without its segment column: it replaces itself
    summary = imported(doc, ids, wide_survey)
    assert {d.action for d in summary.distributions} == {"replaces"}
    assert {(m.segment, m.segmented) for m in journey.measurements} == {("", False)}
    assert_counted_once(doc, ids, expected, segmented=False)

    # and with it once more
    imported(doc, ids, wide_survey, segment_column="Kundentyp")
    assert_counted_once(doc, ids, expected)
    assert len(journey.measurements) == 9  # 3 touchpoints x 3 segments, nothing left over


def test_a_second_source_pools_and_add_keeps_the_same_source_beside(wide_survey, tmp_path):
    expected = count_by_hand(wide_survey)
    doc, ids = fresh_document()
    imported(doc, ids, wide_survey, segment_column="Kundentyp")
    second = shutil.copy(wide_survey, tmp_path / "welle2.csv")  # another wave's respondents
    summary = imported(doc, ids, second, segment_column="Kundentyp")
    assert {d.action for d in summary.distributions} == {"new"}
    pooled = figures(doc, ids, FigureView())
    for touchpoint in TOUCHPOINTS:
        share, n = expected[(touchpoint, None)]
        assert pooled[touchpoint] == (pytest.approx(share, abs=1e-9), 2 * n)
        business = figures(doc, ids, FigureView("Business", source="welle2.csv"))
        assert business[touchpoint][1] == expected[(touchpoint, "Business")][1]
    # --source names it: the same file under the first wave's name replaces that wave
    imported(doc, ids, second, segment_column="Kundentyp", source="welle1.csv")
    assert {m.source for m in doc.journey(ids["journey"]).measurements} == {
        "welle1.csv", "welle2.csv"
    }  # fmt: skip
    assert figures(doc, ids, FigureView(source="welle1.csv")) == {
        tp: (pytest.approx(expected[(tp, None)][0], abs=1e-9), expected[(tp, None)][1])
        for tp in TOUCHPOINTS
    }
    # --add: more respondents of the same survey, beside its earlier ones
    summary = imported(doc, ids, second, segment_column="Kundentyp", replace=False)
    assert {d.action for d in summary.distributions} == {"adds"}
    assert figures(doc, ids, FigureView(source="welle2.csv"))["Confirmation"][1] == (
        2 * expected[("Confirmation", None)][1]
    )


def test_add_refuses_to_mix_split_and_unsplit_answers_of_one_source(wide_survey):
    doc, ids = fresh_document()
    imported(doc, ids, wide_survey, segment_column="Kundentyp")
    before = copy.deepcopy(doc)
    with pytest.raises(InvalidValue) as refusal:
        imported(doc, ids, wide_survey, replace=False)
    assert str(refusal.value) == (
        "Cannot add to source “welle1.csv”: its earlier CSAT answers of “Call hotline” are "
        "split by segment and these are not, so no figure would count each respondent "
        "once; import them as another source, or replace the earlier ones"
    )
    assert doc == before
    imported(doc, ids, wide_survey, source="welle1 ungeteilt")  # another source: fine
    with pytest.raises(InvalidValue, match="are not split by segment and these are"):
        imported(doc, ids, wide_survey, source="welle1 ungeteilt", segment_column="Kundentyp",
                 replace=False)  # fmt: skip


def test_a_source_name_is_tidied_and_blank_means_the_file_name(wide_survey):
    doc, ids = fresh_document()
    summary = imported(doc, ids, wide_survey, source="  Welle   1  ")
    assert "Survey source: “Welle 1”" in summary.lines()
    imported(doc, ids, wide_survey, source=" ")
    assert {m.source for m in doc.journey(ids["journey"]).measurements} == {
        "Welle 1", "welle1.csv"
    }  # fmt: skip


def test_a_long_file_with_a_segment_column_marks_every_measurement_segmented(tmp_path):
    rows = [["Touchpoint", "Score", "Segment"], ["Call hotline", "5", "B2B"],
            ["Call hotline", "4", ""], ["Confirmation", "2", " "]]  # fmt: skip
    path = write_csv(tmp_path / "lang.csv", rows)
    doc, ids = fresh_document()
    summary = imported(doc, ids, path, segment_column="Segment")
    assert summary.unknown_segment == 2
    journey = doc.journey(ids["journey"])
    assert sorted((m.segment, m.segmented) for m in journey.measurements) == [
        ("", True), ("", True), ("B2B", True)
    ]  # fmt: skip
    imported(doc, ids, path)  # without it: one unsplit measurement per touchpoint
    assert {(m.segment, m.segmented) for m in journey.measurements} == {("", False)}
    assert "unknown segment" not in "\n".join(imported(doc, ids, path).lines())

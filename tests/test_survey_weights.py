"""Weighted survey imports: each answer counts with its respondent's weight, n stays the
respondents, margins use Kish's effective sample size; checked against an independent
weighted computation on generated data, and weights of 1 give the unweighted import."""

import copy
import csv
import math
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.model import CommandStack
from journeymap.model.figures import ALL_RESPONDENTS, FigureView, responses_of
from journeymap.model.metrics import score
from journeymap.model.report import gap_report
from journeymap.storage import DocumentFileError
from journeymap.survey import SurveyOptions, plan_survey_import
from journeymap.survey.answers import read_weight
from tests.builders import small_document
from tests.test_survey_import import TODAY, write_csv, write_xlsx

Z = 1.96
SCALES = {"csat": (1, 5), "nps": (0, 10), "ces": (1, 7)}


def fresh_document():
    """small_document without its one measurement: every figure then comes from the test."""
    doc, _, ids = small_document()
    doc.journey(ids["journey"]).measurements.clear()
    return doc, ids


def imported(doc, ids, path, **options):
    """Plan and apply an import; the summary."""
    options.setdefault("today", TODAY)
    command, summary = plan_survey_import(doc, ids["journey"], path, SurveyOptions(**options))
    assert command is not None, summary.lines()
    CommandStack(doc).push(command)
    return summary


def weighted_long_file(path, respondents=3000, seed=20261201):
    """A long file of CSAT, NPS and CES answers of two touchpoints, each row with its
    respondent's uneven weight (German decimal commas, some whole)."""
    rng = random.Random(seed)
    rows = [["Touchpoint", "Metric", "Score", "Gewicht"]]
    for _ in range(respondents):
        weight = rng.choice(["1", "2", "0,5", "1,25", "3,75", str(round(rng.uniform(0.2, 4), 3))])
        for touchpoint in ("Call hotline", "Technician visit"):
            for metric, (low, high) in SCALES.items():
                # skewed answers, so that weights change the figures
                answer = min(high, low + int(rng.triangular(0, high - low + 1, high - low)))
                rows.append([touchpoint, metric, str(answer), weight])
    return write_csv(path, rows, delimiter=";")


def independent(path, touchpoint, metric):
    """The weighted figures of one touchpoint and metric, counted here with csv alone."""
    total = squares = top = promoters = detractors = weighted_sum = 0.0
    n = 0
    with path.open(newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter=";"):
            if row["Touchpoint"] != touchpoint or row["Metric"] != metric:
                continue
            w, x = float(row["Gewicht"].replace(",", ".")), int(row["Score"])
            n += 1
            total += w
            squares += w * w
            weighted_sum += w * x
            top += w * (x >= 4)
            promoters += w * (x >= 9)
            detractors += w * (x <= 6)
    n_eff = total * total / squares
    p = top / total
    # Wilson's interval on the effective sample size
    centre = (p + Z * Z / (2 * n_eff)) / (1 + Z * Z / n_eff)
    half = Z * math.sqrt(p * (1 - p) / n_eff + Z * Z / (4 * n_eff**2)) / (1 + Z * Z / n_eff)
    low, high = max(0.0, centre - half), min(1.0, centre + half)
    return {
        "n": n,
        "n_eff": n_eff,
        "csat": 100 * p,
        "csat_margin": (high - low) * 50,
        "nps": 100 * (promoters - detractors) / total,
        "ces": weighted_sum / total,
    }


def test_weighted_figures_equal_an_independent_weighted_computation(tmp_path):
    path = weighted_long_file(tmp_path / "gewichtet.csv")
    doc, ids = fresh_document()
    summary = imported(doc, ids, path, weight_column="gewicht")
    assert "Weights from column “Gewicht”" in summary.lines()
    assert summary.distribution_columns() == (
        "touchpoint", "metric", "segment", "n", "n_eff", "measurement"
    )  # fmt: skip
    rows = {(r.touchpoint, r.metric): r for r in gap_report(doc.journey(ids["journey"]))}
    for touchpoint in ("Call hotline", "Technician visit"):
        for metric in SCALES:
            expected = independent(path, touchpoint, metric)
            row = rows[(touchpoint, metric)]
            assert row.n == expected["n"] == 3000  # n is the respondents, not Σw
            assert row.n_eff == pytest.approx(expected["n_eff"], rel=1e-12)
            assert row.n_eff < row.n and row.weighted
            assert row.measured == pytest.approx(expected[metric], rel=1e-12)
            if metric == "csat":
                assert row.margin == pytest.approx(expected["csat_margin"], rel=1e-12)


def test_weights_of_one_give_exactly_the_unweighted_import(tmp_path):
    rng = random.Random(7)
    header = ["Respondent", "Weight", "Segment", "Call hotline", "Confirmation"]
    rows = [header] + [
        [str(i), rng.choice(["1", "1,0", "1.000"]), rng.choice(["A", "B", ""]),
         str(rng.randint(1, 5)), rng.choice(["1", "2", "3", "4", "5", "", "NA"])]
        for i in range(2000)
    ]  # fmt: skip
    path = write_csv(tmp_path / "ones.csv", rows)
    plain, ids = fresh_document()
    imported(plain, ids, path, metric="csat", segment_column="Segment")
    ones = copy.deepcopy(plain)
    imported(ones, ids, path, metric="csat", segment_column="Segment", weight_column="Weight")
    for a, b in zip(
        plain.journey(ids["journey"]).measurements,
        ones.journey(ids["journey"]).measurements,
        strict=True,
    ):
        assert (a.touchpoint_id, a.segment, a.segmented, a.counts, a.respondents) == (
            b.touchpoint_id, b.segment, b.segmented, b.counts, b.respondents
        )  # fmt: skip
        assert {type(c) for c in b.counts.values()} == {int}
        assert b.effective_n == float(b.respondents) and not b.weighted
        assert score("csat", responses_of(a)) == score("csat", responses_of(b))
    for view in (ALL_RESPONDENTS, FigureView("A"), FigureView("")):
        assert gap_report(plain.journey(ids["journey"]), view) == gap_report(
            ones.journey(ids["journey"]), view
        )


def test_a_wide_weighted_file_with_segments_counts_each_answer_with_its_weight(tmp_path):
    rows = [
        ["ID", "Segment", "w", "Call hotline", "Confirmation"],
        ["1", "B2B", "2", "5", "4"],
        ["2", "B2B", "0,5", "1", ""],
        ["3", "", "1,5", "4", "NA"],
        ["4", "B2C", "3", "4", "2"],
    ]
    doc, ids = fresh_document()
    summary = imported(doc, ids, write_csv(tmp_path / "w.csv", rows), metric="csat",
                       segment_column="Segment", weight_column="w")  # fmt: skip
    got = {(m.touchpoint_id, m.segment): m for m in doc.journey(ids["journey"]).measurements}
    b2b = got[(ids["call"], "B2B")]
    assert (b2b.counts, b2b.respondents) == ({1: 0.5, 5: 2}, 2)
    assert b2b.effective_n == pytest.approx(2.5**2 / 4.25)
    assert got[(ids["call"], "")].counts == {4: 1.5} and got[(ids["call"], "")].segmented
    assert got[(ids["mail"], "B2C")].counts == {2: 3}
    assert summary.unknown_segment == 1
    assert "Answers of unknown segment (blank segment cell): 1" in summary.lines()
    table = summary.rows_of_distributions()
    assert ("Call hotline", "csat", "B2B", 2, 1.5, "new (n_eff < 30)") in table


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.floats(min_value=0, max_value=1e9, allow_nan=False).map(repr),
        st.integers(min_value=0, max_value=10**9).map(str),
    )
)
def test_weights_are_read_as_typed_with_a_decimal_point_or_comma(text):
    expected = float(text)
    if "e" in text:  # no exponents: a weight is typed, not computed
        assert read_weight(text) is None
        return
    assert read_weight(text) == pytest.approx(expected)
    assert read_weight(text.replace(".", ",")) == pytest.approx(expected)
    assert read_weight("-" + text) is None or expected == 0


def test_whole_weights_are_whole_numbers_and_junk_is_no_weight():
    assert [read_weight(c) for c in ("1", "1,0", "2.", 3, 4.0, "0")] == [1, 1, 2, 3, 4, 0]
    assert all(type(read_weight(c)) is int for c in ("1", "1,0", 4.0))
    assert read_weight(",5") == 0.5 and read_weight(" 1,25 ") == 1.25
    for junk in ("", None, "-1", -0.5, "x", "1e3", "1.000,5", float("nan"), float("inf"),
                 True, "12345678901"):  # fmt: skip
        assert read_weight(junk) is None, junk


BAD_WEIGHTS = [
    ["Call hotline", "Weight"],
    ["5", "1"],  # row 2
    ["4", "-1"],  # row 3: negative
    ["3", ""],  # row 4: blank
    ["5", "viel"],  # row 5: not a number
    ["4", "0"],  # row 6: left out, counted
    ["", ""],  # row 7: no answer, no weight
    ["2", "2,5"],  # row 8
]


def test_bad_weights_are_rejected_with_their_rows_and_zero_weights_left_out(tmp_path):
    doc, ids = fresh_document()
    summary = imported(doc, ids, write_csv(tmp_path / "b.csv", BAD_WEIGHTS), metric="csat",
                       weight_column="weight")  # fmt: skip
    (m,) = doc.journey(ids["journey"]).measurements
    assert (m.counts, m.respondents) == ({2: 2.5, 5: 1}, 2)
    assert (summary.used, summary.bad_weight, summary.zero_weight) == (2, 3, 1)
    assert summary.bad_weight_rows == [3, 4, 5, 7]
    lines = summary.lines()
    assert (
        "Answers not counted for a blank, negative or non-numeric weight: 3 "
        "(e.g. “-1”, “”, “viel”) in rows 3, 4, 5, 7"
    ) in lines
    assert "Answers left out for a weight of 0: 1" in lines


def test_nothing_usable_leaves_the_document_untouched(tmp_path):
    doc, ids = fresh_document()
    before = copy.deepcopy(doc)
    rows = [["Call hotline", "Weight"], ["5", "-2"], ["4", "none"], ["3", "0"]]
    for path in (write_csv(tmp_path / "n.csv", rows), write_xlsx(tmp_path / "n.xlsx", rows)):
        command, summary = plan_survey_import(
            doc, ids["journey"], path, SurveyOptions(metric="csat", weight_column="Weight")
        )
        assert command is None and summary.bad_weight_rows == [2, 3]
        assert doc == before


def test_a_weight_column_that_is_the_segment_or_an_answer_column_is_refused(tmp_path):
    doc, ids = fresh_document()
    wide = write_csv(tmp_path / "r.csv", [["Segment", "Call hotline"], ["A", "5"]])
    long = write_csv(tmp_path / "l.csv", [["Touchpoint", "Score"], ["Call hotline", "5"]])
    for path, options, refusal in (
        (wide, {"segment_column": "segment", "weight_column": "Segment"},
         "the column “Segment” cannot be both the segment and the weight column"),
        (wide, {"weight_column": "call hotline"},
         "the weight column “Call hotline” is the answers of touchpoint “Call hotline”"),
        (long, {"weight_column": "score"},
         "the weight column “Score” is the long file's touchpoint, score or metric column"),
        (wide, {"weight_column": "Gewicht"}, "has no weight column “Gewicht”"),
    ):  # fmt: skip
        with pytest.raises(DocumentFileError, match=refusal):
            plan_survey_import(doc, ids["journey"], path, SurveyOptions(metric="csat", **options))


# ---- the import dialog, the way a person uses it --------------------------------------
def test_the_dialog_imports_with_the_weight_column_and_source_a_person_chose(
    window, qtbot, tmp_path
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.test_gui_imports import open_installation, open_survey_dialog

    _, journey = open_installation(window)
    first = journey.touchpoints[0]
    lines = [f"respondent;{first.name};Gewicht"]
    lines += [f"{i};{5 if i % 2 else 1};{'3' if i % 2 else '1'}" for i in range(40)]
    (tmp_path / "gewichtet.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = open_survey_dialog(window, qtbot)
    field = dialog.file_field.path_edit
    field.setFocus()
    QTest.keyClicks(field, str(tmp_path / "gewichtet.csv"))
    QTest.keyClick(field, Qt.Key.Key_Return)
    choices = [dialog.weight_choice.itemText(i) for i in range(dialog.weight_choice.count())]
    assert choices == ["(none)", "respondent", first.name, "Gewicht"]
    assert dialog.source_field.text() == "gewichtet.csv"  # the file's name by default
    QTest.keyClicks(dialog.weight_choice, "Gewicht")
    assert dialog.weight_choice.currentText() == "Gewicht"
    dialog.source_field.selectAll()
    QTest.keyClicks(dialog.source_field, "Welle 3")
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    shown = dialog.summary.toPlainText()
    assert "Weights from column “Gewicht”" in shown and "Survey source: “Welle 3”" in shown
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (added,) = [m for m in journey.measurements if m.source == "Welle 3"]
    # 20 answers of 5 weighing 3 each, 20 of 1 weighing 1: CSAT 75 %, not 50 %
    assert (added.counts, added.respondents) == ({1: 20, 5: 60}, 40)
    assert added.effective_n == pytest.approx(80**2 / 200)
    rows = gap_report(journey, FigureView(source="Welle 3"), metrics=("csat",))
    row = next(r for r in rows if r.touchpoint_id == first.id)
    assert row.measured == pytest.approx(75.0) and row.n == 40


def test_the_dialog_says_why_it_cannot_add_across_segmentation(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.test_gui_imports import open_installation, open_survey_dialog, write_survey

    doc, journey = open_installation(window)
    write_survey(tmp_path / "survey.csv", journey)
    dialog = open_survey_dialog(window, qtbot)
    field = dialog.file_field.path_edit
    field.setFocus()
    QTest.keyClicks(field, str(tmp_path / "survey.csv"))
    QTest.keyClick(field, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.segment, "segment")
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    before = copy.deepcopy(doc)
    dialog = open_survey_dialog(window, qtbot)
    field = dialog.file_field.path_edit
    field.setFocus()
    QTest.keyClicks(field, str(tmp_path / "survey.csv"))
    QTest.keyClick(field, Qt.Key.Key_Return)
    QTest.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.summary.toPlainText().startswith("Cannot add to source “survey.csv”")
    assert doc == before


def test_equal_fractional_weights_have_every_respondent_as_effective_n(tmp_path):
    rows = [["Call hotline", "Weight"]] + [[str(1 + i % 5), "0,1"] for i in range(997)]
    doc, ids = fresh_document()
    imported(doc, ids, write_csv(tmp_path / "z.csv", rows), metric="csat", weight_column="Weight")
    (m,) = doc.journey(ids["journey"]).measurements
    assert m.respondents == 997 and m.effective_n == 997.0  # not 997.0000000000001
    assert sum(m.counts.values()) == pytest.approx(99.7)

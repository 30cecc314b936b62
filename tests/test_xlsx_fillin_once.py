"""The fill-in round trip never counts a respondent twice: typed counts replace the
segments an unsplit measurement stood for, and a segment's counts are refused where the
journey holds the answers unsplit (the review of issue 12 found both)."""

from openpyxl import load_workbook

from journeymap.excel.fillin import plan_xlsx_import
from journeymap.model import CommandStack, Measurement
from journeymap.model.commands import replace_measurements
from journeymap.model.report import gap_report
from tests.builders import small_document
from tests.test_xlsx_template import fill, rows_by_id
from tests.test_xlsx_weighted_fillin import template


def hotline_n(doc, ids) -> int:
    rows = gap_report(doc.journey(ids["journey"]))
    return next(r.n for r in rows if r.touchpoint_id == ids["call"] and r.metric == "csat")


def survey_both_ways(measurements):
    doc, stack, ids = small_document()
    journey = doc.journey(ids["journey"])
    old = [m.id for m in journey.measurements]
    stack.push(replace_measurements(doc, ids["journey"], measurements(ids), old))
    return doc, ids


def test_typed_overall_counts_replace_the_segments_of_the_same_survey_too(tmp_path):
    doc, ids = survey_both_ways(lambda ids: [
        Measurement(ids["call"], "csat", {4: 100}, "", "s.csv"),
        Measurement(ids["call"], "csat", {1: 40}, "Business", "s.csv"),
    ])  # fmt: skip
    assert hotline_n(doc, ids) == 100  # the unsplit one, each respondent once
    path, _ = fill(template(tmp_path, doc), {(ids["call"], "count:csat:5"): 20})
    command, errors, _ = plan_xlsx_import(doc, path)
    assert errors == []
    CommandStack(doc).push(command)
    assert hotline_n(doc, ids) == 120  # not 160: the Business ones went with the unsplit


def test_a_segments_counts_over_unsplit_answers_are_refused_by_cell(tmp_path):
    doc, ids = survey_both_ways(lambda ids: [
        Measurement(ids["call"], "csat", {4: 100}, "", "s.csv"),
        Measurement(ids["call"], "nps", {9: 10}, "Business", "s.csv"),
    ])  # fmt: skip
    path, _ = fill(template(tmp_path, doc, segment="Business"),
                   {(ids["call"], "count:csat:5"): 40})  # fmt: skip
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    (error,) = errors
    assert "CSAT answers of “Call hotline” are held unsplit" in str(error)
    row = rows_by_id(load_workbook(path)["Fill-in"])[ids["call"]]
    assert error.sheet == "Fill-in" and error.cell.endswith(str(row))
    assert hotline_n(doc, ids) == 100

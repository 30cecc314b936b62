"""Survey import: both layouts, encodings and delimiters, N/A codes, segments, rejected
answers with their rows, mappings, replace or add, one undo step, cancel."""

import copy
import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from journeymap.model import AddObject, CommandStack, Measurement, SetFields
from journeymap.storage import DocumentFileError
from journeymap.survey import (
    ImportCancelled,
    SurveyOptions,
    count_survey,
    import_command,
    plan_survey_import,
)
from tests.builders import small_document

TODAY = "2026-09-13"


def write_csv(path: Path, rows, encoding="utf-8", delimiter=",") -> Path:
    """Rows written as a CSV file the way spreadsheet programs write them (CRLF)."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows, blank_rows_first: int = 0) -> Path:
    """Rows written as the first sheet of a workbook."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Antworten")
    for _ in range(blank_rows_first):
        sheet.append([])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def plan(doc, ids, path, **options):
    """plan_survey_import with today's date fixed."""
    return plan_survey_import(doc, ids["journey"], path, SurveyOptions(today=TODAY, **options))


def distributions(summary):
    """{(touchpoint, metric, segment): n} from a summary."""
    return {(d.touchpoint, d.metric, d.segment): d.n for d in summary.distributions}


def measurements_of(doc, ids):
    """{(touchpoint id, metric, segment): counts} of the journey, for new imports."""
    journey = doc.journey(ids["journey"])
    return {(m.touchpoint_id, m.metric, m.segment): m.counts for m in journey.measurements}


WIDE = [
    ["Respondent", "Timestamp", "Customer type", "Call hotline", "CONFIRMATION ",
     "Technician  visit"],
    ["1", "2026-09-01 10:00", "business", "5", "4", "NA"],
    ["2", "2026-09-01 10:05", "private", "4", "", "n/a"],
    ["3", "2026-09-01 10:07", "business", "k.A.", "3", "5"],
    ["4", "2026-09-01 10:09", "", "2", "weiß nicht", "5"],
    ["5", "2026-09-01 10:12", "private", "5", "-", "4"],
]  # fmt: skip


def test_wide_file_counts_per_touchpoint_and_segment_and_skips_na_and_blanks(tmp_path):
    doc, _, ids = small_document()
    before = copy.deepcopy(doc)
    command, summary = plan(doc, ids, write_csv(tmp_path / "s.csv", WIDE), metric="csat",
                            segment_column="customer type")  # fmt: skip
    assert doc == before  # planning changes nothing
    assert summary.layout == "wide"
    assert summary.matched == [
        ("Call hotline", "Call hotline"),
        ("CONFIRMATION", "Confirmation"),
        ("Technician  visit", "Technician visit"),
    ]
    assert list(map(str, summary.unmatched)) == ["“Respondent”", "“Timestamp”"]
    assert summary.segment_column == "Customer type"
    assert (summary.rows, summary.used, summary.blank, summary.not_applicable) == (5, 9, 1, 5)
    assert summary.rejected == 0
    assert distributions(summary) == {
        ("Call hotline", "csat", "business"): 1,
        ("Call hotline", "csat", "private"): 2,
        ("Call hotline", "csat", ""): 1,
        ("Confirmation", "csat", "business"): 2,
        ("Technician visit", "csat", "business"): 1,
        ("Technician visit", "csat", ""): 1,
        ("Technician visit", "csat", "private"): 1,
    }
    CommandStack(doc).push(command)
    data = measurements_of(doc, ids)
    assert data[(ids["call"], "csat", "private")] == {4: 1, 5: 1}
    assert data[(ids["call"], "csat", "")] == {2: 1}  # replaced the 43 answers it had
    added = [m for m in doc.journey(ids["journey"]).measurements if m.segment == "business"]
    assert {(m.source, m.date) for m in added} == {("s.csv", TODAY)}


def test_long_file_with_metric_column_holds_several_metrics_in_cp1252(tmp_path):
    doc, _, ids = small_document()
    rows = [
        ["Kontaktpunkt", "Metrik", "Wert", "Segment"],
        ["Call hotline", "CSAT", "4", "Geschäftskunden"],
        ["call hotline", "nps", "9", "Geschäftskunden"],
        ["Call hotline", "NPS", "10", "Privatkunden"],
        ["Technician visit", "ces", "7", ""],
        ["Technician visit", "ces", "k.A.", ""],
        ["Lieferung", "csat", "5", ""],
        ["Lieferung", "csat", "4", ""],
        ["Confirmation", "umsatz", "4", ""],
        ["", "", "", ""],
    ]
    path = write_csv(tmp_path / "lang.csv", rows, encoding="cp1252", delimiter=";")
    _, summary = plan(doc, ids, path, segment_column="Segment")
    assert summary.layout == "long"
    assert "cp1252" in str(summary.description) and "“;”" in str(summary.description)
    assert distributions(summary) == {
        ("Call hotline", "csat", "Geschäftskunden"): 1,
        ("Call hotline", "nps", "Geschäftskunden"): 1,
        ("Call hotline", "nps", "Privatkunden"): 1,
        ("Technician visit", "ces", ""): 1,
    }
    assert list(map(str, summary.unmatched)) == ["“Lieferung” (2 rows)"]
    assert summary.rejected == 1 and summary.rejected_values == ["umsatz"]
    assert summary.rejected_rows == [9]
    assert (summary.not_applicable, summary.blank, summary.rows) == (1, 1, 9)
    # with --metric, a long file's other metrics are skipped and counted
    _, only_nps = plan(doc, ids, path, metric="nps", segment_column="Segment")
    assert set(distributions(only_nps)) == {
        ("Call hotline", "nps", "Geschäftskunden"),
        ("Call hotline", "nps", "Privatkunden"),
    }
    assert only_nps.other_metric == 3


@pytest.mark.parametrize(
    ("encoding", "delimiter", "shown"),
    [
        ("utf-8", ",", "utf-8, delimiter “,”"),
        ("utf-8-sig", ";", "utf-8-sig, delimiter “;”"),
        ("cp1252", ";", "cp1252, delimiter “;”"),
        ("cp1252", "\t", "cp1252, delimiter tab"),
        ("utf-16", "\t", "utf-16, delimiter tab"),
    ],
)
def test_encoding_and_delimiter_are_detected(tmp_path, encoding, delimiter, shown):
    doc, stack, ids = small_document()
    stack.push(SetFields(ids["mail"], {"name": "Auftragsbestätigung"}))
    rows = [
        ["Kundennummer", "Kundentyp", "Auftragsbestätigung", "Zufriedenheit Lieferung"],
        ["1", "Geschäftskunden", "4,0", "5"],
        ["2", "Privatkunden", "5", "3"],
        ["3", "Geschäftskunden", "3,0", "1"],
    ]
    path = write_csv(tmp_path / "export.csv", rows, encoding, delimiter)
    _, summary = plan(doc, ids, path, metric="csat", segment_column="Kundentyp")
    assert str(summary.description) == f"CSV, {shown}"
    assert distributions(summary) == {
        ("Auftragsbestätigung", "csat", "Geschäftskunden"): 2,
        ("Auftragsbestätigung", "csat", "Privatkunden"): 1,
    }
    assert list(map(str, summary.unmatched)) == ["“Kundennummer”", "“Zufriedenheit Lieferung”"]


def test_a_late_cp1252_row_after_a_plain_ascii_start_is_read_again_as_cp1252(tmp_path):
    doc, _, ids = small_document()
    rows = [["Segment", "Call hotline"]] + [["Privat", "4"]] * 150_000
    rows.append(["Geschäft", "5"])  # past the 1 MB the encoding guess looks at
    path = write_csv(tmp_path / "late.csv", rows, encoding="cp1252", delimiter=";")
    _, summary = plan(doc, ids, path, metric="csat", segment_column="segment")
    assert "cp1252" in str(summary.description)
    assert distributions(summary)[("Call hotline", "csat", "Geschäft")] == 1


def test_german_decimal_commas_are_read_and_halves_are_rejected(tmp_path):
    doc, _, ids = small_document()
    rows = [["Call hotline"], ["4,0"], ["4.0"], ["4,5"], [" 5 "], ["+3"], ["1e0"], ["04"]]
    command, summary = plan(doc, ids, write_csv(tmp_path / "d.csv", rows), metric="csat")
    CommandStack(doc).push(command)
    assert measurements_of(doc, ids)[(ids["call"], "csat", "")] == {3: 1, 4: 3, 5: 1}
    assert summary.rejected_values == ["4,5", "1e0"]
    assert summary.rejected_rows == [4, 7]
    # one column, unquoted: the comma is a decimal comma, not a delimiter
    (tmp_path / "one.csv").write_text("Call hotline\n4,0\n5\n3,0\n")
    _, summary = plan(doc, ids, tmp_path / "one.csv", metric="csat")
    assert (summary.used, summary.rejected) == (3, 0)


def test_out_of_scale_answers_are_counted_with_their_first_rows(tmp_path):
    doc, _, ids = small_document()
    rows = [["Call hotline", "Confirmation"]]
    rows += [["6" if n % 3 == 0 else "4", "0" if n == 40 else "5"] for n in range(60)]
    _, summary = plan(doc, ids, write_csv(tmp_path / "o.csv", rows), metric="csat")
    assert summary.rejected == 21
    # row 2 is the first data row; every third one is out of scale, and row 42's other cell
    assert summary.rejected_rows[:10] == [2, 5, 8, 11, 14, 17, 20, 23, 26, 29]
    assert len(summary.rejected_rows) == 11  # one more than shown: there are others
    line = next(line for line in summary.lines() if line.startswith("Rejected"))
    assert line == (
        "Rejected: 21 not on the scale (e.g. “6”, “0”) in rows 2, 5, 8, 11, 14, 17, 20, 23, "
        "26, 29, …"
    )
    assert distributions(summary) == {("Call hotline", "csat", ""): 40,
                                      ("Confirmation", "csat", ""): 59}  # fmt: skip


def test_mapping_names_columns_by_touchpoint_name_or_id_and_can_leave_one_out(tmp_path):
    doc, _, ids = small_document()
    rows = [["Hotline", "Mail", "Call hotline", "Q7"], ["5", "4", "1", "3"], ["4", "4", "2", "3"]]
    path = write_csv(tmp_path / "m.csv", rows)
    mapping = {"hotline": "call hotline", "MAIL": ids["mail"], "Call hotline": ""}
    _, summary = plan(doc, ids, path, metric="csat", mapping=mapping)
    assert summary.matched == [("Hotline", "Call hotline"), ("Mail", "Confirmation")]
    assert list(map(str, summary.unmatched)) == ["“Call hotline” (ignored by the mapping)", "“Q7”"]
    assert distributions(summary) == {("Call hotline", "csat", ""): 2,
                                      ("Confirmation", "csat", ""): 2}  # fmt: skip
    with pytest.raises(DocumentFileError, match="mapping Q7=Billing: no touchpoint “Billing”"):
        plan(doc, ids, path, metric="csat", mapping={"Q7": "Billing"})
    with pytest.raises(DocumentFileError, match="both match touchpoint “Call hotline”"):
        plan(doc, ids, path, metric="csat", mapping={"Hotline": "Call hotline"})


def test_a_wide_file_without_a_matching_column_is_refused_with_the_names(tmp_path):
    doc, _, ids = small_document()
    path = write_csv(tmp_path / "x.csv", [["Respondent", "Q1", "Q2"], ["1", "4", "5"]])
    with pytest.raises(DocumentFileError) as error:
        plan(doc, ids, path, metric="csat")
    assert str(error.value).startswith(f"{path}: no column matches a touchpoint")
    assert "“Q1”" in str(error.value) and "“Call hotline”" in str(error.value)


def test_a_source_imported_again_replaces_itself_and_add_keeps_both(tmp_path):
    path = write_csv(tmp_path / "r.csv", [["Call hotline"], ["5"], ["5"], ["1"]])
    doc, _, ids = small_document()
    command, summary = plan(doc, ids, path, metric="csat")
    assert summary.distributions[0].action == "new"  # another source: kept beside
    CommandStack(doc).push(command)
    first = doc.journey(ids["journey"]).measurements[-1]
    assert (first.counts, first.source, first.date) == ({1: 1, 5: 2}, "r.csv", TODAY)
    command, summary = plan(doc, ids, path, metric="csat")
    assert summary.distributions[0].action == "replaces"
    CommandStack(doc).push(command)
    counts = [m.counts for m in doc.journey(ids["journey"]).measurements]
    assert counts == [{2: 10, 4: 20, 5: 13}, {1: 1, 5: 2}]

    command, summary = plan(doc, ids, path, metric="csat", replace=False)
    assert summary.distributions[0].action == "adds"
    CommandStack(doc).push(command)
    counts = [m.counts for m in doc.journey(ids["journey"]).measurements]
    assert counts == [{2: 10, 4: 20, 5: 13}, {1: 1, 5: 2}, {1: 1, 5: 2}]


def test_the_import_is_one_undo_step_that_restores_the_measurements_exactly(tmp_path):
    doc, stack, ids = small_document()
    # a second segment of the same touchpoint, which the import replaces too
    stack.push(AddObject(Measurement(ids["call"], "csat", {1: 3}, "business"), ids["journey"]))
    before = copy.deepcopy(doc)
    steps = stack.index
    path = write_csv(tmp_path / "u.csv", WIDE)
    command, _ = plan(doc, ids, path, metric="csat", segment_column="Customer type")
    stack.push(command)
    assert stack.index == steps + 1 and stack.texts()[-1] == "Import survey u.csv"
    after = copy.deepcopy(doc)
    assert stack.undo()
    assert doc == before
    assert stack.redo()
    assert doc == after


def test_cancel_raises_and_leaves_the_document_unchanged_and_progress_counts_rows(tmp_path):
    doc, _, ids = small_document()
    before = copy.deepcopy(doc)
    rows = [["Call hotline"]] + [["4"]] * 9_000
    path = write_csv(tmp_path / "c.csv", rows)
    seen: list[int] = []
    options = SurveyOptions(metric="csat")
    with pytest.raises(ImportCancelled):
        plan_survey_import(doc, ids["journey"], path, options, progress=seen.append,
                           cancelled=lambda: len(seen) >= 2)  # fmt: skip
    assert doc == before
    assert seen == [2000, 4000]
    seen.clear()
    _, summary = plan_survey_import(doc, ids["journey"], path, options, progress=seen.append)
    assert seen == [2000, 4000, 6000, 8000, 9000] and summary.rows == 9000


def test_counting_and_the_command_are_separate_steps_for_a_gui_thread(tmp_path):
    doc, _, ids = small_document()
    path = write_csv(tmp_path / "g.csv", [["Confirmation"], ["5"]])
    options = SurveyOptions(metric="csat", today=TODAY)
    counted = count_survey(doc.journey(ids["journey"]), path, options)
    command, summary = import_command(doc, ids["journey"], counted, options)
    assert command is not None and summary.used == 1


def test_a_survey_on_another_scale_is_refused_not_rescaled(tmp_path):
    doc, _, ids = small_document()
    path = write_csv(tmp_path / "ten.csv", [["Call hotline"], ["9"]])
    with pytest.raises(DocumentFileError, match="scale 1-10 is not the CSAT scale 1-5; jour"):
        plan(doc, ids, path, metric="csat", scale=(1, 10))
    with pytest.raises(DocumentFileError, match="a survey scale needs a metric"):
        plan(doc, ids, path, scale=(1, 10))
    _, summary = plan(doc, ids, path, metric="nps", scale=(0, 10))
    assert summary.used == 1


def test_a_wide_file_needs_a_metric(tmp_path):
    doc, _, ids = small_document()
    path = write_csv(tmp_path / "w.csv", [["Call hotline"], ["4"]])
    with pytest.raises(DocumentFileError, match="names no metric"):
        plan(doc, ids, path)


def test_na_codes_can_be_replaced(tmp_path):
    doc, _, ids = small_document()
    path = write_csv(tmp_path / "n.csv", [["Call hotline"], ["99"], ["NA"], ["4"], [""]])
    _, default = plan(doc, ids, path, metric="csat")
    assert (default.not_applicable, default.rejected, default.blank) == (1, 1, 1)
    _, custom = plan(doc, ids, path, metric="csat", na_codes=("99",))
    assert (custom.not_applicable, custom.rejected, custom.blank) == (1, 1, 1)
    assert custom.rejected_values == ["NA"]


def test_short_rows_are_padded_blank_lines_dropped_and_quoted_line_breaks_kept(tmp_path):
    doc, _, ids = small_document()
    text = (
        "Comment,Call hotline,Confirmation,,\n"
        '"two\nlines",5,4\n'  # one record over two lines
        "\n"
        "short,3\n"
        "x,6,,,\n"
    )  # fmt: skip
    path = tmp_path / "p.csv"
    path.write_text(text)
    _, summary = plan(doc, ids, path, metric="csat")
    assert summary.rows == 3
    assert summary.rejected_rows == [5]  # record numbers, as a spreadsheet shows them
    assert distributions(summary) == {("Call hotline", "csat", ""): 2,
                                      ("Confirmation", "csat", ""): 1}  # fmt: skip


def test_xlsx_wide_file_with_numbers_text_and_blank_rows_above_the_header(tmp_path):
    doc, _, ids = small_document()
    rows = [
        ["ID", "Segment", "Call hotline", "Technician visit"],
        [1, "business", 5, "4,0"],
        [2, "private", 4.0, None],
        [3, "business", 4.5, "NA"],
        [4, 7, 3, 2],
    ]
    path = write_xlsx(tmp_path / "s.xlsx", rows, blank_rows_first=2)
    command, summary = plan(doc, ids, path, metric="csat", segment_column="segment")
    assert str(summary.description) == "Excel, sheet “Antworten”"
    assert summary.rejected_rows == [6]  # Excel's row: two blank rows, the header, 2 rows
    assert distributions(summary) == {
        ("Call hotline", "csat", "business"): 1,
        ("Call hotline", "csat", "private"): 1,
        ("Call hotline", "csat", "7"): 1,
        ("Technician visit", "csat", "business"): 1,
        ("Technician visit", "csat", "7"): 1,
    }
    CommandStack(doc).push(command)
    assert measurements_of(doc, ids)[(ids["call"], "csat", "private")] == {4: 1}


def test_xlsx_long_file(tmp_path):
    doc, _, ids = small_document()
    rows = [["Touchpoint", "Rating"], ["Confirmation", 3], ["Confirmation", 5.0], ["Nope", 1]]
    _, summary = plan(doc, ids, write_xlsx(tmp_path / "l.xlsx", rows), metric="ces")
    assert summary.layout == "long"
    assert distributions(summary) == {("Confirmation", "ces", ""): 2}
    assert list(map(str, summary.unmatched)) == ["“Nope” (1 row)"]


def test_a_second_survey_of_the_same_touchpoints_is_said_to_be_pooled(tmp_path):
    first = write_csv(tmp_path / "export.csv", [["Call hotline"], ["5"], ["4"]])
    again = write_csv(tmp_path / "export (1).csv", [["Call hotline"], ["5"], ["4"]])
    doc, _, ids = small_document()
    command, summary = plan(doc, ids, first, metric="csat")
    CommandStack(doc).push(command)
    _, summary = plan(doc, ids, again, metric="csat")
    (line,) = [line for line in summary.lines() if line.startswith("Counted beside")]
    assert "the answers of (no source name), “export.csv”" in line
    assert "import it under that source name" in line
    _, summary = plan(doc, ids, first, metric="csat")  # the same source: it replaces itself
    assert not [line for line in summary.lines() if "the answers of “export.csv”" in line]


def test_a_full_survey_export_names_a_few_unmatched_columns_and_counts_the_rest(tmp_path):
    header = ["Call hotline", *(f"Q{n}" for n in range(100))]
    path = write_csv(tmp_path / "full.csv", [header, ["5", *("1" for _ in range(100))]])
    doc, _, ids = small_document()
    _, summary = plan(doc, ids, path, metric="csat")
    (line,) = [line for line in summary.lines() if line.startswith("Unmatched columns")]
    assert "“Q0”" in line and "“Q24”" in line and "“Q25”" not in line
    assert line.endswith("and 75 more")
    assert len(summary.unmatched) == 100  # the summary keeps every one; the line counts

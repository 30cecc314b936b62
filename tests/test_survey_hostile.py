"""Hostile survey files: every one ends in one clear error naming the file, or in a
summary; none crashes the process or holds more than a chunk in memory."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeymap.model import CommandStack
from journeymap.storage import DocumentFileError, save_document
from journeymap.survey import SurveyOptions, plan_survey_import
from tests.builders import small_document

CORPUS = Path(__file__).parent / "fixtures" / "survey"

#: Each file of the corpus and a piece of the error it must give.
EXPECTED = {
    "empty.csv": "is empty",
    "blank_lines.csv": "is empty",
    "header_only.csv": "has a header but no data rows",
    "garbage.csv": "binary data, not CSV text",
    "nul_bytes.csv": "contains NUL bytes",
    "ragged.csv": "row 3 has 6 cells, but the header only 3",
    "unclosed_quote.csv": "unexpected end of data: a quote is never closed",
    "zip_named_csv.csv": "is a zip archive (an Excel workbook?), not CSV text",
    "undecodable.csv": "is neither UTF-8 nor Windows-1252 text",
    "utf16_no_bom.csv": "contains NUL bytes",
    "not_a_zip.xlsx": "is not an Excel workbook (.xlsx), or it is damaged",
    "truncated.xlsx": "is not an Excel workbook (.xlsx), or it is damaged",
    "bomb.xlsx": "(a zip bomb?)",
    "no_workbook.xlsx": "is a zip archive, but not an Excel workbook",
    "empty_sheet.xlsx": "is empty",
    "sparse.xlsx": "spanning up to 1,048,576 rows x 16,384 columns",
    "sparse_quotes.xlsx": "spanning up to 1,048,576 rows x 16,384 columns",
    "sparse_rows.xlsx": "spanning up to 1,048,576 rows x 1,378 columns",
}


def plan(path, **options):
    """Plan an import into the small document's journey."""
    doc, _, ids = small_document()
    options.setdefault("metric", "csat")
    return plan_survey_import(doc, ids["journey"], path, SurveyOptions(**options))


def test_the_corpus_is_complete():
    on_disk = {p.name for p in CORPUS.iterdir() if p.suffix in (".csv", ".xlsx")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if not n.startswith("sparse")))
def test_each_nasty_file_gives_one_clear_error_naming_it(name):
    path = CORPUS / name
    with pytest.raises(DocumentFileError) as error:
        plan(path)
    assert str(error.value).startswith(f"{path}: ")
    assert EXPECTED[name] in str(error.value)
    assert "\n" not in str(error.value)


def test_sparse_workbooks_are_refused_before_calamine_could_abort_the_process(tmp_path):
    # in a child process: were the guard to fail, calamine would kill it, not the tests
    doc, _, _ = small_document()
    save_document(doc, tmp_path / "doc.json")
    for name in sorted(n for n in EXPECTED if n.startswith("sparse")):
        path = CORPUS / name
        result = subprocess.run(
            [sys.executable, "-m", "journeymap", "import-survey", str(tmp_path / "doc.json"),
             str(path), "--metric", "csat"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert result.stderr.startswith(f"journeymap: {path}: has a sheet spanning up to")
        assert EXPECTED[name] in result.stderr


def test_a_50_mb_line_is_refused(tmp_path):
    alone = tmp_path / "one_line.csv"
    alone.write_bytes(b"x" * 50_000_000)
    with pytest.raises(DocumentFileError, match="no line break in its first 64 KB"):
        plan(alone)
    after_header = tmp_path / "long_row.csv"
    after_header.write_bytes(b"Call hotline,Note\n4," + b"ab," * 17_000_000 + b"\n")
    with pytest.raises(DocumentFileError, match="row 2 has over 65 cells, but the header only 2"):
        plan(after_header)
    one_field = tmp_path / "long_field.csv"
    one_field.write_bytes(b"Call hotline,Note\n4," + b"a" * 50_000_000 + b"\n")
    with pytest.raises(DocumentFileError, match=r"line 2 \(field larger than field limit"):
        plan(one_field)


def test_a_header_of_too_many_columns_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(["c"] * 20_000) + "\n" + "1," * 20_000 + "\n")  # under 64 KB
    with pytest.raises(DocumentFileError, match="has 20,000 columns"):
        plan(path)


def test_an_unknown_file_type_and_a_missing_file_are_named(tmp_path):
    (tmp_path / "answers.ods").write_bytes(b"PK")
    with pytest.raises(DocumentFileError, match="unknown file type"):
        plan(tmp_path / "answers.ods")
    with pytest.raises(DocumentFileError, match="does not exist"):
        plan(tmp_path / "missing.csv")
    with pytest.raises(DocumentFileError, match="old Excel 97-2003"):
        (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
        plan(tmp_path / "old.xls")


def check_outcome(doc, journey_id, path, options):
    """Plan an import: a clean error, or a summary whose command applies and undoes."""
    try:
        command, summary = plan_survey_import(doc, journey_id, path, options)
    except DocumentFileError as error:
        assert str(error).startswith(f"{path}: ")
        return None
    assert sum(d.n for d in summary.distributions) == summary.used
    assert (command is None) == (summary.used == 0)
    if command is not None:
        stack = CommandStack(doc)
        before = repr(doc)
        stack.push(command)
        stack.undo()
        assert repr(doc) == before
    return summary


@given(data=st.binary(max_size=3000))
def test_random_bytes_never_crash_the_reader(tmp_path_factory, data):
    doc, _, ids = small_document()
    path = tmp_path_factory.mktemp("fuzz") / "random.csv"
    path.write_bytes(data)
    check_outcome(doc, ids["journey"], path, SurveyOptions(metric="csat"))


HEADERS = ["Call hotline", "confirmation", "Touchpoint", "Score", "Segment", "Metric", "x", ""]
CELLS = st.one_of(
    st.sampled_from(["1", "5", "4,0", "4,5", "NA", "", "k.A.", "csat", "nps", "Call hotline"]),
    st.text(max_size=6),
)


@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=5),
    rows=st.lists(st.lists(CELLS, max_size=7), max_size=25),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    segment=st.booleans(),
)
def test_random_text_rows_give_a_summary_or_a_clear_error(
    tmp_path_factory, header, rows, delimiter, encoding, segment
):
    doc, _, ids = small_document()
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    path = tmp_path_factory.mktemp("fuzz") / "rows.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    options = SurveyOptions(metric="csat", segment_column="Segment" if segment else None)
    summary = check_outcome(doc, ids["journey"], path, options)
    if summary is not None and summary.layout == "wide":
        answers = summary.used + summary.blank + summary.not_applicable + summary.rejected
        assert answers == summary.rows * len(summary.matched)


@given(
    st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
            st.sampled_from(["1e308", "nan", "inf", "-0", "٣", "1" * 5000, "0,0000001", "\x00"]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_any_weight_cells_are_counted_or_reported_never_crash(tmp_path_factory, weights):
    """Whatever a weight column holds, every answer is counted with a weight in 0..10⁹,
    left out for weight 0, or reported with its row; the counts stay consistent."""
    path = tmp_path_factory.mktemp("weights") / "w.csv"
    rows = [["Call hotline", "Weight"]] + [["4", w.replace("\r", "").replace("\n", "")]
                                          for w in weights]  # fmt: skip
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue().replace("\x00", ""), encoding="utf-8")
    doc, _, ids = small_document()
    options = SurveyOptions(metric="csat", weight_column="Weight")
    try:
        command, summary = plan_survey_import(doc, ids["journey"], path, options)
    except DocumentFileError as error:  # a cell that makes it no CSV at all
        assert str(path) in str(error)
        return
    assert summary.used + summary.bad_weight + summary.zero_weight == summary.rows
    assert len(summary.bad_weight_rows) == min(summary.bad_weight, 11)
    if command is not None:
        CommandStack(doc).push(command)
        (m,) = [m for m in doc.journey(ids["journey"]).measurements if m.source == "w.csv"]
        assert m.respondents == summary.used and 0 < m.effective_n <= m.respondents + 1e-9
        assert 0 < m.counts[4] <= 1e9 * m.respondents

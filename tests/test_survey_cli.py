"""`journeymap import-survey` as a user runs it: a real process, real files."""

import json

import pytest

from journeymap.model import AddObject, Journey
from journeymap.storage import open_document, save_document
from tests.builders import small_document
from tests.cli_runner import assert_one_message_naming, run_cli
from tests.test_cli import run
from tests.test_survey_import import WIDE, write_csv, write_xlsx


@pytest.fixture
def doc_file(tmp_path):
    doc, _, _ = small_document()
    path = tmp_path / "journey.json"
    save_document(doc, path)
    return path


def measurements(path):
    """{(touchpoint name, metric, segment): counts} of the first journey in a file."""
    journey = open_document(path).journeys[0]
    names = {tp.id: tp.name for tp in journey.touchpoints}
    return {(names[m.touchpoint_id], m.metric, m.segment): m.counts for m in journey.measurements}


def test_help_names_the_tool():
    assert "import-survey" in run("--help").stdout
    assert run("import-survey", "--help").stdout.startswith("usage: journeymap import-survey")


def test_import_prints_the_summary_and_saves_one_measurement_per_key(tmp_path, doc_file):
    data = write_csv(tmp_path / "export.csv", WIDE, encoding="cp1252", delimiter=";")
    out = run("import-survey", doc_file, data, "--metric", "csat",
              "--segment-column", "Customer type").stdout  # fmt: skip
    lines = out.splitlines()
    assert (
        lines[0] == "export.csv: wide layout (one row per respondent); CSV, cp1252, delimiter “;”"
    )
    assert "Unmatched columns (not imported): “Respondent”, “Timestamp”" in lines
    assert "Rows read: 5" in lines and "Answers used: 9" in lines
    assert "Skipped: 1 blank, 5 not applicable" in lines and "Rejected: 0" in lines
    assert lines[-1] == f"Saved {doc_file}"
    table = [line.split() for line in lines if line.startswith("Call hotline")]
    assert ["Call", "hotline", "csat", "private", "2", "new", "(n", "<", "30)"] in table
    saved = measurements(doc_file)
    assert saved[("Call hotline", "csat", "private")] == {4: 1, 5: 1}
    assert saved[("Call hotline", "csat", "")] == {2: 1}


def test_dry_run_and_refusals_leave_the_file_byte_for_byte(tmp_path, doc_file):
    original = doc_file.read_bytes()
    data = write_xlsx(tmp_path / "answers.xlsx", [["Confirmation"], [5], [4], [7]])
    out = run("import-survey", doc_file, data, "--metric", "csat", "--dry-run").stdout
    assert "Rejected: 1 not on the scale (e.g. “7”) in row 4" in out
    assert out.splitlines()[-1] == f"Dry run: {doc_file} is unchanged"
    assert doc_file.read_bytes() == original
    # refused: another scale; nothing usable; an unreadable file; a bad option
    ten = write_csv(tmp_path / "ten.csv", [["Confirmation"], ["10"]])
    for args, message in (
        (("--metric", "csat", "--scale", "1-10"), "ten.csv: the survey's scale 1-10 is not"),
        (("--metric", "csat"), f"ten.csv: no answers to import; {doc_file} is unchanged"),
    ):
        result = run("import-survey", doc_file, ten, *args, check_code=1)
        assert result.stderr.count("\n") == 1 and message in result.stderr
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"\x00\x01binary")
    error = run("import-survey", doc_file, garbage, "--metric", "nps", check_code=1).stderr
    assert error == f"journeymap: {garbage}: is not an Excel workbook (.xlsx), or it is damaged\n"
    usage = run("import-survey", doc_file, ten, "--map", "no-equals", check_code=2).stderr
    assert "'no-equals' is not COLUMN=TOUCHPOINT" in usage
    assert doc_file.read_bytes() == original


def test_add_keeps_the_old_measurement_and_na_and_map_options_apply(tmp_path, doc_file):
    data = write_csv(tmp_path / "m.csv", [["Hotline", "ID"], ["99", "1"], ["3", "2"]])
    run("import-survey", doc_file, data, "--metric", "csat", "--map", "Hotline=Call hotline",
        "--na", "99", "--add")  # fmt: skip
    journey = open_document(doc_file).journeys[0]
    assert [m.counts for m in journey.measurements] == [{2: 10, 4: 20, 5: 13}, {3: 1}]


def test_a_document_with_several_journeys_needs_journey(tmp_path):
    doc, stack, _ = small_document()
    stack.push(AddObject(Journey("Billing")))
    path = tmp_path / "two.json"
    save_document(doc, path)
    data = write_csv(tmp_path / "d.csv", [["Touchpoint", "Score"], ["Call hotline", "5"]])
    error = run("import-survey", path, data, "--metric", "csat", check_code=1).stderr
    assert "has 2 journeys; choose one with --journey (“Installation”, “Billing”)" in error
    run("import-survey", path, data, "--metric", "csat", "--journey", "installation")
    assert json.loads(path.read_text())["journeys"][0]["measurements"][-1]["counts"] == {"5": 1}


def test_weighted_import_under_a_source_name_end_to_end(tmp_path, doc_file):
    rows = [["ID", "Kundentyp", "Gewicht", "Call hotline"]]
    rows += [[str(i), "B2B" if i % 2 else "", "3" if i % 2 else "1", "5" if i % 2 else "1"]
             for i in range(40)]  # fmt: skip
    rows += [["40", "B2B", "-1", "5"], ["41", "B2B", "", "4"], ["42", "B2B", "0", "4"]]
    data = write_csv(tmp_path / "welle.csv", rows, delimiter=";")
    args = ("import-survey", doc_file, data, "--metric", "csat", "--segment-column", "kundentyp",
            "--weight-column", "gewicht", "--source", "Welle 1")  # fmt: skip
    out = run_cli(*args).stdout.splitlines()
    assert "Survey source: “Welle 1”" in out and "Weights from column “Gewicht”" in out
    assert "Answers of unknown segment (blank segment cell): 20" in out
    assert (
        "Answers not counted for a blank, negative or non-numeric weight: 2 "
        "(e.g. “-1”, “”) in rows 42, 43"
    ) in out
    assert "Answers left out for a weight of 0: 1" in out
    header = next(line.split() for line in out if line.startswith("touchpoint"))
    assert header == ["touchpoint", "metric", "segment", "n", "n_eff", "measurement"]
    assert ["Call", "hotline", "csat", "B2B", "20", "20.0", "new", "(n_eff", "<", "30)"] in [
        line.split() for line in out
    ]
    analyzed = run_cli("analyze", doc_file, "--source", "Welle 1", "--format", "json").stdout
    (row,) = [r for r in json.loads(analyzed) if r["metric"] == "csat"]
    assert (row["measured"], row["n"]) == (75.0, 40)  # 20 x 5 weighing 3, 20 x 1 weighing 1
    # the same source again with --add but without its segment column: refused, unchanged
    saved = doc_file.read_bytes()
    refused = run_cli("import-survey", doc_file, data, "--metric", "csat", "--source", "Welle 1",
                      "--weight-column", "Gewicht", "--add")  # fmt: skip
    message = assert_one_message_naming(refused, data)
    assert "Cannot add to source “Welle 1”" in message
    assert message.endswith(f"or replace the earlier ones; {doc_file} is unchanged")
    assert doc_file.read_bytes() == saved
    # replacing it instead: the source now holds the unsplit figure only, still n = 40
    run_cli("import-survey", doc_file, data, "--metric", "csat", "--source", "Welle 1",
            "--weight-column", "Gewicht")  # fmt: skip
    journey = open_document(doc_file).journeys[0]
    ours = [m for m in journey.measurements if m.source == "Welle 1"]
    assert [(m.segmented, m.respondents, m.counts) for m in ours] == [(False, 40, {1: 20, 5: 60})]


def test_help_says_what_a_source_and_a_weight_do():
    text = " ".join(run_cli("import-survey", "--help").stdout.split())
    assert "--weight-column COL" in text and "effective sample size" in text
    assert "--source NAME" in text and "replaces its earlier measurements" in text
    assert "refused when one is split by segment and the other is not" in text

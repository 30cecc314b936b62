"""The command-line tools, run as a user runs them: a real process, real files."""

import csv
import io
import json
import subprocess
import sys

import pytest

from journeymap.model import Document, Measurement
from journeymap.model.report import COLUMNS
from journeymap.model.templates import template_stages
from journeymap.samples import list_samples
from journeymap.storage import open_document, save_document
from tests.builders import small_document, with_lanes
from tests.test_figures import journey_with


def run(*args, check_code=0):
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == check_code, result.stdout + result.stderr
    return result


@pytest.fixture
def doc_file(tmp_path):
    doc, _, _ = small_document()
    path = tmp_path / "journey.jmap"
    save_document(doc, path)
    return path


def test_help_lists_every_tool_and_each_has_its_own_help():
    out = run("--help").stdout
    for tool in ("samples", "new", "info", "validate", "analyze", "convert"):
        assert tool in out
        assert run(tool, "--help").stdout.startswith(f"usage: journeymap {tool}")


def test_help_names_every_option_of_the_editor_itself():
    """`journeymap --help` says how to open the editor, with each of its own options."""
    from journeymap.ui.app import gui_parser

    out = " ".join(run("--help").stdout.split())
    options = [o for a in gui_parser()._actions for o in a.option_strings if o != "-h"]
    assert "opens the editor" in out and len(options) >= 3
    for option in options:
        if option != "--help":
            assert option in out, option


def test_info_counts_what_the_document_holds(doc_file):
    out = run("info", doc_file).stdout
    assert "1 persona" in out
    assert "Installation" in out and "as-is" in out
    assert out.splitlines()[-1].split()[-6:] == ["2", "3", "2", "1", "0", "0"]  # no lanes yet


def test_analyze_csv_has_exactly_the_documented_header_and_ranks_by_priority(doc_file):
    out = run("analyze", doc_file, "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == COLUMNS
    # target 80 %, measured 33 of 43 in the top boxes = 76.7 %: a gap of -3.3 points
    (row,) = rows[1:]
    record = dict(zip(COLUMNS, row, strict=True))
    assert record["touchpoint"] == "Call hotline" and record["metric"] == "csat"
    assert float(record["gap"]) == pytest.approx(-3.26, abs=0.01)
    assert record["n"] == "43" and record["low_confidence"] == "False"


def test_analyze_json_and_table_and_journey_filter(doc_file):
    records = json.loads(run("analyze", doc_file, "--format", "json").stdout)
    assert records[0]["channel"] == "Phone / call centre"
    table = run("analyze", doc_file, "--journey", "installation").stdout
    assert table.splitlines()[0].split() == list(COLUMNS)
    error = run("analyze", doc_file, "--journey", "Billing", check_code=1).stderr
    assert (
        error.strip()
        == f"journeymap: {doc_file}: no journey called “Billing” (journeys: “Installation”)"
    )


def test_validate_exits_1_and_names_each_problem(tmp_path):
    doc, stack, ids = small_document()
    from journeymap.model import SetFields

    stack.push(SetFields(ids["tech"], {"exit": False}))
    stack.push(SetFields(ids["link1"], {"share": 1.0}))
    path = tmp_path / "broken.json"
    save_document(doc, path)
    result = run("validate", path, check_code=1)
    assert "“Technician visit” is a dead end" in result.stdout
    assert result.stdout.splitlines()[-1] == f"{path}: 1 problem"


def test_convert_json_to_jmap_and_back_gives_the_same_document(tmp_path, doc_file):
    run("convert", doc_file, tmp_path / "a.json")
    run("convert", tmp_path / "a.json", tmp_path / "b.jmap")
    run("convert", tmp_path / "b.jmap", tmp_path / "c.json")
    assert (tmp_path / "a.json").read_text() == (tmp_path / "c.json").read_text()
    assert open_document(tmp_path / "b.jmap") == open_document(doc_file)


def test_new_makes_a_blank_document_with_german_stages_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "neu.jmap"
    run("new", out, "--lang", "de")
    journey = open_document(out).journeys[0]
    assert journey.language == "de" and journey.stages[0].name == "Aufmerksamkeit"
    error = run("new", out, check_code=1).stderr
    assert error.strip() == f"journeymap: {out}: exists already (use --force to replace it)"


def test_errors_are_one_line_on_stderr_never_a_traceback(tmp_path):
    text = tmp_path / "notes.jmap"
    text.write_text("hello")
    for args in (
        ("info", text),
        ("analyze", tmp_path / "missing.json"),
        ("convert", text, tmp_path / "x.json"),
        ("new", tmp_path / "x.txt"),
    ):
        result = run(*args, check_code=1)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.json").exists()
    usage = run("analyze", check_code=2).stderr
    assert usage.strip().splitlines()[-1].startswith("journeymap analyze: error:")


def test_every_sample_validates_analyzes_and_converts_losslessly(tmp_path):
    names = {(s.name, s.language) for s in list_samples()}
    expected = {
        "installation",
        "online-order",
        "cancellation",
        "omnichannel-support",
        "defect-recall",
    }
    assert names == {(n, lang) for n in expected for lang in ("en", "de")}
    for sample in list_samples():
        assert run("validate", sample.path).stdout.endswith("no problems\n")
        report = run("analyze", sample.path, "--format", "json").stdout
        assert any(r["gap"] is not None and r["gap"] < 0 for r in json.loads(report))
        run("convert", sample.path, tmp_path / "s.jmap")
        run("convert", tmp_path / "s.jmap", tmp_path / "s.json")
        assert json.loads((tmp_path / "s.json").read_text()) == json.loads(sample.path.read_text())


def test_samples_lists_both_languages():
    out = run("samples").stdout
    names = {s.name for s in list_samples()}
    for name in names:
        assert name in out
    assert {s.language for s in list_samples()} <= {"en", "de"}


def test_analyze_counts_the_segment_and_survey_asked_for_and_validate_names_overlaps(tmp_path):
    journey, _ = journey_with(
        lambda tp: Measurement(tp, "csat", {4: 60, 2: 40}, "", "wave1.csv"),
        lambda tp: Measurement(tp, "csat", {5: 40}, "Business", "wave1.csv"),
        lambda tp: Measurement(tp, "csat", {5: 10, 1: 10}, "", "wave2.csv"),
    )
    path = tmp_path / "waves.json"
    save_document(Document([], [journey]), path)

    def n_of(*options):
        out = run("analyze", path, "--format", "json", *options).stdout
        (row,) = json.loads(out)
        assert row["n_eff"] == row["n"]  # unweighted: the effective n is n
        return row["n"]

    assert n_of() == 120  # wave 1 once (unsplit), wave 2 beside it
    assert n_of("--segment", "Business") == 40
    assert n_of("--source", "wave2.csv") == 20
    error = run("analyze", path, "--segment", "Nobody", check_code=1).stderr
    assert "no segment called “Nobody” (segments: “Business”)" in error
    error = run("analyze", path, "--source", "wave9.csv", check_code=1).stderr
    assert "no survey source called “wave9.csv” (sources: “wave1.csv”, “wave2.csv”)" in error
    out = run("validate", path, check_code=1).stdout
    assert "both unsplit and split by segment" in out and "[segments_overlap]" in out
    sheet = tmp_path / "t.xlsx"
    error = run("export", path, "--template", sheet, "--source", "wave2.csv", check_code=1)
    assert "holds the counts of every survey; leave out --source" in error.stderr
    error = run("export", path, "--template", sheet, "--segment", "Nope", check_code=1)
    assert "no segment called “Nope”" in error.stderr and not sheet.exists()


def test_info_lists_each_journeys_lanes_with_their_notes_and_validate_checks_them(tmp_path):
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    path = tmp_path / "lanes.jmap"
    save_document(doc, path)
    out = run("info", path).stdout
    assert "lanes  notes" in out.splitlines()[1]
    assert "Lanes of “Installation”:" in out
    (pains,) = [line for line in out.splitlines() if line.startswith("Pain points")]
    assert pains.split() == ["Pain", "points", "pain_points", "yes", "1"]
    doc.journey(ids["journey"]).lanes[0].kind = "emotion"  # no touchpoint lane left
    save_document(doc, path)
    out = run("validate", path, check_code=1).stdout
    assert "0 touchpoint lanes; a map with lanes has exactly one. [touchpoint_lanes]" in out


def test_new_starts_a_blank_journey_from_a_stage_template_and_a_lane_set(tmp_path):
    path = tmp_path / "blueprint.jmap"
    run("new", path, "--lang", "de", "--template", "service_case", "--lanes", "blueprint")
    (journey,) = open_document(path).journeys
    assert [lane.kind for lane in journey.lanes] == [
        "actions", "touchpoints", "line_of_interaction", "frontstage", "line_of_visibility",
        "backstage", "support",
    ]  # fmt: skip
    assert journey.lanes[0].name == "Kundenaktionen" and journey.language == "de"
    assert [s.name for s in journey.stages] == list(template_stages("service_case", "de"))
    error = run("new", tmp_path / "x.jmap", "--lanes", "wall", check_code=2).stderr
    assert "invalid choice: 'wall'" in error and not (tmp_path / "x.jmap").exists()

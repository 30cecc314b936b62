"""``journeymap discover LOG --into FILE --journey NAME`` (issue 15): a newer log updates
the journey a team made of an older one, in place; bad input leaves FILE as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.model import CommandStack, Measurement, Opportunity, SetFields
from journeymap.model.commands import AddObject
from journeymap.model.entities import Link
from journeymap.storage import open_document, save_document
from tests.cli_runner import assert_one_message_naming, run_cli
from tests.test_rediscovery import NEW_LOG, OLD_LOG

COLUMNS = ("--case", "case", "--activity", "activity", "--time", "time", "--min-share", "0")


def _log(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def team_file(tmp_path: Path, suffix: str = ".jmap") -> Path:
    """March's log discovered into a file, then made the team's own: the journey and a
    stage renamed, "Report fault" written in capitals, a card moved, a target, a
    measurement and an opportunity."""
    path = tmp_path / f"team{suffix}"
    ran = run_cli("discover", _log(tmp_path, OLD_LOG, "march.csv"), path, *COLUMNS)
    assert ran.code == 0, ran
    doc = open_document(path)
    stack = CommandStack(doc)
    (journey,) = doc.journeys
    tps = {tp.name: tp for tp in journey.touchpoints}
    fault, visit = tps["Report fault"], tps["Technician visit"]
    for step in [
        SetFields(journey.id, {"name": "Fault repair"}),
        SetFields(journey.stages[0].id, {"name": "First contact"}),
        SetFields(fault.id, {"name": "REPORT FAULT", "targets": {"csat": 80.0}}),
        SetFields(visit.id, {"y": 390.0}),
        AddObject(Measurement(visit.id, "csat", {4: 10, 5: 3}, source="survey"), journey.id),
        AddObject(Opportunity("Give a time window", links=[Link("touchpoint", visit.id)])),
    ]:
        stack.push(step)
    save_document(doc, path)
    return path


def _refresh(tmp_path: Path, path: Path, *extra: object, log: str = NEW_LOG):
    april = _log(tmp_path, log, "april.csv")
    return run_cli("discover", april, "--into", path, "--journey", "fault REPAIR", *COLUMNS, *extra)


@pytest.mark.parametrize("suffix", [".jmap", ".json"])
def test_the_counts_change_and_the_team_work_stays(tmp_path, suffix):
    path = team_file(tmp_path, suffix)
    (before,) = open_document(path).journeys
    ran = _refresh(tmp_path, path)
    assert ran.code == 0, ran
    assert "Touchpoints added: 1: Callback" in ran.stdout
    assert "Transitions removed (no longer observed): 1: REPORT FAULT → REPORT FAULT" in ran.stdout
    assert f"Saved the refreshed journey “Fault repair” to {path}" in ran.stdout
    doc = open_document(path)
    (journey,) = doc.journeys
    old = {tp.id: tp for tp in before.touchpoints}
    tps = {tp.name: tp for tp in journey.touchpoints}
    assert set(tps) == {"REPORT FAULT", "Technician visit", "Close", "Callback"}
    for name in ("REPORT FAULT", "Technician visit", "Close"):  # the same cards, where they were
        tp, was = tps[name], old[tps[name].id]
        assert (tp.stage_id, tp.y, tp.targets) == (was.stage_id, was.y, was.targets)
    assert journey.name == "Fault repair" and journey.stages[0].name == "First contact"
    assert tps["Technician visit"].y == 390.0
    assert tps["REPORT FAULT"].targets == {"csat": 80.0}
    assert journey.measurements == before.measurements
    assert [o.title for o in doc.opportunities] == ["Give a time window"]
    # April's figures: 3 fault reports, one of them straight to the visit, 6 hours later
    names = {tp.id: tp.name for tp in journey.touchpoints}
    links = {(names[t.source], names[t.target]): t for t in journey.transitions}
    visit = links[("REPORT FAULT", "Technician visit")]
    assert (visit.count, visit.share, visit.median_hours) == (1, pytest.approx(1 / 3), 6.0)
    assert ("REPORT FAULT", "REPORT FAULT") not in links
    assert links[("REPORT FAULT", "Callback")].count == 2
    assert tps["REPORT FAULT"].volume != old[tps["REPORT FAULT"].id].volume
    assert not tps["REPORT FAULT"].exit and tps["Callback"].exit


def test_the_same_log_twice_leaves_the_file_as_it_is(tmp_path):
    path = team_file(tmp_path)
    assert _refresh(tmp_path, path).code == 0
    saved = path.read_bytes()
    ran = _refresh(tmp_path, path)
    assert ran.code == 0 and f"{path}: unchanged" in ran.stdout
    assert path.read_bytes() == saved


@pytest.mark.parametrize(
    ("log", "extra", "named"),
    [
        ("case,activity,when\nN1,Report fault,2026-04-01 09:00\n", (), "april.csv"),
        ("case,activity,time\nN1,Report fault,yesterday\n", (), "april.csv"),
        ("case,activity,time\n", (), "april.csv"),
        (NEW_LOG, ("--stage", "Escalation=Contact"), "april.csv"),
    ],
    ids=["misnamed column", "bad timestamp", "empty log", "unknown --stage activity"],
)
def test_a_bad_log_leaves_the_file_unchanged(tmp_path, log, extra, named):
    path = team_file(tmp_path)
    saved = path.read_bytes()
    ran = _refresh(tmp_path, path, *extra, log=log)
    assert_one_message_naming(ran, tmp_path / named)
    assert path.read_bytes() == saved


def test_a_journey_that_is_not_there_is_refused(tmp_path):
    path = team_file(tmp_path)
    saved = path.read_bytes()
    april = _log(tmp_path, NEW_LOG, "april.csv")
    ran = run_cli("discover", april, "--into", path, "--journey", "Onboarding", *COLUMNS)
    message = assert_one_message_naming(ran, path)
    assert "no journey called “Onboarding” (journeys: “Fault repair”)" in message
    assert path.read_bytes() == saved


def test_a_missing_file_is_refused(tmp_path):
    ran = _refresh(tmp_path, tmp_path / "nothing.jmap")
    assert "does not exist" in assert_one_message_naming(ran, tmp_path / "nothing.jmap")
    assert not (tmp_path / "nothing.jmap").exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("OUT.jmap", "--into", "{file}", "--journey", "Fault repair"), "OUT is for a new"),
        (("--into", "{file}"), "--into and --journey go together"),
        (("--journey", "Fault repair"), "--into and --journey go together"),
        (("--into", "{file}", "--journey", "x", "--force"), "--force is not taken with --into"),
        (("--into", "{file}", "--journey", "x", "--score", "s", "--metric", "csat"), "--score"),
        ((), "give OUT, the new document, or --into FILE --journey NAME"),
    ],
    ids=["OUT and --into", "--into alone", "--journey alone", "--force", "--score", "neither"],
)
def test_bad_combinations_are_refused_with_one_message(tmp_path, args, said):
    path = team_file(tmp_path)
    saved = path.read_bytes()
    april = _log(tmp_path, NEW_LOG, "april.csv")
    filled = [str(path) if a == "{file}" else a for a in args]
    ran = run_cli("discover", april, *filled, *COLUMNS)
    assert ran.code == 1 and said in ran.stderr and len(ran.stderr.splitlines()) == 1, ran
    assert path.read_bytes() == saved and not Path("OUT.jmap").exists()

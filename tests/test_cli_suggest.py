"""`journeymap suggest` as a user runs it: real files, the figures of the journey."""

import json

import pytest

from journeymap.model import AddObject, Measurement
from journeymap.samples import find_sample
from journeymap.storage import open_document, save_document
from tests.builders import small_document
from tests.cli_runner import assert_one_message_naming, run_cli
from tests.test_cli import run


@pytest.fixture
def doc_file(tmp_path):
    """The small installation journey: the hotline is below its CSAT target, and a
    business segment of the same survey answered worse."""
    doc, stack, ids = small_document()
    journey = ids["journey"]
    stack.push(AddObject(Measurement(ids["call"], "csat", {2: 30, 4: 10}, source="wave 2",
                                     segment="Business"), journey))  # fmt: skip
    path = tmp_path / "journey.jmap"
    save_document(doc, path)
    return path


def test_help_names_the_tool_and_says_it_changes_nothing():
    assert "suggest" in run("--help").stdout
    text = " ".join(run("suggest", "--help").stdout.split())
    assert text.startswith("usage: journeymap suggest")
    assert "Without --accept or --dismiss it only prints" in text


def test_the_table_lists_rule_title_scores_and_figures_and_leaves_the_file_alone(doc_file):
    before = doc_file.read_bytes()
    ran = run_cli("suggest", doc_file)
    assert ran.code == 0, ran.stderr
    header, rule, *rows = ran.stdout.splitlines()
    assert header.split() == ["journey", "rule", "title", "customer_value", "business_value",
                              "effort", "strength", "figures", "key"]  # fmt: skip
    assert set(rule) == {"-", " "}
    gap = next(r for r in rows if "largest_gap" in r)
    assert "Close the CSAT gap at ‘Call hotline’" in gap
    # the hotline: 33 of 43 satisfied is 76.7 % against 80, pooled with the second wave's
    # business segment (10 of 40): 43 of 83 = 51.8 %
    assert "target=80; measured=51.81; gap=-28.19; n=83" in gap
    handoff = next(r for r in rows if "silo_handoff" in r)
    assert "Break the silo at the handoff from Service team to Field technicians" in handoff
    assert doc_file.read_bytes() == before


def test_json_has_every_field_and_the_view_options_count_as_analyze_does(doc_file):
    ran = run_cli("suggest", doc_file, "--format", "json", "--source", "wave 2")
    assert ran.code == 0, ran.stderr
    records = json.loads(ran.stdout)
    (gap,) = [r for r in records if r["rule"] == "largest_gap"]
    assert set(gap) == {"journey", "rule", "key", "title", "description", "figures", "links",
                        "customer_value", "business_value", "effort", "strength"}  # fmt: skip
    assert gap["journey"] == "Installation" and gap["key"].startswith("largest_gap:")
    assert (gap["figures"]["n"], gap["figures"]["measured"]) == (40, 25.0)
    assert gap["links"][0] == {"kind": "gap", "id": gap["key"].split(":")[1], "metric": "csat"}
    analyzed = json.loads(run_cli("analyze", doc_file, "--format", "json", "--source",
                                  "wave 2").stdout)  # fmt: skip
    row = next(r for r in analyzed if r["metric"] == "csat" and r["touchpoint"] == "Call hotline")
    assert (row["n"], row["measured"]) == (40, 25.0)
    business = json.loads(run_cli("suggest", doc_file, "--format", "json",
                                  "--segment", "Business").stdout)  # fmt: skip
    assert [r["figures"]["n"] for r in business if r["rule"] == "largest_gap"] == [40]


def test_a_german_sample_gets_german_suggestions_for_the_journey_asked_for(tmp_path):
    path = tmp_path / "de.jmap"
    save_document(open_document(find_sample("installation", "de").path), path)
    ran = run_cli("suggest", path, "--journey", "Installation Internet und Festnetz")
    assert ran.code == 0, ran.stderr
    assert "Bei den Detraktoren von „Installation durch den Techniker vor Ort“ nachfassen" in (
        ran.stdout
    )
    assert "Service Blueprint" not in ran.stdout


def test_an_unknown_journey_or_segment_is_refused_in_one_line(doc_file):
    message = assert_one_message_naming(run_cli("suggest", doc_file, "--journey", "Nope"),
                                        doc_file)  # fmt: skip
    assert "no journey called “Nope” (journeys: “Installation”)" in message
    message = assert_one_message_naming(run_cli("suggest", doc_file, "--segment", "Retail"),
                                        doc_file)  # fmt: skip
    assert "segments: “Business”" in message


def test_accepting_and_dismissing_keeps_the_decision_in_the_file(tmp_path):
    path = tmp_path / "order.json"
    path.write_bytes(find_sample("online-order", "en").path.read_bytes())
    journey = ("--journey", "Online order and delivery (as-is)")
    listed = json.loads(run_cli("suggest", path, *journey, "--format", "json").stdout)
    take, drop = listed[0], listed[1]
    ran = run_cli("suggest", path, *journey, "--accept", take["key"], "--dismiss", drop["key"])
    assert ran.code == 0, ran.stderr
    assert f"Accepted as an idea: {take['title']}" in ran.stdout
    doc = open_document(path)
    made = {o.suggestion: o for o in doc.opportunities}
    idea, dismissed = made[take["key"]], made[drop["key"]]
    assert (idea.status, idea.title, idea.effort) == ("idea", take["title"], take["effort"])
    assert [(link.kind, link.id) for link in idea.links] == [
        (link["kind"], link["id"]) for link in take["links"]
    ]
    owners = {tp.id: tp.owner for j in doc.journeys for tp in j.touchpoints}
    assert idea.owner == owners[take["links"][0]["id"]]  # where it hurts
    assert dismissed.status == "dismissed"
    again = json.loads(run_cli("suggest", path, *journey, "--format", "json").stdout)
    assert {take["key"], drop["key"]}.isdisjoint(r["key"] for r in again)  # not again
    assert len(again) == len(listed) - 2


def test_an_unknown_key_is_refused_and_the_file_left_alone(doc_file):
    before = doc_file.read_bytes()
    ran = run_cli("suggest", doc_file, "--accept", "largest_gap:nothing")
    assert "no open suggestion with the key" in assert_one_message_naming(ran, doc_file)
    assert doc_file.read_bytes() == before

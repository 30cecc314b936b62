"""Opportunities: ranked by value per effort, kept through .json and .jmap with their links,
effects and solutions, unlinked (and relinked by undo) when what they address is deleted,
checked by validate, and listed by `journeymap opportunities`."""

import copy
import json

import pytest
from builders import small_document, with_lanes, with_opportunity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli import run

from journeymap.model import AddObject, Link, Opportunity, RemoveObject, SetFields
from journeymap.model.opportunities import priority, ranked, value
from journeymap.model.problems import opportunity_problems
from journeymap.storage import DocumentFileError, open_document, save_document


def document_with_opportunity():
    doc, stack, ids = small_document()
    with_lanes(doc, stack, ids)
    with_opportunity(doc, stack, ids)
    return doc, stack, ids


def test_priority_is_value_per_effort_and_a_larger_gap_breaks_a_tie():
    doc, stack, ids = document_with_opportunity()
    callback = doc.get(ids["opportunity"])
    assert value(callback) == 60.0 and priority(callback) == 30.0
    # the same priority, but about the technician (no gap): the hotline's gap comes first
    same = Opportunity("Tidy the van", customer_value=60, business_value=60, effort=2,
                       links=[Link("touchpoint", ids["tech"])])  # fmt: skip
    quick = Opportunity("Quick win", customer_value=90, business_value=90, effort=1)
    for o in (same, quick):
        stack.push(AddObject(o))
    order = [r.opportunity.title for r in ranked(doc)]
    assert order == ["Quick win", "Call back instead of waiting", "Tidy the van"]
    assert ranked(doc)[1].gap_priority > 0 == ranked(doc)[2].gap_priority


def test_the_files_keep_opportunities_with_their_solutions_inside(tmp_path):
    doc, _stack, ids = document_with_opportunity()
    for name in ("doc.json", "doc.jmap"):
        save_document(doc, tmp_path / name)
        assert open_document(tmp_path / name) == doc
    data = json.loads((tmp_path / "doc.json").read_text())
    (plain,) = data["opportunities"]
    assert plain["links"][1] == {"kind": "gap", "id": ids["call"], "metric": "csat"}
    assert plain["effects"] == [{"touchpoint_id": ids["call"], "metric": "csat", "target": 85.0}]
    (solution,) = plain["solutions"]
    assert "opportunity_id" not in solution  # it sits inside its opportunity
    assert solution["touchpoint_ids"] == [ids["tech"]]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"links": [{"kind": "stage", "id": "x"}]}, r"opportunities\[0\]\.links\[0\]\.kind"),
        ({"links": [{"kind": "gap", "id": "x"}]}, r"links\[0\]: a gap link names its metric"),
        ({"effects": [{"touchpoint_id": "x", "metric": "nps", "target": 300}]}, r"target"),
        ({"effort": 9}, r"opportunities\[0\]\.effort: 9 is out of 1-5"),
        ({"status": "someday"}, r"opportunities\[0\]\.status"),
    ],
)
def test_a_bad_opportunity_in_a_file_is_refused_naming_where(tmp_path, change, message):
    doc, _stack, _ids = document_with_opportunity()
    path = tmp_path / "doc.json"
    save_document(doc, path)
    data = json.loads(path.read_text())
    data["opportunities"][0].update(change)
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    with pytest.raises(DocumentFileError, match=message) as refused:
        open_document(path)
    assert "doc.json" in str(refused.value)
    assert path.read_bytes() == before


def test_deleting_a_touchpoint_unlinks_its_opportunity_and_undo_links_it_again():
    doc, stack, ids = document_with_opportunity()
    opportunity, solution = doc.get(ids["opportunity"]), doc.get(ids["solution"])
    stack.push(RemoveObject(ids["call"]))
    assert [link.kind for link in opportunity.links] == ["note"]  # the touchpoint and its gap
    assert opportunity.effects == []
    stack.push(RemoveObject(ids["tech"]))
    assert solution.touchpoint_ids == []
    stack.undo()
    stack.undo()
    assert [link.kind for link in opportunity.links] == ["touchpoint", "gap", "note"]
    assert solution.touchpoint_ids == [ids["tech"]] and opportunity.effects


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_deletion_and_its_undo_leave_the_opportunities_as_they_were(data):
    doc, stack, ids = document_with_opportunity()
    before = copy.deepcopy(doc)
    journey = doc.journey(ids["journey"])
    doomed = data.draw(st.sampled_from([
        *(o.id for o in (*journey.stages, *journey.touchpoints, *journey.transitions,
                         *journey.lanes, *journey.notes)),
        journey.id, ids["opportunity"], ids["solution"],
    ]))  # fmt: skip
    stack.push(RemoveObject(doomed))
    assert not opportunity_problems(doc) or all(
        p.kind == "no_owner" for p in opportunity_problems(doc)
    )  # nothing left dangling
    stack.undo()
    assert doc == before
    stack.redo()
    stack.undo()
    assert doc == before


def test_deleting_an_opportunity_takes_its_solutions():
    doc, stack, ids = document_with_opportunity()
    stack.push(RemoveObject(ids["opportunity"]))
    assert doc.opportunities == [] and doc.solutions == []
    assert stack.texts()[-1] == "Delete opportunity ‘Call back instead of waiting’"
    stack.undo()
    assert [s.id for s in doc.solutions] == [ids["solution"]]


def test_validate_reports_links_to_what_is_gone_and_open_opportunities_nobody_owns(tmp_path):
    doc, stack, ids = document_with_opportunity()
    stack.push(SetFields(ids["opportunity"], {"owner": ""}))
    path = tmp_path / "doc.json"
    save_document(doc, path)
    data = json.loads(path.read_text())
    data["opportunities"][0]["links"].append({"kind": "transition", "id": "gone-1"})
    path.write_text(json.dumps(data))
    out = run("validate", path, check_code=1).stdout
    assert "Opportunities: “Call back instead of waiting” addresses a transition that is not in " \
        "the document (id gone-1). [dangling_link]" in out  # fmt: skip
    assert "Nobody owns “Call back instead of waiting”. [no_owner]" in out


def test_the_opportunities_command_lists_them_by_priority(tmp_path):
    doc, stack, _ids = document_with_opportunity()
    stack.push(AddObject(Opportunity("Quick win", customer_value=90, business_value=90,
                                     effort=1, owner="Digital", status="planned",
                                     due="2027-03-01")))  # fmt: skip
    path = tmp_path / "doc.jmap"
    save_document(doc, path)
    out = run("opportunities", path, "--format", "json").stdout
    rows = json.loads(out)
    assert [r["title"] for r in rows] == ["Quick win", "Call back instead of waiting"]
    assert rows[0] | {"links": ""} == {
        "title": "Quick win", "status": "planned", "owner": "Digital", "due": "2027-03-01",
        "customer_value": 90, "business_value": 90, "effort": 1, "priority": 90.0, "links": "",
    }  # fmt: skip
    assert rows[1]["links"] == ("Call hotline; Call hotline: CSAT gap; note ‘Waits 20 minutes’")
    table = run("opportunities", path).stdout
    assert table.splitlines()[0].split() == [
        "title", "status", "owner", "due", "customer_value", "business_value", "effort",
        "priority", "links",
    ]  # fmt: skip
    csv = run("opportunities", path, "--format", "csv").stdout
    assert csv.splitlines()[1].startswith("Quick win,planned,Digital,2027-03-01,90,90,1,90.0")


def test_info_counts_the_opportunities_and_how_many_are_open(tmp_path):
    doc, stack, _ids = document_with_opportunity()
    stack.push(AddObject(Opportunity("Old idea", status="dismissed")))
    path = tmp_path / "doc.jmap"
    save_document(doc, path)
    first = run("info", path).stdout.splitlines()[0]
    assert first == f"{path}: 1 persona, 2 opportunities (1 open)"


def test_a_gap_an_opportunity_addresses_is_not_suggested_again_whatever_the_remedy():
    from journeymap.model.figures import ALL_RESPONDENTS
    from journeymap.model.open_suggestions import open_suggestions
    from journeymap.model.suggestions import suggest

    doc, stack, ids = small_document()
    journey = doc.journey(ids["journey"])
    gap = Link("gap", ids["call"], "csat")

    def about_the_gap(suggestions):
        return [s for s in suggestions if ("gap", ids["call"], "csat") in
                {(link.kind, link.id, link.metric) for link in s.links}]  # fmt: skip

    assert about_the_gap(suggest(journey))  # the hotline's CSAT gap is suggested at first
    stack.push(AddObject(Opportunity("Our own plan", owner="Service team", links=[gap])))
    assert not about_the_gap(open_suggestions(doc, journey, ALL_RESPONDENTS))
    stack.push(SetFields(doc.opportunities[0].id, {"status": "dismissed"}))
    assert about_the_gap(open_suggestions(doc, journey, ALL_RESPONDENTS))

"""Journey discovery from contact logs (issue 15): hand-made logs with known counts,
shares, times, variants and stages; a property test on random logs; XES equal to CSV;
the ``discover`` command and its refusals of bad input."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.discovery import DiscoveryOptions, LogColumns, discover, discover_log
from journeymap.discovery.event_table import collect_events, events_frame
from journeymap.discovery.frame_facts import frame_facts
from journeymap.discovery.timestamps import parse_time
from journeymap.errors import DocumentFileError
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Transition
from journeymap.model.serialize import document_to_dict
from journeymap.storage import open_document, save_document
from tests.cli_runner import assert_one_message_naming, run_cli

#: Three tickets: 1 and 2 go fault -> visit -> close (2 reports twice first), 3 reports
#: by chat and is never heard of again.
LOG = """Case ID;Activity;Timestamp;Channel;Agent;CSAT;Segment
T1;Report fault;2026-03-01 09:00;phone;Anna;4;private
T1;Technician visit;2026-03-01 13:00;technician;Tom;;private
T1;Close;2026-03-02 09:00;email;Anna;;private
T2;Report fault;2026-03-02 10:00;phone;Anna;2;business
T2;Report fault;2026-03-02 12:00;Telefon;Ben;;business
T2;Technician visit;2026-03-03 10:00;technician;Tom;;business
T2;Close;2026-03-03 11:00;email;Ben;;business
T3;Report fault;01.03.2026 08:00;Fax;Ben;5;private
"""
COLUMNS = LogColumns("case id", "activity", "timestamp")


def _write(tmp_path: Path, text: str, name: str = "log.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _discover_rows(rows: list[tuple[str, str, float]], **options) -> Journey:
    """The journey of in-memory events (case, activity, seconds), in log order."""
    frame = events_frame({
        "case": [c for c, _, _ in rows], "activity": [a for _, a, _ in rows],
        "time": [t for _, _, t in rows], "row": list(range(len(rows))),
    })  # fmt: skip
    events, keys, skipped = collect_events(frame, Path("log.csv"), "time")
    facts = frame_facts(events, keys, Path("log.csv"), skipped)
    return discover(facts, DiscoveryOptions(**options)).journey


def _by_name(journey: Journey) -> tuple[dict, dict[tuple[str, str], Transition]]:
    touchpoints = {tp.name: tp for tp in journey.touchpoints}
    names = {tp.id: tp.name for tp in journey.touchpoints}
    transitions = {(names[t.source], names[t.target]): t for t in journey.transitions}
    return touchpoints, transitions


def _discovered(tmp_path: Path, columns: LogColumns = COLUMNS, **options) -> tuple:
    result = discover_log(_write(tmp_path, LOG), columns,
                          DiscoveryOptions(**{"min_share": 0.0, **options}))  # fmt: skip
    return result, *_by_name(result.journey)


def test_a_hand_made_log_gives_its_counts_shares_times_and_ends(tmp_path):
    result, tps, transitions = _discovered(tmp_path)
    fault = tps["Report fault"]
    assert sorted(tps) == ["Close", "Report fault", "Technician visit"]
    # 4 fault events: 2 go on to the visit, 1 repeats, 1 (T3) ends there
    visit = transitions[("Report fault", "Technician visit")]
    assert (visit.count, visit.share) == (2, 0.5)
    assert visit.median_hours == pytest.approx(13.0)  # 4 h and 22 h
    assert visit.p90_hours == pytest.approx(4 + 0.9 * 18)
    repeat = transitions[("Report fault", "Report fault")]
    assert (repeat.count, repeat.share, repeat.median_hours) == (1, 0.25, 2.0)
    close = transitions[("Technician visit", "Close")]
    assert (close.count, close.share, close.median_hours) == (2, 1.0, 10.5)
    assert fault.entry and fault.exit  # T3 starts and ends there
    assert tps["Close"].exit and not tps["Close"].entry
    assert not tps["Technician visit"].entry and not tps["Technician visit"].exit
    # 8 events over the span of 2 days 3 hours: volume is per month
    span_months = (51 / 24) / 30.436875
    assert fault.volume == round(4 / span_months)
    summary = result.summary
    assert summary["cases"] == 3 and summary["events"] == 8 and summary["activities"] == 3
    assert summary["transitions"] == 3 and summary["variants"] == 3
    assert summary["top_variant_share"] == pytest.approx(1 / 3)
    assert summary["median_case_hours"] == 24.0  # T1 24 h, T2 25 h, T3 0 h
    assert summary["repeat_contact_cases"] == 1 and summary["single_event_cases"] == 1
    assert summary["channel_switches"] == 0  # no channel column read


def test_shares_out_of_a_touchpoint_and_its_case_ends_add_up_to_one(tmp_path):
    result, tps, _ = _discovered(tmp_path)
    journey = result.journey
    ends = {tp.id: 0 for tp in journey.touchpoints}
    for path in journey.observed_paths:
        ends[path.touchpoint_ids[-1]] += path.cases
    events = {"Report fault": 4, "Technician visit": 2, "Close": 2}
    for name, tp in tps.items():
        out = sum(t.share for t in journey.transitions if t.source == tp.id)
        assert out + ends[tp.id] / events[name] == pytest.approx(1.0)


def test_channels_owners_and_vocabulary(tmp_path):
    columns = LogColumns("Case ID", "Activity", "Timestamp", channel="channel", owner="AGENT")
    result, tps, _transitions = _discovered(tmp_path, columns, by_channel=True)
    # "phone" and "Telefon" are the same vocabulary channel but different words
    assert "Report fault (phone)" in tps and "Report fault (Telefon)" in tps
    assert tps["Report fault (phone)"].channel == "phone"
    assert tps["Report fault (Telefon)"].channel == "phone"
    fax = tps["Report fault (Fax)"]
    assert (fax.channel, fax.channel_other) == ("other", "Fax")
    assert tps["Technician visit"].channel == "technician"  # one channel: its plain name
    assert tps["Technician visit"].owner == "Tom"
    assert tps["Report fault (phone)"].owner == "Anna"
    assert result.summary["channel_switches"] == 5


def test_min_share_drops_rare_transitions_but_never_a_only_way_in(tmp_path):
    rows = []
    for case in range(10):  # A -> B in every case; A -> C once (share 1/11 of A's events)
        rows += [(f"c{case}", "A", 0.0), (f"c{case}", "B", 3600.0)]
    rows += [("x", "A", 0.0), ("x", "C", 7200.0)]
    rows += [("y", "B", 0.0), ("y", "D", 60.0)]  # B -> D: 1 of 11 B events
    rows += [("y", "B", 120.0)]  # D -> B: D's only way out
    kept = _by_name(_discover_rows(rows, min_share=0.5))[1]
    assert ("A", "B") in kept
    assert ("A", "C") in kept  # C's only way in
    assert ("B", "D") in kept and ("D", "B") in kept  # D's only ways in and out
    everything = _by_name(_discover_rows(rows, min_share=0.0))[1]
    assert set(kept) == set(everything)  # here, every rare one is an only way
    rows += [("z", "A", 0.0), ("z", "C", 1.0), ("z2", "B", 0.0), ("z2", "C", 1.0)]
    kept = _by_name(_discover_rows(rows, min_share=0.15))[1]
    assert ("A", "C") in kept and ("B", "C") not in kept  # C keeps its strongest way in


def test_stages_by_name_and_by_median_position(tmp_path):
    result, _tps, _ = _discovered(tmp_path, stages=2, stage_of={"close": "Resolution"})
    journey = result.journey
    assert [s.name for s in journey.stages] == ["Stage 1", "Stage 2", "Resolution"]
    stage_of = {tp.name: journey.stages[journey.stage_index(tp.stage_id)].name
                for tp in journey.touchpoints}  # fmt: skip
    assert stage_of == {"Report fault": "Stage 1", "Technician visit": "Stage 2",
                        "Close": "Resolution"}  # fmt: skip
    ys = [tp.y for tp in journey.touchpoints]
    assert ys == [0.0, 0.0, 0.0]  # auto-laid-out, one card per stage column


def test_a_stage_naming_an_activity_the_log_lacks_is_refused(tmp_path):
    path = _write(tmp_path, LOG)
    ran = run_cli("discover", path, tmp_path / "out.jmap", "--case", "Case ID", "--activity",
                  "Activity", "--time", "Timestamp", "--stage", "Refund=Money")  # fmt: skip
    assert "Refund" in assert_one_message_naming(ran, path)
    assert not (tmp_path / "out.jmap").exists()


def test_case_scores_become_measurements_of_every_touchpoint_passed(tmp_path):
    columns = LogColumns("Case ID", "Activity", "Timestamp", segment="segment", score="csat")
    result, tps, _ = _discovered(tmp_path, columns, metric="csat", segmented=True)
    got = {
        (next(n for n, tp in tps.items() if tp.id == m.touchpoint_id), m.segment): m.counts
        for m in result.journey.measurements
    }
    assert got == {
        ("Report fault", "private"): {4: 1, 5: 1},
        ("Technician visit", "private"): {4: 1},
        ("Close", "private"): {4: 1},
        ("Report fault", "business"): {2: 1},  # T2 passed it twice: counted once
        ("Technician visit", "business"): {2: 1},
        ("Close", "business"): {2: 1},
    }
    assert all(m.segmented and m.metric == "csat" for m in result.journey.measurements)


def test_timestamps_iso_with_and_without_zones_and_german():
    assert parse_time("2026-03-01T09:00:00+01:00") == parse_time("2026-03-01 08:00")
    assert parse_time("2026-03-01T08:00:00Z") == parse_time("01.03.2026 08:00")
    assert parse_time("01.03.2026") == parse_time("2026-03-01")
    assert parse_time("31.02.2026 08:00") is None
    assert parse_time("yesterday") is None and parse_time("20260301") is None


def test_mixed_zones_are_ordered_in_utc(tmp_path):
    text = "case,activity,time\n1,Second,2026-03-01T09:30:00+01:00\n1,First,2026-03-01T08:00Z\n"
    log = _write(tmp_path, text)
    transitions = _by_name(discover_log(log, LogColumns("case", "activity", "time")).journey)[1]
    assert transitions[("First", "Second")].median_hours == 0.5


XES = """<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
  <global scope="trace"><string key="concept:name" value="__INVALID__"/></global>
{traces}
</log>
"""


def _xes(log: str) -> str:
    """The CSV log LOG as XES traces, in the same order."""
    traces: dict[str, list[str]] = {}
    for line in log.splitlines()[1:]:
        case, activity, time, *_ = line.split(";")
        moment = parse_time(time)
        iso = dt.datetime.fromtimestamp(moment, dt.UTC).isoformat()
        traces.setdefault(case, []).append(
            f'<event><string key="concept:name" value="{activity}"/>'
            f'<date key="time:timestamp" value="{iso}"/></event>'
        )
    body = "\n".join(
        f'<trace><string key="concept:name" value="{case}"/>{"".join(events)}</trace>'
        for case, events in traces.items()
    )
    return XES.format(traces=body)


def _shape(journey: Journey) -> dict:
    """A journey as plain data without its ids, to compare two discoveries."""
    names = {tp.id: tp.name for tp in journey.touchpoints}
    stages = {s.id: s.name for s in journey.stages}
    return {
        "touchpoints": [(tp.name, stages[tp.stage_id], tp.volume, tp.entry, tp.exit)
                        for tp in journey.touchpoints],
        "transitions": [(names[t.source], names[t.target], t.count, t.share, t.median_hours,
                         t.p90_hours) for t in journey.transitions],
        "paths": [([names[i] for i in p.touchpoint_ids], p.cases)
                  for p in journey.observed_paths],
    }  # fmt: skip


def test_xes_and_csv_of_the_same_log_give_the_same_journey(tmp_path):
    csv_journey = discover_log(_write(tmp_path, LOG), COLUMNS).journey
    xes_path = _write(tmp_path, _xes(LOG), "log.xes")
    xes_journey = discover_log(xes_path, LogColumns("case:concept:name", "concept:name",
                                                    "time:timestamp")).journey  # fmt: skip
    assert _shape(xes_journey) == _shape(csv_journey)


def test_the_process_mining_column_names_work_in_csv(tmp_path):
    text = LOG.replace("Case ID", "case:concept:name").replace("Activity", "concept:name")
    text = text.replace("Timestamp", "time:timestamp")
    path = _write(tmp_path, text)
    out = tmp_path / "out.json"
    ran = run_cli("discover", path, out, "--case", "case:concept:name", "--activity",
                  "concept:name", "--time", "time:timestamp", "--format", "json")  # fmt: skip
    assert ran.code == 0, ran.stderr
    assert json.loads(ran.stdout)["cases"] == 3


def test_an_xes_log_with_a_dtd_is_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE log [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><log><trace><event>'
            '<string key="concept:name" value="&b;"/></event></trace></log>')  # fmt: skip
    path = _write(tmp_path, bomb, "bomb.xes")
    ran = run_cli("discover", path, tmp_path / "out.jmap", "--case", "case:concept:name",
                  "--activity", "concept:name", "--time", "time:timestamp")  # fmt: skip
    assert "DTD" in assert_one_message_naming(ran, path)


# ---- the property: every event is followed by one transition or ends its case ----------

_random_logs = st.lists(
    st.tuples(st.integers(0, 5), st.sampled_from("ABCDE"), st.integers(0, 50)),
    min_size=1, max_size=60,
)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(rows=_random_logs)
def test_random_logs_keep_every_event_and_every_path(rows):
    journey = _discover_rows([(f"case{c}", a, t * 3600.0) for c, a, t in rows], min_share=0.0)
    events = {tp.id: 0 for tp in journey.touchpoints}
    names = {tp.name: tp.id for tp in journey.touchpoints}
    for _, activity, _ in rows:
        events[names[activity]] += 1
    ends = dict.fromkeys(events, 0)
    cases: dict[int, list[tuple[int, int, str]]] = {}
    for i, (c, a, t) in enumerate(rows):
        cases.setdefault(c, []).append((t, i, a))
    for case in cases.values():
        ends[names[sorted(case)[-1][2]]] += 1
    for tp_id, n in events.items():
        out = sum(t.count for t in journey.transitions if t.source == tp_id)
        assert out + ends[tp_id] == n
        assert sum(t.share for t in journey.transitions if t.source == tp_id) + ends[
            tp_id
        ] / n == pytest.approx(1.0)
    edges = {(t.source, t.target) for t in journey.transitions}
    for case in cases.values():
        path = [names[a] for _, _, a in sorted(case)]
        assert all(pair in edges for pair in itertools.pairwise(path))
    assert (
        sum(p.cases for p in journey.observed_paths) == len(cases)
        or len(journey.observed_paths) == 50
    )


# ---- the command ------------------------------------------------------------------------


def _discover(tmp_path: Path, *extra: object, log: str = LOG, out: str = "out.jmap"):
    path = _write(tmp_path, log)
    return path, tmp_path / out, run_cli(
        "discover", path, tmp_path / out, "--case", "Case ID", "--activity", "Activity",
        "--time", "Timestamp", *extra,
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".jmap", ".json"])
def test_the_command_saves_a_journey_that_opens_with_its_counts(tmp_path, suffix):
    _, out, ran = _discover(tmp_path, "--channel", "Channel", "--min-share", "0",
                            out=f"out{suffix}")  # fmt: skip
    assert ran.code == 0, ran.stderr
    assert "cases" in ran.stdout and "channel_switches" in ran.stdout
    journey = open_document(out).journeys[0]
    assert journey.name == "log"
    # phone -> visit, phone -> Telefon, Telefon -> visit once; visit -> close twice
    assert sorted(t.count for t in journey.transitions) == [1, 1, 1, 2]
    assert journey.observed_paths[0].cases == 1 and len(journey.observed_paths) == 3
    if suffix == ".json":
        data = json.loads(out.read_text(encoding="utf-8"))["journeys"][0]
        assert data["observed_paths"][0]["cases"] == 1
        assert {"count", "median_hours", "p90_hours"} <= set(data["transitions"][0])


def test_the_summary_as_json_has_the_issue_keys(tmp_path):
    _, _, ran = _discover(tmp_path, "--format", "json")
    summary = json.loads(ran.stdout)
    for key in ("cases", "events", "activities", "transitions", "variants",
                "top_variant_share", "median_case_hours", "repeat_contact_cases",
                "channel_switches"):  # fmt: skip
        assert key in summary
    assert (summary["cases"], summary["events"], summary["variants"]) == (3, 8, 3)


def test_a_misnamed_column_is_named_with_the_columns_found(tmp_path):
    path = _write(tmp_path, LOG)
    ran = run_cli("discover", path, tmp_path / "out.jmap", "--case", "ticket", "--activity",
                  "Activity", "--time", "Timestamp")  # fmt: skip
    message = assert_one_message_naming(ran, path)
    assert "ticket" in message and "“Case ID”" in message and "“Agent”" in message
    assert not (tmp_path / "out.jmap").exists()


def test_unparseable_timestamps_are_listed_by_row_up_to_a_limit(tmp_path):
    rows = "".join(f"c{i};A;soon\n" for i in range(25))
    log = "Case ID;Activity;Timestamp\nc;A;2026-03-01\n" + rows
    path, out, ran = _discover(tmp_path, log=log)
    message = assert_one_message_naming(ran, path)
    assert "25 timestamps" in message and "rows 3, 4, 5" in message and "15 more" in message
    assert not out.exists()


def test_an_empty_log_is_refused(tmp_path):
    path, out, ran = _discover(tmp_path, log="Case ID;Activity;Timestamp\n")
    assert "no events" in assert_one_message_naming(ran, path)
    assert not out.exists()


def test_single_event_cases_are_entries_and_exits_without_transitions(tmp_path):
    log = "Case ID;Activity;Timestamp\n1;Call;2026-03-01\n2;Call;2026-03-02\n3;Mail;2026-03-03\n"
    _, out, ran = _discover(tmp_path, "--format", "json", log=log)
    assert json.loads(ran.stdout)["single_event_cases"] == 3
    journey = open_document(out).journeys[0]
    assert journey.transitions == []
    assert all(tp.entry and tp.exit for tp in journey.touchpoints)


def test_an_existing_out_is_kept_unless_forced(tmp_path):
    (tmp_path / "out.jmap").write_bytes(b"keep me")
    _, out, ran = _discover(tmp_path)
    assert "exists already" in assert_one_message_naming(ran, out)
    assert out.read_bytes() == b"keep me"


def test_the_period_limits_the_events(tmp_path):
    _, _, ran = _discover(tmp_path, "--from", "2026-03-02", "--to", "2026-03-02",
                          "--format", "json")  # fmt: skip
    summary = json.loads(ran.stdout)
    assert (summary["cases"], summary["events"]) == (2, 3)  # T1's close, T2's two reports


def test_hand_drawn_transitions_have_no_discovered_figures():
    transition = Transition("a", "b")
    assert (transition.count, transition.median_hours, transition.p90_hours) == (None,) * 3
    assert Journey("Drawn").observed_paths == []
    data = document_to_dict(Document(journeys=[Journey("Drawn")]))
    assert data["journeys"][0]["observed_paths"] == []


def test_an_xlsx_log_with_date_cells_reads_like_the_csv(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    lines = LOG.splitlines()
    sheet.append(lines[0].split(";"))
    for line in lines[1:]:
        cells = line.split(";")
        moment = dt.datetime.fromtimestamp(parse_time(cells[2]), dt.UTC).replace(tzinfo=None)
        sheet.append([cells[0], cells[1], moment, *cells[3:]])
    path = tmp_path / "log.xlsx"
    book.save(path)
    xlsx_journey = discover_log(path, COLUMNS).journey
    csv_journey = discover_log(_write(tmp_path, LOG), COLUMNS).journey
    assert _shape(xlsx_journey) == _shape(csv_journey)


def test_a_duplicated_discovered_journey_keeps_its_paths_on_its_own_touchpoints(tmp_path):
    from journeymap.model.clipboard import duplicate_journey

    journey = discover_log(_write(tmp_path, LOG), COLUMNS).journey
    twin = duplicate_journey(journey, "to-be", "Twin")
    own = {tp.id for tp in twin.touchpoints}
    assert all(set(p.touchpoint_ids) <= own for p in twin.observed_paths)
    assert [p.cases for p in twin.observed_paths] == [p.cases for p in journey.observed_paths]
    path = tmp_path / "both.jmap"
    save_document(Document(journeys=[journey, twin]), path)
    assert len(open_document(path).journeys[1].observed_paths) == 3


@pytest.mark.parametrize("name", ["installation-v1.jmap", "online-order-v2.jmap",
                                  "installation-v3.jmap"])  # fmt: skip
def test_an_older_file_has_no_discovered_figures_and_saves_them_empty(tmp_path, name):
    copy = tmp_path / name
    shutil.copy(Path(__file__).parent / "fixtures" / "documents" / name, copy)
    doc = open_document(copy)
    journey = doc.journeys[0]
    assert journey.transitions and journey.observed_paths == []
    assert all(t.count is None and t.median_hours is None for t in journey.transitions)
    save_document(doc, copy)
    assert open_document(copy) == doc


# ---- CSV as polars reads it: encodings, ragged rows, the vectorised timestamps ----------


@pytest.mark.parametrize(("encoding", "delimiter"), [("cp1252", ";"), ("utf-16", "\t"),
                                                     ("utf-8-sig", ",")])  # fmt: skip
def test_a_log_in_any_encoding_the_survey_import_reads(tmp_path, encoding, delimiter):
    text = LOG.replace(";", delimiter).replace("Technician visit", "Technikerbesuch (Störung)")
    path = tmp_path / "log.csv"
    path.write_bytes(text.encode(encoding))
    touchpoints = _by_name(discover_log(path, COLUMNS).journey)[0]
    assert "Technikerbesuch (Störung)" in touchpoints
    assert touchpoints["Report fault"].volume > 0


def test_umlauts_only_late_in_the_file_are_read_as_windows_1252(tmp_path):
    path = tmp_path / "log.csv"
    lines = ["case;activity;time"] + [f"c{i};Call;2026-03-01 09:{i % 60:02}" for i in range(3000)]
    path.write_bytes(("\n".join(lines) + "\nz;Rückruf;2026-03-02 10:00\n").encode("cp1252"))
    names = _by_name(discover_log(path, LogColumns("case", "activity", "time")).journey)[0]
    assert set(names) == {"Call", "Rückruf"}


def test_short_rows_and_blank_lines_keep_their_row_numbers(tmp_path):
    text = "case,activity,time,channel\nA,Call\n\nA,Mail,2026-03-01,email\nB,Call,soon\n"
    ran = run_cli("discover", _write(tmp_path, text), tmp_path / "o.jmap",
                  "--case", "case", "--activity", "activity", "--time", "time")  # fmt: skip
    message = assert_one_message_naming(ran, tmp_path / "log.csv")
    assert "rows 2, 5" in message  # the header is row 1, the blank line row 3


def test_an_unclosed_quote_is_one_message(tmp_path):
    path = _write(tmp_path, 'case,activity,time\nA,"Call,2026-03-01\nA,Mail,2026-03-02\n')
    ran = run_cli("discover", path, tmp_path / "o.jmap", "--case", "case", "--activity",
                  "activity", "--time", "time")  # fmt: skip
    assert "could not be read as CSV" in assert_one_message_naming(ran, path)
    assert not (tmp_path / "o.jmap").exists()


_moments = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2090, 1, 1))
_forms = st.sampled_from([
    "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%dT%H:%M:%S+02:00",
    "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S.%f", "%d.%m.%Y",
    "%Y-%m-%dT%H:%M:%S-0130",
])  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.tuples(_moments, _forms), min_size=1, max_size=30),
       noise=st.lists(st.sampled_from(["", "soon", "2026-02-30", "1.13.2026", " 2026-03-01 "]),
                      max_size=3))  # fmt: skip
def test_a_column_of_timestamps_reads_as_each_one_does(values, noise):
    import polars as pl

    from journeymap.discovery.event_table import collect_events
    from journeymap.discovery.frame_times import time_columns

    texts = [moment.strftime(form) for moment, form in values] + noise
    column = pl.Series(texts, dtype=pl.String)
    raw = pl.LazyFrame({"time": column, "row": range(len(texts)), "activity": "Call",
                        "case": [f"case {i}" for i in range(len(texts))]})  # fmt: skip
    expected = [parse_time(text) for text in texts]
    if None in expected:
        with pytest.raises(DocumentFileError, match=r"rows? "):
            collect_events(raw.with_columns(time_columns(column)), Path("log.csv"), "time")
    else:
        events, _, _ = collect_events(raw.with_columns(time_columns(column)), Path("log.csv"),
                                      "time")  # fmt: skip
        assert events.sort("row")["time"].to_list() == expected


def test_more_activities_than_a_journey_holds_is_one_message(tmp_path):
    path = tmp_path / "log.csv"
    rows = "".join(f"c{i % 7},Activity {i},2026-03-01T09:00:{i % 60:02}\n" for i in range(60_001))
    path.write_text("case,activity,time\n" + rows, encoding="utf-8")
    ran = run_cli("discover", path, tmp_path / "o.jmap", "--case", "case", "--activity",
                  "activity", "--time", "time")  # fmt: skip
    assert "60,001 distinct activities" in assert_one_message_naming(ran, path)
    assert not (tmp_path / "o.jmap").exists()


def test_cases_whose_hashes_clash_are_told_apart_by_their_texts(monkeypatch):
    import polars as pl

    from journeymap.discovery import event_table

    rows = [("T1", "A", 0.0), ("T2", "B", 60.0), ("T1", "C", 120.0), ("T2", "C", 180.0)]
    expected = _shape(_discover_rows(rows, min_share=0.0))
    hashed, calls = event_table._collected, []

    def clashing(events, exact_cases):  # as if T1 and T2 had one hash
        calls.append(exact_cases)
        table = hashed(events, exact_cases)
        if exact_cases:
            return table
        return table.with_columns(case=pl.lit(7, pl.UInt64), check=pl.Series([1, 2, 1, 2]))

    monkeypatch.setattr(event_table, "_collected", clashing)
    assert _shape(_discover_rows(rows, min_share=0.0)) == expected
    assert calls == [False, True]  # read again, by the case texts


@pytest.mark.parametrize("kind", ["csv", "xlsx", "xes"])
def test_rows_without_a_case_or_an_activity_are_left_out_and_counted(tmp_path, kind):
    from openpyxl import Workbook

    rows = [("T1", "Call", "2026-03-01 09:00"), ("", "", ""), ("T1", "", "2026-03-01 09:30"),
            ("", "Mail", "2026-03-01 10:00"), ("T1", "Mail", "2026-03-01 11:00"),
            ("T2", "Call", "2026-03-02 09:00")]  # fmt: skip
    if kind == "csv":
        path = _write(tmp_path, "case,activity,time\n" + "".join(
            ",".join(row) + "\n" for row in rows) + "\n;;\n")  # fmt: skip
    elif kind == "xlsx":
        book = Workbook()
        book.active.append(["case", "activity", "time"])
        for row in rows:
            book.active.append([cell or None for cell in row])
        path = tmp_path / "log.xlsx"
        book.save(path)
    else:
        events = "".join(
            f'<trace><string key="concept:name" value="{c}"/><event>'
            + (f'<string key="concept:name" value="{a}"/>' if a else "")
            + f'<date key="time:timestamp" value="{t.replace(" ", "T")}:00"/></event></trace>'
            for c, a, t in rows if t
        )  # fmt: skip
        path = _write(tmp_path, XES.format(traces=events), "log.xes")
    columns = LogColumns("case", "activity", "time") if kind != "xes" else LogColumns(
        "case:concept:name", "concept:name", "time:timestamp")  # fmt: skip
    result = discover_log(path, columns, DiscoveryOptions(min_share=0.0))
    assert result.summary["events"] == 3 and result.summary["cases"] == 2
    assert result.summary["skipped_rows"] >= 2
    transitions = _by_name(result.journey)[1]
    assert transitions[("Call", "Mail")].count == 1


def test_the_usual_flow_leads_down_and_on_and_only_repeats_are_loops(tmp_path):
    from journeymap.model.loops import back_edges

    journey = discover_log(_write(tmp_path, LOG), COLUMNS, DiscoveryOptions(stages=1)).journey
    names = {tp.id: tp.name for tp in journey.touchpoints}
    loops = {(names[a], names[b]) for a, b in back_edges(journey)}
    assert loops == {("Report fault", "Report fault")}  # the repeat call, nothing else
    ys = {tp.name: tp.y for tp in journey.touchpoints}
    assert ys["Report fault"] < ys["Technician visit"] < ys["Close"]


def test_predicted_paths_go_on_past_an_exit_where_most_cases_go_on(tmp_path):
    from journeymap.model.graph import analyze

    journey = discover_log(_write(tmp_path, LOG), COLUMNS, DiscoveryOptions(min_share=0)).journey
    names = {tp.id: tp.name for tp in journey.touchpoints}
    paths = [([names[n] for n in p.touchpoint_ids], p.probability) for p in analyze(journey).paths]
    # "Report fault" is an exit (ticket 3 ends there), but half its events go on to a visit
    assert paths[0] == (["Report fault", "Technician visit", "Close"], pytest.approx(0.5))
    assert paths[1] == (["Report fault"], pytest.approx(0.25))  # the share that ends there
    assert len(paths) == 2


def test_a_period_backwards_is_refused_before_the_log_is_read(tmp_path):
    _, out, ran = _discover(tmp_path, "--from", "2026-03-03", "--to", "01.03.2026")
    assert ran.code == 1 and "--from is after --to" in ran.stderr
    assert not out.exists()


def test_a_time_in_another_form_beside_a_row_left_out_is_still_read(tmp_path):
    log = "Case ID;Activity;Timestamp\nc1;Call;01.01.2025 00:00\nc1;;2025-01-01\n"
    result = discover_log(_write(tmp_path, log), COLUMNS)
    assert (result.summary["events"], result.summary["skipped_rows"]) == (1, 1)
    assert result.summary["first_event"] == "2025-01-01T00:00:00+00:00"


def test_automatic_stages_are_numbered_among_themselves(tmp_path):
    result, *_ = _discovered(tmp_path, stages=2, stage_of={"report fault": "Intake"})
    assert [s.name for s in result.journey.stages] == ["Intake", "Stage 1"]

"""A first look at a contact log (issue 15, the GUI's preview): its header and first rows
from CSV, .xlsx and XES, read in the sandbox; the column mapping guessed from the header,
in English, German and the process-mining names."""

from __future__ import annotations

import datetime as dt

import pytest

from journeymap.discovery import guess_columns, preview_log
from journeymap.discovery.preview import guess_metric
from journeymap.errors import DocumentFileError
from journeymap.safety.sandbox import Cancelled
from tests.test_discover import LOG, _write, _xes


def test_a_csv_log_previews_its_header_and_first_rows_as_text(tmp_path):
    preview = preview_log(_write(tmp_path, LOG), rows=3)
    assert preview.header == ["Case ID", "Activity", "Timestamp", "Channel", "Agent", "CSAT",
                              "Segment"]  # fmt: skip
    assert preview.rows == [
        ["T1", "Report fault", "2026-03-01 09:00", "phone", "Anna", "4", "private"],
        ["T1", "Technician visit", "2026-03-01 13:00", "technician", "Tom", "", "private"],
        ["T1", "Close", "2026-03-02 09:00", "email", "Anna", "", "private"],
    ]


def test_the_preview_shows_twenty_rows_unless_told_and_fewer_when_the_log_is_short(tmp_path):
    lines = ["case,activity,time"] + [f"{i},Call,2026-03-01" for i in range(50)]
    assert len(preview_log(_write(tmp_path, "\n".join(lines))).rows) == 20
    assert len(preview_log(_write(tmp_path, LOG)).rows) == 8


def test_a_cp1252_log_previews_its_umlauts(tmp_path):
    path = tmp_path / "log.csv"
    text = "Vorgang;Tätigkeit;Zeitstempel\nV1;Rückruf;01.03.2026 09:00\n"
    path.write_bytes(text.encode("cp1252"))
    preview = preview_log(path)
    assert preview.header == ["Vorgang", "Tätigkeit", "Zeitstempel"]
    assert preview.rows == [["V1", "Rückruf", "01.03.2026 09:00"]]


def test_an_xes_log_previews_its_events_with_their_trace_as_columns(tmp_path):
    preview = preview_log(_write(tmp_path, _xes(LOG), "log.xes"), rows=2)
    assert preview.header == ["case:concept:name", "concept:name", "time:timestamp"]
    assert preview.rows == [["T1", "Report fault", "2026-03-01T09:00:00+00:00"],
                            ["T1", "Technician visit", "2026-03-01T13:00:00+00:00"]]  # fmt: skip


def test_an_xlsx_log_previews_its_date_cells_as_text(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Ticket", "Status", "Date"])
    book.active.append(["A-1", "Opened", dt.datetime(2026, 3, 1, 9, 30)])
    path = tmp_path / "log.xlsx"
    book.save(path)
    preview = preview_log(path)
    assert preview.header == ["Ticket", "Status", "Date"]
    assert preview.rows == [["A-1", "Opened", "2026-03-01 09:30:00"]]


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("missing.csv", None, "does not exist"),
        ("empty.csv", "", "is empty"),
        ("bomb.xes", '<?xml version="1.0"?><!DOCTYPE log [<!ENTITY a "a">]><log/>', "DTD"),
        ("broken.xes", "<log><trace>", "not valid XML"),
    ],
)
def test_a_log_that_cannot_be_read_is_one_message_naming_it(tmp_path, name, text, problem):
    path = tmp_path / name if text is None else _write(tmp_path, text, name)
    with pytest.raises(DocumentFileError) as raised:
        preview_log(path)
    assert str(path) in str(raised.value) and problem in str(raised.value)


def test_a_cancelled_preview_stops(tmp_path):
    with pytest.raises(Cancelled):
        preview_log(_write(tmp_path, LOG), cancelled=lambda: True)


def test_the_columns_are_guessed_from_english_names():
    header = ["Case ID", "Activity", "Timestamp", "Channel", "Agent", "CSAT", "Segment"]
    assert guess_columns(header) == {
        "case": "Case ID", "activity": "Activity", "time": "Timestamp", "channel": "Channel",
        "owner": "Agent", "score": "CSAT", "segment": "Segment",
    }  # fmt: skip


def test_the_columns_are_guessed_from_german_names():
    header = ["Vorgangsnummer", "Tätigkeit", "Zeitstempel", "Kanal", "Bearbeiter",
              "Kundengruppe", "Zufriedenheit"]  # fmt: skip
    assert guess_columns(header) == {
        "case": "Vorgangsnummer", "activity": "Tätigkeit", "time": "Zeitstempel",
        "channel": "Kanal", "owner": "Bearbeiter", "segment": "Kundengruppe",
        "score": "Zufriedenheit",
    }  # fmt: skip
    assert guess_columns(["Kunde", "Ereignis", "Datum"]) == {
        "case": "Kunde", "activity": "Ereignis", "time": "Datum"}  # fmt: skip


def test_the_process_mining_names_are_guessed():
    header = ["case:concept:name", "concept:name", "time:timestamp", "org:resource"]
    assert guess_columns(header) == {
        "case": "case:concept:name", "activity": "concept:name", "time": "time:timestamp",
        "owner": "org:resource",
    }  # fmt: skip


def test_names_with_more_words_are_guessed_by_their_parts_and_each_column_serves_once():
    header = ["ticket_number", "Event time", "Event", "Customer segment", "Assigned agent",
              "NPS score", "Notes"]  # fmt: skip
    assert guess_columns(header) == {
        "case": "ticket_number", "time": "Event time", "activity": "Event",
        "segment": "Customer segment", "owner": "Assigned agent", "score": "NPS score",
    }  # fmt: skip


def test_a_header_that_names_no_role_guesses_nothing():
    assert guess_columns(["a", "b", "c"]) == {}
    assert guess_columns([]) == {}


@pytest.mark.parametrize(
    ("column", "metric"),
    [("CSAT", "csat"), ("NPS score", "nps"), ("ces_value", "ces"), ("Customer effort", "ces"),
     ("Weiterempfehlung", "nps"), ("Process score", "csat"), ("Rating", "csat")],
)  # fmt: skip
def test_the_metric_is_guessed_from_the_score_columns_name(column, metric):
    assert guess_metric(column) == metric

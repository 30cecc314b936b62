"""A revision keeps every field of every entity (issue 16): documents drawn by hypothesis,
every sample in both languages (lanes, notes, opportunities, solutions, personas with
pictures) and a journey discovered from a contact log (transition counts and times,
observed paths) come back from the library exactly, on SQLite and on PostgreSQL."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from journeymap.discovery import DiscoveryOptions, LogColumns, discover_log
from journeymap.model.document import Document
from journeymap.samples import list_samples
from journeymap.storage import open_document
from journeymap.storage.library import init_library, pull, push
from tests.library_fixtures import content as _content
from tests.strategies import documents

#: Two tickets by phone and chat, one repeating a contact, with a CSAT per case.
LOG = """case,activity,time,channel,csat
A,Report,2026-05-01T08:00:00Z,phone,4
A,Visit,2026-05-01T12:30:00Z,technician,
A,Close,2026-05-02T09:00:00Z,email,
B,Report,2026-05-02T10:00:00Z,chat,2
B,Report,2026-05-02T11:00:00Z,phone,
B,Close,2026-05-03T10:00:00Z,email,
"""


def _round_trip(library: str, name: str, document: Document) -> Document:
    expected = _content(document)
    number = push(library, name, document, author="ana", message="round trip")
    pulled, pulled_number = pull(library, name)
    assert pulled_number == number
    assert _content(pulled) == expected
    return pulled


def test_every_sample_in_both_languages_comes_back_exactly(library):
    samples = list_samples("en") + list_samples("de")
    for sample in samples:
        document = open_document(sample.path)
        pulled = _round_trip(library, f"{sample.path.name}", document)
        assert pulled.opportunities and pulled.solutions  # the parts a user would miss
        assert all(journey.lanes and journey.notes for journey in pulled.journeys)


def test_a_discovered_journey_keeps_its_figures_and_observed_paths(library, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    columns = LogColumns("case", "activity", "time", channel="channel", score="csat")
    journey = discover_log(
        log, columns, DiscoveryOptions(min_share=0.0, metric="csat", by_channel=True)
    ).journey
    pulled = _round_trip(library, "discovered", Document(journeys=[journey])).journeys[0]
    assert pulled.observed_paths and pulled.measurements
    assert any(t.count and t.median_hours is not None for t in pulled.transitions)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents())
def test_any_document_comes_back_exactly_from_a_sqlite_library(document):
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'team.jmaplib'}"
        init_library(url)
        _round_trip(url, "drawn", document)

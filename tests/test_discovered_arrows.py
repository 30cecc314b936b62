"""The arrows of a journey discovered from a contact log (issue 15) say the share and the
median time between the two contacts, minutes below an hour, hours below two days, days
above, and the tooltip gives the observations, the share, the median and the 90th
percentile; a hand-drawn arrow says what it said before. German too."""

from __future__ import annotations

from pathlib import Path

from journeymap.discovery import DiscoveryOptions, discover_log
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Transition
from tests.builders import drawn_journey
from tests.test_discover import COLUMNS, LOG
from tests.test_i18n import german_window  # noqa: F401 (a fixture)


def _discovered_document(tmp_path: Path) -> Document:
    """The hand-made log of tests/test_discover.py discovered through discover_log: fault
    -> visit twice (4 h and 22 h), fault -> fault once (2 h), visit -> close twice (20 h and
    1 h)."""
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    return Document(journeys=[discover_log(log, COLUMNS, DiscoveryOptions(min_share=0.0)).journey])


def _mixed_document() -> Document:
    """A journey with discovered transitions of minutes and of days, and a hand-drawn one
    with a label and a share."""
    journey = drawn_journey("a>b b>c c>d", entries="a", exits="d")
    quick, slow, drawn = journey.transitions
    quick.count, quick.share, quick.median_hours, quick.p90_hours = 40, 0.8, 0.75, 0.95
    slow.count, slow.share, slow.median_hours, slow.p90_hours = 12, 0.35, 80.0, 150.0
    drawn.share, drawn.label = 0.3, "Callback"
    return Document(journeys=[journey])


def _arrow(window, journey: Journey, source: str, target: str):
    names = {tp.id: tp.name for tp in journey.touchpoints}
    t: Transition = next(
        t for t in journey.transitions if (names[t.source], names[t.target]) == (source, target)
    )
    return window.canvas.scene.arrows[t.id]


def _shown(window, doc: Document) -> Journey:
    window.load(doc, None)
    window.canvas.view.viewport().repaint()
    return window.editor.journey


def test_a_discovered_arrow_reads_its_share_and_median_time(window, tmp_path):
    journey = _shown(window, _discovered_document(tmp_path))
    visit = _arrow(window, journey, "Report fault", "Technician visit")
    assert visit.label_item.isVisible()
    assert visit.label_item.text == "50% · 13.0 h"  # 2 of 4 fault reports; 4 h and 22 h
    assert visit.toolTip().split("\n") == [
        "Observations: 2",
        "Share: 50% of the contacts at the touchpoint it leaves",
        "Median time between the contacts: 13.0 h",
        "90th percentile: 20.2 h",
    ]
    assert _arrow(window, journey, "Report fault", "Report fault").label_item.text == (
        "25% · 2.0 h"
    )
    assert _arrow(window, journey, "Technician visit", "Close").label_item.text == ("100% · 10.5 h")


def test_minutes_below_an_hour_days_above_two_and_a_drawn_arrow_unchanged(window):
    journey = _shown(window, _mixed_document())
    quick = _arrow(window, journey, "a", "b")
    assert quick.label_item.text == "80% · 45 min"
    assert "90th percentile: 57 min" in quick.toolTip().split("\n")
    slow = _arrow(window, journey, "b", "c")
    assert slow.label_item.text == "35% · 3.3 days"
    assert "90th percentile: 6.3 days" in slow.toolTip().split("\n")
    drawn = _arrow(window, journey, "c", "d")
    # as a hand-drawn arrow always read: between neighbouring cards its share alone, and
    # the whole label in its tooltip
    assert (drawn.label_item.text, drawn.toolTip()) == ("30%", "Callback · 30%")


def test_german_arrows_take_the_decimal_comma_and_german_units(german_window, tmp_path):  # noqa: F811
    window = german_window
    journey = _shown(window, _discovered_document(tmp_path))
    visit = _arrow(window, journey, "Report fault", "Technician visit")
    assert visit.label_item.text == "50 % · 13,0 Std."
    assert visit.toolTip().split("\n") == [
        "Beobachtungen: 2",
        "Anteil: 50 % der Kontakte am Touchpoint davor",
        "Median der Zeit zwischen den Kontakten: 13,0 Std.",
        "90. Perzentil: 20,2 Std.",
    ]
    journey = _shown(window, _mixed_document())
    assert _arrow(window, journey, "a", "b").label_item.text == "80 % · 45 Min."
    assert _arrow(window, journey, "b", "c").label_item.text == "35 % · 3,3 Tage"
    assert _arrow(window, journey, "c", "d").label_item.text == "30 %"

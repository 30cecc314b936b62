"""A journey too wide for one PDF page is split over several, cut between stage columns,
with the lane names repeated at the left of each page and "Page 2 of 3" at its foot; a
narrow journey stays on one page."""

import subprocess

from PySide6.QtWidgets import QFileDialog

from journeymap.model import Document, Journey, Lane, Note, Persona, Stage, Touchpoint, Transition
from journeymap.storage import save_document
from tests.modal import answer_next
from tests.test_gui_file_names import export_action, type_path
from tests.test_map_export import export

STAGES = {
    "de": ["Bedarf", "Recherche", "Vergleich", "Beratung", "Bestellung", "Bezahlung",
           "Bestätigung", "Lieferung", "Auspacken", "Einrichtung", "Nutzung", "Störung",
           "Verlängerung", "Empfehlung"],
    "en": ["Need", "Research", "Compare", "Advice", "Order", "Payment", "Receipt",
           "Delivery", "Unboxing", "Setup", "Use", "Outage", "Renewal", "Referral"],
}  # fmt: skip
LANES = {
    "de": ["Kundenaktionen", "Kontaktpunkte", "Gefühlskurve", "Schmerzpunkte"],
    "en": ["Customer actions", "Touchpoints", "Emotion curve", "Pain points"],
}
KINDS = ["actions", "touchpoints", "emotion", "pain_points"]
# (no "fi" or "ff" in these names: pdftotext reads the font's ligatures as one letter)


def journey_document(stages: int, language: str) -> Document:
    """A persona's journey over the first ``stages`` stages, with a touchpoint in each,
    linked in a row, and an action and a pain point written in every stage."""
    persona = Persona("Sabine", quote="I just want it to work.")
    journey = Journey("Broadband move", persona_id=persona.id, language=language)
    journey.lanes = [Lane(kind, name) for kind, name in zip(KINDS, LANES[language], strict=True)]
    actions, pains = journey.lanes[0], journey.lanes[3]
    for number, name in enumerate(STAGES[language][:stages], 1):
        stage = Stage(name)
        touchpoint = Touchpoint(stage.id, name=f"Contact {number}", emotion=number % 5 - 2)
        if journey.touchpoints:
            journey.transitions.append(Transition(journey.touchpoints[-1].id, touchpoint.id))
        journey.stages.append(stage)
        journey.touchpoints.append(touchpoint)
        journey.notes.append(Note(actions.id, stage.id, f"Does step {number}"))
        journey.notes.append(Note(pains.id, stage.id, f"Annoyance {number}", votes=number % 3))
    return Document([persona], [journey])


def page_texts(pdf) -> list[str]:
    """The text of each page of a PDF, as pdftotext (poppler-utils, installed by .ci/run)
    reads it."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    return text.split("\f")[:-1]  # every page ends with a form feed


def pages_of_stages(pages: list[str], names: list[str]) -> list[int]:
    """On which page each stage's name is, checking it is on exactly one."""
    found = []
    for name in names:
        holding = [number for number, text in enumerate(pages, 1) if name in text]
        assert len(holding) == 1, f"{name} is on pages {holding}"
        found.extend(holding)
    return found


def test_a_wide_journey_is_split_over_pages_with_the_lane_names_on_each(tmp_path):
    save_document(journey_document(14, "de"), tmp_path / "wide.jmap")
    export(tmp_path / "wide.jmap", "--pdf", tmp_path / "wide.pdf")
    pages = page_texts(tmp_path / "wide.pdf")
    assert len(pages) == 3
    for number, text in enumerate(pages, 1):
        assert all(lane in text for lane in LANES["de"]), f"lane names missing on page {number}"
        assert f"Seite {number} von 3" in text  # the journey speaks German
        assert "Broadband move" in text  # the caption heads every page
    # left to right, never through a column, shared out evenly
    assert pages_of_stages(pages, STAGES["de"]) == [1] * 4 + [2] * 5 + [3] * 5
    assert "Sabine" in pages[0] and "I just want it to work." in pages[0]  # the persona card
    assert "I just want it to work." not in pages[1] + pages[2]

    save_document(journey_document(4, "de"), tmp_path / "narrow.jmap")
    export(tmp_path / "narrow.jmap", "--pdf", tmp_path / "narrow.pdf", "--page", "A3")
    (page,) = page_texts(tmp_path / "narrow.pdf")  # one page, as it always was
    assert pages_of_stages([page], STAGES["de"][:4]) == [1] * 4
    assert "Seite" not in page


def test_file_export_splits_a_wide_map_over_a3_pages(qtbot, window, tmp_path):
    save_document(journey_document(14, "en"), tmp_path / "wide.jmap")
    assert window.open_path(tmp_path / "wide.jmap")
    answer_next(qtbot, QFileDialog, type_path(tmp_path / "map", []))
    export_action(window, "Map as PDF (A3").trigger()  # as a click in File ▸ Export does
    pages = page_texts(tmp_path / "map.pdf")
    assert len(pages) == 3
    for number, text in enumerate(pages, 1):
        assert all(lane in text for lane in LANES["en"])
        assert f"Page {number} of 3" in text
    # on A3 the first page has room for its persona card and five stages
    assert pages_of_stages(pages, STAGES["en"]) == [1] * 5 + [2] * 5 + [3] * 4

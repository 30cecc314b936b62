"""Stage names stay readable on a fitted map at a large text size (View ▸ Text size): a
wide map's headers show each stage's number and the start of its name in a legible font,
none runs into its neighbour, and the whole name is in the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF

from journeymap.model import AddObject, CommandStack, Document, Journey, Stage, Touchpoint
from journeymap.samples import find_sample
from journeymap.ui.canvas.text_layout import LEGIBLE_PIXELS

NAMES = ["Awareness", "Research online", "Compare offers", "Consultation call",
         "Contract signing", "Credit check", "Appointment booking", "Preparation",
         "Technician visit", "Activation", "First invoice", "Support contact",
         "Renewal offer", "Recommendation"]  # fmt: skip


def wide_document() -> Document:
    """A journey of fourteen stages, one card each."""
    doc = Document()
    stack = CommandStack(doc)
    journey = Journey("Fourteen stages")
    stack.push(AddObject(journey))
    for name in NAMES:
        stage = Stage(name)
        stack.push(AddObject(stage, journey.id))
        stack.push(AddObject(Touchpoint(stage.id, name=f"{name} card"), journey.id))
    return doc


def shown_headers(window) -> list[tuple[str, float, float, float]]:
    """(text, device font pixels, drawn width, room) of each stage header as fitted."""
    lod = window.canvas.view.transform().m11()
    shown = []
    for column in window.canvas.scene.columns.values():
        font, lines = column.header_lines(lod)
        metrics = QFontMetricsF(font)
        room = column.header_rect().adjusted(10, 0, -10, 0).width()
        widest = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
        shown.append((" ".join(lines), font.pixelSize() * lod, widest, room))
    return shown


@pytest.mark.parametrize(
    "percent, opened",
    [
        (100, "sample"),
        (150, "sample"),
        (200, "sample"),
        (100, "wide"),
        (150, "wide"),
        (200, "wide"),
    ],
)
def test_fitted_stage_headers_show_each_number_and_name_start_legibly(
    window, qtbot, percent, opened
):
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.size() == QSize(1280, 720))
    if opened == "sample":
        window.open_sample(find_sample("installation", "en").path)
    else:
        window.load(wide_document(), None, "wide")
    window.reading.size_actions[percent].trigger()  # View ▸ Text size
    window.act_fit.trigger()
    journey = window.editor.journey
    headers = shown_headers(window)
    assert len(headers) == len(journey.stages)
    for number, (stage, (text, pixels, widest, room)) in enumerate(
        zip(journey.stages, headers, strict=True), start=1
    ):
        assert text.split()[0] == str(number), text  # the number, and what of the name fits
        if opened == "wide":  # its columns are wider on the screen: the name's start shows
            assert text.split()[1][0] == stage.name[0], text
        assert pixels >= LEGIBLE_PIXELS - 0.01  # legible on the screen
        assert widest <= room  # inside its own column: no header runs into the next
        column = window.canvas.scene.columns[stage.id]
        assert column.toolTip() == f"{number}  {stage.name}"  # the whole name on hover

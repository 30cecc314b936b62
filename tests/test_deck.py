"""The leave-behind deck (`journeymap export FILE --pptx OUT.pptx`): its slides, tables and
charts read back with python-pptx hold the workbook's figures, it speaks the workbook's
language, it opens in LibreOffice Impress (converted headless to PDF), and bad input
leaves no file behind."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from PySide6.QtWidgets import QFileDialog

from journeymap.excel.facts import gather
from journeymap.excel.formats import worst_gaps
from journeymap.excel.workbook import export_workbook
from journeymap.model.figures import ALL_RESPONDENTS
from journeymap.model.opportunities import ranked
from journeymap.samples import find_sample
from journeymap.storage import open_document
from tests.cli_runner import Ran, assert_one_message_naming, run_cli
from tests.modal import answer_next
from tests.test_gui_file_names import export_action, type_path
from tests.test_map_export import export
from tests.test_pdf_pages import page_texts

AS_IS = "Online order and delivery (as-is)"


def slide_titles(deck) -> list[str]:
    return [slide.shapes.title.text for slide in deck.slides]


def shapes_of(slide, kind):
    return [shape for shape in slide.shapes if shape.shape_type == kind]


def table_rows(slide) -> list[list[str]]:
    (shape,) = [shape for shape in slide.shapes if shape.has_table]
    return [[cell.text for cell in row.cells] for row in shape.table.rows]


def chart_values(slide) -> list[tuple[str, list[str], list]]:
    """Each chart's title, categories and values, left to right."""
    charts = sorted((s for s in slide.shapes if s.has_chart), key=lambda s: s.left)
    found = []
    for shape in charts:
        plot = shape.chart.plots[0]
        title = shape.chart.chart_title.text_frame.text
        found.append((title, list(plot.categories), list(plot.series[0].values)))
    return found


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> Path:
    """The English online-order sample's deck of its as-is journey."""
    out = tmp_path_factory.mktemp("deck") / "as-is.pptx"
    export(find_sample("online-order", "en").path, "--journey", AS_IS, "--pptx", out)
    return out


@pytest.fixture(scope="module")
def german(tmp_path_factory) -> Path:
    """The German online-order sample's deck of both its journeys."""
    out = tmp_path_factory.mktemp("deck") / "de.pptx"
    export(find_sample("online-order", "de").path, "--pptx", out)
    return out


def test_the_deck_has_a_title_the_journeys_slides_the_opportunities_and_the_methods(english):
    deck = Presentation(str(english))
    assert deck.slide_width * 9 == deck.slide_height * 16  # 16:9
    today = dt.date.today().isoformat()
    assert slide_titles(deck) == [
        AS_IS,
        AS_IS,
        f"{AS_IS}: the 10 gaps of highest priority",
        f"{AS_IS}: gaps and emotion curve",
        "Opportunities",
        "How the figures are made",
    ]
    subtitle = deck.slides[0].placeholders[1].text_frame.text
    assert f"Gap report of {today}" in subtitle and "Figures: all respondents" in subtitle
    (picture,) = shapes_of(deck.slides[1], MSO_SHAPE_TYPE.PICTURE)
    assert picture.image.content_type == "image/png"
    width, height = picture.image.size
    assert min(width, height) > 1500  # drawn fine enough to zoom into
    assert picture.left + picture.width <= deck.slide_width
    assert picture.top + picture.height <= deck.slide_height
    methods = " ".join(s.text_frame.text for s in deck.slides[-1].shapes if s.has_text_frame)
    assert "priority = value / effort" in methods
    assert "shortfall x importance x volume weight" in methods


def test_the_top_gap_rows_are_the_workbooks(english, tmp_path):
    doc = open_document(find_sample("online-order", "en").path)
    journey = next(j for j in doc.journeys if j.name == AS_IS)
    book = tmp_path / "gaps.xlsx"
    export_workbook(doc, book, [journey])
    sheet = load_workbook(book)["Gaps"]
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, (c.value for c in sheet[2]), strict=True))

    rows = table_rows(Presentation(str(english)).slides[2])
    assert rows[0] == ["Rank", "Stage", "Touchpoint", "Owner", "Metric", "Target", "Measured",
                       "Gap", "n", "Priority"]  # fmt: skip
    assert len(rows) == 11  # the header and the ten rows of highest priority
    top = dict(zip(rows[0], rows[1], strict=True))
    assert top["Rank"] == "1"
    for title in ("Stage", "Touchpoint", "Owner", "Metric"):
        assert top[title] == first[title]
    assert float(top["Target"]) == pytest.approx(first["Target"], abs=0.01)
    assert float(top["Measured"]) == pytest.approx(first["Measured"], abs=0.01)
    report = gather(doc, [journey], ALL_RESPONDENTS)[0].rows
    assert [r[2] for r in rows[1:]] == [r.touchpoint for r in report[:10]]
    assert float(top["Priority"]) == pytest.approx(report[0].priority, abs=0.05)
    # the gap's fill is never colour alone: it carries the light's symbol, as on the map
    assert {row[7].split()[0] for row in rows[1:]} <= {"✕", "!", "✓", "–"}
    assert top["Gap"].startswith("✕ ")  # the top gap is far below its target


def test_the_charts_are_native_with_the_real_numbers(english):
    doc = open_document(find_sample("online-order", "en").path)
    journey = next(j for j in doc.journeys if j.name == AS_IS)
    facts = gather(doc, [journey], ALL_RESPONDENTS)[0]
    (bars_title, names, shares), (line_title, stages, emotions) = chart_values(
        Presentation(str(english)).slides[3]
    )
    worst = sorted(worst_gaps(facts.rows).items(), key=lambda item: item[1][1])
    assert bars_title == "Gap per touchpoint (worst metric)"
    assert names == [facts.names[tp_id] for tp_id, _ in worst]
    assert shares == pytest.approx([share for _, (_, share) in worst])
    assert line_title == "Emotion curve: mean emotion per stage"
    curve = facts.analysis.emotion_curve
    assert stages == [p.stage for p in curve]
    assert emotions == pytest.approx([p.emotion for p in curve])


def test_the_opportunities_are_ranked_as_the_workbook_ranks_them(english):
    doc = open_document(find_sample("online-order", "en").path)
    rows = table_rows(Presentation(str(english)).slides[4])
    assert rows[0] == ["Title", "Status", "Value 0-100", "Effort 1-5", "Owner", "Due"]
    assert [r[0] for r in rows[1:]] == [r.opportunity.title for r in ranked(doc)]


def test_a_german_journey_gets_a_german_deck(german):
    deck = Presentation(str(german))
    titles = slide_titles(deck)
    assert titles[-2:] == ["Chancen", "Wie die Kennzahlen entstehen"]
    assert (
        "Onlinebestellung und Lieferung (Ist): die 10 Lücken mit der höchsten Priorität" in titles
    )
    assert "Onlinebestellung und Lieferung (Soll): Lücken und Emotionskurve" in titles
    rows = table_rows(deck.slides[2])
    assert rows[0][:3] == ["Rang", "Phase", "Touchpoint"]
    assert "," in rows[1][9] and "." not in rows[1][9]  # the priority with a decimal comma
    (bars, _), (line, _) = [(t, c) for t, c, _ in chart_values(deck.slides[3])]
    assert (bars, line) == ("Lücke je Touchpoint (schlechteste Kennzahl)",
                            "Emotionskurve: mittlere Emotion je Phase")  # fmt: skip
    assert "Lückenbericht vom" in deck.slides[0].placeholders[1].text_frame.text


def test_a_journey_without_gaps_is_not_titled_the_0_gaps(tmp_path):
    # the German installation sample's blueprint journey has no targets: its slide said
    # "die 0 Lücken mit der höchsten Priorität" over "Noch keine Lücken"
    out = tmp_path / "de.pptx"
    export(find_sample("installation", "de").path, "--pptx", out)
    deck = Presentation(str(out))
    titles = slide_titles(deck)
    assert not [t for t in titles if " 0 " in t or " 1 Lücken" in t]
    slide = titles.index("Installation – Service Blueprint: Lücken nach Priorität")
    texts = [s.text_frame.text for s in deck.slides[slide].shapes if s.has_text_frame]
    assert "Noch keine Lücken: Zielwerte setzen und Messwerte erfassen." in texts


def test_lang_de_makes_an_english_journey_s_deck_german(tmp_path):
    out = tmp_path / "de.pptx"
    export(find_sample("online-order", "en").path, "--journey", AS_IS, "--lang", "de",
           "--pptx", out)  # fmt: skip
    assert slide_titles(Presentation(str(out)))[-1] == "Wie die Kennzahlen entstehen"


def _office() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is needed (.ci/run installs libreoffice-impress-nogui)"
    return found


@pytest.mark.slow
def test_the_deck_opens_in_libreoffice_impress(german, tmp_path):
    profile = (tmp_path / "profile").as_uri()  # its own, beside any LibreOffice running
    subprocess.run(
        [_office(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(german)],
        capture_output=True, check=True, timeout=180,
    )  # fmt: skip
    pages = page_texts(tmp_path / "de.pdf")
    titles = slide_titles(Presentation(str(german)))
    assert len(pages) == len(titles)
    for page, title in zip(pages, titles, strict=True):
        assert " ".join(title.split()) in " ".join(page.split())
    assert "Prüft die Sendungsverfolgung" in pages[2]  # the gap table's cells are text


def test_a_broken_file_is_one_message_and_leaves_the_old_deck(tmp_path):
    broken, out = tmp_path / "broken.json", tmp_path / "out.pptx"
    broken.write_text("{ not json", encoding="utf-8")
    out.write_bytes(b"the deck of yesterday")
    assert_one_message_naming(run_cli("export", broken, "--pptx", out), broken)
    assert out.read_bytes() == b"the deck of yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "out.pptx"]


@pytest.mark.parametrize(
    ("name", "says"),
    [("no folder/out.pptx", "cannot be written"), ("out.ppt", "--pptx writes .pptx files")],
)
def test_a_deck_that_cannot_be_written_is_one_message_naming_it(tmp_path, name, says):
    out = tmp_path / name
    ran = export(find_sample("online-order", "en").path, "--pptx", out, code=1)
    assert_one_message_naming(Ran(ran.returncode, ran.stdout, ran.stderr), out)
    assert says in ran.stderr
    assert list(tmp_path.iterdir()) == []  # nothing half-written, no temporary file left


def test_file_export_slides_writes_the_deck_of_every_journey(qtbot, window, tmp_path):
    window.open_sample(find_sample("online-order", "en").path)
    suggested = []
    shown = answer_next(qtbot, QFileDialog, type_path(tmp_path / "workshop", suggested))
    export_action(window, "Slides").trigger()  # as a click in File ▸ Export does
    assert shown and suggested == [f"{window.editor.journey.name} – slides.pptx"]
    titles = slide_titles(Presentation(str(tmp_path / "workshop.pptx")))
    names = [j.name for j in window.editor.doc.journeys]
    assert [t for t in titles if t in names] == names  # a map slide for each journey
    assert titles[-1] == "How the figures are made"
    assert window.statusBar().currentMessage() == f"Wrote {tmp_path / 'workshop.pptx'}"

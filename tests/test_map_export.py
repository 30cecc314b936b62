"""The map as PNG, SVG and PDF: from the command line (headless) and the File menu."""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from journeymap.samples import find_sample
from journeymap.storage import open_document
from tests.test_gui_screenshot import distinct_colours

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def export(*args, code=0):
    command = [sys.executable, "-m", "journeymap", "export", *map(str, args)]
    result = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=120,
                            check=False)  # fmt: skip
    assert result.returncode == code, result.stdout + result.stderr
    return result


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_png_svg_and_pdf_from_the_command_line(tmp_path):
    sample = find_sample("online-order", "en").path
    journey = "Online order and delivery (as-is)"
    export(sample, "--journey", journey, "--png", tmp_path / "a.png", "--dpi", "96",
           "--svg", tmp_path / "a.svg")  # fmt: skip
    export(sample, "--journey", journey, "--png", tmp_path / "b.png", "--dpi", "192")
    small, large = QImage(str(tmp_path / "a.png")), QImage(str(tmp_path / "b.png"))
    assert distinct_colours(small) > 20
    assert abs(large.width() - 2 * small.width()) <= 2  # twice the resolution, twice the pixels
    svg = ET.parse(tmp_path / "a.svg").getroot()
    assert svg.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in svg.iter() if t.tag.endswith("text"))
    assert "Checkout with" in texts  # vector text, not a bitmap
    export(sample, "--pdf", tmp_path / "all.pdf", "--page", "A3")
    assert (tmp_path / "all.pdf").read_bytes().startswith(b"%PDF")
    assert pdf_pages(tmp_path / "all.pdf") == 2  # one page per journey


def test_a_picture_of_several_journeys_asks_for_one(tmp_path):
    sample = find_sample("cancellation", "de").path
    result = export(sample, "--png", tmp_path / "x.png", code=1)
    assert "add --journey NAME" in result.stderr and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "x.png").exists()
    name = open_document(sample).journeys[0].name  # a real journey: the dpi is what fails
    result = export(sample, "--journey", name, "--png", tmp_path / "x.png", "--dpi", "5000", code=1)
    assert "--dpi: 5000 is out of 24-1200" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_file_menu_exports_write_the_workbook_and_the_map(window, tmp_path):
    from openpyxl import load_workbook

    window.open_sample(find_sample("installation", "en").path)
    exporter = window.exporter
    assert exporter.workbook(tmp_path / "gaps.xlsx")
    book = load_workbook(tmp_path / "gaps.xlsx")
    assert "Gaps" in book.sheetnames
    assert exporter.png(tmp_path / "map.png", dpi=120)
    assert distinct_colours(QImage(str(tmp_path / "map.png"))) > 20
    assert exporter.pdf("A4", tmp_path / "map.pdf")
    # a page per journey: the as-is map and its service blueprint
    assert pdf_pages(tmp_path / "map.pdf") == len(window.editor.doc.journeys) == 2
    assert exporter.svg(tmp_path / "map.svg")
    assert exporter.template(tmp_path / "fill.xlsx")


def test_a_refused_format_leaves_no_other_file_written(tmp_path):
    sample = find_sample("cancellation", "en").path
    export(sample, "--xlsx", tmp_path / "a.xlsx", "--png", tmp_path / "b.png", code=1)
    assert list(tmp_path.iterdir()) == []


def test_the_fill_in_export_says_which_texts_excel_would_cut(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from journeymap.model import SetFields

    window.open_sample(find_sample("installation", "en").path)
    tp = window.editor.journey.touchpoints[0]
    window.editor.push(SetFields(tp.id, {"expectation": "x" * 40_000}))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append(text))
    assert window.exporter.template(tmp_path / "fill.xlsx")
    (text,) = shown
    # digits as the interface's locale groups them
    assert re.search(f"of “{tp.name}” has 40[,.]?000 characters; Excel keeps only 32[,.]?767", text)


def test_export_blueprint_draws_the_journey_made_a_service_blueprint_and_keeps_the_file(
    tmp_path,
):
    sample = find_sample("installation", "en").path
    before = sample.read_bytes()
    doc = open_document(sample)
    journey = doc.journeys[0]
    owners = list(dict.fromkeys(tp.owner for tp in journey.touchpoints if tp.owner))

    def texts(*options):
        out = tmp_path / f"map{len(options)}.svg"
        export(sample, "--journey", journey.name, "--svg", out, *options)
        svg = ET.parse(out).getroot()
        return " ".join(t.text or "" for t in svg.iter() if t.tag.endswith("text"))

    plain, blueprint = texts(), texts("--blueprint")
    assert "Line of interaction" not in plain and "Backstage" not in plain
    for name in ("Line of interaction", "Frontstage", "Line of visibility", "Support"):
        assert name in blueprint
    assert all(f"Backstage: {owner}"[:20] in blueprint for owner in owners)
    assert sample.read_bytes() == before  # drawn from a copy, never saved

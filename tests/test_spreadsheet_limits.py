"""The checks before any spreadsheet parser runs cannot be bypassed: sheets found
whatever their namespace prefixes say, parts that cannot be checked refused, cells
without references measured, cells and rows counted, DTDs found however far down the
prolog they hide. The sandbox is the last line of defence; these are the first."""

import pytest

from journeymap.excel.fillin import plan_xlsx_import
from journeymap.excel.template import export_template
from journeymap.safety import extent
from journeymap.safety.archive import check_xlsx_archive
from journeymap.storage import DocumentFileError
from journeymap.survey import SurveyOptions, plan_survey_import
from tests.builders import small_document
from tests.xlsx_parts import (
    FILL_IN_PART,
    MAIN,
    RELATIONSHIPS,
    WORKSHEET,
    answers_rows,
    rewrite_part,
    sheet_xml,
    write_workbook,
)


def survey_problem(path) -> str:
    doc, _, ids = small_document()
    with pytest.raises(DocumentFileError) as caught:
        plan_survey_import(doc, ids["journey"], path, SurveyOptions(metric="csat"))
    assert caught.value.path == str(path)
    return caught.value.problem


def test_a_relationship_prefix_bound_elsewhere_cannot_hide_a_binary_sheet(tmp_path):
    """The 6 KB file that made calamine allocate 549 GB: r: is bound to another
    namespace, so a check by namespace URI found no sheet, and the sheet was a .bin."""
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="urn:not-relationships" xmlns:q="{RELATIONSHIPS}">'
        '<sheets><sheet name="Answers" sheetId="1" r:id="rId9" q:id="rId1"/></sheets></workbook>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{WORKSHEET}" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId9" Type="urn:other" Target="bin/sheet9.bin"/></Relationships>'
    )
    binary = b"\x83\x01\x00" + b"\xff" * 4000
    path = write_workbook(tmp_path / "trick.xlsx", {"xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels, "xl/bin/sheet9.bin": binary})  # fmt: skip
    problem = survey_problem(path)
    assert problem.startswith("has a sheet part “bin/sheet9.bin” that journeymap cannot check")
    # the same workbook without the trick reads
    doc, _, ids = small_document()
    path = write_workbook(tmp_path / "answers.xlsx")
    _, summary = plan_survey_import(doc, ids["journey"], path, SurveyOptions(metric="csat"))
    assert summary.rows == 3


def test_a_missing_sheet_part_is_refused(tmp_path):
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{WORKSHEET}" Target="worksheets/gone.xml"/>'
        "</Relationships>"
    )
    path = write_workbook(tmp_path / "gone.xlsx", {"xl/_rels/workbook.xml.rels": rels})
    assert "“worksheets/gone.xml” that journeymap cannot check" in survey_problem(path)


def test_cells_without_references_are_measured(tmp_path):
    """A row of 16,384 bare cells spans A to XFD: 318 KB that asked for 2.6 GB."""
    bare = '<row r="2">' + "<c><v>1</v></c>" * 16_384 + "</row>"
    far = '<row r="600000"><c r="A600000"><v>1</v></c></row>'
    path = write_workbook(tmp_path / "bare.xlsx", {
        "xl/worksheets/sheet1.xml": sheet_xml(answers_rows(0) + bare + far)})  # fmt: skip
    assert survey_problem(path) == (
        "has a sheet spanning up to 600,000 rows x 16,384 columns, more than the 16,000,000 "
        "cells journeymap reads; keep only the answers, or save as CSV"
    )


def test_rows_without_references_and_prefixed_cells_are_measured(tmp_path):
    rows = answers_rows(0) + "<x:row>" + "<x:c><x:v>1</x:v></x:c>" * 1200 + "</x:row>"
    rows += '<x:row r="20000"><x:c r="A20000"><x:v>1</x:v></x:c></x:row>'
    part = f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>{rows}</x:sheetData></x:worksheet>'
    path = write_workbook(tmp_path / "prefixed.xlsx", {"xl/worksheets/sheet1.xml": part})
    assert "spanning up to 20,000 rows x 1,200 columns" in survey_problem(path)


def test_cells_and_rows_held_are_bounded(tmp_path, monkeypatch):
    """An honest sheet of 0.75 GB is refused by its count in seconds, not read for
    minutes. (The limits are lowered here, and the check called directly.)"""
    monkeypatch.setattr(extent, "MAX_SHEET_CELLS", 1_000)
    monkeypatch.setattr(extent, "MAX_ROWS", 400)
    path = write_workbook(tmp_path / "many.xlsx", {
        "xl/worksheets/sheet1.xml": sheet_xml(answers_rows(600))})  # fmt: skip
    with pytest.raises(DocumentFileError, match="holds more than 1,000 cells"):
        extent.check_sheet_extent(path)
    monkeypatch.setattr(extent, "MAX_SHEET_CELLS", 100_000)
    with pytest.raises(DocumentFileError, match="has a sheet of 601 rows, more than the 400"):
        extent.check_sheet_extent(path)


def test_the_documented_limits():
    assert (extent.MAX_CELLS, extent.MAX_SHEET_CELLS, extent.MAX_ROWS) == (
        16_000_000, 5_000_000, 1_048_576)  # fmt: skip


@pytest.mark.parametrize(
    ("prolog", "problem"),
    [
        ("<!--" + "x" * 5000 + '--><!DOCTYPE t [<!ENTITY a "b">]>', "declares XML entities"),
        ("<?pi " + "y" * 9000 + "?><!--c--><!DOCTYPE t>", "declares XML entities"),
        ('<?xml version="1.0" encoding="UTF-7"?>', "declares the encoding UTF-7"),
    ],
)
def test_a_dtd_is_found_however_far_down_the_prolog(tmp_path, prolog, problem):
    part = prolog + sheet_xml(answers_rows()).partition("?>")[2]
    path = write_workbook(tmp_path / "dtd.xlsx", {"xl/worksheets/sheet1.xml": part})
    assert problem in survey_problem(path)


def test_a_part_in_utf16_is_refused(tmp_path):
    part = sheet_xml(answers_rows()).replace("UTF-8", "UTF-16").encode("utf-16")
    path = write_workbook(tmp_path / "utf16.xlsx", {"xl/worksheets/sheet1.xml": part})
    assert "is not UTF-8 text, refused for safety" in survey_problem(path)
    with pytest.raises(DocumentFileError, match="is not UTF-8 text"):
        check_xlsx_archive(path)


def _with_cell_at(column: str, row: int):
    def change(data: bytes) -> bytes:
        cell = f'<c r="{column}{row}" t="inlineStr"><is><t>far</t></is></c>'.encode()
        if f'<row r="{row}"'.encode() in data:
            start = data.index(f'<row r="{row}"'.encode())
            end = data.index(b"</row>", start)
            return data[:end] + cell + data[end:]
        return data.replace(
            b"</sheetData>", f'<row r="{row}">'.encode() + cell + b"</row></sheetData>"
        )

    return change


def test_a_fill_in_sheet_with_a_cell_at_xfd_reads_without_padding(tmp_path):
    """openpyxl padded every row to column XFD: 112 KB grew to 2.6 GB. The columns are
    bounded now, and the sheet reads (padded, it took minutes and gigabytes: the suite's
    time-out per test catches that without a timing assertion here)."""
    doc, _, _ = small_document()
    export_template(doc, tmp_path / "t.xlsx")
    far = rewrite_part(tmp_path / "t.xlsx", tmp_path / "far.xlsx", FILL_IN_PART,
                       _with_cell_at("XFD", 5))  # fmt: skip
    command, errors, summary = plan_xlsx_import(doc, far)
    assert (command, errors, summary.rows) == (None, [], 3)


def test_a_fill_in_sheet_spanning_too_much_is_refused(tmp_path):
    doc, _, _ = small_document()
    export_template(doc, tmp_path / "t.xlsx")
    far = rewrite_part(tmp_path / "t.xlsx", tmp_path / "far.xlsx", FILL_IN_PART,
                       _with_cell_at("XFD", 20_000))  # fmt: skip
    with pytest.raises(DocumentFileError, match="spanning up to 20,000 rows x 16,384 columns"):
        plan_xlsx_import(doc, far)

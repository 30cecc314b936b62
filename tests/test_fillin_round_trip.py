"""The fill-in round trip loses nothing silently: an untouched sheet reads back exactly
(texts byte for byte), and a merged cell, a formula without a value, an edited hidden
key or id is refused by cell with the reason."""

import re

import pytest
from openpyxl import load_workbook

from journeymap.excel.fillin import plan_xlsx_import
from journeymap.excel.template import FILL_IN, FIRST_ROW, KEY_ROW, export_template
from journeymap.model import Measurement, SetFields
from tests.builders import small_document
from tests.xlsx_parts import FILL_IN_PART, rewrite_part

NASTY_TEXTS = {
    "call": "x" * 40_000 + "end",  # more than a cell of Excel holds
    "mail": "line one\r\nline two\rthree\n",  # CRLF, a bare CR, a trailing LF
    "tech": "bell\x07, nul\x00 and \x1b escape; literal _x0041_ and _x005F_ stay",
}


def _texts(doc, ids, texts):
    for key, text in texts.items():
        SetFields(ids[key], {"expectation": text}).do(doc)


def _columns(path) -> dict[str, str]:
    """Key -> column letter, from the hidden key row."""
    wb = load_workbook(path)
    ws = wb[FILL_IN]
    return {c.value: c.column_letter for c in ws[KEY_ROW] if c.value}


def _edit(path, edit):
    """Change the sheet as a person in Excel would (openpyxl writes no cached values)."""
    wb = load_workbook(path)
    edit(wb[FILL_IN])
    wb.save(path)


@pytest.fixture
def exported(tmp_path):
    doc, _, ids = small_document()
    path = tmp_path / "template.xlsx"
    export_template(doc, path)
    return doc, ids, path


@pytest.mark.parametrize(
    "texts",
    [NASTY_TEXTS, {"call": "   ", "mail": "\t", "tech": "=1+1"}, {"mail": "  padded  "}],
    ids=["long-crlf-control", "whitespace-and-formula-like", "padded"],
)
def test_an_untouched_sheet_reads_back_exactly(tmp_path, texts):
    doc, _, ids = small_document()
    _texts(doc, ids, texts)
    path = tmp_path / "template.xlsx"
    export_template(doc, path)
    command, errors, summary = plan_xlsx_import(doc, path)
    assert errors == []
    assert command is None, summary.changes
    assert str(summary).endswith("3 touchpoint rows read; nothing to change")


def test_a_segment_with_a_line_break_reads_back(tmp_path):
    doc, _, ids = small_document()
    segment = "Business\r\nSME"
    journey = doc.journey(ids["journey"])
    journey.measurements.append(Measurement(ids["call"], "csat", {4: 3}, segment))
    path = tmp_path / "template.xlsx"
    export_template(doc, path, segment=segment)
    command, errors, _ = plan_xlsx_import(doc, path)
    assert (command, errors) == (None, [])


def test_the_export_warns_by_cell_about_text_excel_would_cut(tmp_path):
    doc, _, ids = small_document()
    _texts(doc, ids, NASTY_TEXTS)
    path = tmp_path / "template.xlsx"
    (warning,) = map(str, export_template(doc, path))
    column = _columns(path)["expectation"]
    assert warning.startswith(f"Fill-in!{column}{FIRST_ROW}: “Expectation (in words)” of ")
    assert "has 40,003 characters; Excel keeps only 32,767" in warning


def test_the_export_command_prints_the_warning(tmp_path, capsys):
    from journeymap.cli import main
    from journeymap.storage import save_document

    doc, _, ids = small_document()
    _texts(doc, ids, NASTY_TEXTS)
    save_document(doc, tmp_path / "doc.json")
    out = tmp_path / "template.xlsx"
    assert main(["export", str(tmp_path / "doc.json"), "--template", str(out)]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"journeymap: warning: {out}: Fill-in!")
    assert line.endswith("Excel keeps only 32,767, so edit it in journeymap, not in this sheet")


def test_a_long_text_that_excel_cut_keeps_its_full_length(tmp_path):
    doc, _, ids = small_document()
    _texts(doc, ids, {"call": NASTY_TEXTS["call"]})
    path = tmp_path / "template.xlsx"
    export_template(doc, path)
    column = _columns(path)["expectation"]
    _edit(path, lambda ws: ws.__setitem__(f"{column}{FIRST_ROW}", NASTY_TEXTS["call"][:32_767]))
    command, errors, _ = plan_xlsx_import(doc, path)
    assert (command, errors) == (None, [])


def test_a_typed_text_of_spaces_is_kept(exported):
    doc, ids, path = exported
    column = _columns(path)["expectation"]
    _edit(path, lambda ws: ws.__setitem__(f"{column}{FIRST_ROW + 1}", "  "))
    command, errors, _ = plan_xlsx_import(doc, path)
    assert errors == []
    command.do(doc)
    assert doc.get(ids["mail"]).expectation == "  "


def test_a_merged_cell_is_refused_by_cell(exported):
    doc, _, path = exported
    columns = _columns(path)
    first, last = columns["importance"], columns["emotion"]
    _edit(path, lambda ws: ws.merge_cells(f"{first}{FIRST_ROW}:{last}{FIRST_ROW}"))
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    reason = "merged cells: only the first keeps its value, unmerge them"
    assert f"{FILL_IN}!{first}{FIRST_ROW}:{last}{FIRST_ROW}: {reason}" in map(str, errors)


def test_a_formula_is_refused_by_cell_without_its_value_and_read_with_it(exported, tmp_path):
    doc, ids, path = exported
    column = _columns(path)["count:csat:4"]
    _edit(path, lambda ws: ws.__setitem__(f"{column}{FIRST_ROW}", "=10+10"))
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    assert list(map(str, errors)) == [f"{FILL_IN}!{column}{FIRST_ROW}: holds a formula without "
        "a computed value (=10+10); type the value instead"]  # fmt: skip
    # with the value Excel computed, the value is read
    export_template(doc, path)
    column = _columns(path)["importance"]
    cell = f"{column}{FIRST_ROW + 1}"

    def computed(data: bytes) -> bytes:  # a formula with its value, as Excel saves it
        cell_xml = re.compile(f'<c r="{cell}"( s="[0-9]+")?[^>]*?(/>|>.*?</c>)'.encode())
        return cell_xml.sub(lambda m: f'<c r="{cell}"'.encode() + (m[1] or b"")
                            + b"><f>2+2</f><v>4</v></c>", data, count=1)  # fmt: skip

    changed = rewrite_part(path, tmp_path / "computed.xlsx", FILL_IN_PART, computed)
    command, errors, _ = plan_xlsx_import(doc, changed)
    assert errors == []
    command.do(doc)
    assert doc.get(ids["mail"]).importance == 4


@pytest.mark.parametrize(
    ("key", "typed", "reason"),
    [
        ("count:nps:9", "count:nps:8",
         "the hidden key “count:nps:9” was changed to “count:nps:8”; export a new template"),
        ("target:csat", None, "the hidden key “target:csat” was deleted; export a new template"),
    ],
)  # fmt: skip
def test_an_edited_hidden_key_is_refused_by_cell(exported, key, typed, reason):
    doc, _, path = exported
    column = _columns(path)[key]
    _edit(path, lambda ws: ws.__setitem__(f"{column}{KEY_ROW}", typed))
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    assert list(map(str, errors)) == [f"{FILL_IN}!{column}{KEY_ROW}: {reason}"]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        (b"1e309", "CSAT answer 4: inf is not a number"),
        (b"-1e309", "CSAT answer 4: -inf is not a number"),
        (b"1" + b"0" * 30, "CSAT answer 4: 1e+30 is too large (at most 9,007,199,254,740,992)"),
    ],
)
def test_a_number_no_file_can_hold_is_refused_by_cell(exported, tmp_path, typed, reason):
    """Found by the fuzz suite: 1e309 reads as infinity, and stopped the import with an
    internal error."""
    doc, _, path = exported
    column = _columns(path)["count:csat:4"]
    _edit(path, lambda ws: ws.__setitem__(f"{column}{FIRST_ROW}", 123_456_789))

    def typed_in(data: bytes) -> bytes:
        return data.replace(b"<v>123456789</v>", b"<v>" + typed + b"</v>")

    changed = rewrite_part(path, tmp_path / "typed.xlsx", FILL_IN_PART, typed_in)
    command, errors, _ = plan_xlsx_import(doc, changed)
    assert command is None
    assert list(map(str, errors)) == [f"{FILL_IN}!{column}{FIRST_ROW}: {reason}"]


def test_a_hidden_id_moved_to_another_row_is_refused(exported):
    doc, ids, path = exported
    _edit(path, lambda ws: ws.__setitem__(f"A{FIRST_ROW + 1}", ids["tech"]))
    command, errors, _ = plan_xlsx_import(doc, path)
    assert command is None
    assert errors[0].cell == f"A{FIRST_ROW + 1}"
    reason = str(errors[0].reason)
    assert reason.startswith("the hidden id is that of “Technician visit”, but the row")

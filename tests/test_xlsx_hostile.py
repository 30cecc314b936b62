"""Damaged and hostile workbooks never crash import-xlsx: one clear line naming the
file. And whatever a team types into a real template, the reader answers with clean
errors or a plan that applies."""

import copy
import io
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from journeymap.excel.fillin import CellError, plan_xlsx_import
from journeymap.excel.template import FIRST_ROW, export_template
from journeymap.model import CommandStack
from journeymap.safety import archive as safety
from journeymap.storage import DocumentFileError, save_document
from tests.builders import small_document

FIXTURES = Path(__file__).parent / "fixtures" / "xlsx"
#: Each fixture and the words its one-line error must contain.
EXPECTED = {
    "empty.xlsx": "is not an Excel workbook (.xlsx), or it is damaged",
    "not-a-zip.xlsx": "is not an Excel workbook (.xlsx), or it is damaged",
    "truncated.xlsx": "is not an Excel workbook (.xlsx), or it is damaged",
    "no-workbook.xlsx": "a part of it is missing",
    "xml-bomb-workbook.xlsx": "declares XML entities, refused for safety",
    "xml-bomb-sheet.xlsx": "declares XML entities, refused for safety",
    "external-entity.xlsx": "declares XML entities, refused for safety",
    "not-a-template.xlsx": "not a journeymap fill-in template",
}


def test_every_fixture_has_an_expectation():
    assert sorted(p.name for p in FIXTURES.glob("*.xlsx")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hostile_file_is_refused_with_a_clear_error(name):
    doc, _, _ = small_document()
    path = FIXTURES / name
    with pytest.raises(DocumentFileError) as caught:
        plan_xlsx_import(doc, path)
    assert caught.value.path == str(path)
    assert EXPECTED[name] in caught.value.problem


@pytest.mark.parametrize("name", ["truncated.xlsx", "xml-bomb-sheet.xlsx", "no-workbook.xlsx"])
def test_the_command_prints_one_line_and_leaves_the_document_alone(tmp_path, name):
    doc, _, _ = small_document()
    source = tmp_path / "journey.jmap"
    save_document(doc, source)
    saved = source.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", "import-xlsx", str(source), str(FIXTURES / name)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"journeymap: {FIXTURES / name}: ") and EXPECTED[name] in line
    assert source.read_bytes() == saved


def _template_bytes(tmp_path) -> bytes:
    doc, _, _ = small_document()
    export_template(doc, tmp_path / "base.xlsx")
    return (tmp_path / "base.xlsx").read_bytes()


def _patch_sizes(data: bytes, member: str, size: int) -> bytes:
    """Make the zip's local header and directory claim ``size`` unpacked bytes for a
    member, without touching its data."""
    data = bytearray(data)
    name = member.encode()
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_length] == name:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def test_a_zip_whose_directory_claims_gigabytes_is_refused_unread(tmp_path):
    bomb = tmp_path / "claims.xlsx"
    bomb.write_bytes(_patch_sizes(_template_bytes(tmp_path), "xl/worksheets/sheet1.xml",
                                  0xF000_0000))  # fmt: skip
    doc, _, _ = small_document()
    with pytest.raises(DocumentFileError, match="a zip bomb"):
        plan_xlsx_import(doc, bomb)


def test_a_zip_that_lies_small_fails_cleanly(tmp_path):
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(_patch_sizes(_template_bytes(tmp_path), "xl/worksheets/sheet1.xml", 100))
    doc, _, _ = small_document()
    damaged = r"cannot be read as an Excel workbook|is not an Excel workbook"
    with pytest.raises(DocumentFileError, match=damaged):
        plan_xlsx_import(doc, liar)


def test_a_real_zip_bomb_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    """A member that truly unpacks past the limit, written streaming. The limit is
    lowered to 8 MB for the test, so the file takes milliseconds, not a gigabyte. (The
    check is called here: the import runs it in a child process, out of monkeypatch's
    reach.)"""
    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 8 * 2**20)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            zeros = b"\0" * 2**20
            for _ in range(9):
                member.write(zeros)
    assert bomb.stat().st_size < 100_000
    with pytest.raises(DocumentFileError, match="would unpack to 9 MB"):
        safety.check_xlsx_archive(bomb)


def test_a_zip_of_too_many_parts_is_refused(tmp_path):
    many = tmp_path / "many.xlsx"
    with zipfile.ZipFile(many, "w") as archive:
        for i in range(safety.MAX_PARTS + 1):
            archive.writestr(f"p/{i}", b"")
    doc, _, _ = small_document()
    with pytest.raises(DocumentFileError, match="parts"):
        plan_xlsx_import(doc, many)


# ---- fuzzing the reader with what people type --------------------------------------

_TYPED = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.booleans(),
    st.dates(),
    st.sampled_from(["yes", "no", "Ja", " ", "3", "#DIV/0!", "=1+1", "-5", "n/a"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=15),
)


@pytest.fixture(scope="module")
def base_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    doc, _, _ = small_document()
    path = folder / "base.xlsx"
    export_template(doc, path)
    ws = load_workbook(path)["Fill-in"]
    keys = [c.value for c in ws[1]]
    return doc, path.read_bytes(), keys, folder


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 4), st.integers(0, 40), _TYPED), min_size=1, max_size=12
    )
)
def test_whatever_is_typed_gives_clean_errors_or_a_plan_that_applies(base_template, edits):
    doc, data, keys, folder = base_template
    doc = copy.deepcopy(doc)
    wb = load_workbook(io.BytesIO(data))
    ws = wb["Fill-in"]
    for row, column, value in edits:
        ws.cell(FIRST_ROW + row, 1 + column % len(keys)).value = value
    path = folder / "typed.xlsx"
    wb.save(path)
    before = copy.deepcopy(doc)
    command, errors, summary = plan_xlsx_import(doc, path)
    assert doc == before
    event("errors" if errors else "no change" if command is None else "applied")
    if errors:
        assert command is None
        assert all(isinstance(e, CellError) and str(e).startswith("Fill-in!") for e in errors)
        return
    if command is None:
        assert summary.cells_changed == 0
        return
    stack = CommandStack(doc)
    stack.push(command)  # the model accepts every value the reader let through
    stack.undo()
    assert doc == before

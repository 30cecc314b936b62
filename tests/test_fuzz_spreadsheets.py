"""Fuzzing the spreadsheet and survey inputs: seeded mutations of an .xlsx survey, of a
fill-in template and of a CSV survey, run through `import-survey` and `import-xlsx`
(with and without --dry-run). Each run ends "accepted", or in messages that each name
the file: never an internal error, a traceback or a signal, within a time bound, with
the document untouched unless the import was accepted and saved.

Three hundred cases run normally (about half a minute); JOURNEYMAP_FUZZ=full runs ten
times as many. Each case is one seed: a failure names it, and reruns the same way.
"""

from __future__ import annotations

import io
import os
import random
import re
import resource
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.excel.template import export_template
from journeymap.storage import save_document
from tests.builders import small_document
from tests.xlsx_parts import MAIN, RELATIONSHIPS, WORKSHEET, answers_rows, sheet_xml, write_workbook

FULL = os.environ.get("JOURNEYMAP_FUZZ") == "full"
CASES = 1000 if FULL else 100
SHEET = "xl/worksheets/sheet1.xml"
Parts = dict[str, bytes]


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> dict[str, bytes]:
    """The unmutated inputs: a document, a survey workbook and CSV, a fill-in template."""
    folder = tmp_path_factory.mktemp("fuzz-bases")
    doc, _, _ = small_document()
    save_document(doc, folder / "doc.json")
    export_template(doc, folder / "template.xlsx")
    write_workbook(folder / "survey.xlsx", {SHEET: sheet_xml(answers_rows(40))})
    rows = ["Respondent,Call hotline,Confirmation,Segment"]
    rows += [f"{n},{n % 5 + 1},{(n * 3) % 5 + 1},{'Privat' if n % 2 else 'Geschäft'}"
             for n in range(60)]  # fmt: skip
    return {
        "doc": (folder / "doc.json").read_bytes(),
        "template": (folder / "template.xlsx").read_bytes(),
        "survey": (folder / "survey.xlsx").read_bytes(),
        "csv": ("\n".join(rows) + "\n").encode(),
    }


# ---- workbook mutations: each changes the parts of a workbook in place ----------------


def _body(part: bytes) -> bytes:
    """A part without its XML declaration."""
    return part.split(b"?>", 1)[1] if part.startswith(b"<?xml") else part


def doctype_after_comment(rng: random.Random, parts: Parts) -> None:
    comment = b"<!--" + b"c" * rng.choice([10, 5_000, 70_000]) + b"-->"
    entity = b'<!DOCTYPE worksheet [<!ENTITY e "' + b"a" * 1000 + b'">]>'
    parts[SHEET] = comment + entity + _body(parts[SHEET]).replace(b"<v>", b"<v>&e;", 1)


def huge_dimension(rng: random.Random, parts: Parts) -> None:
    ref = rng.choice([b"A1:XFD1048576", b"A1:ZZZZ99999999", b"A1:A-5"])
    parts[SHEET] = re.sub(rb"<dimension[^>]*/>", b"", parts[SHEET])
    parts[SHEET] = parts[SHEET].replace(
        b"<sheetData", b'<dimension ref="' + ref + b'"/><sheetData', 1
    )


def far_cell(rng: random.Random, parts: Parts) -> None:
    column = rng.choice(["A", "Z", "AA", "XFD", "ZZZ", "XFE"])
    row = rng.choice([1, 5, 99_999, 1_048_576, 1_048_577, 10**9])
    cell = f'<row r="{row}"><c r="{column}{row}"><v>4</v></c></row>'.encode()
    parts[SHEET] = parts[SHEET].replace(b"</sheetData>", cell + b"</sheetData>", 1)


def bare_cells(rng: random.Random, parts: Parts) -> None:
    count = rng.choice([10, 1_000, 16_384, 20_000])
    row = b"<row>" + b"<c><v>3</v></c>" * count + b"</row>"
    parts[SHEET] = parts[SHEET].replace(b"</sheetData>", row * rng.choice([1, 3]) + b"</sheetData>")


def prefixed_namespace(rng: random.Random, parts: Parts) -> None:
    rows = "<x:row>" + "<x:c><x:v>2</x:v></x:c>" * rng.choice([5, 2_000]) + "</x:row>"
    row = rng.choice([9, 70_000])
    rows += f'<x:row r="{row}"><x:c r="B{row}"><x:v>1</x:v></x:c></x:row>'
    parts[SHEET] = (
        f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>{rows}</x:sheetData></x:worksheet>'.encode()
    )


def merged(rng: random.Random, parts: Parts) -> None:
    ref = rng.choice([b"B5:D9", b"A1:C1", b"H3:J3", b"XFD1:XFD2", b"A1:XFD1048576"])
    merge = b'<mergeCells count="1"><mergeCell ref="' + ref + b'"/></mergeCells>'
    if b"<mergeCells" in parts[SHEET]:
        parts[SHEET] = parts[SHEET].replace(b"</mergeCells>", merge[19:-13] + b"</mergeCells>", 1)
    else:
        parts[SHEET] = parts[SHEET].replace(b"</sheetData>", b"</sheetData>" + merge, 1)


def formula(rng: random.Random, parts: Parts) -> None:
    cached = rng.choice([b"", b"<v>4</v>", b"<v>abc</v>"])
    values = list(re.finditer(rb"<v>[^<]*</v>", parts[SHEET]))
    if values:
        found = rng.choice(values)
        start, end = found.span()
        parts[SHEET] = parts[SHEET][:start] + b"<f>SUM(A1:A3)</f>" + cached + parts[SHEET][end:]


def odd_value(rng: random.Random, parts: Parts) -> None:
    value = rng.choice([b"1e309", b"NaN", b"-0", b"9" * 30, b"", b"abc", b"4.5", b"-1", b"1E+400"])
    kind = rng.choice([b"", b' t="b"', b' t="d"', b' t="e"', b' t="s"', b' t="str"', b' t="zz"'])
    values = list(re.finditer(rb"(<c [^>]*?)(/?>)(<v>[^<]*</v>)?", parts[SHEET]))
    if values:
        found = rng.choice(values)
        start, end = found.span()
        cell = re.sub(rb' t="[^"]*"', b"", found[1]) + kind + b"><v>" + value + b"</v></c>"
        rest = parts[SHEET][end:]
        rest = rest[4:] if found[2] == b">" and rest.startswith(b"</c>") else rest
        parts[SHEET] = parts[SHEET][:start] + cell + rest


def namespace_trick(rng: random.Random, parts: Parts) -> None:
    """The r: prefix bound to another namespace, the sheet behind a .bin part."""
    target = rng.choice(
        ["bin/sheet9.bin", "worksheets/sheet1.xml", "../x.xml", "/xl/worksheets/sheet1.xml"]
    )
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{MAIN}" xmlns:r="urn:elsewhere" xmlns:q="{RELATIONSHIPS}"><sheets>'
        '<sheet name="Fill-in" sheetId="1" r:id="rId9" q:id="rId1"/></sheets></workbook>'
    ).encode()
    parts["xl/_rels/workbook.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{WORKSHEET}" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId9" Type="urn:other" Target="{target}"/></Relationships>'
    ).encode()
    parts["xl/bin/sheet9.bin"] = bytes(rng.randrange(256) for _ in range(2000))


def utf16_part(rng: random.Random, parts: Parts) -> None:
    name = rng.choice(sorted(n for n in parts if n.endswith((".xml", ".rels"))))
    text = (
        parts[name].decode("utf-8", "replace").replace("UTF-8", "UTF-16").replace("utf-8", "UTF-16")
    )
    parts[name] = text.encode(rng.choice(["utf-16", "utf-16-le"]))


def deep_nesting(rng: random.Random, parts: Parts) -> None:
    depth = rng.choice([100, 10_000, 50_000])
    parts[SHEET] = parts[SHEET].replace(
        b"</sheetData>", b"<x>" * depth + b"</x>" * depth + b"</sheetData>", 1
    )


def flip_in_part(rng: random.Random, parts: Parts) -> None:
    name = rng.choice(sorted(parts))
    data = bytearray(parts[name])
    for _ in range(rng.choice([1, 5, 50])):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    parts[name] = bytes(data)


def drop_part(rng: random.Random, parts: Parts) -> None:
    del parts[rng.choice(sorted(parts))]


def shared_string_index(rng: random.Random, parts: Parts) -> None:
    index = rng.choice([b"999999", b"-1", b"x", b"0"])
    inline = rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t>[^<]*</t></is>'
    shared = rb'<c \1t="s"\2><v>' + index + b"</v>"
    parts[SHEET] = re.sub(inline, shared, parts[SHEET], count=1)


WORKBOOK_MUTATIONS: list[Callable[[random.Random, Parts], None]] = [
    doctype_after_comment, huge_dimension, far_cell, bare_cells, prefixed_namespace, merged,
    formula, odd_value, namespace_trick, utf16_part, deep_nesting, flip_in_part, drop_part,
    shared_string_index,
]  # fmt: skip


def mutated_workbook(rng: random.Random, base: bytes) -> bytes:
    """One to three part mutations, then sometimes flipped or cut bytes of the zip."""
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    for mutate in rng.sample(WORKBOOK_MUTATIONS, rng.choice([1, 1, 2, 3])):
        anywhere = mutate in (drop_part, flip_in_part, utf16_part, namespace_trick)
        if parts and (SHEET in parts or anywhere):
            mutate(rng, parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    roll = rng.random()
    if roll < 0.1:
        for _ in range(rng.choice([1, 10])):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif roll < 0.15:
        data = data[: rng.randrange(len(data))]
    return bytes(data)


# ---- CSV mutations -------------------------------------------------------------------

ODD_ANSWERS = [
    "٤",
    "+1",
    "05",
    "1e309",
    "NaN",
    "4,0",
    "4.5",
    "-1",
    "9" * 40,
    "",
    "N/A",
    "\x00",
    '"',
]


def mutated_csv(rng: random.Random, base: bytes) -> bytes:
    """Odd answers, another delimiter and encoding, NUL bytes, huge fields, flipped bytes."""
    lines = base.decode().splitlines()
    delimiter = rng.choice([",", ";", "\t", "|"])
    cells = [line.split(",") for line in lines]
    for _ in range(rng.choice([0, 3, 20])):
        row = rng.choice(cells[1:])
        row[rng.randrange(len(row))] = rng.choice(ODD_ANSWERS)
    roll = rng.random()
    if roll < 0.1:
        rng.choice(cells[1:])[1] = "a" * rng.choice([70_000, 2_000_000])
    elif roll < 0.15:
        cells[0] = cells[0] * rng.choice([2, 5_000])
    elif roll < 0.2:
        cells.insert(1, ['"unclosed', "4"])
    ending = rng.choice(["\n", "\r\n", "\r"])
    text = ending.join(delimiter.join(row) for row in cells) + rng.choice([ending, ""])
    data = text.encode(rng.choice(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]), "replace")
    if rng.random() < 0.2:
        data = bytearray(data)
        for _ in range(rng.choice([1, 10, 200])):
            data[rng.randrange(len(data))] = rng.choice([0, 0xFF, 0x80, rng.randrange(256)])
        data = bytes(data)
    if rng.random() < 0.05:
        data = data[: rng.randrange(len(data) + 1)]
    return data


# ---- running the commands ------------------------------------------------------------


def run_command(argv: list[str], capsys) -> tuple[int, list[str]]:
    """Run the command line here (its readers run in child processes); exit code and
    the lines it wrote to stderr."""
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().err.splitlines()


def check_outcome(code: int, errors: list[str], data: Path, doc: Path, before: bytes, dry: bool):
    """Accepted, or messages that each name the file; the document untouched unless the
    import was accepted and saved."""
    assert code in (0, 1), errors
    for line in errors:
        assert "internal error" not in line and "Traceback" not in line, line
        assert str(data) in line, line
    if code == 1:
        assert errors, "a refusal says why"
        assert errors[-1].startswith("journeymap: "), errors
    if code == 1 or dry:
        assert doc.read_bytes() == before


def _case(seed: int, kind: str) -> tuple[random.Random, bool]:
    rng = random.Random(f"{kind}-{seed}")
    return rng, rng.random() < 0.5


@pytest.mark.parametrize("seed", range(CASES))
def test_a_mutated_survey_workbook(seed, bases, tmp_path, capsys):
    rng, dry = _case(seed, "survey")
    doc, data = tmp_path / "doc.json", tmp_path / "answers.xlsx"
    doc.write_bytes(bases["doc"])
    data.write_bytes(mutated_workbook(rng, bases["survey"]))
    argv = ["import-survey", str(doc), str(data), "--metric", "csat", *(["--dry-run"] * dry)]
    code, errors = run_command(argv, capsys)
    check_outcome(code, errors, data, doc, bases["doc"], dry)


@pytest.mark.parametrize("seed", range(CASES))
def test_a_mutated_fill_in_template(seed, bases, tmp_path, capsys):
    rng, dry = _case(seed, "template")
    doc, data = tmp_path / "doc.json", tmp_path / "filled.xlsx"
    doc.write_bytes(bases["doc"])
    data.write_bytes(mutated_workbook(rng, bases["template"]))
    code, errors = run_command(["import-xlsx", str(doc), str(data), *(["--dry-run"] * dry)], capsys)
    check_outcome(code, errors, data, doc, bases["doc"], dry)


@pytest.mark.parametrize("seed", range(CASES))
def test_a_mutated_survey_csv(seed, bases, tmp_path, capsys):
    rng, dry = _case(seed, "csv")
    doc, data = (
        tmp_path / "doc.json",
        tmp_path / rng.choice(["answers.csv", "answers.txt", "a.tsv"]),
    )
    doc.write_bytes(bases["doc"])
    data.write_bytes(mutated_csv(rng, bases["csv"]))
    argv = ["import-survey", str(doc), str(data), "--metric", "csat", *(["--dry-run"] * dry)]
    if rng.random() < 0.3:
        argv += ["--segment-column", "Segment"]
    code, errors = run_command(argv, capsys)
    check_outcome(code, errors, data, doc, bases["doc"], dry)


def test_the_fuzzing_kept_this_process_small():
    """The parsers ran in child processes: this one grew by little (ru_maxrss is KB)."""
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1024 * 1024

"""Hand-made workbooks for the hostile-spreadsheet tests: a minimal .xlsx from raw XML
parts, and rewriting one part of an existing workbook."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKSHEET = RELATIONSHIPS + "/worksheet"
#: The part of an exported template that holds its Fill-in sheet (written first).
FILL_IN_PART = "xl/worksheets/sheet1.xml"

_TYPE = "application/vnd.openxmlformats-"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" ContentType="' + _TYPE + 'package.relationships+xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="'
    + _TYPE + 'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
    + _TYPE + 'officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)  # fmt: skip
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}">'
    '<sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{WORKSHEET}" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def sheet_xml(rows: str) -> str:
    """A worksheet part around ``rows`` (the XML of its sheetData)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def answers_rows(count: int = 3) -> str:
    """A header (Respondent, Call hotline) and ``count`` answers, with references."""
    header = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Respondent</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Call hotline</t></is></c></row>'
    )
    body = "".join(
        f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}"><v>{n % 5 + 1}</v></c></row>'
        for n in range(2, count + 2)
    )
    return header + body


def write_workbook(path: Path, parts: dict[str, str | bytes] | None = None) -> Path:
    """A minimal workbook of one sheet (xl/worksheets/sheet1.xml), with ``parts``
    replacing or adding parts by name."""
    every: dict[str, str | bytes] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": sheet_xml(answers_rows()),
    }
    every.update(parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in every.items():
            archive.writestr(name, data)
    return path


def rewrite_part(source: Path, target: Path, name: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of a workbook with one part changed."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, change(data) if info.filename == name else data)
    return target

"""xlsx.*: export the 2,000-touchpoint document as the gap-report workbook, and the
fill-in template of a 4,000- and a 30,000-touchpoint document, each against bare
openpyxl writing the same cell values (no styles, tables, rules or charts)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from openpyxl import Workbook

from benchmarks.generate import build_large_document
from benchmarks.harness import Result, compare, median_time
from journeymap.excel.cells import Sheet, plain
from journeymap.excel.template import export_template, fill_in_sheet, instructions_sheet
from journeymap.excel.workbook import export_workbook, report_sheets


def _bare_write(sheets: list[Sheet], path: Path) -> None:
    """The reference: every sheet's values appended row by row, then saved. The values
    are worked out beforehand: only the writing is timed (ours also analyses the
    journey and builds the rows)."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title)
        for row in sheet.rows:
            ws.append([plain(value) for value in row])
    wb.save(path)


def run() -> list[Result]:
    """Time the full export against the bare write of the same values."""
    doc, _ = build_large_document()
    folder = Path(tempfile.mkdtemp(prefix="jm-bench-"))
    ours_path, bare_path = folder / "report.xlsx", folder / "bare.xlsx"
    export_workbook(doc, ours_path)  # warm up imports
    ours = median_time(lambda: export_workbook(doc, ours_path))
    sheets = report_sheets(doc)
    ref = median_time(lambda: _bare_write(sheets, bare_path))
    results = [compare("xlsx.export_2000", ours, "bare openpyxl, same cell values", ref, 2.0)]
    # the template export was quadratic in the touchpoints: 8 s for 4,000, 10 min for 30,000
    for touchpoints, budget, repeats in ((4_000, 5.0, 3), (30_000, 40.0, 1)):
        big, _ = build_large_document(touchpoints=touchpoints, transitions=touchpoints)
        path = folder / f"template_{touchpoints}.xlsx"
        ours = median_time(lambda d=big, p=path: export_template(d, p), repeats=repeats)
        sheet, _, _ = fill_in_sheet(big, big.journeys)
        sheets = [sheet, instructions_sheet()]
        ref = median_time(lambda s=sheets: _bare_write(s, bare_path), repeats=repeats)
        name = f"xlsx.template_{touchpoints // 1000}k"
        results.append(compare(name, ours, "bare openpyxl, same cell values", ref, budget))
    return results

"""The Gaps sheet: one row per touchpoint and metric, ranked by priority.

Gap, gap as a share of the scale and priority are live formulas, and the traffic
lights and data bars are conditional formatting: when someone corrects a measured value
in Excel, the gap, its colour and the priority follow. (The ranking is as exported.)
No formula works on counts: Measured, n, Effective n and the margin are the gap
report's figures, weighted as the survey was, so the formulas hold for weighted rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.formatting.rule import DataBarRule, FormulaRule, IconSetRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.cells import WRAP, Formula, Look, Sheet, Styled
from journeymap.excel.facts import JourneyFacts
from journeymap.excel.formats import (
    GAP_FORMATS,
    LIGHT_FILLS,
    MARGIN_FORMATS,
    METRIC_LABELS,
    RED_BELOW,
    SHARE_FORMAT,
    VALUE_FORMATS,
    scale_width,
)
from journeymap.excel.language import marked, tr
from journeymap.excel.tables import Column, drop_journey, letters, table_sheet
from journeymap.model.report import GapRow

GAP_COLUMNS = (
    Column(marked("Rank"), 6),
    Column(marked("Journey"), 20, WRAP),
    Column(marked("Stage"), 16, WRAP, german=20),  # "Terminvereinbarung" unbroken
    Column(marked("Touchpoint"), 26, WRAP),
    Column(marked("Channel"), 16),
    Column(marked("Owner"), 16, german=21),  # "Außendienst-Technik"
    Column(marked("Metric"), 9),
    Column(marked("Target"), 9),  # per-metric number formats are set row by row
    Column(marked("Measured"), 10),
    Column(marked("Gap"), 10),  # = measured - target
    Column(marked("Gap % of scale"), 10),  # = gap / width of the metric's scale
    Column(marked("n"), 7, Look(number_format="#,##0")),  # respondents
    Column(marked("Effective n"), 9, Look(number_format="#,##0.0")),  # Kish; n when unweighted
    Column(marked("Margin of error"), 11),
    Column(marked("Low n (<30)"), 9),
    Column(marked("Importance"), 11),
    Column(marked("Volume weight"), 10, Look(number_format="0.00")),
    Column(marked("Priority"), 10, Look(number_format="0.0")),
)
_VALUE_LOOKS = {m: Look(number_format=f) for m, f in VALUE_FORMATS.items()}
_GAP_LOOKS = {m: Look(number_format=f) for m, f in GAP_FORMATS.items()}
_MARGIN_LOOKS = {m: Look(number_format=f) for m, f in MARGIN_FORMATS.items()}
_SHARE_LOOK = Look(number_format=SHARE_FORMAT)


def _row(number: int, facts: JourneyFacts, row: GapRow, at: dict[str, str]) -> list[Any]:
    """One sheet row for one gap-report row; ``number`` is its row in the sheet and
    ``at`` the column letters by title, for the formulas."""
    metric = row.metric
    target, measured, gap, share = (
        f"{at[t]}{number}" for t in ("Target", "Measured", "Gap", "Gap % of scale")
    )
    importance, weight = (f"{at[t]}{number}" for t in ("Importance", "Volume weight"))
    value_look = _VALUE_LOOKS[metric]

    def number_cell(value: float | None, look: Look) -> Styled | None:
        return None if value is None else Styled(value, look)

    return [
        number - 1,
        facts.journey.name or None,
        row.stage or None,
        row.touchpoint or None,
        row.channel or None,
        row.owner or None,
        METRIC_LABELS[metric],
        number_cell(row.target, value_look),
        number_cell(row.measured, value_look),
        Styled(
            Formula(f'=IF(AND(ISNUMBER({measured}),ISNUMBER({target})),{measured}-{target},"")'),
            _GAP_LOOKS[metric],
        ),
        Styled(Formula(f'=IF(ISNUMBER({gap}),{gap}/{scale_width(metric):g},"")'), _SHARE_LOOK),
        row.n,
        row.n_eff,
        number_cell(row.margin, _MARGIN_LOOKS[metric]),
        tr("yes") if row.low_confidence else tr("no"),
        row.importance,
        facts.weights[row.touchpoint_id],
        # The model's formula: shortfall in % of the scale x importance x volume weight.
        Formula(f"=IF(ISNUMBER({share}),ROUND(MAX(0,-{share})*100*{importance}*{weight},2),0)"),
    ]


def gaps_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """All gap rows of all journeys, ranked by priority, then by the largest shortfall."""
    ranked = sorted(
        ((f, row) for f in facts for row in f.rows),
        key=lambda item: (
            -item[1].priority,
            item[1].gap if item[1].gap is not None else float("inf"),
        ),
    )
    several = len(facts) > 1
    columns, _ = drop_journey(GAP_COLUMNS, [], several)
    at = letters(columns)
    rows = [_row(i, f, row, at) for i, (f, row) in enumerate(ranked, 2)]
    _, rows = drop_journey(GAP_COLUMNS, rows, several)
    sheet = table_sheet(tr("Gaps"), "Gaps", columns, rows)
    if rows:
        sheet.finish.append(lambda ws: add_gap_formatting(ws, at, len(rows) + 1))
    return sheet


def add_gap_formatting(ws: Worksheet, at: dict[str, str], last_row: int) -> None:
    """Traffic lights: the gap filled by rules on its share of the scale, the share
    beside it with the lights' symbols (✕ ! ✓) as icons; data bars on the priority."""
    gap, share_column, priority = at["Gap"], at["Gap % of scale"], at["Priority"]
    share = f"${share_column}2"
    lights = f"{gap}2:{gap}{last_row}"
    ws.conditional_formatting.add(
        f"{share_column}2:{share_column}{last_row}",
        # symbols, not lights: a cross, an exclamation mark and a tick read without colour
        IconSetRule("3Symbols", "num", [-1, RED_BELOW, 0], showValue=None),
    )
    rules = (  # exclusive conditions, so no rule needs to stop the others
        ("grey", f"NOT(ISNUMBER({share}))"),
        ("red", f"AND(ISNUMBER({share}),{share}<{RED_BELOW})"),
        ("amber", f"AND(ISNUMBER({share}),{share}>={RED_BELOW},{share}<0)"),
        ("green", f"AND(ISNUMBER({share}),{share}>=0)"),
    )
    for colour, formula in rules:
        fill = PatternFill("solid", start_color=LIGHT_FILLS[colour], end_color=LIGHT_FILLS[colour])
        ws.conditional_formatting.add(lights, FormulaRule(formula=[formula], fill=fill))
    ws.conditional_formatting.add(
        f"{priority}2:{priority}{last_row}",
        DataBarRule(start_type="num", start_value=0, end_type="max", color="E07B39"),
    )

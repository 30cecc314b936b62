"""The fill-in template: a sheet a team fills in with measured values and reads back
with ``journeymap import-xlsx`` (see fillin.py); with a Notes sheet when the journeys
have lanes of notes (notes_template.py) and an Opportunities sheet when the document has
opportunities (opportunities_template.py).

Layout of the "Fill-in" sheet (the Instructions sheet says the same to the team):

- row 1 (hidden): a key per column, e.g. ``id``, ``importance``, ``target:csat``,
  ``count:nps:9``; the reader finds its columns by these keys, not by position;
- row 2: the segment the answer counts belong to (C2; empty = all respondents);
- row 3: group titles; row 4: column titles; from row 5: one row per touchpoint;
- column A (hidden): the touchpoint's id; then journey (with several), stage,
  touchpoint, channel and owner, locked; then the input cells, unlocked and yellow:
  importance, emotion, volume, proactive, moment of truth, expectation, a target per
  metric, and the number of responses per answer value of each metric (CSAT 1-5, NPS
  0-10, CES 1-7): the distribution itself, so every figure can be derived from it.
  A weighted survey's counts are sums of weights: written exactly, shown with two
  decimals. After each metric's answers a locked "n" column shows the respondents
  behind them (the reader ignores it).

The sheet is protected without a password (locked headers, free input cells), and
each input column carries a data validation with the allowed values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from journeymap import words
from journeymap.excel.cells import (
    HEADER,
    MAX_CELL_TEXT,
    NOTE,
    TITLE,
    ExactText,
    Look,
    Sheet,
    Styled,
    col,
    line_height,
    text_lines,
    write_workbook,
)
from journeymap.excel.formats import VALUE_FORMATS
from journeymap.excel.language import marked, tr, tr_marked
from journeymap.excel.notes_template import has_note_lanes, notes_input_sheet
from journeymap.excel.opportunities_template import (
    OPPORTUNITIES_INSTRUCTION,
    opportunities_input_sheet,
)
from journeymap.excel.opportunity_cells import sheet_language
from journeymap.excel.tables import shown_width
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import FigureView, Selected, select_measurements
from journeymap.model.messages import Message, message
from journeymap.model.vocabulary import METRICS, SCALES, TARGET_RANGES, channel_text

#: The sheets' names (written in the file's language: ``tr_marked(FILL_IN)``; the reader
#: takes the sheet in either language).
FILL_IN = marked("Fill-in")
INSTRUCTIONS = marked("Instructions")
KEY_ROW, SEGMENT_ROW, GROUP_ROW, TITLE_ROW, FIRST_ROW = 1, 2, 3, 4, 5
SEGMENT_COLUMN = 3  # the segment is in C2
#: The words of a yes/no cell (written in the file's language: ``tr(YES)``).
YES = "yes"
NO = "no"
INPUT = Look(unlocked=True, fill="FFF6D5")
_GROUP = Look(bold=True, fill="C9D3E3", horizontal="center", vertical="center", wrap=True)
_CENTRED = Look(unlocked=True, fill="FFF6D5", horizontal="center")
_CONTEXT = Look(wrap=True)
_COUNT_TITLE = Look(bold=True, fill=HEADER.fill, horizontal="center", vertical="center")
#: A weighted count: the exact sum of weights in the cell, two decimals shown.
_WEIGHTED_COUNT = Look(unlocked=True, fill=INPUT.fill, horizontal="center", number_format="0.00")
_RESPONDENTS = Look(fill="EDEDED", horizontal="center", number_format="#,##0")  # locked
#: The group title over each metric's answer counts.
_COUNT_GROUPS = {
    "csat": marked("CSAT responses per answer: 1 = very dissatisfied … 5 = very satisfied"),
    "nps": marked(
        "NPS responses per answer: 0 = not at all likely … 10 = extremely likely to recommend"
    ),
    "ces": marked(
        "CES responses per answer: 1 = very difficult … 7 = very easy to get the issue handled"
    ),
}
_TARGET_TITLES = {
    "csat": marked("Target CSAT %"),
    "nps": marked("Target NPS"),
    "ces": marked("Target CES"),
}


@dataclass(frozen=True, slots=True)
class Field:
    """One column of the Fill-in sheet; its title and group are marked for translation
    and written in the file's language (``shown_title``, ``shown_group``)."""

    key: str  # in the hidden key row
    title: str
    group: str
    width: float
    kind: str  # id, context, whole, flag, text, target, count, respondents (read-only)
    low: float | None = None
    high: float | None = None
    name: str = ""  # how a change list names it, when not by its title: "Importance"
    german: float = 0  # its width in a German file, where its words are longer

    @property
    def shown_width(self) -> float:
        """The column's width in the language being written."""
        return shown_width(self.width, self.title, self.german)

    @property
    def label(self) -> str:
        """How messages name the column, in the language being read or written: its title,
        or e.g. "CSAT answer 4"."""
        if self.kind == "count":
            return tr("{} answer {}").format(self.metric.upper(), self.answer)
        return self.shown_title

    @property
    def shown_title(self) -> str:
        """The column's title in the language being written."""
        return tr_marked(self.title)

    @property
    def shown_name(self) -> str:
        """How an import's change list names the column, in the language being read:
        its title without the hint of what to type ("Importance", not "Importance 1-5")."""
        return tr_marked(self.name or self.title)

    @property
    def shown_group(self) -> str:
        """The title of the column's group in the language being written."""
        return tr_marked(self.group) if self.group else ""

    @property
    def metric(self) -> str:
        """The metric of a target, count or respondents column."""
        return self.key.split(":")[1]

    @property
    def answer(self) -> int:
        """The answer value a count column counts."""
        return int(self.key.split(":")[2])


def fields(several_journeys: bool = True) -> list[Field]:
    """The Fill-in columns, left to right; Journey only when there are several."""
    context = [
        Field("id", "id", "", 4, "id"),
        *(
            [Field("journey", marked("Journey"), marked("Touchpoint"), 20, "context", german=28)]
            if several_journeys
            else []
        ),
        Field("stage", marked("Stage"), marked("Touchpoint"), 18, "context", german=22),
        Field("touchpoint", marked("Touchpoint"), marked("Touchpoint"), 26, "context", german=32),
        Field("channel", marked("Channel"), marked("Touchpoint"), 18, "context"),
        Field("owner", marked("Owner"), marked("Touchpoint"), 18, "context"),
    ]
    about = marked("About the touchpoint")
    attributes = [
        Field("importance", marked("Importance 1-5"), about, 11, "whole", 1, 5,
              name=marked("Importance"), german=17),
        Field("emotion", marked("Emotion -2..+2"), about, 10, "whole", -2, 2,
              name=marked("Emotion"), german=16),
        Field("volume", marked("Volume / month"), about, 11, "whole", 0, None),
        Field("proactive", marked("Proactive yes/no"), about, 10, "flag",
              name=marked("Proactive")),
        Field("moment_of_truth", marked("Moment of truth yes/no"), about, 10, "flag",
              name=marked("Moment of truth"), german=12),
        Field("expectation", marked("Expectation (in words)"), about, 30, "text",
              name=marked("Customer expectation")),
    ]  # fmt: skip
    targets = [
        Field(f"target:{m}", _TARGET_TITLES[m], marked("Targets"), 9, "target",
              *TARGET_RANGES[m])
        for m in METRICS
    ]  # fmt: skip
    counts = []
    for m in METRICS:
        group = _COUNT_GROUPS[m]
        low, high = SCALES[m]
        counts += [Field(f"count:{m}:{a}", str(a), group, 6, "count", 0, None)
                   for a in range(low, high + 1)]  # fmt: skip
        counts.append(Field(f"n:{m}", "n", group, 7, "respondents"))
    return context + attributes + targets + counts


class CountIndex:
    """The responses each touchpoint holds per metric for one segment ("" = all
    respondents), as every figure counts them (model/figures.py): what the template
    shows and the import compares with. Selected once per journey, in one pass: looking
    through every measurement for every cell made a template of 30,000 touchpoints take
    minutes."""

    def __init__(self, segment: str) -> None:
        self.segment = segment
        self.view = FigureView(segment or None)
        self._selected: dict[str, dict[tuple[str, str], Selected]] = {}

    def selected(self, journey: Journey, tp_id: str, metric: str) -> Selected | None:
        """What the view counts for one touchpoint and metric; None when nothing."""
        selected = self._selected.get(journey.id)
        if selected is None:
            selected = self._selected[journey.id] = select_measurements(journey, self.view)
        return selected.get((tp_id, metric))

    def counts(self, journey: Journey, tp_id: str, metric: str) -> dict[int, float]:
        """The counted responses of one touchpoint and metric; empty when there are none."""
        found = self.selected(journey, tp_id, metric)
        return dict(found.responses.counts) if found else {}


def _value(f: Field, journey: Journey, tp: Touchpoint, stages: dict, index: CountIndex):
    """What a cell of the touchpoint's row shows at export."""
    if f.kind == "id":
        return tp.id
    if f.kind == "context":
        return {
            "journey": journey.name,
            "stage": stages.get(tp.stage_id, ""),
            "touchpoint": tp.name,
            "channel": channel_text(tp.channel, tp.channel_other, journey.language),
            "owner": tp.owner,
        }[f.key] or None
    if f.kind == "flag":
        return tr(YES) if getattr(tp, f.key) else tr(NO)
    if f.kind == "target":
        return tp.targets.get(f.metric)
    if f.kind in ("count", "respondents"):
        found = index.selected(journey, tp.id, f.metric)
        if found is None:
            return None
        if f.kind == "respondents":
            return found.responses.respondents
        count = found.responses.counts.get(f.answer, 0)
        return Styled(count, _WEIGHTED_COUNT) if found.responses.weighted else count
    if f.kind == "text":  # read back: written so that it reads back as it is
        return ExactText(getattr(tp, f.key)) if getattr(tp, f.key) else None
    return getattr(tp, f.key) or (0 if f.kind == "whole" else None)


def _validation(f: Field, cells: str) -> DataValidation:
    """The data validation of one input column: a list or a range, with its message."""
    if f.kind == "flag":
        dv = DataValidation(type="list", formula1=f'"{tr(YES)},{tr(NO)}"')
    elif f.kind == "whole" and f.high is not None:
        options = ",".join(str(v) for v in range(int(f.low or 0), int(f.high) + 1))
        dv = DataValidation(type="list", formula1=f'"{options}"')
    elif f.kind == "target":
        dv = DataValidation(type="decimal", operator="between", formula1=f"{f.low:g}",
                            formula2=f"{f.high:g}")  # fmt: skip
    elif f.kind == "count":  # weighted counts have decimals; typed ones must be whole
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
    else:  # volume: a whole number from 0
        dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    dv.allow_blank = True
    dv.showErrorMessage = True
    dv.errorTitle = f.shown_title
    dv.error = _allowed(f)
    dv.add(cells)
    return dv


def _allowed(f: Field) -> str:
    if f.kind == "flag":
        return tr("Enter yes or no.")
    if f.kind == "target":
        return tr("Enter a number from {} to {}.").format(f"{f.low:g}", f"{f.high:g}")
    if f.kind == "whole" and f.high is not None:
        return tr("Enter a whole number from {} to {}.").format(f"{f.low:g}", f"{f.high:g}")
    if f.kind == "count":
        return tr("Enter a whole number of responses, 0 or more.")
    return tr("Enter a whole number, 0 or more.")


def fill_in_sheet(
    doc: Document, journeys: Sequence[Journey], segment: str = ""
) -> tuple[Sheet, list[Field], list[Message]]:
    """The Fill-in sheet for these journeys' touchpoints, its columns, and a warning
    for each cell whose text Excel would cut if the sheet is saved there."""
    layout = fields(len(journeys) > 1)
    # Frozen: the titles above and everything up to the touchpoint's name on the left.
    names = next(i for i, f in enumerate(layout, 1) if f.key == "touchpoint")
    sheet = Sheet(tr_marked(FILL_IN), freeze=f"{col(names + 1)}{FIRST_ROW}")
    sheet.widths = {i: f.shown_width for i, f in enumerate(layout, 1)}
    sheet.hidden_columns, sheet.hidden_rows = {1}, {KEY_ROW}
    sheet.print_title_rows = f"{GROUP_ROW}:{TITLE_ROW}"
    sheet.print_title_cols, sheet.pages_wide = f"A:{col(names)}", 2
    sheet.add(*(f.key for f in layout))
    note = tr("(empty = all respondents). Read the Instructions sheet first.")
    bold = Look(bold=True)
    segment_cell = Styled(ExactText(segment), bold)
    sheet.add(None, Styled(tr("Segment:"), bold), segment_cell, Styled(note, NOTE))
    groups = [Styled(f.shown_group, _GROUP) if f.group else None for f in layout]
    sheet.add(*groups)
    numbers = ("count", "respondents")  # narrow columns of numbers: centred titles
    titles = [f.shown_title for f in layout]
    looks = [_COUNT_TITLE if f.kind in numbers else HEADER for f in layout]
    sheet.add(*(Styled(t, look) for t, look in zip(titles, looks, strict=True)))
    sheet.heights[TITLE_ROW] = line_height(
        max(text_lines(t, f.shown_width) for t, f in zip(titles, layout, strict=True))
    )
    group_lines = 1
    for start, end in _runs([f.group for f in layout]):
        sheet.merges.append(f"{col(start)}{GROUP_ROW}:{col(end)}{GROUP_ROW}")
        span = sum(f.shown_width for f in layout[start - 1 : end])
        # bold titles run wider than plain text: count them in a narrower column
        group_lines = max(group_lines, text_lines(layout[start - 1].shown_group, span * 0.85))
    sheet.heights[GROUP_ROW] = line_height(group_lines)
    looks = [_look(f) for f in layout]
    index = CountIndex(segment)
    warnings: list[Message] = []
    for journey in journeys:
        stages = {s.id: s.name for s in journey.stages}
        order = {s.id: i for i, s in enumerate(journey.stages)}
        for tp in sorted(journey.touchpoints, key=lambda t: (order.get(t.stage_id, 0), t.y)):
            values = [_value(f, journey, tp, stages, index) for f in layout]
            pairs = zip(values, looks, strict=True)
            row = sheet.add(*(_in_look(v, look) for v, look in pairs))
            warnings += _too_long(row, layout, values, tp)
            texts = zip(values, layout, strict=True)
            lines = max(
                text_lines(v, f.shown_width) for v, f in texts if f.kind in ("text", "context")
            )
            if lines > 1:
                sheet.heights[row] = line_height(min(lines, 8))
    last = max(len(sheet.rows), FIRST_ROW)
    sheet.finish.append(lambda ws: _protect(ws, layout, last))
    return sheet, layout, warnings


def _too_long(row: int, layout: list[Field], values: list, tp: Touchpoint) -> list[Message]:
    """Warnings for the input texts of a row that Excel would cut when saving: the file
    holds them whole, and the import keeps the full text if the cell comes back cut."""
    return [
        message(
            "sheet.too_long",
            cell=f"{tr_marked(FILL_IN)}!{col(i)}{row}",
            column=f.shown_title,
            name=tp.name[:40],
            length=len(value),
            limit=MAX_CELL_TEXT,
        )
        for i, (f, value) in enumerate(zip(layout, values, strict=True), 1)
        if f.kind == "text" and isinstance(value, str) and len(value) > MAX_CELL_TEXT
    ]


def _in_look(value: Any, look: Look | None) -> Any:
    """A value in its column's look, unless it brings its own (a weighted count)."""
    return value if look is None or isinstance(value, Styled) else Styled(value, look)


def _look(f: Field) -> Look | None:
    if f.kind == "id":
        return None
    if f.kind == "context":  # wrapped: the row is as high as its longest name needs
        return _CONTEXT
    if f.kind == "respondents":
        return _RESPONDENTS
    if f.kind == "target":
        return Look(unlocked=True, fill=INPUT.fill, number_format=VALUE_FORMATS[f.metric])
    if f.kind == "text":
        return Look(unlocked=True, fill=INPUT.fill, wrap=True)
    return _CENTRED if f.kind in ("flag", "count") else INPUT


def _runs(groups: list[str]) -> list[tuple[int, int]]:
    """Column spans (1-based, inclusive) of equal, non-empty neighbouring group titles."""
    runs, start = [], 1
    for i in range(2, len(groups) + 2):
        if i > len(groups) or groups[i - 1] != groups[start - 1]:
            if groups[start - 1] and i - 1 > start:
                runs.append((start, i - 1))
            start = i
    return runs


def _protect(ws: Worksheet, layout: list[Field], last: int) -> None:
    """Validations on every input column; the sheet protected, input cells free."""
    for i, f in enumerate(layout, 1):
        if f.kind in ("id", "context", "text", "respondents"):
            continue
        ws.data_validations.append(_validation(f, f"{col(i)}{FIRST_ROW}:{col(i)}{last}"))
    ws.protection.sheet = True
    # Let the team widen columns and rows; everything else locked stays locked.
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


INSTRUCTION_TEXT = (
    (marked("How to fill in this workbook"), TITLE),
    (marked("Each row of the Fill-in sheet is one touchpoint. Type into the yellow cells only: "
     "the titles and the touchpoint columns are locked (Review > Unprotect sheet, no "
     "password, if you really must), and each yellow column accepts only its values."), None),
    (marked("Columns"), Look(bold=True)),
    (marked("Importance: 1 (unimportant) to 5 (very important) to the customer. Emotion: -2 very "
     "negative to +2 very positive. Volume: contacts per month, a whole number, 0 or more. "
     "Proactive: yes if the company reaches out, no if the customer has to ask. Moment of "
     "truth: yes or no. Expectation: what the customer expects here, in words."), None),
    (marked("Targets: the level customers expect. CSAT %: 0 to 100 (share of answers 4 or 5); "
     "NPS: -100 to 100; CES: 1 to 7 (mean answer)."), None),
    (marked("Responses per answer: how many respondents gave each answer, e.g. under CSAT 4 the "
     "number who answered 4. CSAT is asked on 1-5, NPS on 0-10, CES on 1-7. journeymap "
     "derives CSAT %, NPS and CES, their margins of error and the gaps from these counts. "
     "The grey n after each metric's answers is the number of respondents behind them; it "
     "is for reading only."), None),
    (marked("Weighted surveys: where the figures come from a weighted survey, the counts are sums "
     "of the respondents' weights, shown with two decimals (the cell holds the exact "
     "value), and n can differ from their total. Leave such a row as it is to keep it. To "
     "replace it, type whole numbers of responses into every answer cell of that metric: "
     "they replace the weighted counts as an unweighted measurement from this file. A "
     "changed row with decimals is refused, because weighted counts come only from the "
     "survey import."), None),
    (marked("Empty cells"), Look(bold=True)),
    (marked("An empty target or expectation removes it. Importance, emotion, volume, proactive "
     "and moment of truth always have a value: leave them empty to keep the current one. "
     "If all answer cells of a metric are empty (or 0), the responses the journey holds "
     "for it stay as they are; otherwise the counts you enter replace them (empty answer "
     "cells count as 0)."), None),
    (marked("Segment"), Look(bold=True)),
    (marked("The counts belong to the segment named in C2 of the Fill-in sheet (empty = all "
     "respondents). Ask for one template per segment."), None),
    (marked("Do not"), Look(bold=True)),
    (marked("Do not add, delete or move rows, and do not change the hidden column A or row 1: "
     "they tell journeymap which touchpoint each row is."), None),
    (marked("Reading it back"), Look(bold=True)),
    (marked("journeymap import-xlsx JOURNEY.jmap THIS-FILE.xlsx --dry-run lists every cell it "
     "cannot accept, e.g. “Fill-in!G7: Importance 1-5: 7 is out of 1-5”, and applies "
     "nothing until all are fixed. Without --dry-run it saves the changes as one step. "
     "Imported responses are recorded with this file's name as their source and the "
     "import date."),
     None),
)  # fmt: skip


NOTES_INSTRUCTION = (
    (marked("New notes (the Notes sheet)"), Look(bold=True)),
    (marked("The Notes sheet has a row per lane and stage, e.g. the pain points of the booking "
     "stage, with the notes it holds so far. Type new notes into the yellow cell, one note "
     "per line (Alt+Enter starts a new line in Excel). They are added to that lane and "
     "stage; notes already there are changed in journeymap, not here."), None),
)  # fmt: skip


def instructions_sheet(notes: bool = False, opportunities: bool = False) -> Sheet:
    """What to type where, and what happens on import; the Notes and Opportunities
    sheets' paragraphs only when the workbook has those sheets."""
    sheet = Sheet(tr_marked(INSTRUCTIONS), widths={1: 85})
    paragraphs = (
        INSTRUCTION_TEXT
        + (NOTES_INSTRUCTION if notes else ())
        + (OPPORTUNITIES_INSTRUCTION if opportunities else ())
    )
    for marked_text, look in paragraphs:
        text = tr_marked(marked_text)
        row = sheet.add(Styled(text, look or Look(wrap=True, vertical="top")))
        if look is None:
            sheet.heights[row] = line_height(text_lines(text, 85))
    return sheet


def export_template(
    doc: Document,
    path: str | Path,
    journeys: Sequence[Journey] | None = None,
    segment: str = "",
    language: str | None = None,
) -> list[Message]:
    """Write the fill-in template for these journeys (all when None) to ``path`` in
    ``language`` (None: the journeys', German when all are); returns a warning naming
    each cell whose text would not survive being saved in Excel. Raises
    DocumentFileError when the file cannot be written."""
    chosen = list(doc.journeys if journeys is None else journeys)
    language = language or sheet_language(chosen)
    with words.speaking(language):  # the validations are written with the file
        sheet, _, warnings = fill_in_sheet(doc, chosen, segment)
        notes = has_note_lanes(chosen)
        extra = [notes_input_sheet(chosen)] if notes else []
        # opportunities belong to the document: every one, whichever journeys are chosen
        if doc.opportunities:
            extra.append(opportunities_input_sheet(doc, language))
        sheets = [sheet, *extra, instructions_sheet(notes, bool(doc.opportunities))]
        write_workbook(sheets, path)
    return warnings

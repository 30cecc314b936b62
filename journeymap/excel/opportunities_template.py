"""The Opportunities sheet of the fill-in template: one row per opportunity of the
document, highest priority first, where owners update its scores, owner, status and due
date after the workshop (read back by opportunities_import.py).

- row 1 (hidden): a key per column (``id``, ``title``, ``addresses``, ``customer_value``,
  ``business_value``, ``effort``, ``owner``, ``status``, ``due``); the reader finds its
  columns by these keys;
- row 2: what to do; row 3: column titles; from row 4: a row per opportunity;
- column A (hidden): the opportunity's id; then its title and what it addresses, locked;
  then the yellow input cells, each with a data validation: the status a drop-down of
  the states in the journeys' language, the due date a date cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from journeymap.excel.cells import (
    HEADER,
    NOTE,
    ExactText,
    Look,
    Sheet,
    Styled,
    col,
    line_height,
    text_lines,
)
from journeymap.excel.language import marked, tr, tr_marked
from journeymap.excel.opportunity_cells import (
    DUE_FORMAT,
    OPPORTUNITIES,
    due_date,
    link_lines,
    status_word,
)
from journeymap.excel.tables import shown_width
from journeymap.model.document import Document
from journeymap.model.entities import Opportunity
from journeymap.model.opportunities import ranked
from journeymap.model.vocabulary import OPPORTUNITY_STATES

OPPORTUNITIES_KEY_ROW, OPPORTUNITIES_HELP_ROW = 1, 2
OPPORTUNITIES_TITLE_ROW, OPPORTUNITIES_FIRST_ROW = 3, 4
_INPUT = Look(unlocked=True, fill="FFF6D5", vertical="top", border=True)
_INPUT_CENTRED = Look(unlocked=True, fill="FFF6D5", vertical="top", border=True,
                      horizontal="center")  # fmt: skip
_INPUT_TEXT = Look(unlocked=True, fill="FFF6D5", vertical="top", border=True, wrap=True)
_INPUT_DATE = Look(unlocked=True, fill="FFF6D5", vertical="top", border=True,
                   number_format=DUE_FORMAT)  # fmt: skip
_KNOWN = Look(wrap=True, vertical="top", border=True)  # locked, boxed like the inputs
MAX_LINES = 6  # a row grows to show at most this many lines


@dataclass(frozen=True, slots=True)
class OpportunityColumn:
    """One column of the Opportunities sheet; ``kind`` says how it is read back: id,
    context (not read), score (a whole number from ``low`` to ``high``), text, status, due."""

    key: str
    title: str
    width: float
    kind: str
    low: int = 0
    high: int = 0
    name: str = ""  # how a change list names it, when not by its title: "Effort"
    german: float = 0  # its width in a German file, where its words are longer

    @property
    def shown_width(self) -> float:
        """The column's width in the language being written."""
        return shown_width(self.width, self.title, self.german)

    @property
    def shown_name(self) -> str:
        """How an import's change list names the column, in the language being read:
        its title without the hint of what to type ("Effort", not "Effort 1-5")."""
        return tr_marked(self.name or self.title)


OPPORTUNITY_INPUTS = (
    OpportunityColumn("id", "id", 4, "id"),
    OpportunityColumn("title", marked("Opportunity"), 32, "context"),
    OpportunityColumn("addresses", marked("Addresses"), 30, "context", german=40),
    OpportunityColumn("customer_value", marked("Customer value 0-100"), 11, "score", 0, 100,
                      name=marked("Customer value")),
    OpportunityColumn("business_value", marked("Business value 0-100"), 11, "score", 0, 100,
                      name=marked("Business value")),
    OpportunityColumn("effort", marked("Effort 1-5"), 9, "score", 1, 5, name=marked("Effort")),
    OpportunityColumn("owner", marked("Owner"), 20, "text"),
    OpportunityColumn("status", marked("Status"), 14, "status"),
    OpportunityColumn("due", marked("Due (date)"), 12, "due", name=marked("Due")),
)  # fmt: skip
_LOOKS = {"score": _INPUT_CENTRED, "text": _INPUT_TEXT, "status": _INPUT, "due": _INPUT_DATE}


def _cells(doc: Document, o: Opportunity, language: str) -> list:
    values = {
        "id": o.id,
        "title": Styled(o.title or None, _KNOWN),
        "addresses": Styled(link_lines(doc, o) or None, _KNOWN),
        "customer_value": o.customer_value,
        "business_value": o.business_value,
        "effort": o.effort,
        "owner": ExactText(o.owner) if o.owner else None,  # read back exactly
        "status": status_word(o.status, language),
        "due": due_date(o.due),
    }
    return [
        values[c.key] if c.kind in ("id", "context") else Styled(values[c.key], _LOOKS[c.kind])
        for c in OPPORTUNITY_INPUTS
    ]


def opportunities_input_sheet(doc: Document, language: str = "en") -> Sheet:
    """The Opportunities sheet for every opportunity of the document, by priority, its
    status written in ``language``."""
    titles = f"{OPPORTUNITIES_TITLE_ROW}:{OPPORTUNITIES_TITLE_ROW}"
    sheet = Sheet(
        tr_marked(OPPORTUNITIES), freeze=f"C{OPPORTUNITIES_FIRST_ROW}", print_title_rows=titles
    )
    sheet.widths = {i: c.shown_width for i, c in enumerate(OPPORTUNITY_INPUTS, 1)}
    sheet.hidden_columns, sheet.hidden_rows = {1}, {OPPORTUNITIES_KEY_ROW}
    sheet.add(*(c.key for c in OPPORTUNITY_INPUTS))
    help_text = tr(
        "Update the yellow cells: scores, owner, status (choose from the list) and due "
        "date. Read the Instructions."
    )
    sheet.add(None, Styled(help_text, NOTE))
    titles = [tr_marked(c.title) for c in OPPORTUNITY_INPUTS]
    sheet.add(*(Styled(t, HEADER) for t in titles))
    sheet.heights[OPPORTUNITIES_TITLE_ROW] = line_height(
        max(text_lines(t, c.shown_width) for t, c in zip(titles, OPPORTUNITY_INPUTS, strict=True))
    )
    for r in ranked(doc):
        cells = _cells(doc, r.opportunity, language)
        row = sheet.add(*cells)
        texts = zip(cells, OPPORTUNITY_INPUTS, strict=True)  # the hidden id takes no room
        lines = max(text_lines(v, c.shown_width) for v, c in texts if c.kind in ("context", "text"))
        if lines > 1:
            sheet.heights[row] = line_height(min(lines, MAX_LINES))
    last = max(len(sheet.rows), OPPORTUNITIES_FIRST_ROW)
    words = [status_word(s, language) for s in OPPORTUNITY_STATES]
    sheet.finish.append(lambda ws: _protect(ws, last, words))
    return sheet


def _validation(c: OpportunityColumn, words: list[str]) -> DataValidation | None:
    """The data validation of one input column, with the message Excel shows."""
    if c.kind == "score":
        dv = DataValidation(type="whole", operator="between", formula1=str(c.low),
                            formula2=str(c.high))  # fmt: skip
        dv.error = tr("Enter a whole number from {} to {}.").format(c.low, c.high)
    elif c.kind == "status":
        dv = DataValidation(type="list", formula1=f'"{",".join(words)}"')
        dv.error = tr("Choose one of: {}.").format(", ".join(words))
    elif c.kind == "due":  # any date from 1900 on (day 1 of the spreadsheet's calendar)
        dv = DataValidation(type="date", operator="greaterThanOrEqual", formula1="1")
        dv.error = tr("Enter a date, e.g. 2026-12-31.")
    else:
        return None
    dv.allow_blank = True
    dv.showErrorMessage = True
    dv.errorTitle = tr_marked(c.title)
    return dv


def _protect(ws: Worksheet, last: int, words: list[str]) -> None:
    """Validations on the input columns; locked but for the input cells, the team may
    widen columns and rows."""
    for i, c in enumerate(OPPORTUNITY_INPUTS, 1):
        dv = _validation(c, words)
        if dv is not None:
            dv.add(f"{col(i)}{OPPORTUNITIES_FIRST_ROW}:{col(i)}{last}")
            ws.data_validations.append(dv)
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


OPPORTUNITIES_INSTRUCTION = (
    (marked("Opportunities (the Opportunities sheet)"), Look(bold=True)),
    (marked("The Opportunities sheet has a row per opportunity, the highest priority first "
     "(priority = value / effort, value = the mean of customer and business value). Update "
     "its customer and business value (whole numbers from 0 to 100), its effort (1 = "
     "little to 5 = a lot), its owner, its status (idea, planned, in progress, done or "
     "dismissed; in German Idee, geplant, in Arbeit, erledigt or verworfen) and its due "
     "date (a date cell, e.g. 2026-12-31). An empty due date removes it; the other cells, "
     "left empty, keep what journeymap has. Rows cannot be added here: add opportunities "
     "in journeymap."), None),
)  # fmt: skip

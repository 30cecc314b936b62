"""Reading the fill-in template's Opportunities sheet back (opportunities_template.py):
each row's scores, owner, status and due date that differ from the document become one
SetFields of its opportunity. Every bad cell is reported; fillin.py applies nothing when
any is (all or nothing).

An empty score, owner or status keeps what the document has (nothing a team entered is
lost to a cell left empty); an empty due date removes it, as an empty target does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from journeymap import words
from journeymap.excel.cells import col, unescape_text
from journeymap.excel.fillin_sheet import CellError, KeyedSheet
from journeymap.excel.language import quoted, shown_value, tr_marked
from journeymap.excel.opportunities_template import (
    OPPORTUNITIES_KEY_ROW,
    OPPORTUNITY_INPUTS,
    OpportunityColumn,
)
from journeymap.excel.opportunity_cells import (
    OPPORTUNITIES,
    due_date,
    status_from_word,
    status_word,
)
from journeymap.excel.typed_cells import blank, cell_number, under_column
from journeymap.model.commands import Command, SetFields
from journeymap.model.declared import check_field
from journeymap.model.document import Document
from journeymap.model.entities import Opportunity
from journeymap.model.messages import Message, message
from journeymap.model.validation import InvalidValue, check_date, iso_date, refuse
from journeymap.model.vocabulary import OPPORTUNITY_STATES

_KEEP = object()  # an empty cell that keeps the document's value
_INPUTS = [c for c in OPPORTUNITY_INPUTS if c.kind not in ("id", "context")]
_NEEDED = ("id", *(c.key for c in _INPUTS))  # the keys the reader cannot do without


@dataclass
class OpportunityChanges:
    """What an Opportunities sheet changes: a SetFields per changed opportunity, a line per
    changed cell, and the errors."""

    steps: list[Command] = field(default_factory=list)
    details: list[Message] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)


def _due(c: OpportunityColumn, value: Any) -> str:
    """A due date cell as the model keeps it (ISO text), "" when empty."""
    if blank(value):
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:  # 2026-12-31 or 31.12.2026, as the model's rule for dates takes it
            return check_date(tr_marked(c.title), iso_date(value))
        except InvalidValue:
            pass
    shown = quoted(value.strip()[:40]) if isinstance(value, str) else str(value)[:40]
    raise refuse("cell.not_date", column=tr_marked(c.title), value=shown)


def parse_opportunity_cell(c: OpportunityColumn, value: Any) -> Any:
    """The value of one input cell as the model takes it, _KEEP for an empty cell that
    keeps the document's value; raises InvalidValue saying why the cell holds nothing
    the model can take."""
    if c.kind == "due":
        return _due(c, value)
    if blank(value):
        return _KEEP
    if c.kind == "status":
        status = status_from_word(value) if isinstance(value, str) else None
        if status is None:
            choices = tuple(status_word(s, words.spoken()) for s in OPPORTUNITY_STATES)
            raise refuse(
                "cell.not_status", column=tr_marked(c.title), value=str(value)[:40], choices=choices
            )
        return status
    if c.kind == "text":
        text = unescape_text(value) if isinstance(value, str) else str(value)
        return check_field("opportunity", c.key, text)
    value = cell_number(tr_marked(c.title), value)
    try:  # the model's own rules, so a score the editor refuses is refused here too
        return check_field("opportunity", c.key, value)
    except InvalidValue as error:  # "effort: 7 is out of 1-5", under the column's title
        raise under_column(error, tr_marked(c.title), value) from None


def plan_opportunities(doc: Document, sheet: KeyedSheet) -> OpportunityChanges:
    """The changes of every row of the Opportunities sheet, or the errors of its cells."""
    found = OpportunityChanges(
        errors=sheet.missing_keys(_NEEDED, tr_marked(OPPORTUNITIES), OPPORTUNITIES_KEY_ROW)
    )
    keys = list(sheet.keys)
    if found.errors:
        return found
    at = {key: keys.index(key) for key in (*_NEEDED, "title") if key in keys}
    seen: dict[str, int] = {}
    parsed: list[tuple[Opportunity, dict[str, Any]]] = []
    for number, row in sheet.rows:
        cells = {key: row[i] if i < len(row) else None for key, i in at.items()}
        if all(blank(cells[key]) for key in _NEEDED):
            continue  # an empty row
        opportunity = _opportunity(doc, cells, seen, f"{col(at['id'] + 1)}{number}")
        if isinstance(opportunity, CellError):
            found.errors.append(opportunity)
            continue
        seen[opportunity.id] = number
        values = {}
        for c in _INPUTS:
            try:
                values[c.key] = parse_opportunity_cell(c, cells[c.key])
            except InvalidValue as error:
                assert error.message is not None  # every refusal says why in a message
                where = f"{col(at[c.key] + 1)}{number}"
                found.errors.append(CellError(tr_marked(OPPORTUNITIES), where, error.message))
        parsed.append((opportunity, values))
    if found.errors:
        return found
    for opportunity, values in parsed:
        changed = [
            c for c in _INPUTS
            if values[c.key] is not _KEEP and getattr(opportunity, c.key) != values[c.key]
        ]  # fmt: skip
        if changed:
            found.steps.append(SetFields(opportunity.id, {c.key: values[c.key] for c in changed}))
            found.details += [_detail(opportunity, c, values[c.key]) for c in changed]
    return found


def _detail(opportunity: Opportunity, c: OpportunityColumn, new: Any) -> Message:
    """ "Opportunities: “X”: Status: idea → planned", the column named and the values
    shown in the sheet's language (the plan is made speaking it)."""
    old = getattr(opportunity, c.key)
    if c.kind == "status":
        shown = status_word(old, words.spoken()), status_word(new, words.spoken())
    elif c.kind == "due":
        shown = shown_value(due_date(old)), shown_value(due_date(new))
    else:
        shown = shown_value(old), shown_value(new)
    return message("sheet.opportunity", name=opportunity.title, field=c.shown_name,
                   old=shown[0], new=shown[1])  # fmt: skip


def _opportunity(
    doc: Document, cells: dict[str, Any], seen: dict[str, int], where: str
) -> Opportunity | CellError:
    """The opportunity a row's hidden id names, or the error of its id cell."""
    opportunity_id = cells["id"]
    known = isinstance(opportunity_id, str) and opportunity_id in doc
    found = doc.get(opportunity_id) if known else None
    if not isinstance(found, Opportunity):
        if blank(opportunity_id):
            return CellError(tr_marked(OPPORTUNITIES), where, message("cell.no_opportunity_id"))
        reason = message("cell.unknown_opportunity", value=str(opportunity_id)[:40])
        return CellError(tr_marked(OPPORTUNITIES), where, reason)
    if found.id in seen:
        reason = message("cell.twice", name=found.title, row=str(seen[found.id]))
        return CellError(tr_marked(OPPORTUNITIES), where, reason)
    shown = cells.get("title")
    titles = {o.title for o in doc.opportunities}
    # a row that shows another opportunity's title: its hidden id was changed
    if isinstance(shown, str) and shown != found.title and shown in titles:
        reason = message("cell.id_moved", name=found.title[:40], shown=shown[:40])
        return CellError(tr_marked(OPPORTUNITIES), where, reason)
    return found

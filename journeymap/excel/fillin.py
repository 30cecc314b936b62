"""Reading a filled-in template back: every bad cell reported, one command otherwise.

``plan_xlsx_import(doc, path)`` reads the Fill-in sheet written by template.py and
returns ``(command, errors, summary)``. With any error the command is None and nothing
may be applied (all or nothing). Otherwise the command is one Macro of SetFields and
replace_measurements steps for the values that changed, ready for a CommandStack or
the GUI's undo stack; None when nothing changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml.common import DefusedXmlException
from openpyxl import load_workbook

from journeymap.excel.cells import col
from journeymap.excel.safety import check_xlsx_archive
from journeymap.excel.template import (
    FILL_IN,
    FIRST_ROW,
    KEY_ROW,
    NO,
    SEGMENT_COLUMN,
    SEGMENT_ROW,
    YES,
    Field,
    current_counts,
    fields,
)
from journeymap.model.commands import Command, Macro, SetFields, replace_measurements
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Measurement, Touchpoint
from journeymap.model.messages import Message, message
from journeymap.model.validation import InvalidValue, check_field, refuse
from journeymap.storage.errors import DocumentFileError

#: Words taken for yes and no (also German, for the teams that type it).
TRUE_WORDS = {YES, "y", "true", "ja", "j", "x", "1"}
FALSE_WORDS = {NO, "n", "false", "nein", "0"}
_BLANK = object()  # an empty cell


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell that cannot be imported: its sheet, its reference and why."""

    sheet: str
    cell: str
    reason: Message

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.reason}"


@dataclass
class ImportSummary:
    """What an import changes (or would change)."""

    file: str
    rows: int = 0  # touchpoint rows read
    touchpoints_changed: int = 0
    cells_changed: int = 0
    measurements_added: int = 0
    measurements_replaced: int = 0
    details: list[Message] = field(default_factory=list)  # one per change

    def __str__(self) -> str:
        return str(self.headline())

    @property
    def changes(self) -> list[str]:
        """What changes, one English line each."""
        return [str(detail) for detail in self.details]

    def headline(self) -> Message:
        """How much the import reads and changes, in one sentence."""
        rows = _count(self.rows, "touchpoint_row")
        if not self.cells_changed:
            return message("sheet.nothing", file=self.file, rows=rows)
        return message(
            "sheet.summary",
            file=self.file,
            rows=rows,
            cells=_count(self.cells_changed, "cell"),
            touchpoints=_count(self.touchpoints_changed, "touchpoint"),
            added=_count(self.measurements_added, "measurement"),
            replaced=self.measurements_replaced,
        )


def _count(n: int, noun: str) -> Message:
    """ "1 cell", "2 cells"."""
    return message(f"count.{noun}.{'one' if n == 1 else 'many'}", count=n)


@dataclass
class _Sheet:
    """The Fill-in sheet as plain values, read in one go."""

    columns: dict[str, int]  # key -> 0-based column
    segment: str
    rows: list[tuple[int, tuple[Any, ...]]]  # (row number, values) from FIRST_ROW on


def read_fill_in(path: str | Path) -> _Sheet:
    """The Fill-in sheet's keys, segment and rows. DocumentFileError for anything that
    is not a readable journeymap template, hostile files included."""
    check_xlsx_archive(path)  # before any parser sees the file
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            if FILL_IN not in wb.sheetnames:
                raise DocumentFileError(
                    path, f"has no “{FILL_IN}” sheet: it is not a journeymap fill-in template"
                )
            ws = wb[FILL_IN]
            ws.reset_dimensions()  # don't trust the size the file claims
            rows = list(ws.iter_rows(values_only=True))
        finally:
            wb.close()
    except DocumentFileError:
        raise
    except Exception as error:  # a damaged or hostile file: any parser error, one message
        raise DocumentFileError(
            path, f"cannot be read as an Excel workbook: {_why(error)}"
        ) from None
    keys = rows[KEY_ROW - 1] if len(rows) >= KEY_ROW else ()
    columns: dict[str, int] = {}
    for index, key in enumerate(keys):
        if isinstance(key, str):
            columns.setdefault(key, index)
    if "id" not in columns:
        raise DocumentFileError(
            path, f"is not a journeymap fill-in template (row {KEY_ROW} of “{FILL_IN}” was changed)"
        )
    segment_row = rows[SEGMENT_ROW - 1] if len(rows) >= SEGMENT_ROW else ()
    segment = segment_row[SEGMENT_COLUMN - 1] if len(segment_row) >= SEGMENT_COLUMN else None
    body = [(number, row) for number, row in enumerate(rows[FIRST_ROW - 1 :], FIRST_ROW)]
    return _Sheet(columns, "" if segment is None else str(segment).strip(), body)


def _why(error: BaseException) -> str:
    """A reader's words for why a parser gave up, from the chain of exceptions."""
    chain: list[BaseException] = []
    while error is not None and len(chain) < 10:
        chain.append(error)
        error = error.__cause__ or error.__context__
    if any(isinstance(e, DefusedXmlException) for e in chain):
        return "it declares XML entities, refused for safety (an XML bomb?)"
    missing = next((e for e in chain if isinstance(e, KeyError)), None)
    if missing is not None:
        return f"a part of it is missing ({str(missing).strip(chr(34))})"
    return f"it is damaged ({type(chain[-1]).__name__})"


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(f: Field, value: Any) -> Any:
    """A number cell's value, or raise InvalidValue saying why not."""
    if isinstance(value, str):
        raise refuse("cell.text_not_number", column=f.label, value=value.strip()[:40])
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise refuse("cell.not_number", column=f.label, value=str(value))
    return value


def parse_cell(f: Field, value: Any) -> Any:
    """The value of one input cell as the model takes it, _BLANK for an empty cell;
    raises InvalidValue with the reason when the cell holds something else."""
    if _blank(value):
        return "" if f.kind == "text" else _BLANK
    if f.kind == "text":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        return check_field("touchpoint", f.key, str(value))
    if f.kind == "flag":
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        word = str(value).strip().casefold()
        if word in TRUE_WORDS or word in FALSE_WORDS:
            return word in TRUE_WORDS
        raise refuse("cell.not_yes_no", column=f.label, value=str(value)[:40])
    value = _number(f, value)
    try:  # the model's own rules, so a value the editor refuses is refused here too
        if f.kind == "whole":
            return check_field("touchpoint", f.key, value)
        if f.kind == "target":
            return check_field("touchpoint", "targets", {f.metric: value})[f.metric]
    except InvalidValue as error:  # "importance: 7 is out of 1-5", under the column's title
        assert error.message is not None  # the model's rules say why in a message
        reason = error.message
        raise InvalidValue(Message(reason.code, {**reason.params, "field": f.label})) from None
    # an answer count: a whole number of responses, 0 or more
    if value != int(value) or value < 0:
        raise refuse("cell.not_responses", column=f.label, value=float(value))
    return int(value)


@dataclass
class _Plan:
    """The changes found so far, turned into one command at the end."""

    summary: ImportSummary
    source: str
    date: str
    segment: str
    steps: list[Command] = field(default_factory=list)
    measurements: dict[str, list[Measurement]] = field(default_factory=dict)  # by journey

    def touchpoint(self, doc: Document, tp: Touchpoint, values: dict[str, Any]) -> None:
        """Record what changes on one touchpoint: attributes, targets, responses."""
        journey = doc.journey_of(tp.id)
        assert journey is not None
        changes: dict[str, Any] = {}
        cells = 0
        targets = dict(tp.targets)
        counts: dict[str, dict[int, Any]] = {}
        for key, value in values.items():
            kind, _, rest = key.partition(":")
            if kind == "target":
                if value is _BLANK:
                    cells += targets.pop(rest, None) is not None
                elif targets.get(rest) != value:
                    targets[rest], cells = value, cells + 1
            elif kind == "count":
                metric, _, answer = rest.partition(":")
                counts.setdefault(metric, {})[int(answer)] = value
            elif value is not _BLANK and getattr(tp, key) != value:
                changes[key], cells = value, cells + 1
                old = repr(getattr(tp, key))
                self.summary.details.append(
                    message("sheet.change", name=tp.name, field=key, old=old, new=repr(value))
                )
        if targets != tp.targets:
            changes["targets"] = targets
            self.summary.details.append(
                message("sheet.targets", name=tp.name, old=str(tp.targets), new=str(targets))
            )
        if changes:
            self.steps.append(SetFields(tp.id, changes))
        for metric, answers in counts.items():
            cells += self._responses(journey, tp, metric, answers)
        if cells:
            self.summary.cells_changed += cells
            self.summary.touchpoints_changed += 1

    def _responses(self, journey: Journey, tp: Touchpoint, metric: str, answers: dict) -> int:
        """Replace one metric's responses when the entered counts differ; returns the
        number of answer cells that changed. All empty (or 0) keeps what is there."""
        entered = {a: (0 if c is _BLANK else c) for a, c in answers.items()}
        if not any(entered.values()):
            return 0
        now = current_counts(journey, tp.id, metric, self.segment)
        new = {a: c for a, c in sorted(entered.items()) if c}
        if new == {a: c for a, c in now.items() if c}:
            return 0
        self.measurements.setdefault(journey.id, []).append(
            Measurement(tp.id, metric, new, self.segment, self.source, self.date)
        )
        self.summary.details.append(
            message(
                "sheet.responses",
                name=tp.name,
                metric=metric.upper(),
                old=sum(now.values()),
                new=sum(new.values()),
            )
        )
        return sum(1 for a, c in entered.items() if now.get(a, 0) != c)

    def command(self, doc: Document) -> Command | None:
        """One step for everything, or None when nothing changes."""
        steps = list(self.steps)
        for journey_id, new in self.measurements.items():
            keys = {(m.touchpoint_id, m.metric, m.segment) for m in new}
            old = doc.journey(journey_id).measurements
            self.summary.measurements_replaced += sum(
                (m.touchpoint_id, m.metric, m.segment) in keys for m in old
            )
            self.summary.measurements_added += len(new)
            steps.append(replace_measurements(doc, journey_id, new, replace=True))
        return Macro(message("step.import_sheet", file=self.source), steps) if steps else None


def plan_xlsx_import(
    doc: Document, path: str | Path, today: dt.date | None = None
) -> tuple[Command | None, list[CellError], ImportSummary]:
    """Read a filled-in template and plan its import into ``doc`` (left unchanged).

    Returns the command (None when there are errors or nothing changes), every bad
    cell, and a summary. Raises DocumentFileError when the file is not a readable
    journeymap template (damaged, hostile, or another workbook)."""
    path = Path(path)
    sheet = read_fill_in(path)
    layout = {f.key: f for f in fields(True)}
    inputs = [
        (layout[key], index)
        for key, index in sheet.columns.items()
        if key in layout and layout[key].kind not in ("id", "context")
    ]
    id_column = sheet.columns["id"]
    summary = ImportSummary(path.name)
    plan = _Plan(summary, path.name, (today or dt.date.today()).isoformat(), sheet.segment)
    errors: list[CellError] = []
    seen: dict[str, int] = {}
    parsed: list[tuple[Touchpoint, dict[str, Any]]] = []
    for number, row in sheet.rows:
        cells = {f.key: (row[i] if i < len(row) else None) for f, i in inputs}
        tp_id = row[id_column] if id_column < len(row) else None
        if _blank(tp_id) and all(_blank(v) for v in cells.values()):
            continue  # an empty row
        where = f"{_letter(id_column)}{number}"
        tp = doc.get(tp_id) if isinstance(tp_id, str) and tp_id in doc else None
        if not isinstance(tp, Touchpoint):
            reason = (
                message("cell.no_id")
                if _blank(tp_id)
                else message("cell.unknown_id", value=str(tp_id)[:40])
            )
            errors.append(CellError(FILL_IN, where, reason))
            continue
        if tp.id in seen:
            reason = message("cell.twice", name=tp.name, row=str(seen[tp.id]))
            errors.append(CellError(FILL_IN, where, reason))
            continue
        seen[tp.id] = number
        summary.rows += 1
        values: dict[str, Any] = {}
        for f, index in inputs:
            try:
                values[f.key] = parse_cell(f, cells[f.key])
            except InvalidValue as error:
                assert error.message is not None  # every refusal of parse_cell is a message
                errors.append(CellError(FILL_IN, f"{_letter(index)}{number}", error.message))
        parsed.append((tp, values))
    if errors:  # all or nothing: no plan at all
        return None, errors, summary
    for tp, values in parsed:
        plan.touchpoint(doc, tp, values)
    return plan.command(doc), errors, summary


def _letter(index: int) -> str:
    """The column letter of a 0-based column index."""
    return col(index + 1)


__all__ = ["CellError", "ImportSummary", "plan_xlsx_import", "read_fill_in"]

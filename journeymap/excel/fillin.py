"""Reading a filled-in template back: every bad cell reported, one command otherwise.

``plan_xlsx_import(doc, path)`` reads the Fill-in sheet written by template.py (and
its Notes and Opportunities sheets, when it has them) and returns ``(command, errors,
summary)``. With any error the command is None and nothing may be applied (all or
nothing). Otherwise the command is one Macro of SetFields (of touchpoints, and of
opportunities: opportunities_import.py), AddObject (new notes, notes_import.py) and
replace_measurements steps for what changed, ready for a CommandStack or the GUI's
undo stack; None when nothing changed.

Weighted counts (sums of survey weights) come back as the template wrote them, or
rounded to 15 significant digits by a spreadsheet that keeps no more (LibreOffice):
within a relative 1e-9 a count is unchanged. A metric whose counts changed becomes an
unweighted measurement from the workbook, so its counts must be whole numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journeymap import words
from journeymap.excel.cells import MAX_CELL_TEXT, col, unescape_text
from journeymap.excel.fillin_sheet import CellError, FillInSheet, read_fill_in
from journeymap.excel.language import say, shown_value, tr, tr_marked
from journeymap.excel.notes_import import NewNotes, plan_notes
from journeymap.excel.opportunities_import import OpportunityChanges, plan_opportunities
from journeymap.excel.template import (
    FILL_IN,
    KEY_ROW,
    NO,
    YES,
    CountIndex,
    Field,
    fields,
)
from journeymap.excel.typed_cells import blank, cell_number, under_column
from journeymap.model.commands import (
    Command,
    Macro,
    SetFields,
    replace_measurements,
)
from journeymap.model.declared import check_field
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Measurement, Touchpoint
from journeymap.model.messages import Message, message
from journeymap.model.validation import InvalidValue, refuse
from journeymap.model.vocabulary import SCALES

#: Words taken for yes and no (also German, for the teams that type it).
TRUE_WORDS = {YES, "y", "true", "ja", "j", "x", "1"}
FALSE_WORDS = {NO, "n", "false", "nein", "0"}
_BLANK = object()  # an empty cell
#: Counts this close (relative) are the same: a spreadsheet keeping 15 significant
#: digits rounds a weighted count by less.
SAME_COUNT = 1e-9


@dataclass
class ImportSummary:
    """What an import changes (or would change)."""

    file: str
    language: str = "en"  # the sheet's: its messages are said in it
    rows: int = 0  # touchpoint rows read
    touchpoints_changed: int = 0
    cells_changed: int = 0
    measurements_added: int = 0
    measurements_replaced: int = 0
    notes_added: int = 0
    opportunities_changed: int = 0
    details: list[Message] = field(default_factory=list)  # one per change

    def __str__(self) -> str:
        return say(self.headline(), self.language)

    @property
    def changes(self) -> list[str]:
        """What changes, one line each in the sheet's language."""
        return [say(detail, self.language) for detail in self.details]

    def refusal(self, error: CellError) -> str:
        """A cell that cannot be imported, said in the sheet's language:
        "Ausfüllen!F5: Wichtigkeit 1-5: 7 liegt außerhalb von 1 bis 5"."""
        return f"{error.sheet}!{error.cell}: {say(error.reason, self.language)}"

    def not_saved(self, journey: str) -> str:
        """That a dry run left the journey's file as it was, in the sheet's language."""
        with words.speaking(self.language):
            return tr("Dry run: {} was not changed").format(journey)

    def refused(self, count: int) -> str:
        """That ``count`` cells cannot be imported, in the sheet's language."""
        with words.speaking(self.language):
            if count == 1:
                return tr("1 cell cannot be imported; nothing was changed")
            return tr("{} cells cannot be imported; nothing was changed").format(count)

    def headline(self) -> Message:
        """How much the import reads and changes, in one sentence."""
        if not self.opportunities_changed:
            return self._touchpoints_headline()
        changed = _count(self.opportunities_changed, "opportunity")
        if self.cells_changed or self.notes_added:
            summary = self._touchpoints_headline()
        else:  # "nothing to change" would be wrong
            summary = message(
                "sheet.read", file=self.file, rows=_count(self.rows, "touchpoint_row")
            )
        return message("sheet.with_opportunities", summary=summary, opportunities=changed)

    def _touchpoints_headline(self) -> Message:
        rows = _count(self.rows, "touchpoint_row")
        notes = _count(self.notes_added, "note")
        if not self.cells_changed:
            if self.notes_added:
                return message("sheet.only_notes", file=self.file, rows=rows, notes=notes)
            return message("sheet.nothing", file=self.file, rows=rows)
        summary = message(
            "sheet.summary",
            file=self.file,
            rows=rows,
            cells=_count(self.cells_changed, "cell"),
            touchpoints=_count(self.touchpoints_changed, "touchpoint"),
            added=_count(self.measurements_added, "measurement"),
            replaced=self.measurements_replaced,
        )
        if self.notes_added:
            return message("sheet.with_notes", summary=summary, notes=notes)
        return summary


def _count(n: int, noun: str) -> Message:
    """ "1 cell", "2 cells"."""
    return message(f"count.{noun}.{'one' if n == 1 else 'many'}", count=n)


def parse_cell(f: Field, value: Any) -> Any:
    """The value of one input cell as the model takes it, _BLANK for an empty cell;
    raises InvalidValue with the reason when the cell holds something else. Text is
    taken as it is, spaces and all (an empty cell is no text), with the escapes the
    template writes for characters a cell cannot hold (_x000D_) undone."""
    if f.kind == "text":
        if value is None:
            value = ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        text = unescape_text(value) if isinstance(value, str) else str(value)
        return check_field("touchpoint", f.key, text)
    if blank(value):
        return _BLANK
    if f.kind == "flag":
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        word = str(value).strip().casefold()
        if word in TRUE_WORDS or word in FALSE_WORDS:
            return word in TRUE_WORDS
        raise refuse("cell.not_yes_no", column=f.label, value=str(value)[:40])
    value = cell_number(f.label, value)
    try:  # the model's own rules, so a value the editor refuses is refused here too
        if f.kind == "whole":
            return check_field("touchpoint", f.key, value)
        if f.kind == "target":
            return check_field("touchpoint", "targets", {f.metric: value})[f.metric]
    except InvalidValue as error:  # "importance: 7 is out of 1-5", under the column's title
        raise under_column(error, f.label, value) from None
    # an answer count: responses, 0 or more; whole unless it is a weighted count kept
    # as the template wrote it (the row's check, _refused_decimals, says which)
    if value < 0:
        raise refuse("cell.not_responses", column=f.label, value=float(value))
    return int(value) if value == int(value) else float(value)


@dataclass(frozen=True, slots=True)
class _Entered:
    """One metric's answer cells of a row beside the responses the sheet showed."""

    counts: dict[int, Any]  # answer -> entered count, an empty cell 0
    changed: frozenset[int]  # the answers whose count differs from the one shown

    @property
    def replaces(self) -> bool:
        """Whether the entered counts replace the shown ones: some differ, and not all
        cells are empty (or 0), which keeps what is there."""
        return bool(self.changed) and any(self.counts.values())


def _entered(index: CountIndex, journey: Journey, tp_id: str, metric: str, answers: dict):
    """The entered counts of one metric compared with what the template showed."""
    counts = {a: (0 if c is _BLANK else c) for a, c in sorted(answers.items())}
    shown = index.counts(journey, tp_id, metric)
    changed = frozenset(
        a for a in counts.keys() | shown.keys()
        if not math.isclose(counts.get(a, 0), shown.get(a, 0), rel_tol=SAME_COUNT)
    )  # fmt: skip
    return _Entered(counts, changed)


def _answers(values: dict[str, Any]) -> dict[str, dict[int, Any]]:
    """The parsed answer cells of a row by metric: metric -> answer -> value."""
    by_metric: dict[str, dict[int, Any]] = {}
    for key, value in values.items():
        kind, _, rest = key.partition(":")
        if kind == "count":
            metric, _, answer = rest.partition(":")
            by_metric.setdefault(metric, {})[int(answer)] = value
    return by_metric


@dataclass
class _Plan:
    """The changes found so far, turned into one command at the end."""

    summary: ImportSummary
    source: str
    date: str
    index: CountIndex  # the responses the document holds for the sheet's segment
    fields: dict[str, Field]  # the sheet's columns by key
    steps: list[Command] = field(default_factory=list)
    measurements: dict[str, list[Measurement]] = field(default_factory=dict)  # by journey

    def touchpoint(self, doc: Document, tp: Touchpoint, values: dict[str, Any]) -> None:
        """Record what changes on one touchpoint: attributes, targets, responses."""
        journey = doc.journey_of(tp.id)
        assert journey is not None
        changes: dict[str, Any] = {}
        cells = 0
        targets = dict(tp.targets)
        for key, value in values.items():
            kind, _, rest = key.partition(":")
            if kind == "target":
                old = targets.get(rest)
                new = None if value is _BLANK else value
                if old != new:
                    targets[rest], cells = new, cells + 1
                    self._changed(tp, key, old, new)
            elif kind == "count":
                continue  # below, by metric
            elif value is not _BLANK and not _same(getattr(tp, key), value):
                changes[key], cells = value, cells + 1
                self._changed(tp, key, getattr(tp, key), value)
        targets = {metric: target for metric, target in targets.items() if target is not None}
        if targets != tp.targets:
            changes["targets"] = targets
        if changes:
            self.steps.append(SetFields(tp.id, changes))
        for metric, answers in _answers(values).items():
            cells += self._responses(journey, tp, metric, answers)
        if cells:
            self.summary.cells_changed += cells
            self.summary.touchpoints_changed += 1

    def _changed(self, tp: Touchpoint, key: str, old: Any, new: Any) -> None:
        """A line of the change list: "Confirmation: Importance: 3 → 4", the column named
        and the values shown in the sheet's language (the plan is made speaking it)."""
        self.summary.details.append(
            message("sheet.change", name=tp.name, field=self.fields[key].shown_name,
                    old=shown_value(old), new=shown_value(new))
        )  # fmt: skip

    def _responses(self, journey: Journey, tp: Touchpoint, metric: str, answers: dict) -> int:
        """Replace one metric's responses when the entered counts differ; returns the
        number of answer cells that changed. All empty (or 0) keeps what is there."""
        entered = _entered(self.index, journey, tp.id, metric, answers)
        if not entered.replaces:
            return 0
        new = {a: int(c) for a, c in entered.counts.items() if c}  # whole: checked before
        self.measurements.setdefault(journey.id, []).append(
            Measurement(tp.id, metric, new, self.index.segment, self.source, self.date)
        )
        found = self.index.selected(journey, tp.id, metric)
        self.summary.details.append(
            message(
                "sheet.responses",
                name=tp.name,
                metric=metric.upper(),
                old=found.responses.respondents if found else 0,
                new=sum(new.values()),
            )
        )
        return len(entered.changed)

    def command(self, doc: Document) -> Command | None:
        """One step for everything, or None when nothing changes."""
        steps = list(self.steps)
        for journey_id, new in self.measurements.items():
            # the entered counts replace what the sheet showed: every measurement counted,
            # and the segments an unsplit one stood for (they are the same respondents)
            journey = doc.journey(journey_id)
            old = [
                replaced.id
                for m in new
                if (found := self.index.selected(journey, m.touchpoint_id, m.metric))
                for replaced in (*found.counted, *found.left_out)
            ]
            self.summary.measurements_replaced += len(old)
            self.summary.measurements_added += len(new)
            steps.append(replace_measurements(doc, journey_id, new, old))
        return Macro(message("step.import_sheet", file=self.source), steps) if steps else None


def _same(old: Any, new: Any) -> bool:
    """Whether a cell brings back the value the document has. A text longer than Excel
    keeps comes back cut to 32,767 characters when the sheet was saved in Excel: the
    export warned, and the full text stays."""
    if isinstance(old, str) and len(old) > MAX_CELL_TEXT and new == old[:MAX_CELL_TEXT]:
        return True
    return old == new


def plan_xlsx_import(
    doc: Document, path: str | Path, today: dt.date | None = None
) -> tuple[Command | None, list[CellError], ImportSummary]:
    """Read a filled-in template and plan its import into ``doc`` (left unchanged).

    Returns the command (None when there are errors or nothing changes), every bad
    cell, and a summary. Raises DocumentFileError when the file is not a readable
    journeymap template (damaged, hostile, or another workbook)."""
    path = Path(path)
    sheet = read_fill_in(path)
    # column titles and sheet names in messages: the words of the sheet's own language
    with words.speaking(sheet.language):
        return _plan(doc, path, sheet, today)


def _plan(
    doc: Document, path: Path, sheet: FillInSheet, today: dt.date | None
) -> tuple[Command | None, list[CellError], ImportSummary]:
    summary = ImportSummary(path.name, language=sheet.language)
    columns, errors = _columns(sheet)
    if errors:  # the keys say which column is which: without them, nothing is certain
        return None, errors + sheet.problems, summary
    errors = list(sheet.problems)
    layout = {f.key: f for f in fields(True)}
    inputs = [  # the n (respondents) columns are for reading only
        (layout[key], index)
        for key, index in columns.items()
        if layout[key].kind not in ("id", "context", "respondents")
    ]
    by_key = {f.key: (f, i) for f, i in inputs}
    id_column, name_column = columns["id"], columns["touchpoint"]
    others = _touchpoint_names(doc)
    index = CountIndex(sheet.segment)
    plan = _Plan(summary, path.name, (today or dt.date.today()).isoformat(), index, layout)
    seen: dict[str, int] = {}
    parsed: list[tuple[Touchpoint, dict[str, Any]]] = []
    for number, row in sheet.rows:
        cells = {f.key: (row[i] if i < len(row) else None) for f, i in inputs}
        tp_id = row[id_column] if id_column < len(row) else None
        if blank(tp_id) and all(blank(v) for v in cells.values()):
            continue  # an empty row
        where = f"{_letter(id_column)}{number}"
        tp = doc.get(tp_id) if isinstance(tp_id, str) and tp_id in doc else None
        shown = row[name_column] if name_column < len(row) else None
        reason = _row_problem(tp, tp_id, shown, others, seen)
        if reason:
            errors.append(CellError(tr_marked(FILL_IN), where, reason))
            continue
        assert isinstance(tp, Touchpoint)
        seen[tp.id] = number
        summary.rows += 1
        values: dict[str, Any] = {}
        for f, i in inputs:
            try:
                values[f.key] = parse_cell(f, cells[f.key])
            except InvalidValue as error:
                assert error.message is not None  # every refusal of parse_cell is a message
                errors.append(CellError(tr_marked(FILL_IN), f"{_letter(i)}{number}", error.message))
        journey = doc.journey_of(tp.id)
        assert journey is not None
        errors += _refused_decimals(index, journey, tp.id, values, by_key, number)
        errors += _refused_segment(index, journey, tp, values, by_key, number)
        parsed.append((tp, values))
    notes = plan_notes(doc, sheet.notes) if sheet.notes else NewNotes()
    errors += notes.errors
    found = sheet.opportunities
    opportunities = plan_opportunities(doc, found) if found else OpportunityChanges()
    errors += opportunities.errors
    if errors:  # all or nothing: no plan at all
        return None, errors, summary
    for tp, values in parsed:
        plan.touchpoint(doc, tp, values)
    plan.steps += notes.steps + opportunities.steps  # in the same one step as the rest
    summary.notes_added = len(notes.steps)
    summary.opportunities_changed = len(opportunities.steps)
    summary.details += notes.details + opportunities.details
    return plan.command(doc), errors, summary


def _refused_segment(
    index: CountIndex,
    journey: Journey,
    tp: Touchpoint,
    values: dict[str, Any],
    inputs: dict[str, tuple[Field, int]],
    number: int,
) -> list[CellError]:
    """An error for a segment sheet's counts typed where the journey holds the answers
    unsplit and none of this segment: they would be counted beside the unsplit ones,
    the same respondents twice (figures.py)."""
    if not index.segment:
        return []
    errors = []
    unsplit = {m.metric for m in journey.measurements
               if m.touchpoint_id == tp.id and not m.segmented}  # fmt: skip
    for metric, answers in _answers(values).items():
        if metric not in unsplit or index.selected(journey, tp.id, metric) is not None:
            continue
        if _entered(index, journey, tp.id, metric, answers).replaces:
            reason = message("cell.segment_of_unsplit", name=tp.name, metric=metric.upper(),
                             segment=index.segment)  # fmt: skip
            _, column = inputs[f"count:{metric}:{SCALES[metric][0]}"]  # its first answer
            errors.append(CellError(tr_marked(FILL_IN), f"{_letter(column)}{number}", reason))
    return errors


def _refused_decimals(
    index: CountIndex,
    journey: Journey,
    tp_id: str,
    values: dict[str, Any],
    inputs: dict[str, tuple[Field, int]],
    number: int,
) -> list[CellError]:
    """An error for each count with decimals in a metric whose counts were changed: the
    changed counts become an unweighted measurement, and weighted ones come only from
    the survey import. ``inputs`` is each input's column by key; a metric with a cell
    that could not be read (missing from ``values``) is left to that cell's error."""
    errors = []
    for metric, answers in _answers(values).items():
        low, high = SCALES[metric]
        if len(answers) <= high - low:  # a cell of it could not be read
            continue
        entered = _entered(index, journey, tp_id, metric, answers)
        if not entered.replaces:
            continue
        for answer, count in entered.counts.items():
            if isinstance(count, float):  # parse_cell keeps whole counts as int
                f, i = inputs[f"count:{metric}:{answer}"]
                reason = message("cell.weighted_count", column=f.label, value=count)
                errors.append(CellError(tr_marked(FILL_IN), f"{_letter(i)}{number}", reason))
    return errors


def _columns(sheet: FillInSheet) -> tuple[dict[str, int], list[CellError]]:
    """The column of each key, and an error for each hidden key cell that is not the
    template's: an edited key would send a column's values to another field or answer.
    A template written before the read-only n columns is read without them."""
    layout = fields("journey" in sheet.keys)
    expected = [f.key for f in layout]
    earlier = [f.key for f in layout if f.kind != "respondents"]
    if list(sheet.keys[: len(earlier)]) == earlier and not any(sheet.keys[len(earlier) :]):
        expected = earlier
    errors = []
    for i in range(max(len(expected), len(sheet.keys))):
        want = expected[i] if i < len(expected) else None
        key = sheet.keys[i] if i < len(sheet.keys) else None
        if key == want:
            continue
        if want is None:
            reason = message("cell.key_extra", value=str(key)[:40])
        elif key is None:
            reason = message("cell.key_deleted", key=want)
        else:
            reason = message("cell.key_changed", key=want, value=str(key)[:40])
        errors.append(CellError(tr_marked(FILL_IN), f"{_letter(i)}{KEY_ROW}", reason))
    return {key: i for i, key in enumerate(expected)}, errors


def _touchpoint_names(doc: Document) -> dict[str, set[str]]:
    """The ids of the touchpoints of each name."""
    names: dict[str, set[str]] = {}
    for journey in doc.journeys:
        for tp in journey.touchpoints:
            names.setdefault(tp.name, set()).add(tp.id)
    return names


def _row_problem(
    tp: Any, tp_id: Any, shown: Any, names: dict[str, set[str]], seen: dict[str, int]
) -> Message | None:
    """Why a row's hidden id cannot be taken, or None when it can."""
    if not isinstance(tp, Touchpoint):
        if blank(tp_id):
            return message("cell.no_id")
        return message("cell.unknown_id", value=str(tp_id)[:40])
    if tp.id in seen:
        return message("cell.twice", name=tp.name, row=str(seen[tp.id]))
    # a row that shows another touchpoint's name: its hidden id was changed
    if isinstance(shown, str) and shown != tp.name and tp.id not in names.get(shown, {tp.id}):
        return message("cell.id_moved", name=tp.name[:40], shown=shown[:40])
    return None


def _letter(index: int) -> str:
    """The column letter of a 0-based column index."""
    return col(index + 1)


__all__ = ["CellError", "ImportSummary", "plan_xlsx_import", "read_fill_in"]

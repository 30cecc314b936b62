"""The list sheets of the gap-report workbook: Touchpoints (every attribute), Handoffs &
channel breaks, and Paths (predicted and, for a discovered journey, observed; with loops
and graph problems)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journeymap.excel.cells import WRAP, Look, Sheet
from journeymap.excel.facts import JourneyFacts
from journeymap.excel.formats import PERCENT_FORMAT, VALUE_FORMATS, sources_text
from journeymap.excel.tables import Column, drop_column, drop_journey, letters, table_sheet
from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import FigureView, view_label
from journeymap.model.graph import Crossing, touchpoint_satisfaction
from journeymap.model.notes import notes_about
from journeymap.model.observed import case_shares
from journeymap.model.report import GapRow
from journeymap.model.vocabulary import METRICS, TOUCHPOINT_NOTE_LANES

CROSSINGS_TITLE = "Handoffs & channel breaks"
_CENTRE = Look(horizontal="center")


def _text(value: str) -> str | None:
    """Empty text is left out: an empty cell, not an empty string."""
    return value or None


def _flag(value: bool) -> str:
    return "yes" if value else "no"


TOUCHPOINT_COLUMNS = (
    Column("Journey", 22, WRAP),
    Column("Stage", 18, WRAP),
    Column("Touchpoint", 26, WRAP),
    Column("Channel", 18),
    Column("Owner", 18),
    Column("Customer goal", 28, WRAP),
    Column("Expectation", 30, WRAP),
    Column("Pain points", 30, WRAP),  # the notes about it in these lanes, a line each
    Column("Opportunities", 30, WRAP),
    Column("Emotion -2..+2", 10, Look(number_format="+0;-0;0")),
    Column("Importance 1-5", 11),
    Column("Volume / month", 11, Look(number_format="#,##0")),
    Column("Proactive", 10),
    Column("Moment of truth", 10),
    Column("Entry", 7),
    Column("Exit", 7),
    *(Column(f"Target {m.upper()}", 10, Look(number_format=VALUE_FORMATS[m])) for m in METRICS),
    *(Column(f"Measured {m.upper()}", 10, Look(number_format=VALUE_FORMATS[m])) for m in METRICS),
    Column("Answers counted", 26, WRAP),
    Column("Notes", 30, WRAP),
    Column("ID", 38),
)


def answers_counted(journey: Journey, view: FigureView, rows: Sequence[GapRow]) -> str | None:
    """Whose answers a touchpoint's measured values count, e.g. "Business: wave-1.csv,
    wave-2.csv (weighted)"; None when nothing is measured."""
    sources = sources_text(journey, rows)
    if not sources:
        return None
    who = view_label(FigureView(view.segment))  # the source is named among the sources
    weighted = " (weighted)" if any(r.n and r.weighted for r in rows) else ""
    return f"{who}: {sources}{weighted}"


def _notes_text(journey: Journey, tp: Touchpoint, kind: str) -> str | None:
    """The pain points (or opportunities) noted about a touchpoint, a line each."""
    return _text("\n".join(note.text for note in notes_about(journey, tp.id, kind)))


def touchpoints_sheet(facts: Sequence[JourneyFacts], view: FigureView) -> Sheet:
    """One row per touchpoint with every attribute, its targets and the values measured
    in the view, journey by journey in map order."""
    rows = []
    for f in facts:
        by_tp: dict[str, dict[str, GapRow]] = {}
        for gap_row in f.rows:
            by_tp.setdefault(gap_row.touchpoint_id, {})[gap_row.metric] = gap_row
        for tp in f.touchpoints():
            figures = by_tp.get(tp.id, {})
            rows.append(
                [
                    _text(f.journey.name),
                    _text(f.stages.get(tp.stage_id, "")),
                    _text(tp.name),
                    _text(f.channel(tp)),
                    _text(tp.owner),
                    _text(tp.goal),
                    _text(tp.expectation),
                    *(_notes_text(f.journey, tp, kind) for kind in TOUCHPOINT_NOTE_LANES),
                    tp.emotion,
                    tp.importance,
                    tp.volume,
                    _flag(tp.proactive),
                    _flag(tp.moment_of_truth),
                    _flag(tp.entry),
                    _flag(tp.exit),
                    *(tp.targets.get(m) for m in METRICS),
                    *(figures[m].measured if m in figures else None for m in METRICS),
                    answers_counted(f.journey, view, list(figures.values())),
                    _text(tp.notes),
                    tp.id,
                ]
            )
    columns, rows = drop_journey(TOUCHPOINT_COLUMNS, rows, len(facts) > 1)
    sheet = table_sheet("Touchpoints", "Touchpoints", columns, rows)
    # Too wide for one page: two pages across, the names repeated on each.
    sheet.pages_wide = 2
    sheet.print_title_cols = f"A:{letters(columns)['Touchpoint']}"
    return sheet


CROSSING_COLUMNS = (
    Column("Kind", 14),
    Column("Journey", 22, WRAP),
    Column("From touchpoint", 28, WRAP),
    Column("To touchpoint", 28, WRAP),
    Column("From (owner / channel)", 24),
    Column("To (owner / channel)", 24),
    Column("Mean satisfaction", 13, Look(number_format=PERCENT_FORMAT)),
    Column("Share of customers", 13, Look(number_format=PERCENT_FORMAT)),
)


def crossings_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """Handoffs (the owner changes) and channel breaks (the channel changes), the
    least satisfying first within each kind."""
    rows = [row for f in facts for row in _crossing_rows(f)]
    columns, rows = drop_journey(CROSSING_COLUMNS, rows, len(facts) > 1)
    return table_sheet(CROSSINGS_TITLE, "Crossings", columns, rows)


def _crossing_rows(f: JourneyFacts) -> list[list[Any]]:
    shares = {t.id: t.share for t in f.journey.transitions}
    tps = {tp.id: tp for tp in f.journey.touchpoints}

    def row(kind: str, c: Crossing, before: str, after: str) -> list[Any]:
        return [
            kind,
            _text(f.journey.name),
            _text(f.names[c.source]),
            _text(f.names[c.target]),
            _text(before),
            _text(after),
            c.satisfaction,
            shares.get(c.transition_id),
        ]

    rows = [row("Handoff", c, c.before, c.after) for c in f.analysis.handoffs]
    for c in f.analysis.channel_breaks:
        rows.append(row("Channel break", c, f.channel(tps[c.source]), f.channel(tps[c.target])))
    return rows


PATH_COLUMNS = (
    Column("Journey", 22, WRAP),
    Column("Kind", 24, WRAP),
    Column("Probability", 12, Look(number_format="0.0%")),  # an observed path: its share
    Column("Cases", 9, Look(number_format="#,##0")),  # only with observed paths
    Column("Mean satisfaction", 13, Look(number_format=PERCENT_FORMAT)),
    Column("Steps", 8, _CENTRE),
    Column("Touchpoints / details", 90, WRAP),
)


def paths_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """The worst path, the most probable paths, the paths a contact log showed (for a
    discovered journey: with their cases), the loops and the graph problems."""
    rows = [row for f in facts for row in _path_rows(f)]
    columns, rows = drop_journey(PATH_COLUMNS, rows, len(facts) > 1)
    if not any(f.journey.observed_paths for f in facts):  # as before discovery came
        columns, rows = drop_column(columns, rows, "Cases")
    return table_sheet("Paths", "Paths", columns, rows)


def _chain(f: JourneyFacts, ids: Sequence[str]) -> str:
    """A path as its touchpoints' names joined by arrows."""
    return " → ".join(f.names[i] for i in ids)


def _path_rows(f: JourneyFacts) -> list[list[Any]]:
    a, name = f.analysis, _text(f.journey.name)
    rows: list[list[Any]] = []
    if a.worst_path is not None:
        p, ids = a.worst_path, a.worst_path.touchpoint_ids
        rows.append([name, "Worst path (lowest mean satisfaction)", p.probability, None,
                     p.satisfaction, len(ids), _chain(f, ids)])  # fmt: skip
    for i, p in enumerate(a.paths, 1):
        ids = p.touchpoint_ids
        rows.append(
            [name, f"Path {i}", p.probability, None, p.satisfaction, len(ids), _chain(f, ids)]
        )
    if not a.paths_complete:
        note = "The path search stopped at its cap: less likely paths are not listed."
        rows.append([name, "More paths", None, None, None, None, note])
    rows += _observed_rows(f)
    for loop in a.loops:
        ids = loop.touchpoint_ids
        rows.append([name, "Loop (repeat contact)", None, None, None, len(ids), _chain(f, ids)])
    for problem in a.problems:
        kind = "Problem: " + problem.kind.replace("_", " ")
        rows.append([name, kind, None, None, None, None, problem.message])
    return rows


def _observed_rows(f: JourneyFacts) -> list[list[Any]]:
    """The paths the contact log showed, most cases first: each with its share of the
    cases, its cases and the mean satisfaction of its steps, as a predicted path has."""
    journey = f.journey
    sat = touchpoint_satisfaction(journey, f.view) if journey.observed_paths else {}
    rows = []
    for i, (seen, share) in enumerate(zip(journey.observed_paths, case_shares(journey),
                                          strict=True), 1):  # fmt: skip
        ids = [tp for tp in seen.touchpoint_ids if tp in sat]  # a touchpoint may be deleted
        mean = sum(sat[tp] for tp in ids) / len(ids) if ids else None
        rows.append([_text(journey.name), f"Observed path {i}", share, seen.cases, mean,
                     len(ids), _chain(f, ids)])  # fmt: skip
    return rows

"""The list sheets of the gap-report workbook: Touchpoints (every attribute), Handoffs &
channel breaks, and Paths (predicted and, for a discovered journey, observed; with loops
and graph problems)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journeymap.excel.cells import WRAP, Look, Sheet
from journeymap.excel.facts import JourneyFacts
from journeymap.excel.formats import PERCENT_FORMAT, VALUE_FORMATS, sources_text, view_text
from journeymap.excel.language import marked, number_text, tr, tr_marked
from journeymap.excel.tables import Column, drop_column, drop_journey, letters, table_sheet
from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import FigureView
from journeymap.model.graph import Crossing, Problem, touchpoint_satisfaction
from journeymap.model.notes import notes_about
from journeymap.model.observed import case_shares
from journeymap.model.report import GapRow
from journeymap.model.vocabulary import METRICS, TOUCHPOINT_NOTE_LANES

#: The sheet's title, also in the Overview's guide to the sheets.
CROSSINGS_TITLE = marked("Handoffs & channel breaks")
_CENTRE = Look(horizontal="center")
#: The kinds of graph problem (model/graph.py) as the Paths sheet names them.
PROBLEM_KINDS = {
    "no_entry": "no entry",
    "unreachable": "unreachable",
    "dead_end": "dead end",
    "share_overflow": "share overflow",
}


def _text(value: str) -> str | None:
    """Empty text is left out: an empty cell, not an empty string."""
    return value or None


def _flag(value: bool) -> str:
    return tr("yes") if value else tr("no")


TOUCHPOINT_COLUMNS = (
    Column(marked("Journey"), 22, WRAP),
    Column(marked("Stage"), 18, WRAP),
    Column(marked("Touchpoint"), 26, WRAP),
    Column(marked("Channel"), 18),
    Column(marked("Owner"), 18),
    Column(marked("Customer goal"), 28, WRAP),
    Column(marked("Expectation"), 30, WRAP),
    Column(marked("Pain points"), 30, WRAP),  # the notes about it in these lanes, a line each
    Column(marked("Opportunities"), 30, WRAP),
    # German: wide enough that the scale stays on the title's line ("Wichtigkeit 1-5")
    Column(marked("Emotion -2..+2"), 10, Look(number_format="+0;-0;0"), german=16),
    Column(marked("Importance 1-5"), 11, german=17),
    Column(marked("Volume / month"), 11, Look(number_format="#,##0")),
    Column(marked("Proactive"), 10),
    Column(marked("Moment of truth"), 10),
    Column(marked("Entry"), 7),
    Column(marked("Exit"), 7),
    Column(marked("Target CSAT"), 10, Look(number_format=VALUE_FORMATS["csat"])),
    Column(marked("Target NPS"), 10, Look(number_format=VALUE_FORMATS["nps"])),
    Column(marked("Target CES"), 10, Look(number_format=VALUE_FORMATS["ces"])),
    Column(marked("Measured CSAT"), 10, Look(number_format=VALUE_FORMATS["csat"])),
    Column(marked("Measured NPS"), 10, Look(number_format=VALUE_FORMATS["nps"])),
    Column(marked("Measured CES"), 10, Look(number_format=VALUE_FORMATS["ces"])),
    Column(marked("Answers counted"), 26, WRAP),
    Column(marked("Notes"), 30, WRAP),
    Column(marked("ID"), 38),
)


def answers_counted(journey: Journey, view: FigureView, rows: Sequence[GapRow]) -> str | None:
    """Whose answers a touchpoint's measured values count, e.g. "Business: wave-1.csv,
    wave-2.csv (weighted)"; None when nothing is measured."""
    sources = sources_text(journey, rows)
    if not sources:
        return None
    who = view_text(FigureView(view.segment))  # the source is named among the sources
    weighted = tr(" (weighted)") if any(r.n and r.weighted for r in rows) else ""
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
    sheet = table_sheet(tr("Touchpoints"), "Touchpoints", columns, rows)
    # Too wide for one page: two pages across, the names repeated on each.
    sheet.pages_wide = 2
    sheet.print_title_cols = f"A:{letters(columns)['Touchpoint']}"
    return sheet


CROSSING_COLUMNS = (
    Column(marked("Kind"), 14),
    Column(marked("Journey"), 22, WRAP),
    Column(marked("From touchpoint"), 28, WRAP),
    Column(marked("To touchpoint"), 28, WRAP),
    Column(marked("From (owner / channel)"), 24),
    Column(marked("To (owner / channel)"), 24),
    Column(marked("Mean satisfaction"), 13, Look(number_format=PERCENT_FORMAT)),
    Column(marked("Share of customers"), 13, Look(number_format=PERCENT_FORMAT)),
)


def crossings_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """Handoffs (the owner changes) and channel breaks (the channel changes), the
    least satisfying first within each kind."""
    rows = [row for f in facts for row in _crossing_rows(f)]
    columns, rows = drop_journey(CROSSING_COLUMNS, rows, len(facts) > 1)
    return table_sheet(tr_marked(CROSSINGS_TITLE), "Crossings", columns, rows)


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

    rows = [row(tr("Handoff"), c, c.before, c.after) for c in f.analysis.handoffs]
    for c in f.analysis.channel_breaks:
        rows.append(row(tr("Channel break"), c, f.channel(tps[c.source]), f.channel(tps[c.target])))
    return rows


PATH_COLUMNS = (
    Column(marked("Journey"), 22, WRAP),
    Column(marked("Kind"), 24, WRAP),
    Column(marked("Probability"), 12, Look(number_format="0.0%")),  # an observed path: its share
    Column(marked("Cases"), 9, Look(number_format="#,##0")),  # only with observed paths
    Column(marked("Mean satisfaction"), 13, Look(number_format=PERCENT_FORMAT)),
    Column(marked("Steps"), 8, _CENTRE),
    Column(marked("Touchpoints / details"), 90, WRAP),
)


def paths_sheet(facts: Sequence[JourneyFacts]) -> Sheet:
    """The worst path, the most probable paths, the paths a contact log showed (for a
    discovered journey: with their cases), the loops and the graph problems."""
    rows = [row for f in facts for row in _path_rows(f)]
    columns, rows = drop_journey(PATH_COLUMNS, rows, len(facts) > 1)
    if not any(f.journey.observed_paths for f in facts):  # as before discovery came
        columns, rows = drop_column(columns, rows, "Cases")
    return table_sheet(tr("Paths"), "Paths", columns, rows)


def _chain(f: JourneyFacts, ids: Sequence[str]) -> str:
    """A path as its touchpoints' names joined by arrows."""
    return " → ".join(f.names[i] for i in ids)


def _path_rows(f: JourneyFacts) -> list[list[Any]]:
    a, name = f.analysis, _text(f.journey.name)
    rows: list[list[Any]] = []
    if a.worst_path is not None:
        p, ids = a.worst_path, a.worst_path.touchpoint_ids
        rows.append([name, tr("Worst path (lowest mean satisfaction)"), p.probability, None,
                     p.satisfaction, len(ids), _chain(f, ids)])  # fmt: skip
    for i, p in enumerate(a.paths, 1):
        ids = p.touchpoint_ids
        rows.append(
            [
                name,
                tr("Path {}").format(i),
                p.probability,
                None,
                p.satisfaction,
                len(ids),
                _chain(f, ids),
            ]
        )
    if not a.paths_complete:
        note = tr("The path search stopped at its cap: less likely paths are not listed.")
        rows.append([name, tr("More paths"), None, None, None, None, note])
    rows += _observed_rows(f)
    for loop in a.loops:
        ids = loop.touchpoint_ids
        rows.append([name, tr("Loop (repeat contact)"), None, None, None, len(ids), _chain(f, ids)])
    for problem in a.problems:
        kind = tr("Problem: {}").format(tr(PROBLEM_KINDS[problem.kind]))
        rows.append([name, kind, None, None, None, None, problem_text(f, problem)])
    return rows


def problem_text(f: JourneyFacts, problem: Problem) -> str:
    """A graph problem's sentence (model/graph.py says it in English) in the language
    being written, about the touchpoint it names."""
    if problem.kind == "no_entry":
        return tr("No touchpoint is an entry: mark where the journey starts.")
    tp_id = problem.touchpoint_ids[0]
    name = f.names.get(tp_id, "")
    if problem.kind == "unreachable":
        return tr("“{}” cannot be reached from any entry.").format(name)
    if problem.kind == "dead_end":
        return tr("“{}” is a dead end: no transition leaves it and it is not marked as an "
                  "exit.").format(name)  # fmt: skip
    stated = sum(t.share for t in f.journey.transitions if t.source == tp_id and t.share)
    share = number_text(tr("{}%").format(f"{stated * 100:.0f}"))
    return tr("The shares leaving “{}” add up to {}, more than 100 %.").format(name, share)


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
        rows.append([_text(journey.name), tr("Observed path {}").format(i), share, seen.cases, mean,
                     len(ids), _chain(f, ids)])  # fmt: skip
    return rows

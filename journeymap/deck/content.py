"""What the deck's slides say, as plain data: every text already in the deck's language,
every figure taken from the facts the workbook's sheets are written from
(journeymap/excel/facts.py, formats.py, overview.py), so a figure on a slide is the one in
the workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from journeymap import words
from journeymap.deck.language import tr
from journeymap.excel.charts import MAX_BARS
from journeymap.excel.facts import JourneyFacts, gather
from journeymap.excel.formats import (
    LIGHT_FILLS,
    LIGHT_SYMBOLS,
    LIGHTS,
    METRIC_LABELS,
    gap_share,
    light,
    light_meaning,
    light_name,
    signed_gap_text,
    value_text,
    view_text,
    worst_gaps,
)
from journeymap.excel.language import date_text, number_text, tr_marked
from journeymap.excel.opportunity_cells import sheet_language, status_word
from journeymap.excel.overview import FORMULAS
from journeymap.model.document import Document
from journeymap.model.entities import Journey
from journeymap.model.figures import ALL_RESPONDENTS, FigureView
from journeymap.model.opportunities import ranked, value
from journeymap.model.report import GapRow
from journeymap.model.vocabulary import LOW_CONFIDENCE_N

#: The gap table shows this many rows of highest priority.
TOP_GAPS = 10
#: An opportunities slide holds this many rows; more go on to the next.
OPPORTUNITY_ROWS = 10
#: The workbook's formulas the methods slide explains (overview.FORMULAS, by label).
METHODS = ("Gap", "Priority", "CSAT %", "NPS", "CES", "Low n")


@dataclass(frozen=True)
class Table:
    """A native table: its column titles and rows of text; ``fills`` colours cells
    (row, column) -> RRGGBB."""

    columns: list[str]
    rows: list[list[str]]
    fills: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Chart:
    """A native chart of one series: a value per category, optionally a colour each."""

    title: str
    categories: list[str]
    values: list[float | None]
    axis_title: str
    number_format: str
    colours: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class JourneySlides:
    """One journey's slides: its map (with a panel of facts beside it), its top gaps and
    its two charts."""

    journey: Journey
    title: str
    facts: list[str]  # the lines beside the map
    gaps_title: str
    gaps: Table | None  # None: nothing falls short yet
    no_gaps: str
    charts_title: str
    gap_chart: Chart | None
    emotion_chart: Chart | None


@dataclass(frozen=True)
class Deck:
    """Every slide's content, in order: the title, each journey's, the opportunities,
    the methods."""

    language: str
    title: str
    subtitle: list[str]
    journeys: list[JourneySlides]
    opportunities_title: str
    opportunities: list[Table]  # a slide each; empty without opportunities
    methods_title: str
    methods: list[tuple[str, str]]  # (label, text)


def deck_content(
    doc: Document,
    journeys: list[Journey],
    view: FigureView = ALL_RESPONDENTS,
    language: str | None = None,
    name: str = "",
    today: dt.date | None = None,
) -> Deck:
    """The deck of these journeys, its figures counting ``view``'s answers, in
    ``language`` (None: the journeys', as the workbook's); ``name`` is the document's."""
    language = language or sheet_language(journeys)
    with words.speaking(language):
        facts = gather(doc, journeys, view)
        names = [f.journey.name or tr_marked("(no name)") for f in facts]
        title = names[0] if len(names) == 1 else name or tr("Customer journeys")
        subtitle = [
            *([", ".join(names)] if len(names) > 1 else []),
            tr("Gap report of {}").format(date_text(today or dt.date.today())),
            tr("Figures: {}").format(view_text(view)),
        ]
        return Deck(
            language,
            title,
            subtitle,
            [_journey_slides(f) for f in facts],
            tr_marked("Opportunities"),
            _opportunity_tables(doc, view, language),
            tr_marked("How the figures are made"),
            _methods(),
        )


def _journey_slides(f: JourneyFacts) -> JourneySlides:
    name = f.journey.name or tr_marked("(no name)")
    worst = worst_gaps(f.rows)
    lights = [light(worst[tp.id][1]) if tp.id in worst else "grey" for tp in f.journey.touchpoints]
    facts = [
        *([tr("For {}").format(f.persona)] if f.persona else []),
        tr("State: {}").format(tr_marked(f.journey.state)),
        tr("Figures: {}").format(view_text(f.view)),
        *(
            f"{tr_marked('Touchpoints {}').format(light_name(n))}: {lights.count(n)}"
            for n in LIGHTS
        ),
    ]
    top = [r for r in f.rows if r.priority > 0][:TOP_GAPS]
    return JourneySlides(
        f.journey,
        name,
        facts,
        _gaps_title(name, len(top)),
        _gap_table(top) if top else None,
        tr_marked("No gaps yet: set targets and add measurements."),
        tr("{}: gaps and emotion curve").format(name),
        _gap_chart(worst, f.names),
        _emotion_chart(f),
    )


def _gaps_title(name: str, count: int) -> str:
    """The gap table's slide title, worded for the number of gaps it shows (not "the 0
    gaps" over a slide that says there are none yet, nor "the 1 gaps")."""
    if count == 0:
        return tr("{}: gaps by priority").format(name)
    if count == 1:
        return tr("{}: the gap of highest priority").format(name)
    return tr("{}: the {} gaps of highest priority").format(name, count)


def _gap_table(rows: list[GapRow]) -> Table:
    """The top gap rows as the workbook's Gaps sheet words them."""
    columns = [tr_marked(t) for t in ("Rank", "Stage", "Touchpoint", "Owner", "Metric",
                                       "Target", "Measured", "Gap", "n", "Priority")]  # fmt: skip

    def shown(metric: str, figure: float | None) -> str:
        return "" if figure is None else value_text(metric, figure)

    table = Table(columns, [])
    for number, r in enumerate(rows, 1):
        shade = light(gap_share(r.metric, r.gap))  # its fill and symbol: never colour alone
        table.rows.append([
            str(number), r.stage, r.touchpoint, r.owner, METRIC_LABELS[r.metric],
            shown(r.metric, r.target), shown(r.metric, r.measured),
            "" if r.gap is None else f"{LIGHT_SYMBOLS[shade]} {signed_gap_text(r.metric, r.gap)}",
            number_text(f"{r.n:,}"), number_text(f"{r.priority:.1f}"),
        ])  # fmt: skip
        table.fills[(number, 7)] = LIGHT_FILLS[shade]
    return table


def _gap_chart(worst: dict[str, tuple[str, float]], names: dict[str, str]) -> Chart | None:
    """The Charts sheet's bar chart: each touchpoint's worst gap as a share of its scale,
    the largest shortfall first."""
    ranked_gaps = sorted(worst.items(), key=lambda item: item[1][1])
    shown = ranked_gaps[:MAX_BARS]
    if not shown:
        return None
    title = tr_marked("Gap per touchpoint (worst metric)")
    if len(ranked_gaps) > MAX_BARS:
        title = tr_marked("Gap per touchpoint (worst metric): the {} largest of {}").format(
            MAX_BARS, len(ranked_gaps)
        )
    return Chart(
        title,
        [names[tp_id] for tp_id, _ in shown],
        [share for _, (_, share) in shown],
        tr_marked("Gap, % of the metric's scale"),
        "0%",
        [LIGHT_FILLS[light(share)] for _, (_, share) in shown],
    )


def _emotion_chart(f: JourneyFacts) -> Chart | None:
    """The Charts sheet's line chart: the mean emotion of each stage."""
    curve = f.analysis.emotion_curve
    if not curve:
        return None
    return Chart(
        tr_marked("Emotion curve: mean emotion per stage"),
        [point.stage for point in curve],
        [point.emotion for point in curve],
        tr_marked("Emotion (-2..+2)"),
        "+0;-0;0",
    )


def _opportunity_tables(doc: Document, view: FigureView, language: str) -> list[Table]:
    """The opportunities, highest priority first, a table per slide."""
    columns = [tr_marked(t) for t in ("Title", "Status", "Value 0-100", "Effort 1-5", "Owner",
                                       "Due")]  # fmt: skip
    rows = [
        [
            r.opportunity.title,
            status_word(r.opportunity.status, language),
            number_text(f"{value(r.opportunity):.1f}"),
            str(r.opportunity.effort),
            r.opportunity.owner,
            date_text(dt.date.fromisoformat(r.opportunity.due)) if r.opportunity.due else "",
        ]
        for r in ranked(doc, view)
    ]
    return [
        Table(columns, rows[start : start + OPPORTUNITY_ROWS])
        for start in range(0, len(rows), OPPORTUNITY_ROWS)
    ]


def _methods() -> list[tuple[str, str]]:
    """How the figures are made: the workbook's formulas, then the traffic lights, the
    emotion curve and the opportunities' ranking."""
    formulas = dict(FORMULAS)
    lights = "; ".join(f"{light_name(n)}: {light_meaning(n)}" for n in LIGHTS)
    return [
        *(
            (tr_marked(label), tr_marked(formulas[label]).format(LOW_CONFIDENCE_N))
            for label in METHODS
        ),
        (tr("Traffic lights"), lights),
        (tr("Emotion curve"), tr("the mean emotion (-2 to +2) of the touchpoints of each stage.")),
        (
            tr_marked("Opportunities"),
            tr(
                "value = (customer value + business value) / 2, each 0-100; priority = value / "
                "effort (1-5); a tie goes to the one closing the gap of higher priority."
            ),
        ),
    ]

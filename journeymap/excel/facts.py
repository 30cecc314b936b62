"""What every sheet of the gap-report workbook needs to know about one journey,
computed once: its gap report, its graph analysis, names by id, volume weights."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.document import Document
from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import FigureView
from journeymap.model.graph import Analysis, analyze
from journeymap.model.report import GapRow, gap_report, volume_weights
from journeymap.model.vocabulary import channel_text


@dataclass
class JourneyFacts:
    """One journey with its derived figures."""

    journey: Journey
    persona: str
    rows: list[GapRow]  # the gap report, ranked by priority
    analysis: Analysis
    names: dict[str, str]  # touchpoint id -> name
    stages: dict[str, str]  # stage id -> name
    weights: dict[str, float]  # touchpoint id -> volume weight of the priority formula
    view: FigureView  # whose answers the figures count

    def channel(self, tp: Touchpoint) -> str:
        """The touchpoint's channel as a reader sees it, in the journey's language."""
        return channel_text(tp.channel, tp.channel_other, self.journey.language)

    def touchpoints(self) -> list[Touchpoint]:
        """The touchpoints in map order: by stage, then top to bottom in the column."""
        order = {s.id: i for i, s in enumerate(self.journey.stages)}
        return sorted(self.journey.touchpoints, key=lambda tp: (order.get(tp.stage_id, 0), tp.y))


def gather(doc: Document, journeys: list[Journey], view: FigureView) -> list[JourneyFacts]:
    """The facts of each journey, its figures counting the view's respondents."""
    personas = {p.id: p.name for p in doc.personas}
    return [
        JourneyFacts(
            journey=journey,
            persona=personas.get(journey.persona_id or "", ""),
            rows=gap_report(journey, view),
            analysis=analyze(journey, view=view),
            names={tp.id: tp.name for tp in journey.touchpoints},
            stages={s.id: s.name for s in journey.stages},
            weights=volume_weights(journey),
            view=view,
        )
        for journey in journeys
    ]

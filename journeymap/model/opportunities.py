"""Opportunities ranked as a CX lead ranks them (docs/metrics.md "Opportunities"): what one
is worth, what it costs, and which gaps it closes.

value = (customer value + business value) / 2, from 0 to 100;
priority = value / effort (effort 1-5), so a quick win (high value, little effort) comes
first; two opportunities of the same priority are ordered by the largest gap priority among
the gap rows they address (gap_report), the one closing the larger gap first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journeymap.model.commands import object_name
from journeymap.model.document import Document
from journeymap.model.entities import Opportunity
from journeymap.model.figures import ALL_RESPONDENTS, FigureView
from journeymap.model.links import Link
from journeymap.model.report import gap_report

if TYPE_CHECKING:  # the suggestions' graph analysis (networkx) loads only when it is needed:
    # the window opens without it, though its opportunities dock ranks by priority
    from journeymap.model.suggestions import Suggestion


def value(opportunity: Opportunity) -> float:
    """What an opportunity is worth: the mean of its customer and business value."""
    return (opportunity.customer_value + opportunity.business_value) / 2


def priority(opportunity: Opportunity) -> float:
    """Value per effort: the order in which opportunities are worth doing."""
    return value(opportunity) / opportunity.effort


@dataclass(frozen=True)
class Ranked:
    """An opportunity with its priority and the largest gap priority it addresses."""

    opportunity: Opportunity
    priority: float
    gap_priority: float  # 0 when it addresses no gap row with a gap


def gap_priorities(
    doc: Document, view: FigureView = ALL_RESPONDENTS
) -> dict[tuple[str, str], float]:
    """The priority of each gap row of the document, by (touchpoint id, metric)."""
    return {
        (row.touchpoint_id, row.metric): row.priority
        for journey in doc.journeys
        for row in gap_report(journey, view)
    }


def linked_gap_priority(links: list[Link], gaps: dict[tuple[str, str], float]) -> float:
    """The largest priority among the gap rows links address: a gap link its row, a
    touchpoint link every row of the touchpoint."""
    found = [
        p
        for link in links
        for (tp_id, metric), p in gaps.items()
        if tp_id == link.id
        and (link.kind == "touchpoint" or (link.kind, link.metric) == ("gap", metric))
    ]
    return max(found, default=0.0)


def ranked(doc: Document, view: FigureView = ALL_RESPONDENTS) -> list[Ranked]:
    """The document's opportunities, highest priority first (ties: the larger gap first,
    then in their own order)."""
    gaps = gap_priorities(doc, view)
    rows = [Ranked(o, priority(o), linked_gap_priority(o.links, gaps)) for o in doc.opportunities]
    return sorted(rows, key=lambda r: (-r.priority, -r.gap_priority))


def link_label(doc: Document, link: Link) -> str:
    """What a link names, as a person reads it: "Call hotline", "Call hotline: CSAT gap",
    "Order → Delivery", "note ‘Waits 20 minutes’"; one whose object is gone says so."""
    if link.id not in doc:
        return f"(a {link.kind} no longer in the document)"
    name = object_name(doc, doc.get(link.id))
    if link.kind == "gap":
        return f"{name}: {link.metric.upper()} gap"
    return f"note ‘{name}’" if link.kind == "note" else name


def remembered(doc: Document) -> tuple[set[str], set[str]]:
    """The suggestion keys the team dismissed, and those already taken up as opportunities
    (neither is suggested again)."""
    dismissed = {
        o.suggestion for o in doc.opportunities if o.suggestion and o.status == "dismissed"
    }
    taken = {o.suggestion for o in doc.opportunities if o.suggestion} - dismissed
    return dismissed, taken


def from_suggestion(doc: Document, suggestion: Suggestion, status: str = "idea") -> Opportunity:
    """An opportunity made from a suggestion: its title, description, scores and links,
    owned by the owner of the first touchpoint it is about (the department where it hurts;
    the team reassigns it), remembering the suggestion's key. ``status`` "dismissed"
    records that the team said no."""
    owners = [
        doc.get(link.id).owner
        for link in suggestion.links
        if link.kind in ("touchpoint", "gap") and link.id in doc and doc.get(link.id).owner
    ]
    return Opportunity(
        suggestion.title,
        suggestion.description,
        suggestion.customer_value,
        suggestion.business_value,
        suggestion.effort,
        owners[0] if owners else "",
        status,
        suggestion=suggestion.key,
        links=[Link(link.kind, link.id, link.metric) for link in suggestion.links],
    )


#: The states in which an opportunity is finished with: done, or dismissed by the team.
CLOSED_STATES = ("done", "dismissed")


def is_open(opportunity: Opportunity) -> bool:
    """Whether someone still has to act on an opportunity (neither done nor dismissed)."""
    return opportunity.status not in CLOSED_STATES


def open_counts(doc: Document) -> dict[str, int]:
    """How many open opportunities address each object, by id: touchpoints (a gap row
    counts for its touchpoint), transitions and notes; each opportunity once per object."""
    counts: Counter[str] = Counter()
    for opportunity in doc.opportunities:
        if is_open(opportunity):
            counts.update({link.id for link in opportunity.links})
    return dict(counts)


def linked_ids(opportunity: Opportunity) -> list[str]:
    """The ids of the objects an opportunity addresses, each once, in the links' order (a
    gap row's is its touchpoint's)."""
    return list(dict.fromkeys(link.id for link in opportunity.links))

"""Suggested opportunities: what the journey's own evidence says the team could change.

Each rule reads one kind of evidence (the gap report, the loops, the handoffs, the channel
breaks on the worst path, the expectation texts, the NPS detractors) and proposes an
opportunity with the figures behind it, links to what it is about and proposed scores.
A suggestion's ``key`` names the rule and the ids it is about, so the same evidence gives
the same key every time: a team that dismissed it is never asked again.

Every figure counts the view's respondents exactly as the gap report does
(``select_measurements``). The rules, thresholds and scores are documented in
docs/metrics.md, "Suggested opportunities".

The scores:

- ``customer_value`` 0-100, from the evidence of each rule (see each rule's function);
- ``business_value`` 0-100 = 50 x the volume weight of the touchpoint (its monthly volume
  / the journey's mean volume, capped at 100): 50 at an average touchpoint and when the
  journey records no volumes; for a transition the busier of its two touchpoints;
- ``effort`` 1-5, a default per rule (``EFFORT``).

They are ordered by ``strength`` = mean of the two values / effort (the opportunity
priority they would start with), strongest first, then by rule and key.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from journeymap.model.entities import Journey, Touchpoint
from journeymap.model.figures import ALL_RESPONDENTS, FigureView, select_measurements
from journeymap.model.graph import (
    Analysis,
    analyze,
    build_graph,
    probabilities,
    touchpoint_satisfaction,
)
from journeymap.model.metrics import score
from journeymap.model.report import GapRow, gap_report, volume_weights
from journeymap.model.vocabulary import TARGET_RANGES, channel_text

#: How many of the largest gaps by priority are suggested ("largest_gap").
TOP_GAPS = 3
#: A touchpoint is busy at this many times the journey's mean volume
#: ("below_target_high_volume").
HIGH_VOLUME = 1.5
#: A loop is suggested when at least this share of the customers comes back through it.
MIN_LOOP_SHARE = 0.05
#: Satisfaction (0..1 of the metric's range, as the graph analysis has it) below which a
#: side of a handoff counts as low.
LOW_SATISFACTION = 0.6
#: At most this many handoffs are suggested, those with the lowest side first.
MAX_HANDOFFS = 5
#: A touchpoint's detractors (NPS 0-6) are many from this share of its NPS answers...
DETRACTOR_SHARE = 30.0  # percent
#: ... or from this many detractors (estimated: share x respondents), whatever the share.
DETRACTOR_COUNT = 50

#: The proposed effort (1-5) of each rule's answer.
EFFORT: dict[str, int] = {
    "largest_gap": 3,  # a fix at one touchpoint
    "below_target_high_volume": 3,
    "repeat_contact_loop": 3,  # proactive contact: a message, a trigger, a process
    "silo_handoff": 4,  # two departments change how they hand over
    "channel_break_worst_path": 3,
    "expectation_gap": 2,  # reword a promise
    "detractors": 2,  # call them back
}
RULES = tuple(EFFORT)

#: An expectation text that names a figure ("within 5-8 days", "in 2 hours").
_NAMES_A_NUMBER = re.compile(r"\d")
_LONGEST_QUOTE = 60  # characters of an expectation text quoted in a description


@dataclass(frozen=True)
class SuggestedLink:
    """What a suggestion is about: a touchpoint, transition, note or gap row."""

    kind: str  # "touchpoint", "transition", "note" or "gap"
    id: str  # the touchpoint / transition / note id (for "gap": the touchpoint id)
    metric: str = ""  # for "gap" links (and touchpoint links about one metric)


@dataclass(frozen=True)
class Suggestion:
    """A proposed opportunity: the rule behind it, a ready title and description in the
    journey's language, the figures, what it is about and proposed scores."""

    rule: str
    key: str  # rule + the ids it is about: the same evidence, the same key
    title: str
    description: str
    figures: dict[str, float | int | str]
    links: tuple[SuggestedLink, ...]
    customer_value: int  # 0-100
    business_value: int  # 0-100
    effort: int  # 1-5

    @property
    def strength(self) -> float:
        """Mean of the customer and business value per point of effort."""
        return (self.customer_value + self.business_value) / 2 / self.effort


# ---- words and numbers in the journey's language ----

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "largest_gap.title": "Close the {metric} gap at {tp}",
        "largest_gap.text": (
            "Number {rank} of the gap report by priority ({priority}): {metric} at {tp} is "
            "{measured} against a target of {target}, a gap of {gap} {unit} (n = {n}{margin})."
        ),
        "below_target_high_volume.title": "Raise {metric} at the busy touchpoint {tp}",
        "below_target_high_volume.text": (
            "{tp} handles {volume} contacts a month, {factor} times the journey's average, "
            "and {metric} there is {measured} against a target of {target}, a gap of {gap} "
            "{unit} (n = {n}{margin})."
        ),
        "repeat_contact_loop.title": "Proactive contact before customers must come back to {tp}",
        "repeat_contact_loop.text": (
            "{share} of customers come back to {tp} (a loop of repeat contacts through "
            "{size} touchpoints): reach out before they have to ask."
        ),
        "silo_handoff.title": "Break the silo at the handoff from {before} to {after}",
        "silo_handoff.text": (
            "At the handoff {a} → {b} the owner changes from {before} to {after}, and "
            "satisfaction is low on one side: {sat_a} at {a}, {sat_b} at {b} (below "
            "{threshold}). Make sure {after} is told what {before} agreed."
        ),
        "channel_break_worst_path.title": (
            "Bridge the channel break from {before} to {after} on the worst path"
        ),
        "channel_break_worst_path.text": (
            "The worst path ({steps} touchpoints, mean satisfaction {path_sat}, taken by "
            "{probability} of customers) makes customers change from {before} to {after} "
            "between {a} and {b} (mean satisfaction {sat})."
        ),
        "expectation_gap.title": "Manage the expectation at {tp}",
        "expectation_gap.text.empty": (
            "No expectation is recorded at {tp}, and {metric} falls short of its target: "
            "{measured} against {target}, a gap of {gap} {unit} (n = {n}{margin}). Say what "
            "customers may expect, and promise what is delivered."
        ),
        "expectation_gap.text.number": (
            "The expectation at {tp} promises a figure ({expectation}), and {metric} falls "
            "short of its target: {measured} against {target}, a gap of {gap} {unit} "
            "(n = {n}{margin}). Promise what is delivered: promise 8-10 days and deliver "
            "in 8, instead of promising 5-8."
        ),
        "detractors.title": "Follow up with the detractors of {tp}",
        "detractors.text": (
            "{share} of the NPS answers at {tp} are detractors (0-6), about {count} of "
            "{n} respondents (NPS {nps}): call them back, learn why and put it right."
        ),
        "unit.csat": "percentage points",
        "unit.nps": "points",
        "unit.ces": "points",
        "margin": ", margin ± {}",
        "low_confidence": "Low confidence: fewer than 30 responses.",
        "quote": "‘{}’",
    },
    "de": {
        "largest_gap.title": "{metric}-Lücke bei {tp} schließen",
        "largest_gap.text": (
            "Platz {rank} im Lückenbericht nach Priorität ({priority}): {metric} liegt bei {tp} "
            "bei {measured} und damit unter dem Zielwert von {target}, eine Lücke von {gap} "
            "{unit} (n = {n}{margin})."
        ),
        "below_target_high_volume.title": (
            "{metric} am stark frequentierten Touchpoint {tp} verbessern"
        ),
        "below_target_high_volume.text": (
            "{tp} hat {volume} Kontakte im Monat, das {factor}-Fache des Durchschnitts der "
            "Journey, und {metric} liegt dort bei {measured} und damit unter dem Zielwert von "
            "{target}, eine Lücke von {gap} {unit} (n = {n}{margin})."
        ),
        "repeat_contact_loop.title": (
            "Proaktiv informieren, bevor Kunden erneut zu {tp} kommen müssen"
        ),
        "repeat_contact_loop.text": (
            "{share} der Kunden kommen erneut zu {tp} (eine Schleife von Wiederholungskontakten "
            "über {size} Touchpoints): Melden Sie sich, bevor die Kunden nachfragen müssen."
        ),
        "silo_handoff.title": "Silo an der Übergabe von {before} an {after} aufbrechen",
        "silo_handoff.text": (
            "An der Übergabe {a} → {b} wechselt die Zuständigkeit von {before} zu {after}, "
            "und die Zufriedenheit ist auf einer Seite niedrig: {sat_a} bei {a}, {sat_b} bei "
            "{b} (unter {threshold}). Sorgen Sie dafür, dass bei {after} ankommt, was "
            "{before} zugesagt hat."
        ),
        "channel_break_worst_path.title": (
            "Medienbruch von {before} zu {after} auf dem schlechtesten Pfad überbrücken"
        ),
        "channel_break_worst_path.text": (
            "Der schlechteste Pfad ({steps} Touchpoints, mittlere Zufriedenheit {path_sat}, "
            "Anteil der Kunden {probability}) zwingt zwischen {a} und {b} zum Wechsel von "
            "{before} zu {after} (mittlere Zufriedenheit {sat})."
        ),
        "expectation_gap.title": "Erwartungsmanagement bei {tp}",
        "expectation_gap.text.empty": (
            "Bei {tp} ist keine Erwartung erfasst, und {metric} verfehlt den Zielwert: "
            "{measured} statt {target}, eine Lücke von {gap} {unit} (n = {n}{margin}). Sagen "
            "Sie, was Kunden erwarten dürfen, und versprechen Sie, was geliefert wird."
        ),
        "expectation_gap.text.number": (
            "Die Erwartung bei {tp} nennt eine Zahl ({expectation}), und {metric} verfehlt den "
            "Zielwert: {measured} statt {target}, eine Lücke von {gap} {unit} "
            "(n = {n}{margin}). Versprechen Sie, was geliefert wird: 8-10 Tage versprechen "
            "und in 8 liefern, statt 5-8 zu versprechen."
        ),
        "detractors.title": "Bei den Detraktoren von {tp} nachfassen",
        "detractors.text": (
            "{share} der NPS-Antworten bei {tp} kommen von Detraktoren (0-6), etwa {count} "
            "von {n} Befragten (NPS {nps}): Rufen Sie sie zurück, fragen Sie nach dem Grund "
            "und bringen Sie es in Ordnung."
        ),
        "unit.csat": "Prozentpunkten",
        "unit.nps": "Punkten",
        "unit.ces": "Punkten",
        "margin": ", Fehlermarge ± {}",
        "low_confidence": "Geringe Aussagekraft: weniger als 30 Antworten.",
        "quote": "„{}“",
    },
}


def number(value: float, decimals: int, language: str, sign: bool = False) -> str:
    """A number as the language writes it: 1,234.5 in English, 1.234,5 in German."""
    text = f"{value:{'+' if sign else ''},.{decimals}f}"
    if language == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def percent(share: float, language: str, decimals: int = 0) -> str:
    """A share 0..1 as a percentage: 42% in English, 42 % in German."""
    return number(share * 100, decimals, language) + (" %" if language == "de" else "%")


def _headline(metric: str, value: float, language: str) -> str:
    """A measured value or target as shown: CSAT 62.5%, NPS +12.0, CES 4.2."""
    if metric == "csat":
        return percent(value / 100, language, 1)
    return number(value, 1, language, sign=metric == "nps")


@dataclass(frozen=True)
class _Evidence:
    """What the rules read, computed once per call."""

    journey: Journey
    view: FigureView
    rows: list[GapRow]
    analysis: Analysis
    satisfaction: dict[str, float]  # 0..1 per touchpoint, as the graph analysis has it
    prob: dict[tuple[str, str], float]  # the probability of each (source, target) edge
    weights: dict[str, float]
    touchpoints: dict[str, Touchpoint]
    left_out: frozenset[str]  # the keys dismissed or taken up already

    @property
    def language(self) -> str:
        return self.journey.language if self.journey.language in _TEXTS else "en"

    def text(self, code: str, **params: object) -> str:
        return _TEXTS[self.language][code].format(**params)

    def quoted(self, name: str) -> str:
        return _TEXTS[self.language]["quote"].format(name)

    def name(self, touchpoint_id: str) -> str:
        return self.quoted(self.touchpoints[touchpoint_id].name)

    def business_value(self, *touchpoint_ids: str) -> int:
        return min(100, round(50 * max(self.weights[i] for i in touchpoint_ids)))

    def links(
        self, touchpoint_ids: Iterable[str], *first: SuggestedLink, metric: str = ""
    ) -> tuple[SuggestedLink, ...]:
        """The given links, then each touchpoint (about ``metric``), then the pain-point
        notes about them."""
        ids = list(dict.fromkeys(touchpoint_ids))
        pains = {lane.id for lane in self.journey.lanes if lane.kind == "pain_points"}
        notes = [
            n.id
            for n in self.journey.notes
            if n.lane_id in pains and set(n.touchpoint_ids) & set(ids)
        ]
        found = [*first, *(SuggestedLink("touchpoint", i, metric) for i in ids)]
        return (*found, *(SuggestedLink("note", i) for i in notes))

    def gap_params(self, row: GapRow) -> dict[str, object]:
        """The words of a gap row's figures, for a description."""
        language = self.language
        margin = (
            ""
            if row.margin is None
            else _TEXTS[language]["margin"].format(number(row.margin, 1, language))
        )
        return {
            "tp": self.name(row.touchpoint_id),
            "metric": row.metric.upper(),
            "measured": _headline(row.metric, row.measured or 0.0, language),
            "target": _headline(row.metric, row.target or 0.0, language),
            "gap": number(row.gap or 0.0, 1, language, sign=True),
            "unit": self.text(f"unit.{row.metric}"),
            "n": number(row.n, 0, language),
            "margin": margin,
        }


def _gap_figures(row: GapRow) -> dict[str, float | int | str]:
    figures: dict[str, float | int | str] = {
        "touchpoint": row.touchpoint,
        "metric": row.metric,
        "target": row.target or 0.0,
        "measured": round(row.measured or 0.0, 2),
        "gap": round(row.gap or 0.0, 2),
        "n": row.n,
        "priority": row.priority,
    }
    if row.margin is not None:
        figures["margin"] = round(row.margin, 2)
    if row.low_confidence:
        figures["low_confidence"] = "yes"
    return figures


def _gap_value(row: GapRow) -> int:
    """Customer value of a gap: its shortfall as a percentage of the metric's range,
    x 4 x importance / 5, capped at 100 (a 25-point CSAT shortfall at importance 5 is 100)."""
    low, high = TARGET_RANGES[row.metric]
    shortfall = max(0.0, -(row.gap or 0.0)) / (high - low) * 100
    return min(100, round(shortfall * 4 * row.importance / 5))


def _shortfalls(evidence: _Evidence) -> list[GapRow]:
    """The gap rows measured below target, by priority as the gap report ranks them."""
    return [r for r in evidence.rows if r.gap is not None and r.gap < 0]


def _gap_key(rule: str, row: GapRow) -> str:
    return f"{rule}:{row.touchpoint_id}:{row.metric}"


def _top_gaps(evidence: _Evidence) -> list[GapRow]:
    """The TOP_GAPS shortfalls of highest priority (above 0) that the team has not
    dismissed or taken up already: those make room for the next ones."""
    open_rows = (
        r for r in _shortfalls(evidence)
        if r.priority > 0 and _gap_key("largest_gap", r) not in evidence.left_out
    )  # fmt: skip
    return list(itertools.islice(open_rows, TOP_GAPS))


def _gap_suggestion(
    evidence: _Evidence,
    rule: str,
    row: GapRow,
    text: str = "",
    key: str = "",
    figures: dict[str, float | int | str] | None = None,
    **params: object,
) -> Suggestion:
    """A suggestion about one gap row: its figures (and ``figures``), its gap and
    touchpoint as links; a figure of fewer than 30 responses says so."""
    words = evidence.gap_params(row)
    gap_link = SuggestedLink("gap", row.touchpoint_id, row.metric)
    description = evidence.text(text or f"{rule}.text", **words, **params)
    if row.low_confidence:
        description += " " + evidence.text("low_confidence")
    return Suggestion(
        rule=rule,
        key=key or _gap_key(rule, row),
        title=evidence.text(f"{rule}.title", **words),
        description=description,
        figures={**_gap_figures(row), **(figures or {})},
        links=evidence.links([row.touchpoint_id], gap_link),
        customer_value=_gap_value(row),
        business_value=evidence.business_value(row.touchpoint_id),
        effort=EFFORT[rule],
    )


def largest_gaps(evidence: _Evidence) -> list[Suggestion]:
    """The TOP_GAPS gap rows of highest priority (above 0): close the gap. Customer
    value: see ``_gap_value``."""
    language, rank = evidence.language, {id(r): i for i, r in enumerate(evidence.rows, 1)}
    return [
        _gap_suggestion(evidence, "largest_gap", row, rank=rank[id(row)],
                        priority=number(row.priority, 1, language))
        for row in _top_gaps(evidence)
    ]  # fmt: skip


def busy_below_target(evidence: _Evidence) -> list[Suggestion]:
    """Gap rows below target at a touchpoint of at least HIGH_VOLUME times the journey's
    mean volume, except those the largest-gap rule suggests (or did: dismissed or taken
    up), so one gap row is not proposed twice."""
    top = {(r.touchpoint_id, r.metric) for r in _top_gaps(evidence)}
    top |= {(r.touchpoint_id, r.metric) for r in evidence.rows
            if _gap_key("largest_gap", r) in evidence.left_out}  # fmt: skip
    language, found = evidence.language, []
    for row in _shortfalls(evidence):
        weight = evidence.weights[row.touchpoint_id]
        if weight < HIGH_VOLUME or (row.touchpoint_id, row.metric) in top:
            continue
        volume = evidence.touchpoints[row.touchpoint_id].volume
        suggestion = _gap_suggestion(
            evidence,
            "below_target_high_volume",
            row,
            volume=number(volume, 0, language),
            factor=number(weight, 1, language),
            figures={"volume": volume, "volume_factor": round(weight, 2)},
        )
        found.append(suggestion)
    return found


def repeat_contact_loops(evidence: _Evidence) -> list[Suggestion]:
    """Loops of repeat contacts that at least MIN_LOOP_SHARE of the customers come back
    through: proactive contact. The share is the customers reaching the start of each
    transition that leads back (the analysis's reach) x the probability of taking it;
    customer value = 200 x that share, capped at 100."""
    ends = {t.id: (t.source, t.target) for t in evidence.journey.transitions}
    found = []
    for loop in evidence.analysis.loops:
        back = sorted(set(loop.back_transition_ids))
        flows = {
            ends[i]: evidence.analysis.reach.get(ends[i][0], 0.0) * evidence.prob[ends[i]]
            for i in back
        }
        share = min(1.0, sum(flows.values()))
        if share < MIN_LOOP_SHARE:
            continue
        returned = max(flows, key=flows.__getitem__)[1]  # where most of them come back to
        words = {
            "tp": evidence.name(returned),
            "size": len(loop.touchpoint_ids),
            "share": percent(share, evidence.language),
        }
        transitions = tuple(SuggestedLink("transition", i) for i in back)
        found.append(
            Suggestion(
                rule="repeat_contact_loop",
                key="repeat_contact_loop:" + ",".join(back),
                title=evidence.text("repeat_contact_loop.title", **words),
                description=evidence.text("repeat_contact_loop.text", **words),
                figures={
                    "touchpoint": evidence.touchpoints[returned].name,
                    "share_in_loop": round(share, 4),
                    "loop_touchpoints": len(loop.touchpoint_ids),
                },
                links=evidence.links([returned, *loop.touchpoint_ids], *transitions),
                customer_value=min(100, round(share * 200)),
                business_value=evidence.business_value(returned),
                effort=EFFORT["repeat_contact_loop"],
            )
        )
    return found


def silo_handoffs(evidence: _Evidence) -> list[Suggestion]:
    """Handoffs between owners where either side's satisfaction is below
    LOW_SATISFACTION: silo thinking; the MAX_HANDOFFS with the lowest side, leaving out
    those dismissed or taken up. Customer value = 100 x (1 - the lower side)."""
    sat, language = evidence.satisfaction, evidence.language
    found: list[Suggestion] = []
    lowest = sorted(
        evidence.analysis.handoffs,
        key=lambda c: (min(sat[c.source], sat[c.target]), c.satisfaction),
    )
    for c in lowest:
        lower = min(sat[c.source], sat[c.target])
        key = f"silo_handoff:{c.transition_id}"
        if lower >= LOW_SATISFACTION or len(found) == MAX_HANDOFFS:
            break
        if key in evidence.left_out:
            continue
        words = {
            "a": evidence.name(c.source),
            "b": evidence.name(c.target),
            "before": c.before,
            "after": c.after,
            "sat_a": percent(sat[c.source], language),
            "sat_b": percent(sat[c.target], language),
            "threshold": percent(LOW_SATISFACTION, language),
        }
        found.append(
            Suggestion(
                rule="silo_handoff",
                key=key,
                title=evidence.text("silo_handoff.title", **words),
                description=evidence.text("silo_handoff.text", **words),
                figures={
                    "from_touchpoint": evidence.touchpoints[c.source].name,
                    "to_touchpoint": evidence.touchpoints[c.target].name,
                    "from_owner": c.before,
                    "to_owner": c.after,
                    "from_satisfaction": round(sat[c.source], 4),
                    "to_satisfaction": round(sat[c.target], 4),
                },
                links=evidence.links(
                    [c.source, c.target], SuggestedLink("transition", c.transition_id)
                ),
                customer_value=round(100 * (1 - lower)),
                business_value=evidence.business_value(c.source, c.target),
                effort=EFFORT["silo_handoff"],
            )
        )
    return found


def worst_path_channel_breaks(evidence: _Evidence) -> list[Suggestion]:
    """Channel breaks between two consecutive touchpoints of the worst path. Customer
    value = 100 x (1 - the worst path's mean satisfaction)."""
    worst = evidence.analysis.worst_path
    if worst is None:
        return []
    steps = set(itertools.pairwise(worst.touchpoint_ids))
    language, tps = evidence.language, evidence.touchpoints
    found = []
    for c in evidence.analysis.channel_breaks:
        if (c.source, c.target) not in steps:
            continue
        a, b = tps[c.source], tps[c.target]
        before = channel_text(a.channel, a.channel_other, language)
        after = channel_text(b.channel, b.channel_other, language)
        words = {
            "a": evidence.name(a.id),
            "b": evidence.name(b.id),
            "before": before,
            "after": after,
            "steps": len(worst.touchpoint_ids),
            "path_sat": percent(worst.satisfaction, language),
            "probability": percent(worst.probability, language),
            "sat": percent(c.satisfaction, language),
        }
        found.append(
            Suggestion(
                rule="channel_break_worst_path",
                key=f"channel_break_worst_path:{c.transition_id}",
                title=evidence.text("channel_break_worst_path.title", **words),
                description=evidence.text("channel_break_worst_path.text", **words),
                figures={
                    "from_touchpoint": a.name,
                    "to_touchpoint": b.name,
                    "from_channel": before,
                    "to_channel": after,
                    "satisfaction": round(c.satisfaction, 4),
                    "worst_path_satisfaction": round(worst.satisfaction, 4),
                    "worst_path_probability": round(worst.probability, 4),
                    "worst_path_steps": len(worst.touchpoint_ids),
                },
                links=evidence.links([a.id, b.id], SuggestedLink("transition", c.transition_id)),
                customer_value=round(100 * (1 - worst.satisfaction)),
                business_value=evidence.business_value(a.id, b.id),
                effort=EFFORT["channel_break_worst_path"],
            )
        )
    return found


def expectation_gaps(evidence: _Evidence) -> list[Suggestion]:
    """Touchpoints measured below target whose expectation text is empty, or names a
    number: expectation management, one suggestion per touchpoint (its gap of highest
    priority).

    The heuristic, honestly: the text is not parsed. A target the touchpoint misses while
    its expectation promises a figure ("within 5-8 days") suggests the promise sets the
    bar higher than what is delivered, so the promise is worth revisiting as much as the
    delivery; no expectation at all means nobody manages it. Texts without a digit
    ("friendly staff") are left to the other rules."""
    found, seen = [], set()
    for row in _shortfalls(evidence):
        expectation = evidence.touchpoints[row.touchpoint_id].expectation.strip()
        if row.touchpoint_id in seen or (expectation and not _NAMES_A_NUMBER.search(expectation)):
            continue
        seen.add(row.touchpoint_id)
        shown = (
            expectation
            if len(expectation) <= _LONGEST_QUOTE
            else (expectation[: _LONGEST_QUOTE - 1] + "…")
        )
        suggestion = _gap_suggestion(
            evidence,
            "expectation_gap",
            row,
            text="expectation_gap.text." + ("number" if expectation else "empty"),
            key=f"expectation_gap:{row.touchpoint_id}",
            expectation=evidence.quoted(shown),
            figures={"expectation": expectation},
        )
        found.append(suggestion)
    return found


def detractor_follow_ups(evidence: _Evidence) -> list[Suggestion]:
    """Touchpoints whose NPS answers are at least DETRACTOR_SHARE percent detractors
    (0-6), or about DETRACTOR_COUNT detractors or more: a detractor follow-up. Customer
    value = 2 x the detractor share in percent, capped at 100."""
    selected = select_measurements(evidence.journey, evidence.view)
    language, found = evidence.language, []
    for tp in evidence.journey.touchpoints:
        counted = selected.get((tp.id, "nps"))
        result = score("nps", counted.responses) if counted else None
        if result is None or result.detractors is None or result.value is None:
            continue
        count = round(result.detractors / 100 * result.n)
        if result.detractors < DETRACTOR_SHARE and count < DETRACTOR_COUNT:
            continue
        words = {
            "tp": evidence.name(tp.id),
            "share": percent(result.detractors / 100, language),
            "count": number(count, 0, language),
            "n": number(result.n, 0, language),
            "nps": number(result.value, 1, language, sign=True),
        }
        found.append(
            Suggestion(
                rule="detractors",
                key=f"detractors:{tp.id}",
                title=evidence.text("detractors.title", **words),
                description=evidence.text("detractors.text", **words),
                figures={
                    "touchpoint": tp.name,
                    "detractor_share": round(result.detractors, 2),
                    "detractors": count,
                    "n": result.n,
                    "nps": round(result.value, 2),
                },
                links=evidence.links([tp.id], metric="nps"),
                customer_value=min(100, round(2 * result.detractors)),
                business_value=evidence.business_value(tp.id),
                effort=EFFORT["detractors"],
            )
        )
    return found


#: Each rule's function, in RULES order.
_RULES: dict[str, Callable[[_Evidence], list[Suggestion]]] = {
    "largest_gap": largest_gaps,
    "below_target_high_volume": busy_below_target,
    "repeat_contact_loop": repeat_contact_loops,
    "silo_handoff": silo_handoffs,
    "channel_break_worst_path": worst_path_channel_breaks,
    "expectation_gap": expectation_gaps,
    "detractors": detractor_follow_ups,
}


def suggest(
    journey: Journey,
    view: FigureView = ALL_RESPONDENTS,
    dismissed: Collection[str] = (),
    already: Collection[str] = (),
) -> list[Suggestion]:
    """Opportunities the journey's evidence suggests, counting the view's respondents,
    strongest first (``Suggestion.strength``, then rule and key), leaving out keys in
    ``dismissed`` (the team said no) and ``already`` (an opportunity already came from
    it)."""
    evidence = _Evidence(
        journey=journey,
        view=view,
        rows=gap_report(journey, view),
        analysis=analyze(journey, view=view),
        satisfaction=touchpoint_satisfaction(journey, view),
        prob=probabilities(build_graph(journey)),
        weights=volume_weights(journey),
        touchpoints={tp.id: tp for tp in journey.touchpoints},
        left_out=frozenset(dismissed) | frozenset(already),
    )
    found = [s for rule in RULES for s in _RULES[rule](evidence) if s.key not in evidence.left_out]
    return sorted(found, key=lambda s: (-s.strength, RULES.index(s.rule), s.key))

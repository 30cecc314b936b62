"""The to-be journey a plan leads to: a copy of a journey with chosen solutions realised.

``create_to_be`` copies the journey (fresh ids, as Duplicate journey does) as a to-be
journey and realises each solution in it:

- a solution that names touchpoints of the journey changes their copies: each takes the
  targets its opportunity's effects set for that touchpoint (other targets stay); one
  realised in another journey already (an earlier to-be) names the touchpoints of the same
  name as those it has there;
- a solution that names none adds a touchpoint called after it, owned by the
  opportunity's owner, in the stage of the opportunity's first linked touchpoint (or of
  its first linked note; else the journey's first stage), below the cards there, with
  the targets of the opportunity's effects (the first target given for each metric);

and then records where it is realised: the new journey and its touchpoints there. All of
it is one step, so undo removes the journey and restores every solution.

Measurements are not copied: the to-be journey is a plan with targets, not a survey. Its
figures come from a pilot survey imported into it later; until then the comparison with
the as-is journey shows each measured score against "—", which says what is true: the
planned journey has not been measured yet.
"""

from __future__ import annotations

from collections.abc import Sequence

from journeymap.model.clipboard import duplicate_journey
from journeymap.model.commands import AddObject, Command, Macro, SetFields
from journeymap.model.compare import matched_touchpoints
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Opportunity, Solution, Touchpoint
from journeymap.model.layout import CARD_STEP
from journeymap.model.messages import message

#: How a to-be journey's name says what it is, by the journey's language; an as-is
#: journey's own word for its state is replaced by it.
TO_BE_WORDS = {"en": "to-be", "de": "Soll"}
AS_IS_WORDS = {"en": "as-is", "de": "Ist"}


def addresses(opportunity: Opportunity, journey: Journey) -> bool:
    """Whether the opportunity links a touchpoint, transition, note or gap row of the
    journey."""
    own = {o.id for attr in ("touchpoints", "transitions", "notes") for o in getattr(journey, attr)}
    return any(link.id in own for link in opportunity.links)


def solutions_for(doc: Document, journey: Journey) -> list[Solution]:
    """The document's solutions whose opportunity addresses the journey, in their order."""
    about = {o.id for o in doc.opportunities if addresses(o, journey)}
    return [s for s in doc.solutions if s.opportunity_id in about]


def to_be_name(doc: Document, journey: Journey) -> str:
    """The journey's name as a to-be journey: "Delivery (as-is)" becomes "Delivery (to-be)",
    "Lieferung" becomes "Lieferung (Soll)"; numbered when a journey has that name."""
    word = TO_BE_WORDS.get(journey.language, TO_BE_WORDS["en"])
    as_is = f"({AS_IS_WORDS.get(journey.language, AS_IS_WORDS['en'])})"
    stem = journey.name.removesuffix(as_is).rstrip() or journey.name
    taken = {j.name for j in doc.journeys}
    name, number = f"{stem} ({word})", 2
    while name in taken:
        name, number = f"{stem} ({word} {number})", number + 1
    return name


def _anchor_stage(opportunity: Opportunity, source: Journey) -> str:
    """The stage of ``source`` a new touchpoint for this opportunity goes in: that of its
    first linked touchpoint (a gap row names one too), else of its first linked note, else
    the journey's first stage."""
    touchpoints = {tp.id: tp for tp in source.touchpoints}
    notes = {n.id: n for n in source.notes}
    for link in opportunity.links:
        if link.kind in ("touchpoint", "gap") and link.id in touchpoints:
            return touchpoints[link.id].stage_id
    for link in opportunity.links:
        if link.kind == "note" and link.id in notes:
            return notes[link.id].stage_id
    if not source.stages:
        raise ValueError(f"journey {source.name!r} has no stage to add a touchpoint to")
    return source.stages[0].id


def _named_touchpoints(doc: Document, solution: Solution, journey: Journey) -> list[str]:
    """The ids of the journey's touchpoints a solution names: its own, or, for a solution
    realised in another journey (an earlier to-be), the journey's touchpoints of the same
    name as those it has there."""
    inside = {tp.id for tp in journey.touchpoints}
    own = [i for i in dict.fromkeys(solution.touchpoint_ids) if i in inside]
    elsewhere = solution.journey_id not in (None, journey.id) and solution.journey_id in doc
    if own or not elsewhere:
        return own
    twins = matched_touchpoints(doc.journey(solution.journey_id), journey)
    return list(dict.fromkeys(twins[i].id for i in solution.touchpoint_ids if i in twins))


def _new_touchpoint(solution: Solution, opportunity: Opportunity, stage_id: str,
                    journey: Journey) -> Touchpoint:  # fmt: skip
    """The touchpoint a solution without touchpoints adds to the journey, below the cards
    of the stage."""
    heights = [tp.y for tp in journey.touchpoints if tp.stage_id == stage_id]
    targets: dict[str, float] = {}
    for effect in opportunity.effects:
        targets.setdefault(effect.metric, effect.target)
    return Touchpoint(
        stage_id,
        name=solution.title,
        owner=opportunity.owner,
        notes=solution.description,
        y=max(heights) + CARD_STEP if heights else 0.0,
        targets=targets,
    )


def create_to_be(doc: Document, journey: Journey, solutions: Sequence[Solution]) -> Command:
    """One step that adds a to-be copy of ``journey`` right after it, with the solutions
    realised in it (see the module's docstring), and records the copy and its touchpoints
    on each solution."""
    copy = duplicate_journey(journey, "to-be", to_be_name(doc, journey))
    copy.measurements.clear()  # a plan, not a survey: see the module's docstring
    # the copy keeps the order of stages and touchpoints, so position pairs each with its twin
    twins = {tp.id: twin for tp, twin in zip(journey.touchpoints, copy.touchpoints, strict=True)}
    stages = {s.id: twin.id for s, twin in zip(journey.stages, copy.stages, strict=True)}
    steps: list[Command] = []
    for solution in solutions:
        opportunity = doc.get(solution.opportunity_id)
        assert isinstance(opportunity, Opportunity)
        realised = []
        for tp_id in _named_touchpoints(doc, solution, journey):
            twin = twins[tp_id]
            twin.targets |= {e.metric: e.target for e in opportunity.effects
                             if e.touchpoint_id == tp_id}  # fmt: skip
            realised.append(twin)
        if not realised:
            stage_id = stages[_anchor_stage(opportunity, journey)]
            realised.append(_new_touchpoint(solution, opportunity, stage_id, copy))
            copy.touchpoints.append(realised[0])
        realised_ids = [tp.id for tp in realised]
        steps.append(
            SetFields(solution.id, {"journey_id": copy.id, "touchpoint_ids": realised_ids})
        )
    index = doc.journeys.index(journey) + 1
    return Macro(
        message("step.add.journey", name=copy.name), [AddObject(copy, index=index), *steps]
    )

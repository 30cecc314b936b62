"""Everything `journeymap validate` reports about a journey: the problems of its graph and
of its data, and about the document's opportunities (the checks of single values live in
validation.py)."""

from __future__ import annotations

from collections import Counter

from journeymap.model.document import Document
from journeymap.model.entities import Journey, Note, Touchpoint, Transition
from journeymap.model.figures import overlaps
from journeymap.model.graph import Problem, graph_problems
from journeymap.model.vocabulary import NOTE_LANES


def data_problems(journey: Journey) -> list[Problem]:
    """Touchpoint names used twice (survey columns are matched by name, so a twin name
    makes an import ambiguous), measurements without a single response, and a source's
    respondents held both unsplit and split by segment."""
    problems = []
    names_by_id = {tp.id: tp.name for tp in journey.touchpoints}
    for m in journey.measurements:
        if not sum(m.counts.values()):
            where = names_by_id[m.touchpoint_id]
            problems.append(
                Problem("empty_measurement", f"A {m.metric.upper()} measurement of “{where}” "
                        "has no responses.", (m.touchpoint_id,))
            )  # fmt: skip
    for tp_id, metric, source in overlaps(journey):
        shown = f"“{source}”" if source else "without a source name"
        problems.append(
            Problem("segments_overlap", f"The {metric.upper()} answers of “{names_by_id[tp_id]}” "
                    f"from {shown} are there both unsplit and split by segment; the overall "
                    "figure counts the unsplit ones only. Import the survey again to "
                    "replace both.", (tp_id,))
        )  # fmt: skip
    problems += lane_problems(journey)
    names = Counter(tp.name.strip().casefold() for tp in journey.touchpoints)
    for tp in journey.touchpoints:
        if names[tp.name.strip().casefold()] > 1:
            problems.append(
                Problem("duplicate_name", f"More than one touchpoint is called “{tp.name}”.",
                        (tp.id,))
            )  # fmt: skip
    return problems


def lane_problems(journey: Journey) -> list[Problem]:
    """A journey with lanes has exactly one touchpoint lane (the card graph), and notes
    only in lanes that hold notes (not on the emotion curve or a blueprint line)."""
    problems = []
    graphs = sum(lane.kind == "touchpoints" for lane in journey.lanes)
    if journey.lanes and graphs != 1:
        problems.append(
            Problem("touchpoint_lanes", f"The journey has {graphs} touchpoint lanes; a map "
                    "with lanes has exactly one.", ())
        )  # fmt: skip
    kinds = {lane.id: lane for lane in journey.lanes}
    for note in journey.notes:
        lane = kinds[note.lane_id]
        if lane.kind not in NOTE_LANES:
            text = (f"A note (“{note.text[:40]}”) is in the lane “{lane.name}”, which holds "
                    f"no notes ({lane.kind}).")  # fmt: skip
            problems.append(Problem("note_in_wrong_lane", text, tuple(note.touchpoint_ids)))
    return problems


def journey_problems(journey: Journey) -> list[Problem]:
    """All graph and data problems of one journey."""
    return graph_problems(journey) + data_problems(journey)


#: The kind of object each kind of link names.
_LINKED_KINDS = {
    "touchpoint": Touchpoint,
    "transition": Transition,
    "note": Note,
    "gap": Touchpoint,
}


def opportunity_problems(doc: Document) -> list[Problem]:
    """What an opportunity names that is not (or no longer) there: a linked object, the
    touchpoint of an expected effect, a solution's touchpoint outside its journey; and an
    open opportunity nobody owns."""
    problems = []
    for o in doc.opportunities:
        for link in o.links:
            found = doc.get(link.id) if link.id in doc else None
            if not isinstance(found, _LINKED_KINDS[link.kind]):
                problems.append(Problem(
                    "dangling_link",
                    f"“{o.title}” addresses a {link.kind} that is not in the document "
                    f"(id {link.id[:40]}).",
                ))  # fmt: skip
        for effect in o.effects:
            if not isinstance(doc.get(effect.touchpoint_id) if effect.touchpoint_id in doc
                              else None, Touchpoint):  # fmt: skip
                problems.append(Problem(
                    "dangling_effect",
                    f"“{o.title}” expects an effect on a touchpoint that is not in the "
                    f"document (id {effect.touchpoint_id[:40]}).",
                ))  # fmt: skip
        if not o.owner.strip() and o.status not in ("done", "dismissed"):
            problems.append(Problem("no_owner", f"Nobody owns “{o.title}”."))
    for solution in doc.solutions:
        journey = doc.journey(solution.journey_id) if solution.journey_id else None
        inside = {tp.id for tp in journey.touchpoints} if journey else set()
        for tp_id in solution.touchpoint_ids:
            if tp_id not in inside:
                problems.append(Problem(
                    "dangling_solution_touchpoint",
                    f"The solution “{solution.title}” names a touchpoint that is not in its "
                    f"journey (id {tp_id[:40]}).",
                ))  # fmt: skip
    return problems

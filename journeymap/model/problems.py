"""Everything `journeymap validate` reports about a journey: the problems of its graph and
of its data (the checks of single values live in validation.py)."""

from __future__ import annotations

from collections import Counter

from journeymap.model.entities import Journey
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

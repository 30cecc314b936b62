"""Everything `journeymap validate` reports about a journey: the problems of its graph and
of its data (the checks of single values live in validation.py)."""

from __future__ import annotations

from collections import Counter

from journeymap.model.entities import Journey
from journeymap.model.figures import overlaps
from journeymap.model.graph import Problem, graph_problems


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
    names = Counter(tp.name.strip().casefold() for tp in journey.touchpoints)
    for tp in journey.touchpoints:
        if names[tp.name.strip().casefold()] > 1:
            problems.append(
                Problem("duplicate_name", f"More than one touchpoint is called “{tp.name}”.",
                        (tp.id,))
            )  # fmt: skip
    return problems


def journey_problems(journey: Journey) -> list[Problem]:
    """All graph and data problems of one journey."""
    return graph_problems(journey) + data_problems(journey)

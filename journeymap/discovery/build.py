"""From the facts of a contact log to a journey: touchpoints, transitions, stages,
measurements, observed paths and a summary. The rules are in docs/discovery.md; the
facts come from an engine (reading.py for files, sql_facts.py for a database table)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Any

from journeymap.discovery.channels import channel_of
from journeymap.discovery.facts import KeyFacts, LogFacts
from journeymap.discovery.options import DiscoveryOptions
from journeymap.errors import DocumentFileError
from journeymap.model.entities import (
    Journey,
    Measurement,
    ObservedPath,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.layout import CARD_STEP
from journeymap.model.vocabulary import SCALES
from journeymap.words import phrase

_MONTH = 30.436875 * 86400.0  # a mean Gregorian month, in seconds
_DAY = 86400.0


@dataclass
class DiscoveryResult:
    """The discovered journey and what was found (docs/discovery.md lists the keys)."""

    journey: Journey
    summary: dict[str, Any]


def _activity_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _stage_of_keys(facts: LogFacts, options: DiscoveryOptions) -> list[str | int]:
    """Each key's stage: its name from --stage, else the number of its automatic stage
    by its median relative position (0 first, 1 last) into ``options.stages`` parts."""
    named = {_activity_key(a): stage for a, stage in options.stage_of.items()}
    seen = {_activity_key(key.activity) for key in facts.keys}
    for activity, stage in options.stage_of.items():
        if _activity_key(activity) not in seen:
            raise DocumentFileError(
                facts.source,
                phrase(
                    "has no activity “{activity}” (named by --stage {placement})",
                    activity=activity,
                    placement=f"{activity}={stage}",
                ),
            )
    parts = max(options.stages, 1)
    return [
        named.get(_activity_key(key.activity), min(int(key.position * parts), parts - 1))
        for key in facts.keys
    ]


def _touchpoints(
    facts: LogFacts, options: DiscoveryOptions
) -> tuple[list[Stage], list[Touchpoint], list[Touchpoint]]:
    """The stages in the order their touchpoints come, a touchpoint per key (in the
    facts' order), and the touchpoints in stage order (by position within a stage)."""
    placed = _stage_of_keys(facts, options)
    members: dict[str | int, list[int]] = {}
    for i, stage in enumerate(placed):
        members.setdefault(stage, []).append(i)

    def median_position(stage: str | int) -> float:
        positions = sorted(facts.keys[i].position for i in members[stage])
        middle = len(positions) // 2
        return (positions[middle] + positions[~middle]) / 2

    order = sorted(members, key=median_position)  # ties: first seen (members' order)
    # automatic stages are numbered 1, 2... as they come, among themselves; empty ones
    # are left out
    numbers = itertools.count(1)
    stages = [Stage(name if isinstance(name, str) else f"Stage {next(numbers)}") for name in order]
    channels_of = Counter(key.activity for key in facts.keys)
    span = facts.last_time - facts.first_time
    months = max(span, _DAY) / _MONTH
    made: dict[int, Touchpoint] = {}
    for name, stage in zip(order, stages, strict=True):
        for i in sorted(members[name], key=lambda i: (facts.keys[i].position,
                                                      -facts.keys[i].events)):  # fmt: skip
            made[i] = _touchpoint(facts.keys[i], stage, channels_of[facts.keys[i].activity] > 1,
                                  months, options.by_channel)  # fmt: skip
    return stages, [made[i] for i in range(len(facts.keys))], list(made.values())


def _touchpoint(key: KeyFacts, stage: Stage, several: bool, months: float, by_channel: bool):
    channel, other = channel_of(key.channel) if by_channel else ("other", "")
    return Touchpoint(
        stage.id,
        name=f"{key.activity} ({key.channel or 'no channel'})" if several else key.activity,
        channel=channel,
        channel_other=other,
        owner=key.owner,
        volume=round(key.events / months),
        entry=key.starts > 0,
        exit=key.ends > 0,
    )


def _kept(facts: LogFacts, min_share: float) -> list[int]:
    """The pairs (indexes) at or above ``min_share``, and for a touchpoint whose every
    way in (or out) is below it, its most frequent one, so that none is cut off."""
    pairs = facts.pairs
    kept = {i for i, p in enumerate(pairs) if p.count / facts.keys[p.source].events >= min_share}
    for side in ("source", "target"):  # ways out of a touchpoint, then ways in
        ways: dict[int, list[int]] = {}
        for i, p in enumerate(pairs):
            if p.source != p.target:  # a repeat is no way in or out
                ways.setdefault(getattr(p, side), []).append(i)
        for indexes in ways.values():
            if not kept.intersection(indexes):
                kept.add(max(indexes, key=lambda i: pairs[i].count))  # ties: first seen
    return sorted(kept)


def _measurements(
    facts: LogFacts, touchpoints: list[Touchpoint], options: DiscoveryOptions
) -> tuple[list[Measurement], int]:
    """Each case's score (its first answer) counted at every touchpoint it passed, per
    segment; and the number of cases whose score is not on the metric's scale."""
    if options.metric is None:
        return [], 0
    low, high = SCALES[options.metric]

    def readable(answer: str) -> int | None:
        try:
            number = float(answer.replace(",", "."))
        except ValueError:
            return None
        return int(number) if number.is_integer() and low <= number <= high else None

    tallies: dict[tuple[int, str], Counter] = {}
    for score in facts.scores:
        number = readable(score.answer)
        if number is not None:
            tallies.setdefault((score.key, score.segment), Counter())[number] += score.cases
    unreadable = sum(n for answer, n in facts.answers.items() if readable(answer) is None)
    date = options.today or dt.date.today().isoformat()
    measurements = [
        Measurement(
            touchpoints[key].id,
            options.metric,
            dict(sorted(tally.items())),
            segment,
            source=facts.source.name,
            date=date,
            segmented=options.segmented,
        )
        for (key, segment), tally in sorted(tallies.items())
    ]
    return measurements, unreadable


def discover(facts: LogFacts, options: DiscoveryOptions | None = None) -> DiscoveryResult:
    """The journey a log's facts describe, and its summary; DocumentFileError naming
    the log for an activity of --stage that it lacks."""
    options = options or DiscoveryOptions()
    stages, touchpoints, ordered = _touchpoints(facts, options)
    transitions = [
        Transition(
            touchpoints[p.source].id,
            touchpoints[p.target].id,
            share=p.count / facts.keys[p.source].events,
            count=p.count,
            median_hours=p.median_hours,
            p90_hours=p.p90_hours,
        )
        for p in (facts.pairs[i] for i in _kept(facts, options.min_share))
    ]
    measurements, unreadable = _measurements(facts, touchpoints, options)
    journey = Journey(
        options.name or facts.source.stem,
        description=f"Discovered from the contact log {facts.source.name}",
        stages=stages,
        touchpoints=ordered,
        transitions=transitions,
        measurements=measurements,
        observed_paths=[
            ObservedPath([touchpoints[k].id for k in path.keys], cases=path.cases)
            for path in facts.paths
        ],
    )
    _lay_out_by_position(journey)
    return DiscoveryResult(journey, _summary(facts, journey, unreadable))


def _lay_out_by_position(journey: Journey) -> None:
    """Each stage's cards top to bottom in the order they come (by median position in
    their cases, as _touchpoints lists them): the usual flow then leads down a stage and
    on to the next, so only what really goes back (a repeat contact) is a loop on the map
    and in the analysis (model/loops.py), never the happy path."""
    rank: dict[str, int] = {}
    for tp in journey.touchpoints:  # in stage order, each stage's in position order
        tp.y = rank.get(tp.stage_id, 0) * CARD_STEP
        rank[tp.stage_id] = rank.get(tp.stage_id, 0) + 1


def _summary(facts: LogFacts, journey: Journey, unreadable_scores: int) -> dict[str, Any]:
    """What was found, as the command prints it (docs/discovery.md)."""

    def moment(seconds: float) -> str:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")

    return {
        "cases": facts.cases,
        "events": facts.events,
        "skipped_rows": facts.skipped_rows,
        "activities": len({key.activity for key in facts.keys}),
        "touchpoints": len(journey.touchpoints),
        "stages": len(journey.stages),
        "transitions": len(journey.transitions),
        "observed_transitions": len(facts.pairs),
        "variants": facts.variants,
        "top_variant_share": facts.top_variant_cases / facts.cases,
        "median_case_hours": facts.median_case_hours,
        "single_event_cases": facts.single_event_cases,
        "repeat_contact_cases": facts.repeat_contact_cases,
        "channel_switches": facts.channel_switches,
        "measurements": len(journey.measurements),
        "unreadable_scores": unreadable_scores,
        "first_event": moment(facts.first_time),
        "last_event": moment(facts.last_time),
    }

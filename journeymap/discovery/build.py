"""From the events of a contact log to a journey: touchpoints, transitions, stages,
measurements, observed paths and a summary. The rules are in docs/discovery.md."""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from journeymap.discovery.channels import channel_of
from journeymap.discovery.reading import Event, EventLog
from journeymap.errors import DocumentFileError
from journeymap.model.entities import (
    Journey,
    Measurement,
    ObservedPath,
    Stage,
    Touchpoint,
    Transition,
)
from journeymap.model.layout import CARD_STEP, layered_layout
from journeymap.model.vocabulary import SCALES

#: How many of the most frequent variants a journey keeps as observed paths.
OBSERVED_PATHS = 50
#: The most touchpoints a discovered journey may have (a document's limit, limits.py).
MAX_TOUCHPOINTS = 50_000
_HOUR = 3600.0
_MONTH = 30.436875 * 86400.0  # a mean Gregorian month, in seconds
_DAY = 86400.0
#: The internal name of automatic stage k (0-based) until it is numbered in order.
_AUTOMATIC = "\0automatic {}"

#: A touchpoint of a discovered journey: its activity and (with a channel column) channel.
Key = tuple[str, str]


@dataclass(frozen=True)
class DiscoveryOptions:
    """How a log becomes a journey; the defaults are the command's."""

    min_share: float = 0.01
    stage_of: Mapping[str, str] = field(default_factory=dict)  # activity -> stage name
    stages: int = 4  # automatic stages for the activities stage_of does not place
    start: float | None = None  # only events from this time on (seconds, UTC)
    end: float | None = None  # only events before this time
    by_channel: bool = False  # the log has a channel column: one touchpoint per channel
    metric: str | None = None  # the case-level score column's metric
    segmented: bool = False  # the log has a segment column
    name: str = ""  # the journey's name; "" for the log file's name
    today: str = ""  # the date recorded on measurements; "" for today


@dataclass
class DiscoveryResult:
    """The discovered journey and what was found (docs/discovery.md lists the keys)."""

    journey: Journey
    summary: dict[str, Any]


def _activity_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _quantile(values: list[float], share: float) -> float:
    """The ``share`` quantile with linear interpolation between closest ranks."""
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _cases(log: EventLog, options: DiscoveryOptions) -> dict[str, list[Event]]:
    """The events of each case in the chosen period, ordered by time (ties: log order)."""
    cases: dict[str, list[Event]] = {}
    for event in log.events:
        if options.start is not None and event.time < options.start:
            continue
        if options.end is not None and event.time >= options.end:
            continue
        cases.setdefault(event.case, []).append(event)
    for events in cases.values():
        events.sort(key=lambda e: (e.time, e.row))
    if not cases:
        raise DocumentFileError(log.path, "holds no events in the period chosen (--from/--to)")
    return cases


@dataclass
class _Counts:
    """The directly-follows counts of a log, per touchpoint key."""

    events: Counter = field(default_factory=Counter)
    starts: Counter = field(default_factory=Counter)
    ends: Counter = field(default_factory=Counter)
    owners: dict[Key, Counter] = field(default_factory=dict)
    positions: dict[Key, list[float]] = field(default_factory=dict)
    hours: dict[tuple[Key, Key], list[float]] = field(default_factory=dict)
    paths: Counter = field(default_factory=Counter)


def _count(cases: dict[str, list[Event]], by_channel: bool) -> _Counts:
    counts = _Counts()
    for events in cases.values():
        keys = [(e.activity, e.channel if by_channel else "") for e in events]
        last = max(len(keys) - 1, 1)
        for i, (key, event) in enumerate(zip(keys, events, strict=True)):
            counts.events[key] += 1
            counts.positions.setdefault(key, []).append(i / last)
            owners = counts.owners.setdefault(key, Counter())
            if event.owner:
                owners[event.owner] += 1
            if i:
                gap = (event.time - events[i - 1].time) / _HOUR
                counts.hours.setdefault((keys[i - 1], key), []).append(gap)
        counts.starts[keys[0]] += 1
        counts.ends[keys[-1]] += 1
        counts.paths[tuple(keys)] += 1
    return counts


def _stage_names(log: EventLog, counts: _Counts, options: DiscoveryOptions) -> dict[Key, str]:
    """The stage of each touchpoint: named by --stage, else automatic by its median
    relative position in its cases (0 first, 1 last) into ``options.stages`` stages;
    and the automatic stages' (internal) names."""
    named = {_activity_key(a): stage for a, stage in options.stage_of.items()}
    seen = {_activity_key(key[0]) for key in counts.events}
    for activity, stage in options.stage_of.items():
        if _activity_key(activity) not in seen:
            raise DocumentFileError(
                log.path, f"has no activity “{activity}” (named by --stage {activity}={stage})"
            )
    stages = max(options.stages, 1)
    placed: dict[Key, str] = {}
    automatic: set[str] = set()
    for key, positions in counts.positions.items():
        explicit = named.get(_activity_key(key[0]))
        if explicit is None:
            part = min(int(statistics.median(positions) * stages), stages - 1)
            explicit = _AUTOMATIC.format(part)
            automatic.add(explicit)
        placed[key] = explicit
    return placed, automatic


def _touchpoints(
    counts: _Counts, placed: dict[Key, str], automatic: set[str], span: float, by_channel: bool
) -> tuple[list[Stage], dict[Key, Touchpoint]]:
    """The stages in the order their touchpoints come, and a touchpoint per key."""
    median = {key: statistics.median(p) for key, p in counts.positions.items()}
    members: dict[str, list[Key]] = {}
    for key in counts.events:
        members.setdefault(placed[key], []).append(key)
    order = sorted(members, key=lambda name: statistics.median(median[k] for k in members[name]))
    # automatic stages are numbered as they come; empty ones are left out
    stages = [
        Stage(f"Stage {i + 1}" if name in automatic else name) for i, name in enumerate(order)
    ]
    stages_by_name = dict(zip(order, stages, strict=True))
    channels_of: dict[str, set[str]] = {}
    for activity, channel in counts.events:
        channels_of.setdefault(activity, set()).add(channel)
    months = max(span, _DAY) / _MONTH
    touchpoints: dict[Key, Touchpoint] = {}
    for name, stage in stages_by_name.items():
        for key in sorted(members[name], key=lambda k: (median[k], -counts.events[k])):
            activity, word = key
            channel, other = channel_of(word) if by_channel else ("other", "")
            several = len(channels_of[activity]) > 1
            owner = counts.owners[key].most_common(1)
            touchpoints[key] = Touchpoint(
                stage.id,
                name=f"{activity} ({word or 'no channel'})" if several else activity,
                channel=channel,
                channel_other=other,
                owner=owner[0][0] if owner else "",
                volume=round(counts.events[key] / months),
                entry=counts.starts[key] > 0,
                exit=counts.ends[key] > 0,
            )
    return stages, touchpoints


def _kept(counts: _Counts, min_share: float) -> list[tuple[Key, Key]]:
    """The transitions at or above ``min_share``, and for a touchpoint whose every way in
    (or out) is below it, its most frequent one, so that none is cut off."""
    share = {pair: len(h) / counts.events[pair[0]] for pair, h in counts.hours.items()}
    kept = {pair for pair, s in share.items() if s >= min_share}
    for side in (0, 1):  # 0: ways out of a touchpoint, 1: ways in
        ways: dict[Key, list[tuple[Key, Key]]] = {}
        for pair in counts.hours:
            if pair[0] != pair[1]:  # a repeat is no way in or out
                ways.setdefault(pair[side], []).append(pair)
        for pairs in ways.values():
            if not kept.intersection(pairs):
                kept.add(max(pairs, key=lambda p: len(counts.hours[p])))
    return [pair for pair in counts.hours if pair in kept]


def _measurements(
    log: EventLog,
    cases: dict[str, list[Event]],
    touchpoints: dict[Key, Touchpoint],
    options: DiscoveryOptions,
) -> tuple[list[Measurement], int]:
    """Each case's score (its first answer) counted at every touchpoint it passed, per
    segment; and the number of cases whose score is not on the metric's scale."""
    if options.metric is None:
        return [], 0
    low, high = SCALES[options.metric]
    tallies: dict[tuple[Key, str], Counter] = {}
    unreadable = 0
    for events in cases.values():
        answer = next((e.score for e in events if e.score), "")
        if not answer:
            continue
        try:
            number = float(answer.replace(",", "."))
        except ValueError:
            number = float("nan")
        if not number.is_integer() or not low <= number <= high:
            unreadable += 1
            continue
        segment = next((e.segment for e in events if e.segment), "")
        for key in dict.fromkeys((e.activity, e.channel if options.by_channel else "")
                                 for e in events):  # fmt: skip
            tallies.setdefault((key, segment), Counter())[int(number)] += 1
    date = options.today or dt.date.today().isoformat()
    measurements = [
        Measurement(
            touchpoints[key].id,
            options.metric,
            dict(sorted(tally.items())),
            segment,
            source=log.path.name,
            date=date,
            segmented=options.segmented,
        )
        for (key, segment), tally in tallies.items()
    ]
    return measurements, unreadable


def discover(log: EventLog, options: DiscoveryOptions = DiscoveryOptions()) -> DiscoveryResult:
    """The journey a log's events describe, and its summary; DocumentFileError naming
    the log for one that cannot make a journey (no events in the period, an activity of
    --stage that it lacks, more activities than a journey may hold)."""
    cases = _cases(log, options)
    counts = _count(cases, options.by_channel)
    if len(counts.events) > MAX_TOUCHPOINTS:
        raise DocumentFileError(
            log.path, f"has {len(counts.events):,} distinct activities; a journey may hold "
            f"at most {MAX_TOUCHPOINTS:,} touchpoints (is --activity the right column?)",
        )  # fmt: skip
    times = [e.time for events in cases.values() for e in events]
    span = max(times) - min(times)
    placed, automatic = _stage_names(log, counts, options)
    stages, touchpoints = _touchpoints(counts, placed, automatic, span, options.by_channel)
    transitions = [
        Transition(
            touchpoints[a].id,
            touchpoints[b].id,
            share=len(counts.hours[(a, b)]) / counts.events[a],
            count=len(counts.hours[(a, b)]),
            median_hours=statistics.median(counts.hours[(a, b)]),
            p90_hours=_quantile(counts.hours[(a, b)], 0.9),
        )
        for a, b in _kept(counts, options.min_share)
    ]
    measurements, unreadable = _measurements(log, cases, touchpoints, options)
    journey = Journey(
        options.name or log.path.stem,
        description=f"Discovered from the contact log {log.path.name}",
        stages=stages,
        touchpoints=list(touchpoints.values()),
        transitions=transitions,
        measurements=measurements,
        observed_paths=[
            ObservedPath([touchpoints[k].id for k in path], cases=n)
            for path, n in counts.paths.most_common(OBSERVED_PATHS)
        ],
    )
    by_id = {tp.id: tp for tp in journey.touchpoints}
    for tp_id, y in layered_layout(journey, CARD_STEP).items():
        by_id[tp_id].y = y
    summary = _summary(log, cases, counts, journey, unreadable)
    return DiscoveryResult(journey, summary)


def _summary(
    log: EventLog, cases: dict[str, list[Event]], counts: _Counts, journey: Journey,
    unreadable_scores: int,
) -> dict[str, Any]:  # fmt: skip
    """What was found, as the command prints it (docs/discovery.md)."""
    variants = Counter(tuple(e.activity for e in events) for events in cases.values())
    events = sum(len(evs) for evs in cases.values())
    times = [e.time for evs in cases.values() for e in evs]

    def moment(seconds: float) -> str:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")

    return {
        "cases": len(cases),
        "events": events,
        "skipped_rows": log.skipped,
        "activities": len({activity for activity, _ in counts.events}),
        "touchpoints": len(journey.touchpoints),
        "stages": len(journey.stages),
        "transitions": len(journey.transitions),
        "observed_transitions": len(counts.hours),
        "variants": len(variants),
        "top_variant_share": variants.most_common(1)[0][1] / len(cases),
        "median_case_hours": statistics.median(
            (evs[-1].time - evs[0].time) / _HOUR for evs in cases.values()
        ),
        "single_event_cases": sum(1 for evs in cases.values() if len(evs) == 1),
        "repeat_contact_cases": sum(
            1 for evs in cases.values() if len({e.activity for e in evs}) < len(evs)
        ),
        "channel_switches": sum(
            1
            for evs in cases.values()
            for before, after in itertools.pairwise(evs)
            if before.channel and after.channel and before.channel != after.channel
        ),
        "measurements": len(journey.measurements),
        "unreadable_scores": unreadable_scores,
        "first_event": moment(min(times)),
        "last_event": moment(max(times)),
    }

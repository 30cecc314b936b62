"""The facts of a log held as a polars table: one column per role, one row per event.

Everything is computed column-wise: the events are sorted once by case, time and row,
and each figure is a group-by over that order, so a million events take well under a
second (benchmarks/bench_discover.py). The rules are in docs/discovery.md; the figures are
facts.py's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from journeymap.discovery.facts import KeyFacts, LogFacts, PairFacts, PathFacts, ScoreFacts
from journeymap.discovery.limits import MAX_TOUCHPOINTS, too_many_activities
from journeymap.discovery.options import DiscoveryOptions
from journeymap.errors import DocumentFileError

#: How many of the most frequent variants the facts keep as paths.
OBSERVED_PATHS = 50
#: The columns of an event table, all text but time (seconds, UTC) and row.
TEXT_COLUMNS = ("case", "activity", "channel", "owner", "segment", "score")
_HOUR = 3600.0


def events_frame(columns: dict[str, Sequence]) -> pl.DataFrame:
    """An event table from plain columns (TEXT_COLUMNS, "time" and "row"); a text column
    not given is blank."""
    length = len(columns["row"])
    data = {name: columns.get(name) or [""] * length for name in TEXT_COLUMNS}
    schema = dict.fromkeys(TEXT_COLUMNS, pl.String) | {"time": pl.Float64, "row": pl.Int64}
    return pl.DataFrame(data | {"time": columns["time"], "row": columns["row"]}, schema=schema)


def frame_facts(
    events: pl.DataFrame, source: Path, skipped: int, options: DiscoveryOptions
) -> LogFacts:
    """The facts of an event table (columns as events_frame makes them; text stripped,
    blank as ""). DocumentFileError naming ``source`` for no events in the period and for
    more activities than a journey may hold."""
    events = _in_period(events, options)
    if events.is_empty():
        raise _no_events(source)
    if not options.by_channel:
        events = events.with_columns(channel_key=pl.lit(""))
    else:
        events = events.with_columns(channel_key=pl.col("channel"))
    keys = (
        events.group_by("activity", "channel_key")
        .agg(first_row=pl.col("row").min())
        .sort("first_row")
        .with_row_index("key")
    )
    if keys.height > MAX_TOUCHPOINTS:
        raise too_many_activities(source, keys.height)
    events = (
        events.join(keys.select("activity", "channel_key", "key"), on=["activity", "channel_key"])
        .with_columns(case_code=pl.col("case").cast(pl.Categorical).to_physical())
        .sort("case_code", "time", "row")
    )
    same_case = pl.col("case_code") == pl.col("case_code").shift(1)
    events = events.with_columns(
        index=pl.int_range(pl.len()).over("case_code"),
        length=pl.len().over("case_code"),
        follows=same_case.fill_null(False),
    ).with_columns(
        position=pl.col("index") / pl.max_horizontal(pl.col("length") - 1, 1),
        previous=pl.col("key").shift(1),
        hours=(pl.col("time") - pl.col("time").shift(1)) / _HOUR,
        previous_channel=pl.col("channel").shift(1),
    )
    cases = _case_table(events)
    return LogFacts(
        source=source,
        keys=_key_facts(events, keys),
        pairs=_pair_facts(events),
        paths=_path_facts(cases),
        cases=cases.height,
        events=events.height,
        skipped_rows=skipped,
        variants=cases["activities"].n_unique(),
        top_variant_cases=int(cases.group_by("activities").len()["len"].max()),
        median_case_hours=float(cases["hours"].median()),
        single_event_cases=int((cases["length"] == 1).sum()),
        repeat_contact_cases=int((cases["distinct"] < cases["length"]).sum()),
        channel_switches=_channel_switches(events),
        first_time=float(events["time"].min()),
        last_time=float(events["time"].max()),
        **_score_facts(events),
    )


def _in_period(events: pl.DataFrame, options: DiscoveryOptions) -> pl.DataFrame:
    if options.start is not None:
        events = events.filter(pl.col("time") >= options.start)
    if options.end is not None:
        events = events.filter(pl.col("time") < options.end)
    return events


def _no_events(source: Path) -> DocumentFileError:
    return DocumentFileError(source, "holds no events in the period chosen (--from/--to)")


def _key_facts(events: pl.DataFrame, keys: pl.DataFrame) -> list[KeyFacts]:
    counted = events.group_by("key").agg(
        events=pl.len(),
        starts=(pl.col("index") == 0).sum(),
        ends=(pl.col("index") == pl.col("length") - 1).sum(),
        position=pl.col("position").median(),
    )
    owners = (
        events.filter(pl.col("owner") != "")
        .group_by("key", "owner")
        .agg(n=pl.len(), first=pl.col("row").min())
        .sort("key", "n", "first", descending=[False, True, False])
        .group_by("key", maintain_order=True)
        .first()
        .select("key", "owner")
    )
    table = keys.join(counted, on="key").join(owners, on="key", how="left").sort("key")
    columns = ("activity", "channel_key", "events", "starts", "ends", "owner", "position",
               "first_row")  # fmt: skip
    return [
        KeyFacts(activity, channel, events, starts, ends, owner or "", position, first_row)
        for activity, channel, events, starts, ends, owner, position, first_row in table.select(
            columns
        ).iter_rows()
    ]


def _pair_facts(events: pl.DataFrame) -> list[PairFacts]:
    table = (
        events.filter(pl.col("follows"))
        .group_by("previous", "key")
        .agg(
            count=pl.len(),
            median=pl.col("hours").median(),
            p90=pl.col("hours").quantile(0.9, interpolation="linear"),
            first=pl.col("row").min(),
        )
        .sort("first")
    )
    return [
        PairFacts(int(a), int(b), n, float(median), float(p90), first)
        for a, b, n, median, p90, first in table.iter_rows()
    ]


def _case_table(events: pl.DataFrame) -> pl.DataFrame:
    """One row per case: its key sequence, activity sequence, first row and length."""
    return events.group_by("case_code", maintain_order=True).agg(
        keys=pl.col("key"),
        activities=pl.col("activity"),
        first=pl.col("row").min(),
        length=pl.len(),
        distinct=pl.col("activity").n_unique(),
        hours=(pl.col("time").max() - pl.col("time").min()) / _HOUR,
    )


def _path_facts(cases: pl.DataFrame) -> list[PathFacts]:
    top = (
        cases.group_by("keys")
        .agg(cases=pl.len(), first=pl.col("first").min())
        .sort("cases", "first", descending=[True, False])
        .head(OBSERVED_PATHS)
    )
    return [PathFacts(tuple(keys), n) for keys, n, _ in top.iter_rows()]


def _channel_switches(events: pl.DataFrame) -> int:
    switched = (
        pl.col("follows")
        & (pl.col("channel") != "")
        & (pl.col("previous_channel") != "")
        & (pl.col("channel") != pl.col("previous_channel"))
    )
    return int(events.select(switched.sum()).item())


def _score_facts(events: pl.DataFrame) -> dict:
    """Each case's first answer and first segment, per touchpoint it passed."""
    answered = events.filter(pl.col("score") != "")
    if answered.is_empty():
        return {"scores": [], "answers": {}}
    first_answer = answered.group_by("case_code").agg(answer=pl.col("score").first())
    segments = (
        events.filter(pl.col("segment") != "")
        .group_by("case_code")
        .agg(segment=pl.col("segment").first())
    )
    passed = (
        events.select("case_code", "key")
        .unique()
        .join(first_answer, on="case_code")
        .join(segments, on="case_code", how="left")
        .with_columns(pl.col("segment").fill_null(""))
    )
    table = (
        passed.group_by("key", "segment", "answer")
        .agg(cases=pl.len())
        .sort("key", "segment", "answer")
    )
    answers = first_answer.group_by("answer").agg(n=pl.len()).sort("answer")
    return {
        "scores": [ScoreFacts(int(k), s, a, n) for k, s, a, n in table.iter_rows()],
        "answers": dict(answers.iter_rows()),
    }

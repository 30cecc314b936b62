"""The facts of a log held as a polars table: one column per role, one row per event.

Everything is computed column-wise: the events are sorted once by case, time and row,
and each figure is a group-by over that order, so a million events take well under a
second (benchmarks/bench_discover.py). The rules are in docs/discovery.md; the figures are
facts.py's.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from journeymap.discovery.event_table import stable_order
from journeymap.discovery.facts import KeyFacts, LogFacts, PairFacts, PathFacts, ScoreFacts

#: How many of the most frequent variants the facts keep as paths.
OBSERVED_PATHS = 50
_HOUR = 3600.0


def frame_facts(events: pl.DataFrame, keys: pl.DataFrame, source: Path, skipped: int) -> LogFacts:
    """The facts of an event table and its keys as event_table.collect_events makes them
    (ordered by case, time and row)."""
    cases = _case_table(events, keys)
    return LogFacts(
        source=source,
        keys=_key_facts(events, keys, cases["length"]),
        pairs=_pair_facts(events),
        paths=_path_facts(cases),
        cases=cases.height,
        events=events.height,
        skipped_rows=skipped,
        variants=cases["activities"].n_unique(),
        top_variant_cases=int(cases.group_by("activities").len()["len"].max()),
        median_case_hours=_median(cases["hours"]),
        single_event_cases=int((cases["length"] == 1).sum()),
        repeat_contact_cases=int((cases["distinct"] < cases["length"]).sum()),
        channel_switches=_channel_switches(events, keys),
        first_time=float(events["time"].min()),
        last_time=float(events["time"].max()),
        **_score_facts(events),
    )


def _key_facts(events: pl.DataFrame, keys: pl.DataFrame, lengths: pl.Series) -> list[KeyFacts]:
    """Each touchpoint key's events, starts, ends, owner and median position (``lengths``:
    each case's events, by case number)."""
    number = pl.int_range(pl.len(), dtype=pl.UInt32)
    index = number - pl.when(pl.col("first")).then(number).forward_fill()  # in its case
    length = pl.lit(lengths).gather(pl.col("case"))
    located = events.select("key", "first", index=index, length=length)
    counted = (
        located.lazy()
        .group_by("key")
        .agg(
            events=pl.len(),
            starts=pl.col("first").sum(),
            ends=(pl.col("index") == pl.col("length") - 1).sum(),
        )
    )
    share = pl.col("index") / pl.max_horizontal(pl.col("length") - 1, 1)
    positions = _medians(located.select("key", position=share), "key", "position")
    del located
    table = (
        keys.lazy()
        .join(counted, on="key")
        .join(positions.lazy().select("key", position="median"), on="key")
        .join(_owners(events), on="key", how="left")
        .sort("key")
        .select(
            pl.col("activity", "channel").cast(pl.String),
            "events",
            "starts",
            "ends",
            pl.col("owner").fill_null(""),
            "position",
            "first_row",
        )
        .collect()
    )
    return [KeyFacts(*row) for row in table.iter_rows()]


def _owners(events: pl.DataFrame) -> pl.LazyFrame:
    """The most frequent owner of each key's events (ties: first seen)."""
    if "owner" not in events.columns:
        return pl.LazyFrame(schema={"key": pl.UInt32, "owner": pl.String})
    return (
        events.lazy()
        .filter(pl.col("owner") != "")
        .group_by("key", "owner")
        .agg(n=pl.len(), first=pl.col("row").min())
        .sort("key", "n", "first", descending=[False, True, False])
        .group_by("key", maintain_order=True)
        .first()
        .select("key", pl.col("owner").cast(pl.String))
    )


def _pair_facts(events: pl.DataFrame) -> list[PairFacts]:
    """Each observed pair of consecutive events of a case: its count, median and 90th
    percentile hours and where it is first seen."""
    # a case's first event follows nothing: its "previous" is null, its group left out
    previous = pl.when(~pl.col("first")).then(pl.col("key").shift(1))
    width = max(int(events["key"].max()) + 1, 1)  # at most 50,000: a pair fits 32 bits
    steps = events.select(
        "row", pair=previous * width + pl.col("key"), hours=pl.col("time").diff() / _HOUR
    )
    counted = steps.lazy().group_by("pair").agg(count=pl.len(), first=pl.col("row").min())
    table = (
        _medians(steps.drop("row"), "pair", "hours", p90=True)
        .lazy()
        .join(counted, on="pair")
        .sort("first")
        .collect()
    )
    return [
        PairFacts(pair // width, pair % width, n, median, p90, first)
        for pair, median, p90, n, first in table.select(
            "pair", "median", "p90", "count", "first"
        ).iter_rows()
    ]


def _medians(table: pl.DataFrame, group: str, value: str, p90: bool = False) -> pl.DataFrame:
    """The median (and the 90th percentile, linear between closest ranks) of ``value``
    per ``group`` (rows of a null group left out). The rows are ordered by group and value
    as indexes, and only the few ranks each group needs are looked up: polars' own
    per-group median, or putting the values in order, holds several times the values,
    which ten million events cannot afford."""
    order = table[value].arg_sort()  # by value (ties in any order: equal values),
    # then stably by group: by both
    order = order.gather(stable_order(table[group].gather(order)))
    sizes = (
        table.lazy()
        .drop_nulls(group)
        .group_by(group)
        .len()
        .sort(group)
        .with_columns(start=pl.col("len").cum_sum() - pl.col("len"))
        .collect()
    )
    start, size = sizes["start"], sizes["len"]

    def ranked(rank: pl.Series) -> pl.Series:  # the value at that rank within each group
        return table[value].gather(order.gather(start + rank))

    middle = (ranked((size - 1) // 2) + ranked(size // 2)) / 2
    result = {group: sizes[group], "median": middle}
    if p90:
        position = (size - 1).cast(pl.Float64) * 0.9
        low = position.floor().cast(pl.UInt32)
        high = pl.select(pl.min_horizontal(low + 1, size - 1)).to_series()
        below, above = ranked(low), ranked(high)
        result["p90"] = below + (above - below) * (position - low)
    return pl.DataFrame(result)


def _median(values: pl.Series) -> float:
    """The median as statistics.median computes it ((a + b) / 2 of the middle two), so
    the SQL path's gives the same float."""
    ordered = values.sort()
    middle = len(ordered) // 2
    return float((ordered[(len(ordered) - 1) // 2] + ordered[middle]) / 2)


def _case_table(events: pl.DataFrame, keys: pl.DataFrame) -> pl.DataFrame:
    """One row per case: its key sequence, activity sequence (variants are those), first
    row, length, distinct activities and hours from first to last event."""
    activity = pl.lit(keys["activity"].to_physical()).gather(pl.col("key"))
    return (
        events.lazy()
        .select("case", "key", "row", "time", activity=activity)
        .group_by("case", maintain_order=True)
        .agg(
            keys=pl.col("key"),
            activities=pl.col("activity"),
            first=pl.col("row").min(),
            length=pl.len(),
            distinct=pl.col("activity").n_unique(),
            hours=(pl.col("time").last() - pl.col("time").first()) / _HOUR,
        )
        .collect()
    )


def _path_facts(cases: pl.DataFrame) -> list[PathFacts]:
    top = (
        cases.group_by("keys")
        .agg(cases=pl.len(), first=pl.col("first").min())
        .sort("cases", "first", descending=[True, False])
        .head(OBSERVED_PATHS)
    )
    return [PathFacts(tuple(keys), n) for keys, n, _ in top.iter_rows()]


def _channel_switches(events: pl.DataFrame, keys: pl.DataFrame) -> int:
    """Consecutive events of a case on two different non-empty channel words."""
    words = keys["channel"].cast(pl.String)
    if (words == "").all():
        return 0
    # each key's channel as a number, null for no channel word
    codes = pl.select(pl.when(words != "").then(keys["channel"].to_physical())).to_series()
    channel = pl.lit(codes).gather(pl.col("key"))
    before = channel.shift(1)
    switched = ~pl.col("first") & channel.is_not_null() & before.is_not_null() & (channel != before)
    return int(events.select(switched.sum()).item())


def _score_facts(events: pl.DataFrame) -> dict:
    """Each case's first answer and first segment, per touchpoint it passed."""
    if "score" not in events.columns:
        return {"scores": [], "answers": {}}
    answered = events.filter(pl.col("score") != "")
    if answered.is_empty():
        return {"scores": [], "answers": {}}
    first_answer = answered.group_by("case").agg(answer=pl.col("score").first().cast(pl.String))
    if "segment" in events.columns:
        segments = (
            events.filter(pl.col("segment") != "")
            .group_by("case")
            .agg(segment=pl.col("segment").first().cast(pl.String))
        )
    else:
        segments = pl.DataFrame(schema={"case": events["case"].dtype, "segment": pl.String})
    passed = (
        events.select("case", "key")
        .unique()
        .join(first_answer, on="case")
        .join(segments, on="case", how="left")
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

"""A log's events as one compact polars table, whatever file they came from.

A reader hands over a lazy table of text columns (TEXT_COLUMNS, stripped, "" for blank),
the time as seconds where its fast format read it (frame_times.py) with the text kept
where it did not, and the row number. collect_events reads it in one streaming pass into
categories (4 bytes an event for the few distinct activities, channels, owners, segments
and scores), so ten million events fit in a few hundred megabytes; then it reads the
times the fast format missed one distinct text at a time and refuses unreadable ones
with their row numbers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from journeymap.discovery.limits import MAX_TOUCHPOINTS, too_many_activities
from journeymap.discovery.timestamps import parse_time
from journeymap.errors import DocumentFileError
from journeymap.words import phrase

#: The text columns of an event table.
TEXT_COLUMNS = ("case", "activity", "channel", "owner", "segment", "score")
#: The most row numbers of unreadable timestamps a message lists before a count.
SHOWN_BAD_ROWS = 10
#: The seed of the second hash that tells whether two case texts share the first.
_SECOND_SEED = 20261201


def events_frame(columns: dict[str, Sequence]) -> pl.LazyFrame:
    """An event table from plain columns: "case", "activity", optionally others of
    TEXT_COLUMNS, "time" in seconds, "time_text" where "time" is None, and "row"."""
    names = [name for name in TEXT_COLUMNS if name in columns]
    schema = dict.fromkeys(names, pl.String) | {
        "time": pl.Float64, "time_text": pl.String, "row": pl.UInt32,
    }  # fmt: skip
    columns = {"time_text": [None] * len(columns["row"])} | columns
    return pl.DataFrame({name: columns[name] for name in schema}, schema=schema).lazy()


def collect_events(
    events: pl.LazyFrame, source: Path, time_column: str, start: float | None = None,
    end: float | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame, int]:  # fmt: skip
    """The events with a case and an activity in [start, end), compact and ordered by
    case, time and row: the case numbered 0, 1, 2... in that order, whether the event
    starts its case, its touchpoint key, time, row and the optional categories; the keys
    (key, activity, channel, first_row: in the order first seen); and the number of rows
    left out for lacking a case or an activity. DocumentFileError naming ``source`` for
    unreadable timestamps in ``time_column``, for a log without events, for no events in
    the period and for more activities than a journey may hold.

    The table is built and replaced here, step by step, in this one function, so that no
    caller holds an earlier copy while the next is made."""
    for exact_cases in (False, True):
        table = _collected(events, exact_cases)
        skipped = table["case"].null_count()
        if skipped == table.height:
            raise DocumentFileError(
                source, phrase("holds no events (no row with a case and an activity)")
            )
        missed = pl.col("case").is_not_null() & pl.col("time").is_null()
        if table.select(missed.any()).item():  # times the fast format did not read
            table = _read_missed_times(table, events, source, time_column)
        if start is not None or end is not None:
            low = -math.inf if start is None else start
            high = math.inf if end is None else end
            inside = pl.col("time").is_between(low, high, closed="left")
            table = table.filter(inside | pl.col("case").is_null())
        if table.height == skipped:
            raise DocumentFileError(
                source, phrase("holds no events in the period chosen (--from/--to)")
            )
        keys = _keys(table, source)
        table = table.with_columns(key=_key_of(keys)).drop("activity", "channel")
        order = _order(table, table.height - skipped)
        ordered = {}
        for name in table.columns:  # a column at a time: only one is ever held twice
            ordered[name] = table.drop_in_place(name).gather(order)
        table = pl.DataFrame(ordered)
        del order, ordered
        if exact_cases or not _clash(table):
            first = (pl.col("case") != pl.col("case").shift(1)).fill_null(True)
            table = table.drop("check").with_columns(first=first)
            case = (pl.col("first").cum_sum() - 1).cast(pl.UInt32)
            return table.with_columns(case=case), keys, skipped
    raise AssertionError("unreachable: the exact cases never clash")


def _keys(table: pl.DataFrame, source: Path) -> pl.DataFrame:
    """The touchpoint keys, in the order first seen: an activity, or with a channel
    column an activity on a channel word."""
    keys = (
        table.lazy()
        .drop_nulls("case")
        .group_by("activity", "channel")
        .agg(first_row=pl.col("row").min())
        .sort("first_row")
        .with_row_index("key")
        .collect()
    )
    if keys.height > MAX_TOUCHPOINTS:
        raise too_many_activities(source, keys.height)
    return keys


def _key_of(keys: pl.DataFrame) -> pl.Expr:
    """Each event's key, from its activity and channel (null for a row left out)."""

    def pair(activity: pl.Expr | pl.Series, channel: pl.Expr | pl.Series):
        return activity.to_physical().cast(pl.UInt64) * 2**32 + channel.to_physical()

    return pair(pl.col("activity"), pl.col("channel")).replace_strict(
        pair(keys["activity"], keys["channel"]), keys["key"], default=None,
        return_dtype=pl.UInt32,
    )  # fmt: skip


def _collected(events: pl.LazyFrame, exact_cases: bool) -> pl.DataFrame:
    """Every row in one streaming pass, compact: the case as a number (null for a row
    without a case or an activity), a check byte of its text, the categories, the time
    (null where the fast format did not read it) and the row.

    A case is its text's 64-bit hash: 8 bytes, and quick (the texts of ten million events
    would take more memory than all the rest). A second hash of the text, one byte of it,
    tells two texts sharing the first hash apart (_clash), and then the cases are read
    again by their texts."""
    optional = [name for name in TEXT_COLUMNS[3:] if name in events.collect_schema()]
    # without a channel column every event is on no channel
    channel = pl.col("channel") if "channel" in events.collect_schema() else pl.lit("")
    case = pl.col("case")
    number = case.cast(pl.Categorical).to_physical().cast(pl.UInt64) if exact_cases else (
        case.hash()
    )  # fmt: skip
    present = (case != "") & (pl.col("activity") != "")
    compact = events.select(
        pl.when(present).then(number).alias("case"),
        (case.hash(seed=_SECOND_SEED) % 256).cast(pl.UInt8).alias("check"),
        pl.col("activity").cast(pl.Categorical),
        channel.cast(pl.Categorical).alias("channel"),
        *(pl.col(name).cast(pl.Categorical) for name in optional),
        pl.col("time"),
        pl.col("row").cast(pl.UInt32),
    )
    return compact.collect(engine="streaming")


def _clash(table: pl.DataFrame) -> bool:
    """Whether one case number holds events of two case texts (their check bytes differ)."""
    same_case = pl.col("case") == pl.col("case").shift(1)
    return bool(
        table.select((same_case & (pl.col("check") != pl.col("check").shift(1))).any()).item()
    )


def stable_order(column: pl.Series) -> pl.Series:
    """The indexes that put a column in order, nulls last, ties in their order."""
    return (
        column.to_frame("c")
        .select(pl.arg_sort_by("c", maintain_order=True, nulls_last=True))
        .to_series()
    )


def _order(table: pl.DataFrame, kept: int) -> pl.Series:
    """The row indexes of the ``kept`` events with a case, by case, time and row: two
    stable sorts on one column each (the one by time not needed for a log exported in
    time order). Rows without a case sort last and are cut off."""
    by_time = None if table["time"].is_sorted() else stable_order(table["time"])
    if by_time is None:
        return stable_order(table["case"]).head(kept)
    return by_time.gather(stable_order(table["case"].gather(by_time))).head(kept)


def _read_missed_times(
    table: pl.DataFrame, events: pl.LazyFrame, source: Path, time_column: str
) -> pl.DataFrame:
    """The table with the times the fast format missed read by parse_time, one distinct
    text at a time (their texts are read in a second pass: a column of them alongside
    would hold ten million empty strings); refuses unreadable ones with their rows."""
    present = (pl.col("case") != "") & (pl.col("activity") != "")
    missed = (
        events.filter(present & pl.col("time").is_null())
        .select(pl.col("row").cast(pl.UInt32), "time_text")
        .collect(engine="streaming")
    )
    texts = missed["time_text"].unique()
    lookup = pl.DataFrame(
        {"time_text": texts, "parsed": [parse_time(t) for t in texts.to_list()]},
        schema={"time_text": pl.String, "parsed": pl.Float64},
    )
    read = missed.join(lookup, on="time_text", how="left")
    bad = read.filter(pl.col("parsed").is_null())["row"].sort()
    if len(bad):
        raise _bad_times(source, time_column, bad.head(SHOWN_BAD_ROWS).to_list(), len(bad))
    found = table.join(read.select("row", "parsed"), on="row", how="left", maintain_order="left")
    return found.with_columns(pl.col("time").fill_null(pl.col("parsed"))).drop("parsed")


def _bad_times(path: Path, column: str, shown: list[int], count: int) -> DocumentFileError:
    rows = ", ".join(str(n) for n in shown)
    more = phrase(" and {count} more", count=count - len(shown)) if count > len(shown) else ""
    if count == 1:
        problem = phrase(
            "has a timestamp in “{column}” that is empty or neither ISO 8601 nor "
            "DD.MM.YYYY HH:MM (row {rows})",
            column=column,
            rows=rows,
        )
    else:
        problem = phrase(
            "has {count} timestamps in “{column}” that are empty or neither ISO 8601 nor "
            "DD.MM.YYYY HH:MM (rows {rows}{more})",
            count=count,
            column=column,
            rows=rows,
            more=more,
        )
    return DocumentFileError(path, problem)
